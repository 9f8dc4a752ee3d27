// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <core/domain/account.h>

#include <QList>
#include <QWizardPage>

class QLabel;
class QPushButton;
class QTreeWidget;

namespace Brankas {

class HandoverWizard;

// Step 2: the accounts of the kecamatan that this kind of handover can include, all ticked at first
// (a handover normally takes them all), with platform, handle, status and nature.
class HandoverAccountsPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit HandoverAccountsPage(HandoverWizard *wizard);

    QList<qint64> checkedAccountIds() const;
    void setChecked(qint64 accountId, bool checked);
    int candidateCount() const { return int(m_candidates.size()); }
    QTreeWidget *list() const { return m_list; }

    void initializePage() override;
    bool validatePage() override;
    bool isComplete() const override;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void fill();
    void setAll(bool checked);
    void updateCount();

    HandoverWizard *m_wizard;
    QList<Account> m_candidates;
    QString m_kecamatanName;
    QTreeWidget *m_list;
    QPushButton *m_all;
    QPushButton *m_none;
    QLabel *m_count;
    QLabel *m_empty;
};

} // namespace Brankas
