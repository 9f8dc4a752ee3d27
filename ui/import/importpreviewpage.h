// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWizardPage>

class QCheckBox;
class QLabel;
class QTableView;

namespace Brankas {

class ImportProblemModel;
class ImportWizard;

// Step 3: every row checked against the register before anything is written. Lists each problem
// as "row N: column: what is wrong" (duplicates in the file and accounts already in the vault
// among them), names the ignored columns, and lets the officer record only the valid rows. Its
// Import button records them in one transaction.
class ImportPreviewPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit ImportPreviewPage(ImportWizard *wizard);

    ImportProblemModel *problemModel() const { return m_model; }
    QCheckBox *skipInvalidBox() const { return m_skipInvalid; }
    QString summaryText() const;

    void initializePage() override;
    bool isComplete() const override;
    bool validatePage() override;

protected:
    void changeEvent(QEvent *event) override;

private:
    void showPreview();
    void retranslateUi();

    ImportWizard *m_wizard;
    QLabel *m_summary;
    QLabel *m_ignored;
    QTableView *m_problems;
    ImportProblemModel *m_model;
    QCheckBox *m_skipInvalid;
    QString m_refusal;
};

} // namespace Brankas
