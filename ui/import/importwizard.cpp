// SPDX-License-Identifier: GPL-3.0-or-later
#include "importwizard.h"

#include "importcolumnspage.h"
#include "importdonepage.h"
#include "importfilepage.h"
#include "importpreviewpage.h"

#include <core/import/spreadsheetreader.h>
#include <ui/app/messages.h>
#include <ui/app/preferences.h>
#include <ui/app/workspace.h>
#include <ui/look.h>

#include <QEvent>
#include <QFile>
#include <QFileInfo>
#include <QGuiApplication>
#include <QScreen>

namespace Brankas {

namespace {
// An office's register is a few hundred rows; a national one some 36,000 (a few MiB). A file far
// beyond that is not a register and would only fill the memory.
constexpr qint64 MaxFileBytes = 256 * 1024 * 1024;
} // namespace

ImportWizard::ImportWizard(Workspace &workspace, QWidget *parent)
    : QWizard(parent)
    , m_workspace(workspace)
    , m_filePage(new ImportFilePage(this))
    , m_columnsPage(new ImportColumnsPage(this))
    , m_previewPage(new ImportPreviewPage(this))
    , m_donePage(new ImportDonePage(this))
{
    setObjectName(QStringLiteral("importWizard"));
    setWizardStyle(QWizard::ModernStyle);
    setStyleSheet(Look::styleSheet());
    setOption(QWizard::NoBackButtonOnLastPage);
    setOption(QWizard::NoCancelButtonOnLastPage);
    setPage(FilePageId, m_filePage);
    setPage(ColumnsPageId, m_columnsPage);
    setPage(PreviewPageId, m_previewPage);
    setPage(DonePageId, m_donePage);
    const QRect screen = QGuiApplication::primaryScreen()->availableGeometry();
    resize(qMin(900, screen.width() - 40), qMin(700, screen.height() - 40));
    retranslateUi();
}

// The file's bytes and cells may hold passwords in the clear: they are dropped with the wizard.
ImportWizard::~ImportWizard()
{
    m_bytes.fill('\0');
    for (SheetRow &row : m_sheet.rows) {
        for (QString &cell : row.cells) {
            cell.fill(QChar(0));
        }
    }
}

Status ImportWizard::load(const QString &path, const QString &sheetName)
{
    m_loaded = false;
    m_preview.reset();
    m_path = path;
    m_sheet = {};
    m_bytes.clear();
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return Error(ErrorCode::NotFound, QT_TRANSLATE_NOOP("Brankas::Error", "The file %1 cannot be read: %2"),
                     {path, file.errorString()});
    }
    if (file.size() > MaxFileBytes) {
        return Error(ErrorCode::InvalidInput,
                     QT_TRANSLATE_NOOP("Brankas::Error", "\"%1\" is too large to be a register of accounts."),
                     {QFileInfo(path).fileName()});
    }
    m_bytes = file.readAll();
    auto sheet = readSpreadsheet(m_bytes, sheetName);
    if (!sheet) {
        return sheet.error();
    }
    m_sheet = std::move(sheet).value();
    if (headerIndex() >= m_sheet.rows.size()) {
        return Error(ErrorCode::InvalidInput,
                     QT_TRANSLATE_NOOP("Brankas::Error", "The file is empty: there is no row to import."));
    }
    m_options = {};
    m_options.fileName = QFileInfo(path).fileName();
    m_options.sheetName = m_sheet.name;
    m_loaded = true;
    return {};
}

qsizetype ImportWizard::headerIndex() const
{
    // Core's own choice, so the columns page names the row the import reads.
    return findHeaderRow(m_sheet.rows);
}

QStringList ImportWizard::headers() const
{
    const qsizetype index = headerIndex();
    return index < m_sheet.rows.size() ? m_sheet.rows[index].cells : QStringList();
}

QStringList ImportWizard::firstRow() const
{
    for (qsizetype i = headerIndex() + 1; i < m_sheet.rows.size(); ++i) {
        if (!m_sheet.rows[i].isBlank()) {
            return m_sheet.rows[i].cells;
        }
    }
    return {};
}

Status ImportWizard::makePreview()
{
    m_preview.reset();
    auto preview = AccountImport(m_workspace.vault()).preview(m_workspace.session(), m_bytes, m_options);
    if (!preview) {
        return preview.error();
    }
    m_preview = std::move(preview).value();
    return {};
}

Status ImportWizard::record(bool skipInvalid)
{
    if (!m_preview) {
        return Error(ErrorCode::InvalidInput,
                     QT_TRANSLATE_NOOP("Brankas::Error", "The sheet has no valid row to record."));
    }
    auto recorded =
        AccountImport(m_workspace.vault()).record(m_workspace.session(), *m_preview, m_options, skipInvalid);
    if (!recorded) {
        Messages::showError(this, recorded.error());
        return recorded.error();
    }
    m_recorded = recorded.value();
    m_skippedInvalid = skipInvalid && m_preview->invalidRows > 0;
    if (!m_meanings.isEmpty()) {
        m_workspace.preferences().setImportMapping(headers(), m_meanings);
    }
    m_workspace.notifyRegisterChanged();
    Q_EMIT imported(m_recorded);
    return {};
}

void ImportWizard::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
    }
    QWizard::changeEvent(event);
}

void ImportWizard::retranslateUi()
{
    setWindowTitle(tr("Import accounts from a spreadsheet"));
    // Qt has no Indonesian of its own: every button the officer sees is named here.
    setButtonText(QWizard::BackButton, tr("< Back"));
    setButtonText(QWizard::NextButton, tr("Next >"));
    setButtonText(QWizard::CommitButton, tr("Import"));
    setButtonText(QWizard::FinishButton, tr("Close"));
    setButtonText(QWizard::CancelButton, tr("Cancel"));
}

} // namespace Brankas
