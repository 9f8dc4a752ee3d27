#pragma once

#include "../clock.h"
#include "../result.h"
#include "../storage/logstore.h"
#include "logchain.h"
#include "logverification.h"

#include <functional>
#include <optional>

namespace Brankas {

namespace Storage {
class MetaStore;
}

// The append-only, hash-chained record of everything that happened in a vault. append() must run
// inside the transaction of the change it records, so the two commit together or not at all.
class ArchiveLog
{
public:
    using Progress = std::function<bool(qint64 done, qint64 total)>; // return false to cancel

    ArchiveLog(Storage::LogStore &store, Storage::MetaStore &meta, const Clock &clock);

    // The chain exists only while the vault key is in memory.
    void setChain(std::optional<LogChain> chain) { m_chain = std::move(chain); }
    bool canAppend() const { return m_chain.has_value(); }

    Status append(const QString &officer, const LogEvent &event);
    // Appends many events in the caller's transaction (the benchmark generator, bulk changes).
    Status appendAll(const QString &officer, const QList<LogEvent> &events);

    // For events that happen while the key is not available (a failed sign-in or recovery attempt):
    // kept unchained and folded into the chain, with their own times, by absorbPending().
    Status recordPending(const QString &officer, const LogEvent &event);
    Status absorbPending();

    Result<LogVerification> verify(const Progress &progress = {});
    Result<QList<LogEntry>> entries(const Storage::LogFilter &filter) { return m_store.entries(filter); }
    Result<qint64> count() { return m_store.count(); }
    // Fingerprint of the newest entry as stored (not verified): what reports print.
    Result<QString> headFingerprint();

private:
    Status appendEntry(LogEntry entry, Storage::LogStore::Head &head);
    Status writeHead(const Storage::LogStore::Head &head);

    Storage::LogStore &m_store;
    Storage::MetaStore &m_meta;
    const Clock &m_clock;
    std::optional<LogChain> m_chain;
};

} // namespace Brankas
