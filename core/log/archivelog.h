// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "../clock.h"
#include "../result.h"
#include "logchain.h"
#include "logfilter.h"
#include "logsigner.h"
#include "logverification.h"

#include <functional>
#include <optional>

namespace Brankas {

namespace Storage {
class LogStore;
class MetaStore;
} // namespace Storage

// The append-only, hash-chained record of everything that happened in a vault. append() must run
// inside the transaction of the change it records, so the two commit together or not at all.
//
// Before anything is appended, the log's end is checked against the sealed head record
// (checkEnd()): a log whose newest entries, head record or every entry were removed is tampered
// with, and nothing is ever chained or sealed on top of it.
class ArchiveLog
{
public:
    using Progress = std::function<bool(qint64 done, qint64 total)>; // return false to cancel

    ArchiveLog(Storage::LogStore &store, Storage::MetaStore &meta, const Clock &clock);

    // The chain exists only while the vault key is in memory.
    void setChain(std::optional<LogChain> chain);
    bool canAppend() const { return m_chain.has_value() && !m_tampered; }

    // Checks the newest entries against the head record; cheap (two rows and one meta value).
    // Until the next setChain(), a failed check refuses every append with ErrorCode::LogTampered.
    Result<LogVerification> checkEnd();
    // The failed end check, if the last one failed.
    const std::optional<LogVerification> &tampered() const { return m_tampered; }
    // LogTampered with what the check found and what to do, when it failed.
    Status refuseWhenTampered() const;

    // Appends events in the caller's transaction. With a signer, the officer signs the chain's new
    // head for these entries (one signature per run of that officer's consecutive changes).
    // In the caller's transaction: no other PC appends until it ends (LogStore::lockHead). Appending
    // takes it anyway; a change that re-reads what it changes takes it first.
    Status lockHead();
    Status append(const QString &officer, const LogEvent &event, const LogSigner *signer = nullptr);
    Status appendAll(const QString &officer, const QList<LogEvent> &events, const LogSigner *signer = nullptr);

    // For events that happen while the key is not available: kept unchained and folded into the
    // chain by absorbPending(), marked as recorded without the key (LogEntry::isUnattested()).
    Status recordPending(const QString &officer, const LogEvent &event);
    Status absorbPending();

    // Recomputes the chain, checks every officer signature since signing began (or since the newest
    // administrator's checkpoint, unless `full`), and the end.
    Result<LogVerification> verify(const Progress &progress = {}, bool full = false);
    Result<QList<LogEntry>> entries(const LogFilter &filter);
    Result<qint64> count();
    // Fingerprint of the newest entry as stored (not verified): what reports print.
    Result<QString> headFingerprint();

private:
    Storage::LogStore &m_store;
    Storage::MetaStore &m_meta;
    const Clock &m_clock;
    std::optional<LogChain> m_chain;
    std::optional<LogVerification> m_tampered;
};

} // namespace Brankas
