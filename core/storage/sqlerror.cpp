// SPDX-License-Identifier: GPL-3.0-or-later
#include "sqlerror.h"

#include <QDir>
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

const char *const DiskFull =
    QT_TRANSLATE_NOOP("Brankas::Error", "The disk is full. Free some space; nothing was changed.");
const char *const CannotWrite =
    QT_TRANSLATE_NOOP("Brankas::Error", "The vault file cannot be read or written. Check that the "
                                        "folder exists and that you may write to it.");

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
        return Error(ErrorCode::Io, DiskFull).withDetail(detail);
    case SqliteReadOnly:
    case SqliteCantOpen:
    case SqliteIoErr:
        return Error(ErrorCode::Io, CannotWrite).withDetail(detail);
    default:
        return Error(ErrorCode::Storage,
                     QT_TRANSLATE_NOOP("Brankas::Error", "The vault could not save or read data; nothing was "
                                                         "changed. Details: %1"),
                     {detail})
            .withDetail(detail);
    }
}

Error namingFile(const Error &error, const QString &path)
{
    const QString file = QDir::toNativeSeparators(path);
    if (error.sourceText() == DiskFull) {
        return Error(ErrorCode::Io,
                     QT_TRANSLATE_NOOP("Brankas::Error",
                                       "The disk that holds %1 is full, so the change was not saved; everything saved "
                                       "before it is still there. Free some space on that disk and try again."),
                     {file})
            .withDetail(error.detail());
    }
    if (error.sourceText() == CannotWrite) {
        return Error(ErrorCode::Io,
                     QT_TRANSLATE_NOOP("Brankas::Error",
                                       "Brankas cannot write to %1: the file, its folder or its disk is read-only or "
                                       "failed. The change was not saved; everything saved before it is still there."),
                     {file})
            .withDetail(error.detail());
    }
    return error;
}

} // namespace Brankas::Storage
