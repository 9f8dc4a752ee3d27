// SPDX-License-Identifier: GPL-3.0-or-later
#include "reportpreviewpane.h"

#include "reportoutput.h"

#include <core/error.h>
#include <ui/app/messages.h>
#include <ui/app/workspace.h>
#include <ui/look.h>

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPrintPreviewWidget>
#include <QPrinter>
#include <QSignalBlocker>
#include <QStyle>
#include <QTimer>
#include <QToolBar>
#include <QToolButton>
#include <QVBoxLayout>

namespace Brankas {

ReportPreviewPane::ReportPreviewPane(Workspace &workspace, QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_options(defaultReportOptions(workspace))
    , m_printer(new QPrinter(QPrinter::HighResolution))
    , m_toolBar(new QToolBar(this))
    , m_preview(new QPrintPreviewWidget(m_printer, this))
    , m_paperLabel(new QLabel(this))
    , m_paperBox(new QComboBox(this))
    , m_languageLabel(new QLabel(this))
    , m_languageBox(new QComboBox(this))
    , m_secretsStrip(new QWidget(this))
    , m_secretsBox(new QCheckBox(this))
    , m_secretsHint(Look::label(this, QStringLiteral("sealedEnvelopeHint"), false))
    , m_pageLabel(new QLabel(this))
{
    m_toolBar->setObjectName(QStringLiteral("reportToolBar"));
    m_toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_toolBar->setIconSize(QSize(16, 16));
    m_print = m_toolBar->addAction(QString(), this, &ReportPreviewPane::print);
    m_print->setObjectName(QStringLiteral("printReport"));
    m_print->setShortcut(QKeySequence::Print);
    m_save = m_toolBar->addAction(style()->standardIcon(QStyle::SP_DialogSaveButton), QString(), this,
                                  &ReportPreviewPane::saveAs);
    m_save->setObjectName(QStringLiteral("saveReportPdf"));
    m_save->setShortcut(QKeySequence::Save);
    m_toolBar->addSeparator();
    m_toolBar->addWidget(m_paperLabel);
    m_paperBox->addItem(QStringLiteral("A4"), int(Paper::A4));
    m_paperBox->addItem(QStringLiteral("F4"), int(Paper::F4));
    m_paperBox->setObjectName(QStringLiteral("reportPaper"));
    m_toolBar->addWidget(m_paperBox);
    m_toolBar->addSeparator();
    m_toolBar->addWidget(m_languageLabel);
    // Each language by its own name, as language choosers do.
    m_languageBox->addItem(QStringLiteral("Bahasa Indonesia"), int(Language::Indonesian));
    m_languageBox->addItem(QStringLiteral("English"), int(Language::English));
    m_languageBox->setObjectName(QStringLiteral("reportLanguage"));
    m_toolBar->addWidget(m_languageBox);
    m_toolBar->addSeparator();
    m_zoomOut = m_toolBar->addAction(QStringLiteral("−"), m_preview, [this]() { m_preview->zoomOut(); });
    m_zoomIn = m_toolBar->addAction(QStringLiteral("+"), m_preview, [this]() { m_preview->zoomIn(); });
    m_fitWidth = m_toolBar->addAction(QString(), m_preview, &QPrintPreviewWidget::fitToWidth);
    m_fitPage = m_toolBar->addAction(QString(), m_preview, &QPrintPreviewWidget::fitInView);
    m_zoomOut->setShortcut(QKeySequence::ZoomOut);
    m_zoomIn->setShortcut(QKeySequence::ZoomIn);
    // Tool bar buttons are out of the Tab chain by default; an officer without a mouse needs them.
    for (QAction *action : m_toolBar->actions()) {
        if (auto *button = qobject_cast<QToolButton *>(m_toolBar->widgetForAction(action))) {
            button->setFocusPolicy(Qt::TabFocus);
        }
    }
    m_secretsBox->setObjectName(QStringLiteral("sealedEnvelope"));
    // A strip of its own under the toolbar, so the choice to print passwords is never tucked away
    // in a toolbar's overflow menu.
    m_secretsStrip->setObjectName(QStringLiteral("noteBox"));
    m_secretsStrip->setVisible(false);
    auto *strip = new QHBoxLayout(m_secretsStrip);
    strip->setContentsMargins(10, 4, 10, 4);
    strip->addWidget(m_secretsBox);
    strip->addWidget(m_secretsHint, 1);
    Look::setMuted(m_secretsHint);
    auto *spacer = new QWidget(this);
    spacer->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    m_toolBar->addWidget(spacer);
    m_toolBar->addWidget(m_pageLabel);
    m_paperLabel->setContentsMargins(6, 0, 4, 0);
    m_languageLabel->setContentsMargins(6, 0, 4, 0);
    m_pageLabel->setContentsMargins(6, 0, 8, 0);

    m_paperBox->setCurrentIndex(m_paperBox->findData(int(m_options.paper)));
    m_languageBox->setCurrentIndex(m_languageBox->findData(int(m_options.language)));
    m_preview->setZoomMode(QPrintPreviewWidget::FitToWidth);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_toolBar);
    layout->addWidget(m_secretsStrip);
    layout->addWidget(m_preview, 1);

    connect(m_preview, &QPrintPreviewWidget::paintRequested, this, &ReportPreviewPane::paint);
    connect(m_preview, &QPrintPreviewWidget::previewChanged, this, &ReportPreviewPane::updatePageLabel);
    connect(m_paperBox, &QComboBox::activated, this, [this]() { setPaper(Paper(m_paperBox->currentData().toInt())); });
    connect(m_languageBox, &QComboBox::activated, this,
            [this]() { setLanguage(Language(m_languageBox->currentData().toInt())); });
    connect(m_secretsBox, &QCheckBox::clicked, this, [this](bool on) {
        if (!setWithSecrets(on)) {
            const QSignalBlocker blocker(m_secretsBox);
            m_secretsBox->setChecked(m_withSecrets);
        }
    });
    retranslateUi();
}

ReportPreviewPane::~ReportPreviewPane()
{
    dropDocument();
    // The preview paints on the printer: it goes first.
    delete m_preview;
    delete m_printer;
}

void ReportPreviewPane::dropDocument()
{
    if (m_document) {
        m_document->wipeSensitive();
        m_document.reset();
    }
}

bool ReportPreviewPane::setSource(ReportSource source, std::optional<ReportDocument> built)
{
    m_source = std::move(source);
    m_withSecrets = false;
    m_secretsStrip->setVisible(m_source.offersSecrets);
    m_secretsBox->setChecked(false);
    m_secretsBox->setEnabled(m_workspace.canSeeSecrets());
    if (built) {
        dropDocument();
        showDocument(std::move(*built));
        return true;
    }
    return rebuild();
}

bool ReportPreviewPane::rebuild()
{
    dropDocument();
    if (!m_source.build) {
        return false;
    }
    auto built = m_source.build(m_options, m_withSecrets && m_source.offersSecrets);
    if (!built) {
        Messages::showError(this, built.error());
        m_preview->updatePreview();
        return false;
    }
    showDocument(std::move(built).value());
    return true;
}

void ReportPreviewPane::showDocument(ReportDocument document)
{
    m_document = std::move(document);
    m_options.paper = m_document->paper;
    m_options.language = m_document->language;
    m_paperBox->setCurrentIndex(m_paperBox->findData(int(m_options.paper)));
    m_languageBox->setCurrentIndex(m_languageBox->findData(int(m_options.language)));
    m_printer->setPageLayout(pageLayoutFor(m_document->paper));
    m_printer->setDocName(m_document->title);
    m_preview->updatePreview();
    m_preview->setCurrentPage(1);
    Q_EMIT rebuilt();
}

void ReportPreviewPane::paint(QPrinter *printer)
{
    if (!m_document) {
        return;
    }
    if (Status status = printReport(*m_document, *printer, {}, false); !status) {
        Messages::showError(this, status.error());
    }
}

void ReportPreviewPane::setPaper(Paper paper)
{
    m_options.paper = paper;
    m_paperBox->setCurrentIndex(m_paperBox->findData(int(paper)));
    if (m_document) {
        // The paper changes only the layout: no need to gather (or decrypt) anything again.
        m_document->paper = paper;
        m_printer->setPageLayout(pageLayoutFor(paper));
        m_preview->updatePreview();
    }
}

void ReportPreviewPane::setLanguage(Language language)
{
    m_languageBox->setCurrentIndex(m_languageBox->findData(int(language)));
    if (m_options.language != language) {
        m_options.language = language;
        rebuild();
    }
}

bool ReportPreviewPane::setWithSecrets(bool on, bool confirmed)
{
    if (on == m_withSecrets) {
        return true;
    }
    if (on) {
        if (!m_source.offersSecrets) {
            return false;
        }
        if (!m_workspace.canSeeSecrets()) {
            Messages::showError(
                this, Error(ErrorCode::PermissionDenied,
                            QT_TRANSLATE_NOOP("Brankas::Error", "Viewers cannot print the accounts' credentials.")));
            return false;
        }
        if (!confirmed &&
            !Messages::confirm(this, tr("Sealed envelope annex"),
                               tr("The annex prints the current password of every account of this handover in "
                                  "plain text, on pages of its own. The archive log records that you printed "
                                  "them.\n\nPrint it only to seal it in an envelope kept in the office safe."),
                               tr("Add the annex"))) {
            return false;
        }
    }
    m_withSecrets = on;
    const QSignalBlocker blocker(m_secretsBox);
    m_secretsBox->setChecked(on);
    if (!rebuild() && on) {
        m_withSecrets = false;
        m_secretsBox->setChecked(false);
        rebuild();
        return false;
    }
    return true;
}

void ReportPreviewPane::setOutputCommandsVisible(bool visible)
{
    m_print->setVisible(visible);
    m_save->setVisible(visible);
}

bool ReportPreviewPane::print()
{
    return m_document && ReportOutput::print(this, *m_document);
}

bool ReportPreviewPane::saveAs()
{
    if (!m_document) {
        return false;
    }
    const QString path = ReportOutput::askPdfPath(this, m_source.fileName);
    return !path.isEmpty() && saveTo(path);
}

bool ReportPreviewPane::saveTo(const QString &path)
{
    return m_document && ReportOutput::savePdf(this, *m_document, path);
}

void ReportPreviewPane::updatePageLabel()
{
    const int pages = m_preview->pageCount();
    m_pageLabel->setText(pages > 0 ? tr("%n page(s)", nullptr, pages) : QString());
}

void ReportPreviewPane::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    // Fitting the pages to the width once the window has its size keeps the scroll position in
    // proportion; the officer starts reading at the top of the first page.
    QTimer::singleShot(0, m_preview, [this]() { m_preview->setCurrentPage(1); });
}

void ReportPreviewPane::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
    }
    QWidget::changeEvent(event);
}

void ReportPreviewPane::retranslateUi()
{
    m_print->setText(tr("Print…"));
    m_print->setToolTip(tr("Print the report (%1)").arg(m_print->shortcut().toString(QKeySequence::NativeText)));
    m_save->setText(tr("Save as PDF…"));
    m_save->setToolTip(
        tr("Save the report as a PDF file (%1)").arg(m_save->shortcut().toString(QKeySequence::NativeText)));
    m_paperLabel->setText(tr("Paper:"));
    m_paperBox->setToolTip(tr("A4 is 210 × 297 mm; F4 is 215 × 330 mm"));
    m_languageLabel->setText(tr("Language:"));
    m_languageBox->setToolTip(tr("The language the report is printed in"));
    m_zoomOut->setToolTip(tr("Zoom out"));
    m_zoomIn->setToolTip(tr("Zoom in"));
    // "−" and "+" say nothing to a screen reader.
    m_toolBar->widgetForAction(m_zoomOut)->setAccessibleName(tr("Zoom out"));
    m_toolBar->widgetForAction(m_zoomIn)->setAccessibleName(tr("Zoom in"));
    m_fitWidth->setText(tr("Fit width"));
    m_fitPage->setText(tr("Whole page"));
    m_secretsBox->setText(tr("Sealed envelope annex (passwords)"));
    m_secretsHint->setText(m_workspace.canSeeSecrets()
                               ? tr("Adds the accounts' passwords on pages of their own, to seal in an envelope. "
                                    "Recorded in the archive log.")
                               : tr("Viewers cannot print the accounts' credentials."));
    updatePageLabel();
}

} // namespace Brankas
