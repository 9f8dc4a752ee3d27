// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWizardPage>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace Brankas {

class ImportWizard;

// Step 1: the office's spreadsheet (.xlsx, .csv or .txt) and, for a workbook of several sheets,
// which sheet holds the register. The file is read at once, so a damaged or protected file is
// named here, before any step after.
class ImportFilePage : public QWizardPage
{
    Q_OBJECT

public:
    explicit ImportFilePage(ImportWizard *wizard);

    // As if the officer had chosen the file (the tests, the tour).
    void setPath(const QString &path);
    void setSheet(const QString &sheetName);
    QComboBox *sheetBox() const { return m_sheet; }
    QString problemText() const;

    bool isComplete() const override;

protected:
    void changeEvent(QEvent *event) override;

private:
    void chooseFile();
    void loadFile(const QString &sheetName);
    void showSheet();
    void retranslateUi();

    ImportWizard *m_wizard;
    QLabel *m_fileLabel;
    QLineEdit *m_path;
    QPushButton *m_browse;
    QLabel *m_sheetLabel;
    QComboBox *m_sheet;
    QLabel *m_summary;
    QLabel *m_hint;
};

} // namespace Brankas
