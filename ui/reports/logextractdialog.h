// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QDialog>

class QDateEdit;
class QDialogButtonBox;
class QLabel;

namespace Brankas {

class Workspace;

// The dates an archive log extract covers (inclusive), this month so far by default.
class LogExtractDialog : public QDialog
{
    Q_OBJECT

public:
    explicit LogExtractDialog(Workspace &workspace, QWidget *parent = nullptr);

    QDate from() const;
    QDate until() const;
    void setRange(const QDate &from, const QDate &until);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void check();

    QLabel *m_intro;
    QLabel *m_fromLabel;
    QLabel *m_untilLabel;
    QDateEdit *m_from;
    QDateEdit *m_until;
    QLabel *m_problem;
    QDialogButtonBox *m_buttons;
};

} // namespace Brankas
