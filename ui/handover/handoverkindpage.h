// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <core/handover/handover.h>

#include <QWizardPage>

class QButtonGroup;
class QComboBox;
class QLabel;
class QRadioButton;

namespace Brankas {

class HandoverWizard;
class KecamatanListModel;

// Step 1: which kecamatan, and which kind of handover (activation, return at term end, transfer
// to the next committee), each kind explained in a sentence.
class HandoverKindPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit HandoverKindPage(HandoverWizard *wizard);

    void setKecamatan(const QString &code);
    void setKind(HandoverKind kind);
    QString kecamatanCode() const;
    HandoverKind kind() const;

    void initializePage() override;
    bool validatePage() override;
    bool isComplete() const override;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();

    HandoverWizard *m_wizard;
    KecamatanListModel *m_kecamatanModel;
    QLabel *m_kecamatanLabel;
    QComboBox *m_kecamatan;
    QLabel *m_kindLabel;
    QButtonGroup *m_kinds;
    QList<QRadioButton *> m_kindButtons;
    QList<QLabel *> m_kindHints;
};

} // namespace Brankas
