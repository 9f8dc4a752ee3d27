// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "../error.h"

class QSqlError;

namespace Brankas::Storage {

// Maps a SQLite or PostgreSQL error to what the officer needs to know: a damaged file, a full disk, a busy vault,
// a server that cannot be reached or wants a password, or a plain storage failure. The SQLite text goes into the
// detail, never into the message.
Error fromSqlError(const QSqlError &sqlError);

bool isCorruption(const QSqlError &sqlError);
// The server wants a password that was not given, or refused the one given.
bool needsServerPassword(const Error &error);
// The server could not be reached, or the connection broke: nothing was changed, and the next
// statement connects again.
bool isServerLost(const Error &error);

// The user named in a server vault's address may not do what was asked in its database (most often:
// build a new vault's tables in a database it does not own). `detail` is the server's own words.
Error userMayNotBuild(const QString &detail);

// A full disk or a file that cannot be written, said again naming the file (which the store that
// met it does not know); any other error is returned as it is.
Error namingFile(const Error &error, const QString &path);

} // namespace Brankas::Storage
