// SPDX-License-Identifier: GPL-3.0-or-later
#include "sqlerror.h"

#include <QSqlError>

namespace Brankas::Storage {

namespace {
// SQLite primary result codes (the driver reports extended codes; the low byte is the primary).
constexpr int SqliteBusy = 5;
constexpr int SqliteLocked = 6;
constexpr int SqliteReadOnly = 8;
constexpr int SqliteIoErr = 10;
constexpr int SqliteCorrupt = 11;
constexpr int SqliteFull = 13;
constexpr int SqliteCantOpen = 14;
constexpr int SqliteNotADb = 26;

int primaryCode(const QSqlError &sqlError)
{
    bool ok = false;
    const int code = sqlError.nativeErrorCode().toInt(&ok);
    return ok ? (code & 0xff) : -1;
}
} // namespace

bool isCorruption(const QSqlError &sqlError)
{
    const int code = primaryCode(sqlError);
    return code == SqliteCorrupt || code == SqliteNotADb;
}

Error fromSqlError(const QSqlError &sqlError)
{
    const QString detail = sqlError.text();
    switch (primaryCode(sqlError)) {
    case SqliteCorrupt:
    case SqliteNotADb:
        return Error(ErrorCode::VaultDamaged,
                     QT_TRANSLATE_NOOP("Brankas::Error",
                                       "The vault file is damaged. Open a backup copy, or restore the vault "
                                       "from a backup with the recovery passphrase."))
            .withDetail(detail);
    case SqliteBusy:
    case SqliteLocked:
        return Error(ErrorCode::VaultInUse,
                     QT_TRANSLATE_NOOP("Brankas::Error",
                                       "The vault is busy in another program. Wait a moment and try again."))
            .withDetail(detail);
    case SqliteFull:
        return Error(ErrorCode::Io,
                     QT_TRANSLATE_NOOP("Brankas::Error", "The disk is full. Free some space; nothing was changed."))
            .withDetail(detail);
    case SqliteReadOnly:
    case SqliteCantOpen:
    case SqliteIoErr:
        return Error(ErrorCode::Io,
                     QT_TRANSLATE_NOOP("Brankas::Error", "The vault file cannot be read or written. Check that the "
                                                         "folder exists and that you may write to it."))
            .withDetail(detail);
    default:
        return Error(ErrorCode::Storage,
                     QT_TRANSLATE_NOOP("Brankas::Error", "The vault could not save or read data; nothing was "
                                                         "changed. Details: %1"),
                     {detail})
            .withDetail(detail);
    }
}

} // namespace Brankas::Storage
