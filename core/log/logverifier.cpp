// SPDX-License-Identifier: GPL-3.0-or-later
#include "logverifier.h"

#include "../crypto/mac.h"
#include "../crypto/signing.h"
#include "../crypto/wipe.h"
#include "../storage/logstore.h"
#include "../storage/metastore.h"
#include "logactions.h"
#include "logentry.h"

#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QThread>

#include <array>
#include <cstring>
#include <thread>
#include <utility>
#include <vector>

namespace Brankas {

namespace {
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

bool sameOfficer(const QByteArray &entryOfficer, const Registered &registered)
{
    return entryOfficer == registered.nameUtf8 ||
           QString::fromUtf8(entryOfficer).compare(registered.name, Qt::CaseInsensitive) == 0;
}

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

OfficerChange officerChangeOf(QByteArrayView action)
{
    if (action == QByteArrayView("officer.added") || action == QByteArrayView("officer.keys-registered")) {
        return OfficerChange::Registration;
    }
    if (action == QByteArrayView("officer.role-changed")) {
        return OfficerChange::Role;
    }
    if (action == QByteArrayView("officer.disabled")) {
        return OfficerChange::Closed;
    }
    if (action == QByteArrayView("officer.enabled")) {
        return OfficerChange::Opened;
    }
    return OfficerChange::None;
}

QString officerOfTarget(QByteArrayView target)
{
    const QString text = QString::fromUtf8(target);
    return text.startsWith(QLatin1String("officer:")) ? text.mid(8) : QString();
}
} // namespace

struct LogVerifier::Pass
{
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

    explicit Pass(const LogChain &c)
        : chain(c)
    {}

    void fail(Problem problem, qint64 seq, const QString &officer = {})
    {
        if (result.problem == Problem::None) {
            result.problem = problem;
            result.firstBadSeq = seq;
            result.problemOfficer = officer;
        }
    }

    // Verifies the queued signatures, on every core; false at the first bad one.
    bool flushChecks()
    {
        if (checks.empty()) {
            return true;
        }
        const size_t half = QThread::idealThreadCount() > 1 && checks.size() > 64 ? checks.size() / 2 : checks.size();
        std::vector<char> good(checks.size(), 0);
        auto work = [this, &good](size_t from, size_t to, Crypto::SignatureVerifier &verifier) {
            for (size_t i = from; i < to; ++i) {
                const PendingCheck &check = checks[i];
                good[i] = check.signature->wellFormed &&
                          verifier.verify(signerKeys.at(check.signer), check.message,
                                          QByteArrayView(check.signature->bytes.data(), check.signature->bytes.size()));
            }
        };
        std::thread second;
        if (half < checks.size()) {
            second = std::thread(work, half, checks.size(), std::ref(verifiers[1]));
        }
        work(0, half, verifiers[0]);
        if (second.joinable()) {
            second.join();
        }
        for (size_t i = 0; i < checks.size(); ++i) {
            if (!good[i]) {
                const Signature &bad = *checks[i].signature;
                fail(Problem::BadSignature, bad.firstSeq, byKey.value(signerKeys.at(bad.signer)).name);
                checks.clear();
                return false;
            }
        }
        result.signatures += qint64(checks.size());
        checks.clear();
        return true;
    }

    // A role or access change counts only when a current administrator signed it: otherwise an
    // officer could make themself an administrator and vouch for forged registrations.
    bool applyOfficerChange(const RangeEntry &entry, const Registered &signer)
    {
        if (!signer.isActiveAdministrator()) {
            fail(Problem::ForgedKey, entry.seq, entry.registeredName);
            return false;
        }
        const QByteArray key = keyByName.value(entry.registeredName.toLower());
        if (key.isEmpty()) {
            return true; // an officer without keys yet: their registration will carry the role
        }
        Registered &officer = byKey[key];
        if (entry.change == OfficerChange::Role) {
            officer.administrator = entry.registersAdministrator;
        } else {
            officer.closed = entry.change == OfficerChange::Closed;
        }
        return true;
    }

    // Records an officer's key when whoever signed the entry may give it.
    bool applyRegistration(const RangeEntry &entry, const QByteArray &signerKey)
    {
        const Registered signer = byKey.value(signerKey);
        const bool byAdministrator = signer.isActiveAdministrator();
        // The first administrator of a vault (or the first officer to sign after an upgrade)
        // registers themself: there is nobody before them to vouch.
        const bool bootstrap = byKey.isEmpty() && entry.registeredKey == signerKey;
        const bool self = entry.selfRegistration && entry.registeredKey == signerKey &&
                          !keyByName.contains(entry.registeredName.toLower()) &&
                          QString::fromUtf8(entry.officer).compare(entry.registeredName, Qt::CaseInsensitive) == 0;
        if (!byAdministrator && !bootstrap && !self) {
            fail(Problem::ForgedKey, entry.seq, entry.registeredName);
            return false;
        }
        bool closed = false;
        if (const QByteArray old = keyByName.value(entry.registeredName.toLower()); !old.isEmpty()) {
            closed = byKey.value(old).closed; // new keys (a reset) do not reopen a closed access
            byKey.remove(old);
        }
        byKey.insert(entry.registeredKey, Registered{entry.registeredName, entry.registersAdministrator, closed,
                                                     entry.registeredName.toUtf8()});
        keyByName.insert(entry.registeredName.toLower(), entry.registeredKey);
        return true;
    }

    // Checks that the entry's officer owns the key that signed it. Entries signed by a key that is
    // registered later in the same run (the vault's first entry, before its administrator is
    // added) wait, and only those: a run of a million entries keeps nothing in memory.
    bool checkOfficer(const RangeEntry &entry, const QByteArray &signerKey, bool runEnded)
    {
        const auto found = byKey.constFind(signerKey);
        if (found == byKey.cend()) {
            if (!runEnded) {
                unresolved.append(entry);
                return true;
            }
            fail(Problem::WrongSigner, entry.seq, QString::fromUtf8(entry.officer));
            return false;
        }
        if (!sameOfficer(entry.officer, found.value())) {
            fail(Problem::WrongSigner, entry.seq, QString::fromUtf8(entry.officer));
            return false;
        }
        return true;
    }

    // The end of a signed run: the officer checks that waited, then the signature itself.
    bool finishRange(const Signature &signature, const QByteArray &lastMac)
    {
        const QByteArray &signerKey = signerKeys.at(signature.signer);
        const QList<RangeEntry> waiting = std::exchange(unresolved, {});
        for (const RangeEntry &entry : waiting) {
            if (!checkOfficer(entry, signerKey, true)) {
                return false;
            }
        }
        const Registered signer = byKey.value(signerKey);
        if (checkpointSeq >= signature.firstSeq && checkpointSeq <= signature.lastSeq &&
            !signer.isActiveAdministrator()) {
            checkpointValid = false;
        }
        if (signature.lastSeq > trustedThrough) {
            checks.push_back(PendingCheck{
                signature.signer, chain.signatureMessage(signature.firstSeq, signature.lastSeq, lastMac), &signature});
            if (checks.size() >= 4096 && !flushChecks()) {
                return false;
            }
        }
        result.headSigner = signer.name;
        result.headSignedSeq = signature.lastSeq;
        inRange = false;
        return true;
    }

    // The signature side of one entry; false stops the scan.
    bool visit(const Storage::LogStore::RawRow &row)
    {
        if (row.seq < signedFrom) {
            return true;
        }
        const bool unattested = LogEntry::isUnattestedDetails(row.details);
        if (unattested) {
            ++result.unattested;
        }
        const bool needsSignature = !unattested && LogAction::isSignedByOfficer(row.action);
        while (nextSignature < signatures.size() && signatures[nextSignature].lastSeq < row.seq) {
            ++nextSignature; // a range that ended on an entry before this one was finished there
        }
        const Signature *covering = nextSignature < signatures.size() && signatures[nextSignature].firstSeq <= row.seq
                                        ? &signatures[nextSignature]
                                        : nullptr;
        if (!covering) {
            if (needsSignature) {
                fail(Problem::Unsigned, row.seq, QString::fromUtf8(row.officer));
                return false;
            }
            return true;
        }
        RangeEntry entry{row.seq, row.officer, needsSignature, officerChangeOf(row.action), {}, {}, false, false};
        if (entry.change == OfficerChange::Role || entry.change == OfficerChange::Closed ||
            entry.change == OfficerChange::Opened) {
            entry.registeredName = officerOfTarget(row.target);
            entry.registersAdministrator =
                QJsonDocument::fromJson(row.details).object().value(QStringLiteral("role")).toString() ==
                QLatin1String("administrator");
            if (entry.registeredName.isEmpty()) {
                entry.change = OfficerChange::None;
            }
        }
        if (entry.change == OfficerChange::Registration) {
            const QJsonObject details = QJsonDocument::fromJson(row.details).object();
            entry.registeredKey =
                QByteArray::fromHex(details.value(QStringLiteral("signingKey")).toString().toLatin1());
            entry.registeredName = officerOfTarget(row.target);
            entry.registersAdministrator =
                details.value(QStringLiteral("role")).toString() == QLatin1String("administrator");
            entry.selfRegistration = row.action == QByteArrayView("officer.keys-registered");
            if (entry.registeredName.isEmpty()) {
                entry.registeredKey.clear();
            }
        }
        inRange = true;
        const QByteArray &signerKey = signerKeys.at(covering->signer);
        if (entry.change == OfficerChange::Registration && !entry.registeredKey.isEmpty() &&
            !applyRegistration(entry, signerKey)) {
            return false;
        }
        if ((entry.change == OfficerChange::Role || entry.change == OfficerChange::Closed ||
             entry.change == OfficerChange::Opened) &&
            !applyOfficerChange(entry, byKey.value(signerKey))) {
            return false;
        }
        if (entry.needsSignature && !checkOfficer(entry, signerKey, false)) {
            return false;
        }
        if (row.seq == covering->lastSeq) {
            return finishRange(*covering, row.mac);
        }
        return true;
    }
};

LogVerifier::LogVerifier(Storage::LogStore &store, Storage::MetaStore &meta, const LogChain &chain)
    : m_store(store)
    , m_meta(meta)
    , m_chain(chain)
{}

Result<LogVerification> LogVerifier::run(const Progress &progress, bool full)
{
    auto total = m_store.count();
    if (!total) {
        return total.error();
    }
    qint64 signedFrom = 0;
    if (auto from = m_meta.value(QStringLiteral("log_signed_from")); from) {
        bool ok = false;
        signedFrom = from.value().toLongLong(&ok);
        if (!ok || signedFrom < 1) {
            signedFrom = 0;
        }
    }
    qint64 checkpointSeq = 0;
    qint64 trustedThrough = 0;
    if (!full) {
        auto checkpoint = m_store.newestWithAction(LogAction::logCheckpoint());
        if (!checkpoint) {
            return checkpoint.error();
        }
        const qint64 through = checkpoint.value().detailsObject().value(QStringLiteral("through")).toInteger();
        if (checkpoint.value().seq > 0 && through > 0 && through < checkpoint.value().seq) {
            checkpointSeq = checkpoint.value().seq;
            trustedThrough = through;
        }
    }

    Pass pass(m_chain);
    pass.signedFrom = signedFrom;
    pass.trustedThrough = trustedThrough;
    pass.checkpointSeq = checkpointSeq;
    LogVerification &result = pass.result;
    result.signedFrom = signedFrom;
    if (signedFrom == 0) {
        result.problem = Problem::SigningMoved;
        return result;
    }

    // The signature rows, compactly, with their keys numbered.
    QHash<QByteArray, int> signerIndex;
    qint64 previousLast = 0;
    Status loaded = m_store.forEachSignature([&](const Storage::LogStore::SignatureRow &row) {
        if (row.firstSeq > row.lastSeq || row.firstSeq <= previousLast || row.firstSeq < signedFrom) {
            result.problem = row.firstSeq < signedFrom ? Problem::SigningMoved : Problem::Broken;
            result.firstBadSeq = row.firstSeq;
            return false;
        }
        previousLast = row.lastSeq;
        Signature signature;
        signature.firstSeq = row.firstSeq;
        signature.lastSeq = row.lastSeq;
        auto index = signerIndex.constFind(row.signer);
        if (index == signerIndex.cend()) {
            index = signerIndex.insert(row.signer, int(pass.signerKeys.size()));
            pass.signerKeys.append(row.signer);
        }
        signature.signer = index.value();
        signature.wellFormed = row.signature.size() == Crypto::Ed25519SignatureSize;
        if (signature.wellFormed) {
            std::memcpy(signature.bytes.data(), row.signature.constData(), signature.bytes.size());
        }
        pass.signatures.push_back(signature);
        return true;
    });
    if (!loaded) {
        return loaded.error();
    }
    if (!result.intact()) {
        return result;
    }

    QByteArray previousMac = m_chain.genesis();
    qint64 expectedSeq = 1;
    // A MAC mismatch at entry n means either n itself was edited (then n+1 still chains from n's
    // stored MAC) or the order around n changed; the next entry tells the two apart.
    qint64 suspectSeq = 0;
    bool cancelled = false;
    qint64 chained = 0;

    Status status = m_store.forEachRaw([&](const Storage::LogStore::RawRow &row) {
        if (row.seq != expectedSeq) {
            pass.fail(suspectSeq ? Problem::Broken : Problem::Missing, suspectSeq ? suspectSeq : expectedSeq);
            return false;
        }
        const QByteArray mac =
            m_chain.macFor(previousMac, row.seq, row.at, row.officer, row.action, row.target, row.details);
        const bool chains = Crypto::constantTimeEqual(mac, row.mac);
        if (suspectSeq) {
            pass.fail(chains ? Problem::Edited : Problem::Broken, suspectSeq);
            return false;
        }
        if (!chains) {
            suspectSeq = row.seq;
        } else if (!pass.visit(row)) {
            return false;
        }
        previousMac = row.mac;
        ++expectedSeq;
        ++chained;
        if (progress && (chained % 4096) == 0 && !progress(chained, total.value())) {
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
    result.entries = chained;
    if (!result.intact()) {
        return result;
    }
    if (suspectSeq) {
        // The newest entry failed and nothing follows it: it was edited.
        pass.fail(Problem::Edited, suspectSeq);
        return result;
    }
    if (!pass.flushChecks()) {
        return result;
    }
    const qint64 lastSeq = expectedSeq - 1;
    if (lastSeq == 0) {
        pass.fail(Problem::Emptied, 0);
        return result;
    }
    if (!pass.signatures.empty() && pass.signatures.back().lastSeq > lastSeq) {
        // A signature for entries that are no longer there.
        pass.fail(Problem::Truncated, lastSeq);
        return result;
    }
    if (pass.inRange) {
        pass.fail(Problem::Truncated, lastSeq);
        return result;
    }
    auto head = m_meta.value(QStringLiteral("log_head"));
    const QString expectedHead =
        QStringLiteral("%1 %2").arg(lastSeq).arg(QString::fromLatin1(m_chain.headSeal(lastSeq, previousMac).toHex()));
    if (!head || head.value() != expectedHead) {
        pass.fail(Problem::Truncated, lastSeq);
        return result;
    }
    if (checkpointSeq && !pass.checkpointValid) {
        // A checkpoint that no administrator signed vouches for nothing: check every signature.
        return run(progress, true);
    }
    result.checkpointSeq = checkpointSeq;
    result.headMac = previousMac;
    if (progress) {
        progress(chained, total.value());
    }
    return result;
}

} // namespace Brankas
