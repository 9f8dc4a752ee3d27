// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <core/log/logfilter.h>

#include <QWidget>

class QComboBox;
class QDateEdit;
class QLabel;
class QPushButton;

namespace Brankas {

// The archive log viewer's filters: a date range, an officer, an action and a kecamatan. Any
// change is applied at once; Reset brings back the whole log.
class LogFilterBar : public QWidget
{
    Q_OBJECT

public:
    explicit LogFilterBar(QWidget *parent = nullptr);

    void setOfficers(const QStringList &names);
    // Code and name of every kecamatan of the register.
    void setKecamatan(const QList<std::pair<QString, QString>> &kecamatan);
    // The day of the oldest entry: the calendars open there rather than at some arbitrary year.
    void setEarliestDate(const QDate &date);

    // Dates, officer and action; the kecamatan is turned into targets by the page, which knows
    // which accounts it has.
    LogFilter filter() const;
    QString kecamatanCode() const;

    void setOfficer(const QString &name);
    void setAction(const QString &action);
    void setKecamatanCode(const QString &code);
    void setDateRange(const QDate &from, const QDate &until);
    void reset();

Q_SIGNALS:
    void changed();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void fillActions();
    QDateEdit *makeDateEdit();
    QWidget *pair(QLabel *label, QWidget *field, QLabel *secondLabel = nullptr, QWidget *secondField = nullptr);

    QLabel *m_fromLabel;
    QDateEdit *m_from;
    QLabel *m_untilLabel;
    QDateEdit *m_until;
    QLabel *m_officerLabel;
    QComboBox *m_officer;
    QLabel *m_actionLabel;
    QComboBox *m_action;
    QLabel *m_kecamatanLabel;
    QComboBox *m_kecamatan;
    QPushButton *m_reset;
    QDate m_noDate;       // the date edits' minimum, shown as "Any date"
    bool m_quiet = false; // set while the bar changes its own fields, so one change emits once
};

} // namespace Brankas
