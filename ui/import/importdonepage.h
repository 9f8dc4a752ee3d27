// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWizardPage>

class QLabel;

namespace Brankas {

class ImportWizard;

// Step 4: how many accounts were recorded, which rows were skipped, and, when the sheet held
// passwords, the plain reminder that the file still holds them in the clear.
class ImportDonePage : public QWizardPage
{
    Q_OBJECT

public:
    explicit ImportDonePage(ImportWizard *wizard);

    QString headlineText() const;
    QString skippedText() const;
    // Empty when the sheet had no password.
    QString passwordWarningText() const;

    void initializePage() override;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();

    ImportWizard *m_wizard;
    QLabel *m_headline;
    QLabel *m_skipped;
    QLabel *m_warningIcon;
    QLabel *m_warning;
};

} // namespace Brankas
