// SPDX-License-Identifier: GPL-3.0-or-later
#include "logfilterbar.h"

#include <core/log/logactions.h>
#include <ui/layout/flowlayout.h>

#include <QComboBox>
#include <QCompleter>
#include <QDateEdit>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTimeZone>

namespace Brankas {

namespace {
QDateTime startOfLocalDay(const QDate &date)
{
    return QDateTime(date, QTime(0, 0), QTimeZone::systemTimeZone()).toUTC();
}
} // namespace

LogFilterBar::LogFilterBar(QWidget *parent)
    : QWidget(parent)
    , m_fromLabel(new QLabel(this))
    , m_from(makeDateEdit())
    , m_untilLabel(new QLabel(this))
    , m_until(makeDateEdit())
    , m_officerLabel(new QLabel(this))
    , m_officer(new QComboBox(this))
    , m_actionLabel(new QLabel(this))
    , m_action(new QComboBox(this))
    , m_kecamatanLabel(new QLabel(this))
    , m_kecamatan(new QComboBox(this))
    , m_reset(new QPushButton(this))
    // A date edit shows "Any date" at its minimum: QDateEdit has no empty state of its own.
    , m_noDate(2000, 1, 1)
{
    for (QDateEdit *edit : {m_from, m_until}) {
        edit->setMinimumDate(m_noDate);
        edit->setDate(m_noDate);
    }
    m_from->setObjectName(QStringLiteral("logFrom"));
    m_until->setObjectName(QStringLiteral("logUntil"));
    m_officer->setObjectName(QStringLiteral("logOfficer"));
    m_action->setObjectName(QStringLiteral("logAction"));
    m_kecamatan->setObjectName(QStringLiteral("logKecamatan"));
    m_reset->setObjectName(QStringLiteral("logResetFilters"));

    m_officer->addItem(QString());
    m_officer->setMinimumContentsLength(8);
    m_officer->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_action->setMinimumContentsLength(11);
    m_action->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    // A national register has 7,285 kecamatan: typing part of a name finds one faster than scrolling.
    m_kecamatan->setEditable(true);
    m_kecamatan->setInsertPolicy(QComboBox::NoInsert);
    m_kecamatan->setMinimumContentsLength(16); // "Semua kecamatan" whole, not scrolled
    m_kecamatan->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_kecamatan->completer()->setFilterMode(Qt::MatchContains);
    m_kecamatan->completer()->setCompletionMode(QCompleter::PopupCompletion);
    m_kecamatan->addItem(QString());
    fillActions();

    for (QLabel *label : {m_fromLabel, m_untilLabel, m_officerLabel, m_actionLabel, m_kecamatanLabel}) {
        label->setTextFormat(Qt::PlainText);
    }
    m_fromLabel->setBuddy(m_from);
    m_untilLabel->setBuddy(m_until);
    m_officerLabel->setBuddy(m_officer);
    m_actionLabel->setBuddy(m_action);
    m_kecamatanLabel->setBuddy(m_kecamatan);

    // Each filter keeps its label beside it; on a narrow screen whole filters wrap to a new row.
    auto *layout = new FlowLayout(this, 12);
    layout->setVerticalSpacing(6);
    layout->addWidget(pair(m_fromLabel, m_from, m_untilLabel, m_until));
    layout->addWidget(pair(m_officerLabel, m_officer));
    layout->addWidget(pair(m_actionLabel, m_action));
    layout->addWidget(pair(m_kecamatanLabel, m_kecamatan));
    layout->addWidget(m_reset);
    // Moving the fields into their groups put them after Reset in the tab chain: left to right again.
    QWidget *previous = m_from;
    for (QWidget *next : std::initializer_list<QWidget *>{m_until, m_officer, m_action, m_kecamatan, m_reset}) {
        setTabOrder(previous, next);
        previous = next;
    }

    auto emitChanged = [this]() {
        if (!m_quiet) {
            Q_EMIT changed();
        }
    };
    connect(m_from, &QDateEdit::dateChanged, this, emitChanged);
    connect(m_until, &QDateEdit::dateChanged, this, emitChanged);
    connect(m_officer, &QComboBox::currentIndexChanged, this, emitChanged);
    connect(m_action, &QComboBox::currentIndexChanged, this, emitChanged);
    connect(m_kecamatan, &QComboBox::currentIndexChanged, this, emitChanged);
    connect(m_reset, &QPushButton::clicked, this, &LogFilterBar::reset);
    retranslateUi();
}

QWidget *LogFilterBar::pair(QLabel *label, QWidget *field, QLabel *secondLabel, QWidget *secondField)
{
    auto *group = new QWidget(this);
    auto *layout = new QHBoxLayout(group);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(6);
    label->setParent(group);
    field->setParent(group);
    layout->addWidget(label);
    layout->addWidget(field, 1);
    if (secondLabel && secondField) {
        secondLabel->setParent(group);
        secondField->setParent(group);
        layout->addWidget(secondLabel);
        layout->addWidget(secondField, 1);
    }
    return group;
}

QDateEdit *LogFilterBar::makeDateEdit()
{
    auto *edit = new QDateEdit(this);
    edit->setCalendarPopup(true);
    edit->setDisplayFormat(QStringLiteral("d MMM yyyy"));
    return edit;
}

void LogFilterBar::fillActions()
{
    const QString current = m_action->currentData().toString();
    const bool wasQuiet = std::exchange(m_quiet, true);
    m_action->clear();
    m_action->addItem(tr("All actions"), QString());
    for (const QString &action : LogAction::identifiers()) {
        m_action->addItem(LogAction::words(action), action);
    }
    m_action->setCurrentIndex(std::max(0, m_action->findData(current)));
    m_quiet = wasQuiet;
}

void LogFilterBar::setOfficers(const QStringList &names)
{
    const QString current = m_officer->currentData().toString();
    const bool wasQuiet = std::exchange(m_quiet, true);
    while (m_officer->count() > 1) {
        m_officer->removeItem(1);
    }
    for (const QString &name : names) {
        m_officer->addItem(name, name);
    }
    m_officer->setCurrentIndex(std::max(0, m_officer->findData(current)));
    m_quiet = wasQuiet;
}

void LogFilterBar::setKecamatan(const QList<std::pair<QString, QString>> &kecamatan)
{
    const QString current = kecamatanCode();
    const bool wasQuiet = std::exchange(m_quiet, true);
    while (m_kecamatan->count() > 1) {
        m_kecamatan->removeItem(1);
    }
    // One bulk insert: item by item, a national register's 7,285 kecamatan took a tenth of a second.
    // The code is the text up to the first space, so the items need no data of their own.
    QStringList items;
    items.reserve(kecamatan.size());
    for (const auto &[code, name] : kecamatan) {
        items << code + QLatin1Char(' ') + name;
    }
    m_kecamatan->insertItems(1, items);
    setKecamatanCode(current);
    m_quiet = wasQuiet;
}

void LogFilterBar::setEarliestDate(const QDate &date)
{
    if (!date.isValid()) {
        return;
    }
    const bool wasQuiet = std::exchange(m_quiet, true);
    const QDate noDate = date.addDays(-1);
    for (QDateEdit *edit : {m_from, m_until}) {
        const bool any = edit->date() == m_noDate;
        edit->setMinimumDate(noDate);
        if (any) {
            edit->setDate(noDate);
        }
    }
    m_noDate = noDate;
    m_quiet = wasQuiet;
}

LogFilter LogFilterBar::filter() const
{
    LogFilter filter;
    if (m_from->date() != m_noDate) {
        filter.from = startOfLocalDay(m_from->date());
    }
    if (m_until->date() != m_noDate) {
        // The officer means the whole of the last day.
        filter.until = startOfLocalDay(m_until->date().addDays(1));
    }
    filter.officer = m_officer->currentData().toString();
    filter.actionPrefix = m_action->currentData().toString();
    return filter;
}

QString LogFilterBar::kecamatanCode() const
{
    return m_kecamatan->currentIndex() > 0 ? m_kecamatan->currentText().section(QLatin1Char(' '), 0, 0) : QString();
}

void LogFilterBar::setOfficer(const QString &name)
{
    m_officer->setCurrentIndex(std::max(0, m_officer->findData(name)));
}

void LogFilterBar::setAction(const QString &action)
{
    m_action->setCurrentIndex(std::max(0, m_action->findData(action)));
}

void LogFilterBar::setKecamatanCode(const QString &code)
{
    const int found = code.isEmpty() ? 0 : m_kecamatan->findText(code + QLatin1Char(' '), Qt::MatchStartsWith);
    m_kecamatan->setCurrentIndex(std::max(0, found));
}

void LogFilterBar::setDateRange(const QDate &from, const QDate &until)
{
    const bool wasQuiet = std::exchange(m_quiet, true);
    m_from->setDate(from.isValid() ? from : m_noDate);
    m_until->setDate(until.isValid() ? until : m_noDate);
    m_quiet = wasQuiet;
    Q_EMIT changed();
}

void LogFilterBar::reset()
{
    const bool wasQuiet = std::exchange(m_quiet, true);
    m_from->setDate(m_noDate);
    m_until->setDate(m_noDate);
    m_officer->setCurrentIndex(0);
    m_action->setCurrentIndex(0);
    m_kecamatan->setCurrentIndex(0);
    m_quiet = wasQuiet;
    Q_EMIT changed();
}

void LogFilterBar::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
    }
    QWidget::changeEvent(event);
}

void LogFilterBar::retranslateUi()
{
    m_fromLabel->setText(tr("From"));
    m_untilLabel->setText(tr("Until"));
    m_from->setSpecialValueText(tr("Any date"));
    m_until->setSpecialValueText(tr("Any date"));
    m_officerLabel->setText(tr("Officer"));
    m_officer->setItemText(0, tr("All officers"));
    m_actionLabel->setText(tr("Action"));
    fillActions();
    m_kecamatanLabel->setText(tr("Kecamatan"));
    m_kecamatan->setItemText(0, tr("All kecamatan"));
    m_reset->setText(tr("Reset"));
    m_reset->setToolTip(tr("Show the whole log again"));
}

} // namespace Brankas
