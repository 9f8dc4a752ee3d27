// SPDX-License-Identifier: GPL-3.0-or-later
#include "backupformat.h"

#include <QIODevice>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtEndian>

#include <optional>

namespace Brankas::Backup {

namespace {
constexpr QByteArrayView Magic("BRNKBKUP", 8);
constexpr qsizetype FixedSize = 8 + 2 + 4;
// A body is a few hundred bytes; a larger length is damage, not a header.
constexpr quint32 MaxBodySize = 64 * 1024;

QString base64(const QByteArray &bytes)
{
    return QString::fromLatin1(bytes.toBase64());
}

// Strict: a value of the wrong type or a missing one makes the header unreadable, never a default.
std::optional<QByteArray> bytesOf(const QJsonObject &object, const char *key)
{
    const QJsonValue value = object.value(QLatin1String(key));
    if (!value.isString()) {
        return std::nullopt;
    }
    auto decoded = QByteArray::fromBase64Encoding(value.toString().toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded) {
        return std::nullopt;
    }
    return *decoded;
}

std::optional<qint64> integerOf(const QJsonObject &object, const char *key)
{
    const QJsonValue value = object.value(QLatin1String(key));
    if (!value.isDouble() || value.toDouble() != double(value.toInteger()) || value.toInteger() < 0) {
        return std::nullopt;
    }
    return value.toInteger();
}
} // namespace

QString fileSuffix()
{
    return QStringLiteral(".brankas-backup");
}

Error notABackup(const QString &fileName)
{
    return Error(ErrorCode::NotAVault,
                 QT_TRANSLATE_NOOP("Brankas::Error",
                                   "\"%1\" is not a Brankas backup. Choose a backup file (its name ends in "
                                   ".brankas-backup). Nothing was restored."),
                 {fileName});
}

Error damagedBackup(const QString &fileName)
{
    return Error(ErrorCode::VaultDamaged,
                 QT_TRANSLATE_NOOP("Brankas::Error",
                                   "The backup \"%1\" is damaged: its header cannot be read. Nothing was restored; "
                                   "use another backup."),
                 {fileName});
}

Error incompleteBackup(const QString &fileName)
{
    return Error(ErrorCode::VaultDamaged,
                 QT_TRANSLATE_NOOP("Brankas::Error",
                                   "The backup \"%1\" is incomplete: it ends before its last part (the copy may have "
                                   "been cut short). Nothing was restored; use another backup."),
                 {fileName});
}

Error damagedChunk(const QString &fileName, quint64 index)
{
    return Error(ErrorCode::VaultDamaged,
                 QT_TRANSLATE_NOOP("Brankas::Error",
                                   "The backup \"%1\" is damaged: part %2 was altered, moved or comes from another "
                                   "backup. Nothing was restored; use another backup."),
                 {fileName, QString::number(index + 1)});
}

QByteArray encodeHeader(const BackupHeader &header)
{
    const KeyWrap &wrap = header.recoveryWrap;
    const QJsonObject recovery{
        {QStringLiteral("name"), wrap.name},
        {QStringLiteral("salt"), base64(wrap.salt)},
        {QStringLiteral("n"), qint64(wrap.params.n)},
        {QStringLiteral("r"), qint64(wrap.params.r)},
        {QStringLiteral("p"), qint64(wrap.params.p)},
        {QStringLiteral("wrapped"), base64(wrap.wrapped)},
        {QStringLiteral("created"), wrap.createdAt.toUTC().toString(Qt::ISODateWithMs)},
    };
    const QJsonObject body{
        {QStringLiteral("vault"), header.vaultId},
        {QStringLiteral("created"), header.createdAt.toUTC().toString(Qt::ISODateWithMs)},
        {QStringLiteral("schema"), header.schemaVersion},
        {QStringLiteral("size"), header.snapshotSize},
        {QStringLiteral("chunk"), qint64(ChunkSize)},
        {QStringLiteral("salt"), base64(header.keySalt)},
        {QStringLiteral("recovery"), recovery},
        {QStringLiteral("brankas"), header.writtenBy},
    };
    const QByteArray json = QJsonDocument(body).toJson(QJsonDocument::Compact);
    QByteArray out;
    out.reserve(FixedSize + json.size());
    out.append(Magic);
    char fixed[6];
    qToBigEndian<quint16>(header.formatVersion, fixed);
    qToBigEndian<quint32>(quint32(json.size()), fixed + 2);
    out.append(fixed, sizeof fixed);
    out.append(json);
    return out;
}

Result<BackupHeader> readHeader(QIODevice &file, const QString &fileName, QByteArray &raw)
{
    raw = file.read(FixedSize);
    if (raw.size() < Magic.size() || !raw.startsWith(Magic)) {
        return notABackup(fileName);
    }
    if (raw.size() < FixedSize) {
        return incompleteBackup(fileName);
    }
    BackupHeader header;
    header.formatVersion = qFromBigEndian<quint16>(raw.constData() + 8);
    if (header.formatVersion > FormatVersion) {
        return Error(ErrorCode::VaultTooNew,
                     QT_TRANSLATE_NOOP("Brankas::Error",
                                       "The backup \"%1\" was written by a newer version of Brankas (backup format %2; "
                                       "this version reads up to %3). Install the newer Brankas to restore it. Nothing "
                                       "was restored."),
                     {fileName, QString::number(header.formatVersion), QString::number(FormatVersion)});
    }
    const quint32 bodySize = qFromBigEndian<quint32>(raw.constData() + 10);
    if (header.formatVersion == 0 || bodySize == 0 || bodySize > MaxBodySize) {
        return damagedBackup(fileName);
    }
    const QByteArray json = file.read(bodySize);
    if (json.size() < qsizetype(bodySize)) {
        return incompleteBackup(fileName);
    }
    raw.append(json);
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
        return damagedBackup(fileName);
    }
    const QJsonObject body = document.object();
    const QJsonObject recovery = body.value(QStringLiteral("recovery")).toObject();
    header.vaultId = body.value(QStringLiteral("vault")).toString();
    header.createdAt = QDateTime::fromString(body.value(QStringLiteral("created")).toString(), Qt::ISODateWithMs);
    header.writtenBy = body.value(QStringLiteral("brankas")).toString();
    header.recoveryWrap.name = recovery.value(QStringLiteral("name")).toString();
    header.recoveryWrap.createdAt =
        QDateTime::fromString(recovery.value(QStringLiteral("created")).toString(), Qt::ISODateWithMs);
    const auto schema = integerOf(body, "schema");
    const auto size = integerOf(body, "size");
    const auto chunk = integerOf(body, "chunk");
    const auto salt = bytesOf(body, "salt");
    const auto wrapSalt = bytesOf(recovery, "salt");
    const auto wrapped = bytesOf(recovery, "wrapped");
    const auto n = integerOf(recovery, "n");
    const auto r = integerOf(recovery, "r");
    const auto p = integerOf(recovery, "p");
    if (header.vaultId.isEmpty() || !header.createdAt.isValid() || header.recoveryWrap.name.isEmpty() || !schema ||
        !size || !chunk || *chunk != ChunkSize || !salt || salt->size() != KeySaltSize || !wrapSalt || !wrapped || !n ||
        !r || !p || *r > 0xFFFFFFFF || *p > 0xFFFFFFFF) {
        return damagedBackup(fileName);
    }
    header.schemaVersion = int(*schema);
    header.snapshotSize = *size;
    header.keySalt = *salt;
    header.recoveryWrap.salt = *wrapSalt;
    header.recoveryWrap.wrapped = *wrapped;
    header.recoveryWrap.params = Crypto::ScryptParams{quint64(*n), quint32(*r), quint32(*p)};
    return header;
}

QByteArray chunkAssociatedData(QByteArrayView headerDigest, quint64 index, bool final)
{
    QByteArray aad("brankas backup chunk v1");
    aad.append(headerDigest);
    char tail[9];
    qToBigEndian<quint64>(index, tail);
    tail[8] = final ? 1 : 0;
    aad.append(tail, sizeof tail);
    return aad;
}

QByteArray chunkFrame(bool final, qsizetype sealedSize)
{
    char frame[ChunkFrameSize];
    frame[0] = final ? 1 : 0;
    qToBigEndian<quint32>(quint32(sealedSize), frame + 1);
    return QByteArray(frame, ChunkFrameSize);
}

} // namespace Brankas::Backup
