// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "../result.h"

#include <QString>

namespace Brankas {

// Where a vault lives, as an officer or a script names it: a file path (the embedded SQLite engine,
// the default) or a PostgreSQL server, `postgresql://USER@HOST[:PORT]/DATABASE[?sslmode=...]`.
// The engine follows from the address alone, so every command's `--vault` takes either.
//
// A password in the address is refused: an address travels through argv, settings, recent-file
// lists and error messages, and the server's password belongs in libpq's own places (.pgpass,
// client certificates, the server's peer/trust rules) or in this PC's keychain.
class VaultAddress
{
public:
    enum class Engine { File, PostgreSql };

    static Result<VaultAddress> parse(const QString &text);
    static VaultAddress file(const QString &path);

    Engine engine() const { return m_engine; }
    bool isServer() const { return m_engine == Engine::PostgreSql; }

    // File engine.
    const QString &path() const { return m_path; }

    // Server engine.
    const QString &user() const { return m_user; }
    const QString &host() const { return m_host; }
    int port() const { return m_port; } // 5432 when the address names none
    const QString &database() const { return m_database; }
    const QString &sslMode() const { return m_sslMode; } // empty: libpq's default ("prefer")

    // The address as it is shown and stored: the path, or the URL in its normal form.
    QString toString() const;

    bool operator==(const VaultAddress &) const = default;

private:
    Engine m_engine = Engine::File;
    QString m_path;
    QString m_user;
    QString m_host;
    int m_port = 5432;
    QString m_database;
    QString m_sslMode;
};

} // namespace Brankas
