// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWizardPage>

class QLabel;

namespace Brankas {

class HandoverWizard;
class ReportPreviewPane;

// Step 5: the berita acara as it will print (stamped as a draft), on the officer's paper. Its
// commit button finalises the handover after a confirmation: nothing can be edited afterwards.
class HandoverPreviewPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit HandoverPreviewPage(HandoverWizard *wizard);

    ReportPreviewPane *pane() const { return m_pane; }

    void initializePage() override;
    bool validatePage() override;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();

    HandoverWizard *m_wizard;
    QLabel *m_note;
    ReportPreviewPane *m_pane;
};

} // namespace Brankas
