// SPDX-License-Identifier: GPL-3.0-or-later
#include "importfilepage.h"

#include "importwizard.h"

#include <ui/look.h>

#include <QComboBox>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalBlocker>
#include <QStandardPaths>
#include <QVBoxLayout>

namespace Brankas {

ImportFilePage::ImportFilePage(ImportWizard *wizard)
    : QWizardPage(wizard)
    , m_wizard(wizard)
    , m_fileLabel(Look::label(this, QStringLiteral("importFileLabel"), false))
    , m_path(new QLineEdit(this))
    , m_browse(new QPushButton(this))
    , m_sheetLabel(Look::label(this, QStringLiteral("importSheetLabel"), false))
    , m_sheet(new QComboBox(this))
    , m_summary(Look::label(this, QStringLiteral("importFileSummary")))
    , m_hint(Look::label(this, QStringLiteral("importFileHint")))
{
    m_path->setObjectName(QStringLiteral("importPath"));
    m_path->setReadOnly(true);
    m_browse->setObjectName(QStringLiteral("importBrowse"));
    m_sheet->setObjectName(QStringLiteral("importSheet"));
    m_sheet->setMinimumWidth(240);
    m_fileLabel->setBuddy(m_browse);
    m_sheetLabel->setBuddy(m_sheet);
    Look::setFont(m_fileLabel, 1.0, QFont::DemiBold);
    Look::setFont(m_sheetLabel, 1.0, QFont::DemiBold);
    Look::setMuted(m_hint);

    auto *fileRow = new QHBoxLayout;
    fileRow->addWidget(m_path, 1);
    fileRow->addWidget(m_browse);
    auto *layout = new QVBoxLayout(this);
    layout->setSpacing(8);
    layout->addWidget(m_fileLabel);
    layout->addLayout(fileRow);
    layout->addSpacing(10);
    layout->addWidget(m_sheetLabel);
    layout->addWidget(m_sheet, 0, Qt::AlignLeft);
    layout->addSpacing(10);
    layout->addWidget(m_summary);
    layout->addSpacing(10);
    layout->addWidget(m_hint);
    layout->addStretch(1);

    connect(m_browse, &QPushButton::clicked, this, &ImportFilePage::chooseFile);
    connect(m_sheet, &QComboBox::activated, this, [this] { loadFile(m_sheet->currentText()); });
    showSheet();
    retranslateUi();
}

void ImportFilePage::chooseFile()
{
    const QString start = m_path->text().isEmpty() ? QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)
                                                   : QFileInfo(m_path->text()).absolutePath();
    const QString path = QFileDialog::getOpenFileName(this, tr("Choose the spreadsheet"), start,
                                                      tr("Spreadsheets (*.xlsx *.csv *.txt);;All files (*)"));
    if (!path.isEmpty()) {
        setPath(path);
    }
}

void ImportFilePage::setPath(const QString &path)
{
    m_path->setText(QDir::toNativeSeparators(path));
    loadFile({});
}

void ImportFilePage::setSheet(const QString &sheetName)
{
    loadFile(sheetName);
}

void ImportFilePage::loadFile(const QString &sheetName)
{
    Status loaded = m_wizard->load(QDir::fromNativeSeparators(m_path->text()), sheetName);
    showSheet();
    if (!loaded) {
        m_summary->setText(loaded.error().message());
    }
    Q_EMIT completeChanged();
}

void ImportFilePage::showSheet()
{
    const Sheet &sheet = m_wizard->sheet();
    {
        const QSignalBlocker blocker(m_sheet);
        m_sheet->clear();
        m_sheet->addItems(sheet.sheetNames);
        m_sheet->setCurrentText(sheet.name);
    }
    // A CSV file or a workbook of one sheet leaves nothing to choose.
    const bool choose = sheet.sheetNames.size() > 1;
    m_sheetLabel->setVisible(choose);
    m_sheet->setVisible(choose);
    if (!m_wizard->isLoaded()) {
        m_summary->clear();
        return;
    }
    int rows = 0;
    for (const SheetRow &row : sheet.rows) {
        rows += row.isBlank() ? 0 : 1;
    }
    const int dataRows = qMax(0, rows - 1); // the header row names the columns
    m_summary->setText(sheet.name.isEmpty()
                           ? tr("%n row(s) under the header row.", nullptr, dataRows)
                           : tr("Sheet \"%1\": %n row(s) under the header row.", nullptr, dataRows).arg(sheet.name));
}

QString ImportFilePage::problemText() const
{
    return m_wizard->isLoaded() ? QString() : m_summary->text();
}

bool ImportFilePage::isComplete() const
{
    return m_wizard->isLoaded();
}

void ImportFilePage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
    }
    QWizardPage::changeEvent(event);
}

void ImportFilePage::retranslateUi()
{
    setTitle(tr("The spreadsheet"));
    setSubTitle(tr("Choose the office's workbook or CSV file of accounts. Nothing is recorded before the last step."));
    m_fileLabel->setText(tr("&File"));
    m_browse->setText(tr("Choose file…"));
    m_sheetLabel->setText(tr("&Sheet"));
    m_hint->setText(tr("Excel workbooks (.xlsx) and CSV or text files (.csv, .txt) are read. The row of column "
                       "headers is found below any title; the next step lets you say what each column holds."));
    if (m_wizard->isLoaded()) {
        showSheet();
    }
}

} // namespace Brankas
