// SPDX-License-Identifier: GPL-3.0-or-later
#include "archivelog.h"

#include "../crypto/signing.h"
#include "../crypto/wipe.h"
#include "../storage/logstore.h"
#include "../storage/metastore.h"
#include "../storage/readsnapshot.h"
#include "logactions.h"
#include "logverifier.h"

#include <QJsonDocument>

namespace Brankas {

namespace {
const QString HeadKey = QStringLiteral("log_head");

QString compactJson(const QJsonObject &object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

// An action without words would show as its raw identifier and could not be filtered on: core
// never writes one (tests/log/tst_logactions.cpp also looks for them in the sources).
Status refuseUndescribed(const QString &action)
{
    if (LogAction::isDescribed(action)) {
        return {};
    }
    return Error(
        ErrorCode::InvalidInput,
        QT_TRANSLATE_NOOP("Brankas::Error", "The archive log has no words for the action \"%1\"; nothing was saved."),
        {action});
}

QString sealedHead(const LogChain &chain, qint64 seq, const QByteArray &mac)
{
    return QStringLiteral("%1 %2").arg(seq).arg(QString::fromLatin1(chain.headSeal(seq, mac).toHex()));
}

// Helpers of appendAll() and absorbPending(), here rather than in the header: their types are the
// store's, and archivelog.h keeps storage headers out of everything that includes the vault.
Storage::LogStore::Write chained(const LogChain &chain, QList<LogEntry> entries, const Storage::LogStore::Head &head);
Status sign(Storage::LogStore::Write &write, const LogChain &chain, const LogSigner &signer,
            const Storage::LogStore::SignatureRow &newest);
} // namespace

ArchiveLog::ArchiveLog(Storage::LogStore &store, Storage::MetaStore &meta, const Clock &clock)
    : m_store(store)
    , m_meta(meta)
    , m_clock(clock)
{}

void ArchiveLog::setChain(std::optional<LogChain> chain)
{
    m_chain = std::move(chain);
    m_tampered.reset();
}

Status ArchiveLog::refuseWhenTampered() const
{
    if (!m_tampered) {
        return {};
    }
    return Error(ErrorCode::LogTampered,
                 QT_TRANSLATE_NOOP("Brankas::Error",
                                   "%1 Brankas will not add anything to this archive log, so nothing can be changed in "
                                   "this vault. Restore the vault from a backup, and keep this copy for the "
                                   "investigation."),
                 {m_tampered->summary()});
}

Result<LogVerification> ArchiveLog::checkEnd()
{
    if (!m_chain) {
        return vaultLockedError();
    }
    m_tampered.reset();
    auto rows = m_store.tail(2);
    if (!rows) {
        return rows.error();
    }
    auto head = m_meta.value(HeadKey);
    if (!head && head.error().code() != ErrorCode::VaultDamaged) {
        return head.error();
    }
    LogVerification result;
    const QList<Storage::LogStore::RawRow> &tail = rows.value();
    if (tail.isEmpty()) {
        // A vault is born with entries; an empty log is one whose entries were all removed.
        result.problem = LogVerification::Problem::Emptied;
        m_tampered = result;
        return result;
    }
    const Storage::LogStore::RawRow &last = tail.first();
    const bool hasPrevious = tail.size() > 1 && tail.at(1).seq == last.seq - 1;
    if (!hasPrevious && last.seq != 1) {
        result.problem = LogVerification::Problem::Missing;
        result.firstBadSeq = last.seq - 1;
    } else {
        const QByteArray previousMac = hasPrevious ? tail.at(1).mac : m_chain->genesis();
        const QByteArray mac =
            m_chain->macFor(previousMac, last.seq, last.at, last.officer, last.action, last.target, last.details);
        if (!Crypto::constantTimeEqual(mac, last.mac)) {
            result.problem = LogVerification::Problem::Edited;
            result.firstBadSeq = last.seq;
        } else if (!head || head.value() != sealedHead(*m_chain, last.seq, last.mac)) {
            result.problem = LogVerification::Problem::Truncated;
            result.firstBadSeq = last.seq;
        }
    }
    if (result.problem == LogVerification::Problem::None) {
        // A signature for an entry that is no longer there: the end was cut and the head re-sealed
        // by someone holding the vault key.
        auto signature = m_store.newestSignature();
        if (!signature) {
            return signature.error();
        }
        if (signature.value().lastSeq > last.seq) {
            result.problem = LogVerification::Problem::Truncated;
            result.firstBadSeq = last.seq;
        }
    }
    result.entries = last.seq;
    if (!result.intact()) {
        m_tampered = result;
    }
    return result;
}

namespace {
// The entries numbered and MAC'd after the head, and the head sealed after the last of them.
Storage::LogStore::Write chained(const LogChain &chain, QList<LogEntry> entries, const Storage::LogStore::Head &head)
{
    Storage::LogStore::Head last = head;
    for (LogEntry &entry : entries) {
        entry.seq = last.seq + 1;
        entry.mac = chain.macFor(last.seq == 0 ? chain.genesis() : last.mac, entry);
        last.seq = entry.seq;
        last.mac = entry.mac;
    }
    Storage::LogStore::Write write;
    write.entries = std::move(entries);
    write.headKey = HeadKey;
    write.sealedHead = sealedHead(chain, last.seq, last.mac);
    return write;
}
} // namespace

Status ArchiveLog::lockHead()
{
    return m_store.lockHead();
}

Status ArchiveLog::append(const QString &officer, const LogEvent &event, const LogSigner *signer)
{
    return appendAll(officer, {event}, signer);
}

Status ArchiveLog::appendAll(const QString &officer, const QList<LogEvent> &events, const LogSigner *signer)
{
    if (!m_chain) {
        return vaultLockedError();
    }
    if (Status refused = refuseWhenTampered(); !refused) {
        return refused;
    }
    for (const LogEvent &event : events) {
        if (Status refused = refuseUndescribed(event.action); !refused) {
            return refused;
        }
    }
    auto tip = m_store.lockedTip();
    if (!tip) {
        return tip.error();
    }
    const QDateTime now = m_clock.nowUtc();
    QList<LogEntry> entries;
    entries.reserve(events.size());
    for (const LogEvent &event : events) {
        entries.append(LogEntry{0, now, officer, event.action, event.target, compactJson(event.details), {}});
    }
    Storage::LogStore::Write write = chained(*m_chain, std::move(entries), tip.value().head);
    if (signer && !write.entries.isEmpty()) {
        if (Status status = sign(write, *m_chain, *signer, tip.value().newestSignature); !status) {
            return status;
        }
    }
    // The entries, the signature and the sealed head in one go: a server takes them in one
    // statement, made while every other PC waits for the head.
    return m_store.write(write);
}

namespace {
Status sign(Storage::LogStore::Write &write, const LogChain &chain, const LogSigner &signer,
            const Storage::LogStore::SignatureRow &newest)
{
    const LogEntry &first = write.entries.constFirst();
    const LogEntry &last = write.entries.constLast();
    // When this officer also signed the entries just before these, one signature over the whole
    // run replaces theirs: the chain's MAC at its end covers every entry in it. A national vault
    // then carries about one signature per run of one officer's work, not one per change.
    const bool extends = newest.lastSeq == first.seq - 1 && newest.signer == signer.publicKey;
    const qint64 runStart = extends ? newest.firstSeq : first.seq;
    auto signature = Crypto::sign(signer.seed, chain.signatureMessage(runStart, last.seq, last.mac));
    if (!signature) {
        return signature.error();
    }
    write.signature = Storage::LogStore::SignatureRow{runStart, last.seq, signer.publicKey, signature.value()};
    write.extendsSignatureEndingAt = extends ? newest.lastSeq : 0;
    return {};
}
} // namespace

Status ArchiveLog::recordPending(const QString &officer, const LogEvent &event)
{
    if (Status refused = refuseUndescribed(event.action); !refused) {
        return refused;
    }
    return m_store.addPending(
        LogEntry{0, m_clock.nowUtc(), officer, event.action, event.target, compactJson(event.details), {}});
}

// Runs in the caller's transaction; reads the pending events under the log head's lock, so two PCs
// unlocking at once chain each of them once.
Status ArchiveLog::absorbPending()
{
    if (!m_chain) {
        return vaultLockedError();
    }
    if (Status refused = refuseWhenTampered(); !refused) {
        return refused;
    }
    // Every unlock asks; almost always there is nothing, and then it need not wait for the head
    // (another PC's import may hold it for a while).
    auto waiting = m_store.pending();
    if (!waiting) {
        return waiting.error();
    }
    if (waiting.value().isEmpty()) {
        return {};
    }
    // Read again under the lock: two PCs absorbing at once would otherwise both read the same
    // pending events, and the second would chain them again after the first had cleared them.
    if (Status locked = m_store.lockHead(); !locked) {
        return locked;
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
    QList<LogEntry> entries = pending.value();
    for (LogEntry &entry : entries) {
        // Anyone who can write the file could have put this row there: it enters the chain marked
        // as recorded without the key, and is shown and verified as such, never as proof.
        QJsonObject details = entry.detailsObject();
        details.insert(QStringLiteral("recordedLate"), true);
        entry.details = compactJson(details);
    }
    if (Status status = m_store.write(chained(*m_chain, std::move(entries), head.value())); !status) {
        return status;
    }
    return m_store.clearPending();
}

Result<LogVerification> ArchiveLog::verify(const Progress &progress, bool full)
{
    if (!m_chain) {
        return vaultLockedError();
    }
    // The signatures, every entry and the sealed head are read one after the other: another PC
    // appending between those reads would make an intact log look cut short.
    auto snapshot = m_store.snapshot();
    if (!snapshot) {
        return snapshot.error();
    }
    return LogVerifier(m_store, m_meta, *m_chain).run(progress, full);
}

Result<QList<LogEntry>> ArchiveLog::entries(const LogFilter &filter)
{
    return m_store.entries(filter);
}

Result<qint64> ArchiveLog::count()
{
    return m_store.count();
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
