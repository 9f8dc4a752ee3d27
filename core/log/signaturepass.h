// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "../crypto/signing.h"
#include "../storage/logstore.h"
#include "logchain.h"
#include "logverification.h"

#include <QHash>
#include <QList>

#include <array>
#include <vector>

namespace Brankas {

// The signature side of LogVerifier: which officer signed which run of entries, whether they held
// that key when they signed, and the Ed25519 checks themselves, queued and run on every core.
// LogVerifier recomputes the chain and hands each entry that chains to visit().
struct SignaturePass
{
    using Problem = LogVerification::Problem;

    // A signature row kept compactly: a national vault may hold one per entry.
    struct Signature
    {
        qint64 firstSeq = 0;
        qint64 lastSeq = 0;
        int signer = 0; // index into the distinct signer keys
        std::array<char, Crypto::Ed25519SignatureSize> bytes{};
        bool wellFormed = false;
    };

    struct PendingCheck
    {
        int signer = 0;
        QByteArray message;
        const Signature *signature = nullptr;
    };

    struct Registered
    {
        QString name;
        bool administrator = false;
        bool closed = false; // an administrator closed this officer's access
        QByteArray nameUtf8; // entries name their officer exactly as registered: compare bytes first

        bool isActiveAdministrator() const { return !name.isEmpty() && administrator && !closed; }
    };

    // What a signed entry says about an officer, applied as it is read (its run's signer is known).
    enum class OfficerChange { None, Registration, Role, Closed, Opened };

    // An entry inside a signed run, as far as checking who signed it needs.
    struct RangeEntry
    {
        qint64 seq = 0;
        QByteArray officer;
        bool needsSignature = false;
        OfficerChange change = OfficerChange::None;
        // Set for an entry that registers an officer's key.
        QByteArray registeredKey;
        // The officer a registration, role change or access change is about.
        QString registeredName;
        bool registersAdministrator = false;
        bool selfRegistration = false;
    };

    const LogChain &chain;
    qint64 signedFrom = 1;
    qint64 trustedThrough = 0; // signatures ending at or before it are vouched for by the checkpoint
    qint64 checkpointSeq = 0;

    std::vector<Signature> signatures;
    QList<QByteArray> signerKeys;
    size_t nextSignature = 0;

    QHash<QByteArray, Registered> byKey;  // public key -> officer
    QHash<QString, QByteArray> keyByName; // lower-case name -> public key
    QList<RangeEntry> unresolved;         // entries whose signer's key is registered later in their run
    bool inRange = false;

    std::vector<PendingCheck> checks;
    Crypto::SignatureVerifier verifiers[2];
    bool checkpointValid = true;

    LogVerification result;

    explicit SignaturePass(const LogChain &c)
        : chain(c)
    {}

    void fail(Problem problem, qint64 seq, const QString &officer = {});
    // Verifies the queued signatures, on every core; false at the first bad one.
    bool flushChecks();
    // A role or access change counts only when a current administrator signed it: otherwise an
    // officer could make themself an administrator and vouch for forged registrations.
    bool applyOfficerChange(const RangeEntry &entry, const Registered &signer);
    // Records an officer's key when whoever signed the entry may give it.
    bool applyRegistration(const RangeEntry &entry, const QByteArray &signerKey);
    // Checks that the entry's officer owns the key that signed it. Entries signed by a key that is
    // registered later in the same run (the vault's first entry, before its administrator is
    // added) wait, and only those: a run of a million entries keeps nothing in memory.
    bool checkOfficer(const RangeEntry &entry, const QByteArray &signerKey, bool runEnded);
    // The end of a signed run: the officer checks that waited, then the signature itself.
    bool finishRange(const Signature &signature, const QByteArray &lastMac);
    // The signature side of one entry; false stops the scan.
    bool visit(const Storage::LogStore::RawRow &row);
};

} // namespace Brankas
