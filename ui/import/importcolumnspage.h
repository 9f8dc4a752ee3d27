// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <core/import/importcolumns.h>

#include <QWizardPage>

#include <optional>

class QComboBox;
class QGridLayout;
class QLabel;

namespace Brankas {

class ImportWizard;

// Step 2: what each column of the sheet holds. Every column with a header gets a choice, filled
// in from the mapping remembered for this header row on this PC, else from the names core
// recognises (Indonesian or English); a column it does not recognise starts as "ignored".
class ImportColumnsPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit ImportColumnsPage(ImportWizard *wizard);

    // The sheet's columns that have a header, by index, and the meaning chosen for each.
    QList<int> columns() const { return m_columns; }
    std::optional<ImportField> meaning(int column) const;
    void setMeaning(int column, std::optional<ImportField> field);
    QComboBox *meaningBox(int column) const;

    void initializePage() override;
    bool validatePage() override;

    // The name the page gives a field (translated), also used by the preview.
    static QString fieldName(ImportField field);

protected:
    void changeEvent(QEvent *event) override;

private:
    void showSample(int index);
    void retranslateUi();

    ImportWizard *m_wizard;
    QLabel *m_hint;
    QWidget *m_grid;
    QGridLayout *m_gridLayout;
    QLabel *m_headerTitle;
    QLabel *m_sampleTitle;
    QLabel *m_meaningTitle;
    QLabel *m_problem;
    QList<int> m_columns;
    QStringList m_headers;
    QStringList m_samples;
    QList<QLabel *> m_headerLabels;
    QList<QLabel *> m_sampleLabels;
    QList<QComboBox *> m_boxes;
};

} // namespace Brankas
