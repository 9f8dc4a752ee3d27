// SPDX-License-Identifier: GPL-3.0-or-later
#include "binding.h"

#include <QtEndian>

namespace Brankas::Crypto {

namespace {

void appendBigEndian32(QByteArray &out, quint32 value)
{
    char bytes[4];
    qToBigEndian(value, bytes);
    out.append(bytes, sizeof bytes);
}

void appendString(QByteArray &out, const QString &text)
{
    const QByteArray utf8 = text.toUtf8();
    appendBigEndian32(out, static_cast<quint32>(utf8.size()));
    out.append(utf8);
}

} // namespace

// Layout (version 1), all lengths in bytes:
//   "brankas-aad-v1"                           14 ASCII bytes, no terminator
//   len(vaultId) as uint32 big-endian, vaultId UTF-8
//   len(table)   as uint32 big-endian, table   UTF-8
//   rowId as int64 big-endian (two's complement)
//   len(field)   as uint32 big-endian, field   UTF-8
// Every variable part carries its length, so e.g. table "ab" + field "c" cannot collide with
// table "a" + field "bc". The layout is part of the vault format: values sealed under it can only
// be opened by rebuilding exactly these bytes, so it must never change; a new layout needs a new
// prefix.
QByteArray bindingFor(const QString &vaultId, const QString &table, qint64 rowId, const QString &field)
{
    static constexpr char Prefix[] = "brankas-aad-v1";
    QByteArray out;
    out.reserve(qsizetype(sizeof Prefix) - 1 + 3 * 4 + 8 + 3 * vaultId.size() + 3 * table.size() + 3 * field.size());
    out.append(Prefix, qsizetype(sizeof Prefix) - 1);
    appendString(out, vaultId);
    appendString(out, table);
    char row[8];
    qToBigEndian(rowId, row);
    out.append(row, sizeof row);
    appendString(out, field);
    return out;
}

} // namespace Brankas::Crypto
