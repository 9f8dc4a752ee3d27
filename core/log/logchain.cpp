// SPDX-License-Identifier: GPL-3.0-or-later
#include "logchain.h"

#include "../crypto/kdf.h"

#include <QVarLengthArray>
#include <QtEndian>

namespace Brankas {

namespace {
// Room for a typical entry (about 200 bytes) on the stack: verifying a million entries then
// allocates nothing to encode them.
using Encoding = QVarLengthArray<char, 1024>;

void appendField(Encoding &out, QByteArrayView field)
{
    const quint32 length = qToBigEndian(quint32(field.size()));
    out.append(reinterpret_cast<const char *>(&length), sizeof(length));
    out.append(field.data(), field.size());
}
} // namespace

LogChain::LogChain(Crypto::HmacSha256 hmac)
    : m_hmac(std::move(hmac))
{}

Result<LogChain> LogChain::create(const SecretBytes &vaultKey, const QString &vaultId)
{
    const QByteArray id = vaultId.toUtf8();
    auto logKey = Crypto::hkdfSha256(vaultKey.view(), id, "brankas archive log v1", 32);
    if (!logKey) {
        return logKey.error();
    }
    auto hmac = Crypto::HmacSha256::create(logKey.value().view());
    if (!hmac) {
        return hmac.error();
    }
    LogChain chain(std::move(hmac).value());
    chain.m_genesis = chain.m_hmac.mac({"brankas-log-genesis-v1", id});
    chain.m_vaultId = id;
    return chain;
}

QByteArray LogChain::macFor(const QByteArray &previousMac, qint64 seq, QByteArrayView at, QByteArrayView officer,
                            QByteArrayView action, QByteArrayView target, QByteArrayView details) const
{
    Encoding encoded;
    encoded.reserve(64 + at.size() + officer.size() + action.size() + target.size() + details.size());
    const quint64 seqBigEndian = qToBigEndian(quint64(seq));
    encoded.append(reinterpret_cast<const char *>(&seqBigEndian), sizeof(seqBigEndian));
    appendField(encoded, at);
    appendField(encoded, officer);
    appendField(encoded, action);
    appendField(encoded, target);
    appendField(encoded, details);
    return m_hmac.mac({previousMac, QByteArrayView(encoded.constData(), encoded.size())});
}

QByteArray LogChain::macFor(const QByteArray &previousMac, const LogEntry &entry) const
{
    return macFor(previousMac, entry.seq, formatLogTime(entry.at).toUtf8(), entry.officer.toUtf8(),
                  entry.action.toUtf8(), entry.target.toUtf8(), entry.details.toUtf8());
}

QByteArray LogChain::headSeal(qint64 seq, const QByteArray &mac) const
{
    const quint64 seqBigEndian = qToBigEndian(quint64(seq));
    return m_hmac.mac({"brankas-log-head-v1",
                       QByteArrayView(reinterpret_cast<const char *>(&seqBigEndian), sizeof(seqBigEndian)), mac});
}

QByteArray LogChain::signatureMessage(qint64 firstSeq, qint64 lastSeq, const QByteArray &lastMac) const
{
    Encoding encoded;
    const QByteArrayView label("brankas-log-signature-v1");
    encoded.append(label.data(), label.size());
    appendField(encoded, m_vaultId);
    const quint64 first = qToBigEndian(quint64(firstSeq));
    const quint64 last = qToBigEndian(quint64(lastSeq));
    encoded.append(reinterpret_cast<const char *>(&first), sizeof(first));
    encoded.append(reinterpret_cast<const char *>(&last), sizeof(last));
    appendField(encoded, lastMac);
    return QByteArray(encoded.constData(), encoded.size());
}

QString LogChain::fingerprint(const QByteArray &mac)
{
    const QString hex = QString::fromLatin1(mac.left(8).toHex()).toUpper();
    QStringList groups;
    for (qsizetype i = 0; i < hex.size(); i += 4) {
        groups << hex.mid(i, 4);
    }
    return groups.join(QLatin1Char('-'));
}

} // namespace Brankas
