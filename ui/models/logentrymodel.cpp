// SPDX-License-Identifier: GPL-3.0-or-later
#include "logentrymodel.h"

#include "displaytime.h"
#include "logentrytext.h"
#include "logsubjects.h"

#include <core/log/logactions.h>

namespace Brankas {

LogEntryModel::LogEntryModel(ArchiveLog &log, QObject *parent)
    : QAbstractTableModel(parent)
    , m_log(log)
{}

void LogEntryModel::setSubjects(LogSubjects *subjects)
{
    m_subjects = subjects;
    if (!m_entries.isEmpty()) {
        Q_EMIT dataChanged(index(0, SubjectColumn), index(rowCount() - 1, DetailsColumn));
    }
}

Result<QList<LogEntry>> LogEntryModel::readPage() const
{
    LogFilter page = m_filter;
    page.newestFirst = true;
    page.limit = PageSize;
    page.afterSeq = 0;
    // Keyset paging: each page starts below the oldest entry shown, which stays fast at any depth
    // where an OFFSET would make SQLite walk past every entry above it.
    page.beforeSeq = m_entries.isEmpty() ? 0 : m_entries.last().seq;
    return m_log.entries(page);
}

Status LogEntryModel::setFilter(const LogFilter &filter)
{
    beginResetModel();
    m_filter = filter;
    m_entries.clear();
    m_atEnd = false;
    auto page = readPage();
    if (page) {
        m_entries = std::move(page).value();
        m_atEnd = m_entries.size() < PageSize;
        m_lastError = {};
    } else {
        m_atEnd = true;
        m_lastError = page.error();
    }
    // No fetching from inside the reset's own notification: QAbstractItemModelTester (Qt 6.4) does
    // that (without asking canFetchMore) before it has marked the reset done. Views fetch later,
    // from their fetch-more timer.
    m_resetting = true;
    endResetModel();
    m_resetting = false;
    if (!page) {
        return page.error();
    }
    return {};
}

bool LogEntryModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_atEnd && !m_resetting;
}

void LogEntryModel::fetchMore(const QModelIndex &parent)
{
    if (parent.isValid() || m_atEnd || m_resetting) {
        return;
    }
    auto page = readPage();
    if (!page) {
        m_atEnd = true;
        m_lastError = page.error();
        Q_EMIT pageFailed(m_lastError);
        return;
    }
    const QList<LogEntry> &entries = page.value();
    m_atEnd = entries.size() < PageSize;
    if (entries.isEmpty()) {
        return;
    }
    const int first = int(m_entries.size());
    beginInsertRows({}, first, first + int(entries.size()) - 1);
    m_entries.append(entries);
    endInsertRows();
}

void LogEntryModel::retranslate()
{
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_entries.isEmpty()) {
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
    }
}

int LogEntryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int LogEntryModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString LogEntryModel::subject(const QString &target) const
{
    return m_subjects ? m_subjects->subject(target) : target;
}

QVariant LogEntryModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const LogEntry &entry = m_entries.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case TimeColumn:
            return DisplayTime::dateTime(entry.at);
        case OfficerColumn:
            return entry.officer;
        case ActionColumn:
            return LogAction::words(entry.action);
        case SubjectColumn:
            return subject(entry.target);
        case DetailsColumn:
            return LogEntryText::details(entry, m_subjects);
        }
        return {};
    case Qt::ToolTipRole:
        // The stored identifiers, for an officer comparing the screen with brankas-cli output.
        if (index.column() == ActionColumn) {
            return entry.action;
        }
        if (index.column() == SubjectColumn) {
            return entry.target;
        }
        if (index.column() == DetailsColumn) {
            return LogEntryText::details(entry, m_subjects);
        }
        return tr("Entry %1").arg(entry.seq);
    case SeqRole:
        return entry.seq;
    case AccountIdRole:
        if (entry.target.startsWith(QLatin1String("account:"))) {
            return entry.target.mid(8).toLongLong();
        }
        return qint64(0);
    }
    return {};
}

QVariant LogEntryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole) {
        return {};
    }
    if (orientation == Qt::Vertical) {
        return section >= 0 && section < m_entries.size() ? QVariant(m_entries.at(section).seq) : QVariant();
    }
    switch (section) {
    case TimeColumn:
        return tr("Time");
    case OfficerColumn:
        return tr("Officer");
    case ActionColumn:
        return tr("Action");
    case SubjectColumn:
        return tr("About");
    case DetailsColumn:
        return tr("Details");
    }
    return {};
}

} // namespace Brankas
