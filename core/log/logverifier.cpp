// SPDX-License-Identifier: GPL-3.0-or-later
#include "logverifier.h"

#include "signaturepass.h"

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

#include <array>
#include <cstring>
#include <vector>

namespace Brankas {

namespace {
using Problem = LogVerification::Problem;
} // namespace

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

    SignaturePass pass(m_chain);
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
        SignaturePass::Signature signature;
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
