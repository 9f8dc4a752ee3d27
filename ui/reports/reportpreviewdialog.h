// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "reportsource.h"

#include <QDialog>

class QDialogButtonBox;

namespace Brankas {

class ReportPreviewPane;
class Workspace;

// Any report in a window of its own: preview, print, save as PDF, paper, language, zoom.
class ReportPreviewDialog : public QDialog
{
    Q_OBJECT

public:
    ReportPreviewDialog(Workspace &workspace, const QString &title, QWidget *parent = nullptr);

    ReportPreviewPane *pane() const { return m_pane; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();

    QString m_title;
    ReportPreviewPane *m_pane;
    QDialogButtonBox *m_buttons;
};

} // namespace Brankas
