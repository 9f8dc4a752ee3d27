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

const char *const ServerPasswordNeeded = QT_TRANSLATE_NOOP(
    "Brankas::Error",
    "The vault's server asks for a password, and this PC does not have the right one (neither in a .pgpass "
    "file nor in its keychain). Open the vault with Vault > Open a vault on a server… and type the server's "
    "password there, or run brankas-cli recover --vault ADDRESS on this PC: either asks for it once and keeps it "
    "in the keychain. Or the server's administrator sets up a .pgpass file or a client certificate.");
const char *const ServerLost = QT_TRANSLATE_NOOP(
    "Brankas::Error",
    "Brankas cannot reach the vault's server, or lost it in the middle of the work. Nothing was changed: the "
    "server undoes a change it had not finished. Check the network and that the server runs, then try again; "
    "the next attempt connects again. Details: %1");
const char *const ServerConflict = QT_TRANSLATE_NOOP(
    "Brankas::Error", "Another PC changed the same data at the same moment, so this change was not saved; nothing "
                      "was changed. Try again.");

// PostgreSQL names its errors with five-character SQLSTATE codes ("08006"); SQLite's native codes
// are numbers of at most four digits, and SQLite always gives one. A server connection that failed
// or broke has no code.
bool isServerError(const QSqlError &sqlError)
{
    const QString code = sqlError.nativeErrorCode();
    return code.size() == 5 || code.isEmpty();
}

Error fromServerError(const QSqlError &sqlError)
{
    const QString code = sqlError.nativeErrorCode();
    const QString detail = sqlError.text();
    // libpq's own words (the client's messages are English under LC_MESSAGES=C, and libpq has no
    // Indonesian translation): a password it had none of, or one the server refused.
    if (detail.contains(QLatin1String("no password supplied")) ||
        detail.contains(QLatin1String("password authentication failed"))) {
        return Error(ErrorCode::Storage, ServerPasswordNeeded).withDetail(detail);
    }
    // A statement refused without any error at all never reached the server: its connection broke
    // before, and opening it again failed too (Database::connection).
    const bool notConnected = code.isEmpty() && sqlError.type() == QSqlError::NoError;
    const bool lost = notConnected || code.startsWith(QLatin1String("08")) || code.startsWith(QLatin1String("57P")) ||
                      (code.isEmpty() && (sqlError.type() == QSqlError::ConnectionError ||
                                          detail.contains(QLatin1String("connection"), Qt::CaseInsensitive)));
    if (lost) {
        // libpq's text runs over several lines; the officer gets one.
        QString why = sqlError.databaseText().simplified();
        if (why.isEmpty()) {
            why = sqlError.driverText().simplified();
        }
        if (why.isEmpty()) {
            why = QStringLiteral("no connection to the server");
        }
        return Error(ErrorCode::Storage, ServerLost, {why}).withDetail(detail);
    }
    if (code == QLatin1String("40001") || code == QLatin1String("40P01")) {
        return Error(ErrorCode::Storage, ServerConflict).withDetail(detail);
    }
    if (code == QLatin1String("53100")) {
        return Error(ErrorCode::Io, DiskFull).withDetail(detail);
    }
    if (code == QLatin1String("42501")) { // insufficient_privilege
        return userMayNotBuild(detail);
    }
    if (code == QLatin1String("55P03")) {
        return Error(
                   ErrorCode::VaultInUse,
                   QT_TRANSLATE_NOOP("Brankas::Error", "The vault is busy on another PC. Wait a moment and try again."))
            .withDetail(detail);
    }
    return Error(ErrorCode::Storage,
                 QT_TRANSLATE_NOOP("Brankas::Error", "The vault could not save or read data; nothing was "
                                                     "changed. Details: %1"),
                 {detail.simplified()})
        .withDetail(detail);
}

int primaryCode(const QSqlError &sqlError)
{
    bool ok = false;
    const int code = sqlError.nativeErrorCode().toInt(&ok);
    return ok ? (code & 0xff) : -1;
}
} // namespace

// Most often a new vault's database that its user does not own: PostgreSQL 15 lets only the
// database's owner create in its public schema.
Error userMayNotBuild(const QString &detail)
{
    return Error(ErrorCode::Storage,
                 QT_TRANSLATE_NOOP("Brankas::Error",
                                   "The vault's server does not allow the user named in the vault's address to do "
                                   "this in its database; nothing was changed. The database must belong to that "
                                   "user: ask the server's administrator to make it so (CREATE DATABASE … OWNER that "
                                   "user)."))
        .withDetail(detail);
}

bool isCorruption(const QSqlError &sqlError)
{
    const int code = primaryCode(sqlError);
    return code == SqliteCorrupt || code == SqliteNotADb;
}

bool needsServerPassword(const Error &error)
{
    return error.sourceText() == ServerPasswordNeeded;
}

bool isServerLost(const Error &error)
{
    return error.sourceText() == ServerLost;
}

Error fromSqlError(const QSqlError &sqlError)
{
    if (isServerError(sqlError)) {
        return fromServerError(sqlError);
    }
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
