// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <core/log/archivelog.h>

#include <QAbstractTableModel>

namespace Brankas {

class LogSubjects;

// The archive log, newest first, read from storage one page at a time (fetchMore) so that a log of
// a million entries opens as fast as one of ten: only what the officer scrolls to is ever loaded.
class LogEntryModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { TimeColumn, OfficerColumn, ActionColumn, SubjectColumn, DetailsColumn, ColumnCount };
    enum Role { SeqRole = Qt::UserRole + 1, AccountIdRole };

    static constexpr int PageSize = 500;

    explicit LogEntryModel(ArchiveLog &log, QObject *parent = nullptr);

    // Names targets ("account:12", "handover:3") and the accounts and terms in details from the
    // register; without it, the model shows the stored identifiers (for scripts and tests).
    void setSubjects(LogSubjects *subjects);
    // Shows the entries the filter selects (its limit, beforeSeq and newestFirst are the model's).
    Status setFilter(const LogFilter &filter);
    const LogFilter &filter() const { return m_filter; }
    Status reload() { return setFilter(m_filter); }
    // The error of the last page read, shown by the page (fetchMore has no way to return one).
    const Error &lastError() const { return m_lastError; }
    const LogEntry &entry(int row) const { return m_entries.at(row); }
    void retranslate();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

Q_SIGNALS:
    void pageFailed(const Error &error);

private:
    Result<QList<LogEntry>> readPage() const;
    QString subject(const QString &target) const;

    ArchiveLog &m_log;
    LogSubjects *m_subjects = nullptr;
    LogFilter m_filter;
    QList<LogEntry> m_entries;
    bool m_atEnd = true;
    bool m_resetting = false;
    Error m_lastError;
};

} // namespace Brankas
