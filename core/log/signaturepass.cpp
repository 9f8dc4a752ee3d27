// SPDX-License-Identifier: GPL-3.0-or-later
#include "signaturepass.h"

#include "logactions.h"
#include "logentry.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QThread>

#include <thread>
#include <utility>

namespace Brankas {

namespace {
using Registered = SignaturePass::Registered;
using OfficerChange = SignaturePass::OfficerChange;

bool sameOfficer(const QByteArray &entryOfficer, const Registered &registered)
{
    return entryOfficer == registered.nameUtf8 ||
           QString::fromUtf8(entryOfficer).compare(registered.name, Qt::CaseInsensitive) == 0;
}

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

void SignaturePass::fail(Problem problem, qint64 seq, const QString &officer)
{
    if (result.problem == Problem::None) {
        result.problem = problem;
        result.firstBadSeq = seq;
        result.problemOfficer = officer;
    }
}

bool SignaturePass::flushChecks()
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

bool SignaturePass::applyOfficerChange(const RangeEntry &entry, const Registered &signer)
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

bool SignaturePass::applyRegistration(const RangeEntry &entry, const QByteArray &signerKey)
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
    byKey.insert(entry.registeredKey,
                 Registered{entry.registeredName, entry.registersAdministrator, closed, entry.registeredName.toUtf8()});
    keyByName.insert(entry.registeredName.toLower(), entry.registeredKey);
    return true;
}

bool SignaturePass::checkOfficer(const RangeEntry &entry, const QByteArray &signerKey, bool runEnded)
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

bool SignaturePass::finishRange(const Signature &signature, const QByteArray &lastMac)
{
    const QByteArray &signerKey = signerKeys.at(signature.signer);
    const QList<RangeEntry> waiting = std::exchange(unresolved, {});
    for (const RangeEntry &entry : waiting) {
        if (!checkOfficer(entry, signerKey, true)) {
            return false;
        }
    }
    const Registered signer = byKey.value(signerKey);
    if (checkpointSeq >= signature.firstSeq && checkpointSeq <= signature.lastSeq && !signer.isActiveAdministrator()) {
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

bool SignaturePass::visit(const Storage::LogStore::RawRow &row)
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
        entry.registeredKey = QByteArray::fromHex(details.value(QStringLiteral("signingKey")).toString().toLatin1());
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

} // namespace Brankas
