// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "reportsource.h"

#include <QWidget>

#include <optional>

class QAction;
class QCheckBox;
class QComboBox;
class QLabel;
class QPrinter;
class QPrintPreviewWidget;
class QToolBar;

namespace Brankas {

class Workspace;

// A report on screen as it will be printed, with the commands an officer needs around it: Print…,
// Save as PDF…, the paper (A4/F4), the report's language, zoom, and for a handover the
// sealed-envelope annex with the credentials (asked for explicitly, never for viewers, and logged
// by core each time it is built). Used by the report dialog and by the handover wizard.
class ReportPreviewPane : public QWidget
{
    Q_OBJECT

public:
    explicit ReportPreviewPane(Workspace &workspace, QWidget *parent = nullptr);
    ~ReportPreviewPane() override;

    // Builds the report with the current options and shows it (or shows `built`, already made with
    // them). False (with the refusal shown) when it could not be built.
    bool setSource(ReportSource source, std::optional<ReportDocument> built = std::nullopt);
    bool rebuild();

    const ReportDocument *document() const { return m_document ? &*m_document : nullptr; }
    ReportOptions options() const { return m_options; }
    bool withSecrets() const { return m_withSecrets; }
    void setPaper(Paper paper);
    void setLanguage(Language language);
    // Adds or drops the annex. Adding it asks the officer first unless `confirmed`; viewers are refused.
    bool setWithSecrets(bool on, bool confirmed = false);
    // Hides the commands that make paper (the wizard shows a draft before it is final).
    void setOutputCommandsVisible(bool visible);

    bool print();
    bool saveAs();
    bool saveTo(const QString &path);

    QPrintPreviewWidget *preview() const { return m_preview; }
    QAction *printAction() const { return m_print; }
    QAction *saveAction() const { return m_save; }
    QComboBox *paperBox() const { return m_paperBox; }
    QComboBox *languageBox() const { return m_languageBox; }
    QCheckBox *secretsBox() const { return m_secretsBox; }

Q_SIGNALS:
    void rebuilt();

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void retranslateUi();
    void paint(QPrinter *printer);
    void dropDocument();
    void showDocument(ReportDocument document);
    void updatePageLabel();

    Workspace &m_workspace;
    ReportSource m_source;
    ReportOptions m_options;
    bool m_withSecrets = false;
    std::optional<ReportDocument> m_document;
    QPrinter *m_printer;
    QToolBar *m_toolBar;
    QPrintPreviewWidget *m_preview;
    QAction *m_print;
    QAction *m_save;
    QAction *m_zoomOut;
    QAction *m_zoomIn;
    QAction *m_fitWidth;
    QAction *m_fitPage;
    QLabel *m_paperLabel;
    QComboBox *m_paperBox;
    QLabel *m_languageLabel;
    QComboBox *m_languageBox;
    QWidget *m_secretsStrip;
    QCheckBox *m_secretsBox;
    QLabel *m_secretsHint;
    QLabel *m_pageLabel;
};

} // namespace Brankas
