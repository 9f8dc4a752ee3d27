// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <core/log/logentry.h>
#include <core/result.h>

#include <QAbstractTableModel>
#include <QList>

#include <memory>

namespace Brankas {

class LogSubjects;
class Vault;

// The archive-log entries about one account (target "account:ID"), newest first, each said in
// words: what happened, who did it and when. Log details never hold a secret.
class AccountLogModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { TimeColumn, OfficerColumn, ActionColumn, DetailsColumn, ColumnCount };
    enum Role { SeqRole = Qt::UserRole + 1, ActionIdRole };
    // An account with more entries shows its newest ones; the archive-log page has them all.
    static constexpr int MaximumEntries = 500;

    explicit AccountLogModel(QObject *parent = nullptr);
    ~AccountLogModel() override;

    Status load(Vault &vault, qint64 accountId);
    // Keeps only the entries whose target is exactly this account's.
    void setEntries(qint64 accountId, QList<LogEntry> entries);
    void clear() { setEntries(0, {}); }
    const QList<LogEntry> &entries() const { return m_entries; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    void retranslate();

    // What an entry changed on the account ("Active → Hacked: ...", the kind of a secret shown).
    // With subjects, the accounts and terms a detail names by number read by name.
    static QString detailsText(const LogEntry &entry, LogSubjects *subjects = nullptr);

private:
    QList<LogEntry> m_entries;
    std::unique_ptr<LogSubjects> m_subjects;
};

} // namespace Brankas
