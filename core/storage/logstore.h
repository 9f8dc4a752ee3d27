// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "../log/logentry.h"
#include "../log/logfilter.h"
#include "../result.h"

#include <QList>
#include <QStringList>

#include <functional>
#include <memory>
#include <optional>

class QSqlQuery;

namespace Brankas::Storage {

class Database;
class ReadSnapshot;

// The archive_log and pending_event tables. Rows are only ever inserted (triggers in the schema
// refuse UPDATE and DELETE on archive_log).
class LogStore
{
public:
    struct Head
    {
        qint64 seq = 0;
        QByteArray mac;
    };
    // The columns exactly as stored, as the bytes the MAC was computed over.
    struct RawRow
    {
        qint64 seq = 0;
        QByteArray at, officer, action, target, details, mac;
    };

    // One officer signature over the chain's MAC at lastSeq, for entries firstSeq..lastSeq.
    struct SignatureRow
    {
        qint64 firstSeq = 0;
        qint64 lastSeq = 0;
        QByteArray signer; // Ed25519 public key
        QByteArray signature;
    };

    // What one change adds to the log, written together: its entries, the signature over them (a
    // new row, or the signer's newest one extended over them) and the sealed head, stored under
    // headKey in vault_meta.
    struct Write
    {
        QList<LogEntry> entries;
        std::optional<SignatureRow> signature;
        qint64 extendsSignatureEndingAt = 0; // the newest signature's lastSeq when extending it
        QString headKey;
        QString sealedHead;
    };

    explicit LogStore(Database &db);
    ~LogStore();
    LogStore(const LogStore &) = delete;
    LogStore &operator=(const LogStore &) = delete;

    // Inside the transaction of a change, before head(): makes this connection the only writer of
    // the log until the transaction ends, so two PCs never chain to the same entry. SQLite's
    // BEGIN IMMEDIATE already holds the file's write lock; a server takes a transaction-scoped
    // advisory lock, released by COMMIT or ROLLBACK (or a lost connection).
    Status lockHead();
    // Until it ends, every read of this store sees the log as it was at the first (ReadSnapshot).
    Result<std::unique_ptr<ReadSnapshot>> snapshot();
    Result<Head> head();
    // The head and the newest signature (without its bytes) in one statement: a change reads both
    // while it holds the head's lock, and each statement is a round trip to a server.
    struct Tip
    {
        Head head;
        SignatureRow newestSignature; // lastSeq 0 when there is none
    };
    Result<Tip> tip();
    // lockHead() and tip() together: a server takes the lock and reads in one round trip.
    Result<Tip> lockedTip();
    Result<qint64> count();
    // In one statement (a thousand rows per statement for an import's many).
    Status append(const QList<LogEntry> &entries);
    // Inside the transaction, under the head's lock. A server takes it in one statement (with an
    // import's many entries, one per thousand before it): every round trip made under the lock is
    // one all the office's other PCs wait for.
    Status write(const Write &write);
    Result<QList<LogEntry>> entries(const LogFilter &filter);
    // Streams every row in seq order; the visitor returns false to stop early.
    Status forEachRaw(const std::function<bool(const RawRow &)> &visit);

    // The newest `count` rows, newest first: what the log's end is checked against at unlock.
    Result<QList<RawRow>> tail(int count);

    Status appendSignature(const SignatureRow &row);
    // Replaces the signature that ended at previousLastSeq by one over the longer run `row`.
    Status extendSignature(qint64 previousLastSeq, const SignatureRow &row);
    // Streams the signatures in lastSeq order; the visitor returns false to stop early.
    Status forEachSignature(const std::function<bool(const SignatureRow &)> &visit);
    Result<SignatureRow> newestSignature(); // lastSeq 0 when there is none
    // The newest entry with this exact action, or seq 0.
    Result<LogEntry> newestWithAction(const QString &action);

    Status addPending(const LogEntry &entry);
    Result<QList<LogEntry>> pending();
    Status clearPending();

private:
    // Whether this store already holds the head's lock in the open transaction: held to its end, so
    // asking again would only be one more round trip to the server while holding it.
    bool holdsHead() const;
    Status writeOnServer(const Write &write);

    Database &m_db;
    quint64 m_lockedInTransaction = 0; // Database::transactionNumber() of the last lockHead()
};

} // namespace Brankas::Storage
