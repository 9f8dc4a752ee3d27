// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "../result.h"
#include "logchain.h"
#include "logverification.h"

#include <functional>

namespace Brankas {

namespace Storage {
class LogStore;
class MetaStore;
} // namespace Storage

// One full check of the archive log: the HMAC chain over every entry, the sealed head record,
// and the officer signatures.
//
// Why this costs seconds and not a minute for a million entries: an officer's signature is over the
// chain's MAC at the last entry it covers, and that MAC covers every entry before it. So one
// signature covers a whole run of one officer's consecutive changes (each change replaces the
// officer's newest signature by one over the longer run): a handover, an import or a day of one
// officer's work costs one Ed25519 verification, not one per entry (about 75 us each on these
// machines: one per change would make a national log of 686,000 changes take a minute).
// Verifications run on every core. And when an administrator has verified the
// whole log, Brankas appends a signed checkpoint ("every signature up to entry N was good"); later
// verifications recompute the chain in full (cheap) but check one by one only the signatures after
// the newest checkpoint. A checkpoint cannot be forged without an administrator's passphrase: it is
// itself an entry, signed by that administrator over the chain's MAC, so changing anything before it
// breaks either the chain or that signature. `full` ignores checkpoints.
//
// Which key belongs to whom is read from the log itself (the signed entries that added an officer
// or registered their key), never from the officer table, which anyone with the file can edit.
class LogVerifier
{
public:
    using Progress = std::function<bool(qint64 done, qint64 total)>;

    LogVerifier(Storage::LogStore &store, Storage::MetaStore &meta, const LogChain &chain);
    Result<LogVerification> run(const Progress &progress, bool full);

private:
    Storage::LogStore &m_store;
    Storage::MetaStore &m_meta;
    const LogChain &m_chain;
};

} // namespace Brankas
