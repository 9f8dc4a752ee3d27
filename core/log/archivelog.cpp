#include "archivelog.h"

#include "../crypto/wipe.h"
#include "../storage/metastore.h"

#include <QJsonDocument>

namespace Brankas {

namespace {
const QString HeadKey = QStringLiteral("log_head");

QString compactJson(const QJsonObject &object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}
} // namespace

ArchiveLog::ArchiveLog(Storage::LogStore &store, Storage::MetaStore &meta, const Clock &clock)
    : m_store(store)
    , m_meta(meta)
    , m_clock(clock)
{}

Status ArchiveLog::appendEntry(LogEntry entry, Storage::LogStore::Head &head)
{
    entry.seq = head.seq + 1;
    entry.mac = m_chain->macFor(head.seq == 0 ? m_chain->genesis() : head.mac, entry);
    if (Status status = m_store.append(entry); !status) {
        return status;
    }
    head.seq = entry.seq;
    head.mac = entry.mac;
    return {};
}

Status ArchiveLog::writeHead(const Storage::LogStore::Head &head)
{
    const QByteArray seal = m_chain->headSeal(head.seq, head.mac);
    return m_meta.setValue(HeadKey, QStringLiteral("%1 %2").arg(head.seq).arg(QString::fromLatin1(seal.toHex())));
}

Status ArchiveLog::append(const QString &officer, const LogEvent &event)
{
    return appendAll(officer, {event});
}

Status ArchiveLog::appendAll(const QString &officer, const QList<LogEvent> &events)
{
    if (!m_chain) {
        return vaultLockedError();
    }
    auto head = m_store.head();
    if (!head) {
        return head.error();
    }
    const QDateTime now = m_clock.nowUtc();
    for (const LogEvent &event : events) {
        LogEntry entry{0, now, officer, event.action, event.target, compactJson(event.details), {}};
        if (Status status = appendEntry(std::move(entry), head.value()); !status) {
            return status;
        }
    }
    return writeHead(head.value());
}

Status ArchiveLog::recordPending(const QString &officer, const LogEvent &event)
{
    return m_store.addPending(
        LogEntry{0, m_clock.nowUtc(), officer, event.action, event.target, compactJson(event.details), {}});
}

Status ArchiveLog::absorbPending()
{
    if (!m_chain) {
        return vaultLockedError();
    }
    auto pending = m_store.pending();
    if (!pending) {
        return pending.error();
    }
    if (pending.value().isEmpty()) {
        return {};
    }
    auto head = m_store.head();
    if (!head) {
        return head.error();
    }
    for (LogEntry entry : pending.value()) {
        QJsonObject details = entry.detailsObject();
        // The event happened earlier than it enters the chain; say so rather than pretend.
        details.insert(QStringLiteral("recordedLate"), true);
        entry.details = compactJson(details);
        if (Status status = appendEntry(std::move(entry), head.value()); !status) {
            return status;
        }
    }
    if (Status status = writeHead(head.value()); !status) {
        return status;
    }
    return m_store.clearPending();
}

Result<LogVerification> ArchiveLog::verify(const Progress &progress)
{
    if (!m_chain) {
        return vaultLockedError();
    }
    auto total = m_store.count();
    if (!total) {
        return total.error();
    }
    LogVerification result;
    QByteArray previousMac = m_chain->genesis();
    qint64 expectedSeq = 1;
    // A MAC mismatch at entry n means either n itself was edited (then n+1 still chains from n's
    // stored MAC) or the order around n changed; the next entry tells the two apart.
    qint64 suspectSeq = 0;
    bool cancelled = false;

    Status status = m_store.forEachRaw([&](const Storage::LogStore::RawRow &row) {
        if (row.seq != expectedSeq) {
            result.problem = suspectSeq ? LogVerification::Problem::Broken : LogVerification::Problem::Missing;
            result.firstBadSeq = suspectSeq ? suspectSeq : expectedSeq;
            return false;
        }
        const QByteArray mac =
            m_chain->macFor(previousMac, row.seq, row.at, row.officer, row.action, row.target, row.details);
        const bool chains = Crypto::constantTimeEqual(mac, row.mac);
        if (suspectSeq) {
            result.problem = chains ? LogVerification::Problem::Edited : LogVerification::Problem::Broken;
            result.firstBadSeq = suspectSeq;
            return false;
        }
        if (!chains) {
            suspectSeq = row.seq;
        }
        previousMac = row.mac;
        ++expectedSeq;
        ++result.entries;
        if (progress && (result.entries % 4096) == 0 && !progress(result.entries, total.value())) {
            cancelled = true;
            return false;
        }
        return true;
    });
    if (!status) {
        return status.error();
    }
    if (cancelled) {
        return Error(ErrorCode::Cancelled, QT_TRANSLATE_NOOP("Brankas::Error", "Verification was cancelled."));
    }
    if (result.problem != LogVerification::Problem::None) {
        return result;
    }
    if (suspectSeq) {
        // The newest entry failed and nothing follows it: it was edited.
        result.problem = LogVerification::Problem::Edited;
        result.firstBadSeq = suspectSeq;
        return result;
    }
    const qint64 lastSeq = expectedSeq - 1;
    auto head = m_meta.value(HeadKey);
    const QString expectedHead =
        QStringLiteral("%1 %2").arg(lastSeq).arg(QString::fromLatin1(m_chain->headSeal(lastSeq, previousMac).toHex()));
    if (!head || head.value() != expectedHead) {
        result.problem = LogVerification::Problem::Truncated;
        result.firstBadSeq = lastSeq;
        return result;
    }
    result.headMac = previousMac;
    if (progress) {
        progress(result.entries, total.value());
    }
    return result;
}

Result<QString> ArchiveLog::headFingerprint()
{
    auto head = m_store.head();
    if (!head) {
        return head.error();
    }
    return LogChain::fingerprint(head.value().mac);
}

} // namespace Brankas
