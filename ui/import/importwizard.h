// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <core/import/accountimport.h>
#include <core/import/sheet.h>
#include <core/result.h>

#include <QWizard>

#include <optional>

namespace Brankas {

class ImportColumnsPage;
class ImportDonePage;
class ImportFilePage;
class ImportPreviewPage;
class Workspace;

// Brings an office's spreadsheet into the register, step by step: the file (and its sheet) ->
// what each column means -> every problem row before anything is written -> recorded, with the
// reminder to destroy a sheet that held passwords. The checks and the one-transaction import
// are core's AccountImport, the same the CLI's `import` runs.
class ImportWizard : public QWizard
{
    Q_OBJECT

public:
    enum PageId { FilePageId, ColumnsPageId, PreviewPageId, DonePageId };

    explicit ImportWizard(Workspace &workspace, QWidget *parent = nullptr);
    ~ImportWizard() override;

    Workspace &workspace() const { return m_workspace; }

    // Reads the file (one sheet of a workbook, the first when none is named). Returns the refusal.
    Status load(const QString &path, const QString &sheetName = {});
    bool isLoaded() const { return m_loaded; }
    QString path() const { return m_path; }
    const Sheet &sheet() const { return m_sheet; }
    // The header row (the first non-blank row) and the first row under it, as the columns page
    // shows them.
    QStringList headers() const;
    QStringList firstRow() const;

    // What the columns page chose, for the preview and the record.
    ImportOptions &options() { return m_options; }
    // The meaning of each column (a field id or "ignored"), kept for the next file with these headers.
    void setColumnMeanings(const QStringList &meanings) { m_meanings = meanings; }

    // Checks every row against the vault. Returns the refusal (a wrong sheet, no permission).
    Status makePreview();
    const std::optional<ImportPreview> &preview() const { return m_preview; }
    // Records the valid rows in one transaction; shows a refusal and returns it.
    Status record(bool skipInvalid);
    int recordedCount() const { return m_recorded; }
    bool skippedInvalid() const { return m_skippedInvalid; }

    ImportFilePage *filePage() const { return m_filePage; }
    ImportColumnsPage *columnsPage() const { return m_columnsPage; }
    ImportPreviewPage *previewPage() const { return m_previewPage; }
    ImportDonePage *donePage() const { return m_donePage; }

Q_SIGNALS:
    void imported(int count);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    qsizetype headerIndex() const;

    Workspace &m_workspace;
    QString m_path;
    QByteArray m_bytes;
    Sheet m_sheet;
    bool m_loaded = false;
    ImportOptions m_options;
    QStringList m_meanings;
    std::optional<ImportPreview> m_preview;
    int m_recorded = 0;
    bool m_skippedInvalid = false;
    ImportFilePage *m_filePage;
    ImportColumnsPage *m_columnsPage;
    ImportPreviewPage *m_previewPage;
    ImportDonePage *m_donePage;
};

} // namespace Brankas
