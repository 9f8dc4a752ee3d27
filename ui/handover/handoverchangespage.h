// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QWizardPage>

class QLabel;
class QScrollArea;
class QVBoxLayout;

namespace Brankas {

class HandoverItemRow;
class HandoverWizard;

// Step 4: for each account, a new password and recovery contact (expected for a return at term
// end, optional otherwise), or ticks for what was changed outside Brankas. New passwords leave the
// screen when the step is left.
class HandoverChangesPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit HandoverChangesPage(HandoverWizard *wizard);

    QList<HandoverItemRow *> rows() const { return m_rows; }
    HandoverItemRow *row(qint64 accountId) const;

    void initializePage() override;
    void cleanupPage() override;
    bool validatePage() override;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void forgetPasswords();
    void updateSummary();

    HandoverWizard *m_wizard;
    QLabel *m_intro;
    QLabel *m_summary;
    QScrollArea *m_scroll;
    QVBoxLayout *m_rowsLayout;
    QList<HandoverItemRow *> m_rows;
};

} // namespace Brankas
