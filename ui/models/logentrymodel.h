#pragma once

#include <core/log/archivelog.h>

#include <QAbstractTableModel>

#include <functional>

namespace Brankas {

// The archive log, newest first, read from storage one page at a time (fetchMore) so that a log of
// a million entries opens as fast as one of ten: only what the officer scrolls to is ever loaded.
class LogEntryModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { TimeColumn, OfficerColumn, ActionColumn, SubjectColumn, DetailsColumn, ColumnCount };
    enum Role { SeqRole = Qt::UserRole + 1, AccountIdRole };
    // Names a target ("account:12") for the Subject column; the page resolves it from the register.
    using SubjectNamer = std::function<QString(const QString &target)>;

    static constexpr int PageSize = 500;

    explicit LogEntryModel(ArchiveLog &log, QObject *parent = nullptr);

    void setSubjectNamer(SubjectNamer namer);
    // Shows the entries the filter selects (its limit, beforeSeq and newestFirst are the model's).
    Status setFilter(const Storage::LogFilter &filter);
    const Storage::LogFilter &filter() const { return m_filter; }
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
    SubjectNamer m_namer;
    Storage::LogFilter m_filter;
    QList<LogEntry> m_entries;
    bool m_atEnd = true;
    bool m_resetting = false;
    Error m_lastError;
};

} // namespace Brankas
