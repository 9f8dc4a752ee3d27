// SPDX-License-Identifier: GPL-3.0-or-later
#include "importcolumnspage.h"

#include "importwizard.h"

#include <ui/app/messages.h>
#include <ui/app/preferences.h>
#include <ui/app/workspace.h>
#include <ui/look.h>

#include <QComboBox>
#include <QEvent>
#include <QGridLayout>
#include <QLabel>
#include <QScrollArea>
#include <QVBoxLayout>

namespace Brankas {

namespace {
const QString IgnoredId = QStringLiteral("ignored");
// Long enough to recognise a column by its first value, short enough for the page.
constexpr int SampleLength = 40;
} // namespace

ImportColumnsPage::ImportColumnsPage(ImportWizard *wizard)
    : QWizardPage(wizard)
    , m_wizard(wizard)
    , m_hint(Look::label(this, QStringLiteral("importColumnsHint")))
    , m_grid(new QWidget(this))
    , m_gridLayout(new QGridLayout(m_grid))
    , m_headerTitle(Look::label(m_grid, QStringLiteral("columnHeaderTitle"), false))
    , m_sampleTitle(Look::label(m_grid, QStringLiteral("columnSampleTitle"), false))
    , m_meaningTitle(Look::label(m_grid, QStringLiteral("columnMeaningTitle"), false))
    , m_problem(Look::label(this, QStringLiteral("importColumnsProblem")))
{
    Look::setMuted(m_hint);
    for (QLabel *title : {m_headerTitle, m_sampleTitle, m_meaningTitle}) {
        Look::setFont(title, 1.0, QFont::DemiBold);
    }
    m_gridLayout->setHorizontalSpacing(16);
    m_gridLayout->setVerticalSpacing(6);
    m_gridLayout->addWidget(m_headerTitle, 0, 0);
    m_gridLayout->addWidget(m_sampleTitle, 0, 1);
    m_gridLayout->addWidget(m_meaningTitle, 0, 2);
    m_gridLayout->setColumnStretch(1, 1);
    auto *scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("importColumnsScroll"));
    scroll->setWidget(m_grid);
    scroll->setWidgetResizable(true);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    scroll->setFrameShape(QFrame::NoFrame);

    auto *layout = new QVBoxLayout(this);
    layout->setSpacing(8);
    layout->addWidget(m_hint);
    layout->addWidget(scroll, 1);
    layout->addWidget(m_problem);
    retranslateUi();
}

QString ImportColumnsPage::fieldName(ImportField field)
{
    switch (field) {
    case ImportField::Kecamatan:
        return tr("Kecamatan (code or name)");
    case ImportField::Platform:
        return tr("Platform");
    case ImportField::Handle:
        return tr("Username or profile address");
    case ImportField::DisplayName:
        return tr("Account name");
    case ImportField::Email:
        return tr("Recovery e-mail");
    case ImportField::Phone:
        return tr("Recovery phone number");
    case ImportField::Password:
        return tr("Password");
    case ImportField::TwoFactor:
        return tr("Two-step verification");
    case ImportField::Term:
        return tr("Term");
    case ImportField::Nature:
        return tr("Term-bound or permanent");
    case ImportField::State:
        return tr("Status");
    case ImportField::Holder:
        return tr("Holder");
    case ImportField::Notes:
        return tr("Notes");
    }
    return {};
}

void ImportColumnsPage::initializePage()
{
    for (QWidget *old : std::as_const(m_headerLabels)) {
        delete old;
    }
    for (QWidget *old : std::as_const(m_sampleLabels)) {
        delete old;
    }
    for (QWidget *old : std::as_const(m_boxes)) {
        delete old;
    }
    for (int row = 0; row < m_gridLayout->rowCount(); ++row) {
        m_gridLayout->setRowStretch(row, 0); // the previous file's last row
    }
    m_headerLabels.clear();
    m_sampleLabels.clear();
    m_boxes.clear();
    m_columns.clear();
    m_problem->clear();

    m_headers = m_wizard->headers();
    m_samples = m_wizard->firstRow();
    const QStringList remembered = m_wizard->workspace().preferences().importMapping(m_headers);
    for (int column = 0; column < m_headers.size(); ++column) {
        if (headerKey(m_headers[column]).isEmpty()) {
            continue; // a spacer or trailing column without a header: core skips it too
        }
        auto *header = Look::label(m_grid, QStringLiteral("columnHeader"), false);
        header->setText(m_headers[column].simplified());
        auto *sample = Look::label(m_grid, QStringLiteral("columnSample"), false);
        Look::setMuted(sample);
        auto *box = new QComboBox(m_grid);
        box->setObjectName(QStringLiteral("columnMeaning%1").arg(column));
        box->addItem(QString(), IgnoredId);
        for (ImportField field : allImportFields()) {
            box->addItem(QString(), importFieldId(field));
        }
        header->setBuddy(box);
        std::optional<ImportField> field = fieldForHeader(m_headers[column]);
        if (column < remembered.size() && !remembered[column].isEmpty()) {
            field = importFieldFromId(remembered[column]);
        }
        box->setCurrentIndex(qMax(0, box->findData(field ? importFieldId(*field) : IgnoredId)));
        const int row = int(m_columns.size()) + 1;
        m_gridLayout->addWidget(header, row, 0);
        m_gridLayout->addWidget(sample, row, 1);
        m_gridLayout->addWidget(box, row, 2);
        m_columns << column;
        m_headerLabels << header;
        m_sampleLabels << sample;
        m_boxes << box;
        const int index = int(m_boxes.size()) - 1;
        connect(box, &QComboBox::currentIndexChanged, this, [this, index] {
            showSample(index);
            m_problem->clear();
        });
        showSample(index);
    }
    m_gridLayout->setRowStretch(int(m_columns.size()) + 1, 1);
    retranslateUi();
}

// The first value under a header helps to recognise a column; a password is never shown.
void ImportColumnsPage::showSample(int index)
{
    const int column = m_columns[index];
    QString sample = column < m_samples.size() ? m_samples[column].simplified() : QString();
    if (meaning(column) == ImportField::Password && !sample.isEmpty()) {
        sample = QStringLiteral("••••••");
    } else if (sample.size() > SampleLength) {
        sample = sample.left(SampleLength - 1) + QChar(0x2026);
    }
    m_sampleLabels[index]->setText(sample);
}

std::optional<ImportField> ImportColumnsPage::meaning(int column) const
{
    if (QComboBox *box = meaningBox(column)) {
        return importFieldFromId(box->currentData().toString());
    }
    return std::nullopt;
}

void ImportColumnsPage::setMeaning(int column, std::optional<ImportField> field)
{
    if (QComboBox *box = meaningBox(column)) {
        box->setCurrentIndex(box->findData(field ? importFieldId(*field) : IgnoredId));
    }
}

QComboBox *ImportColumnsPage::meaningBox(int column) const
{
    const qsizetype index = m_columns.indexOf(column);
    return index >= 0 ? m_boxes[index] : nullptr;
}

bool ImportColumnsPage::validatePage()
{
    ImportOptions &options = m_wizard->options();
    options.overrides.clear();
    options.ignoredHeaders.clear();
    QStringList meanings;
    for (int column = 0; column < m_headers.size(); ++column) {
        const std::optional<ImportField> field = meaning(column);
        if (!meaningBox(column)) {
            meanings << QString();
        } else if (field) {
            options.overrides.insert(m_headers[column], *field);
            meanings << importFieldId(*field);
        } else {
            options.ignoredHeaders << m_headers[column];
            meanings << IgnoredId;
        }
    }
    // The same check the import makes: two columns for one field, or no kecamatan or username.
    auto mapped = mapColumns(m_headers, options.overrides, options.ignoredHeaders);
    if (!mapped) {
        m_problem->setText(mapped.error().message());
        return false;
    }
    m_wizard->setColumnMeanings(meanings);
    return true;
}

void ImportColumnsPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
    }
    QWizardPage::changeEvent(event);
}

void ImportColumnsPage::retranslateUi()
{
    setTitle(tr("What each column holds"));
    setSubTitle(tr("Brankas recognised the columns it knows by their header. Check each one; a column set to "
                   "\"ignored\" is not read."));
    m_hint->setText(tr("A Kecamatan column and a Username column are needed. The choice is remembered on this PC "
                       "for the next file with the same header row."));
    m_headerTitle->setText(tr("Column in the sheet"));
    m_sampleTitle->setText(tr("First value"));
    m_meaningTitle->setText(tr("Holds"));
    for (QComboBox *box : std::as_const(m_boxes)) {
        box->setItemText(0, tr("(ignored)"));
        for (int i = 1; i < box->count(); ++i) {
            if (const auto field = importFieldFromId(box->itemData(i).toString())) {
                box->setItemText(i, fieldName(*field));
            }
        }
    }
}

} // namespace Brankas
