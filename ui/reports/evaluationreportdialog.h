// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QSpinBox;

namespace Brankas {

class Workspace;

// The year an evaluation report covers: this year by default (last year in January, when the
// meeting usually looks back). The preview that follows switches paper and language and saves the
// PDF, as for the other reports.
class EvaluationReportDialog : public QDialog
{
    Q_OBJECT

public:
    explicit EvaluationReportDialog(Workspace &workspace, QWidget *parent = nullptr);

    int year() const;
    void setYear(int year);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();

    QLabel *m_intro;
    QLabel *m_yearLabel;
    QSpinBox *m_year;
    QDialogButtonBox *m_buttons;
};

} // namespace Brankas
