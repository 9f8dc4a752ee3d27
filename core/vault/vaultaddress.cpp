// SPDX-License-Identifier: GPL-3.0-or-later
#include "vaultaddress.h"

#include <QRegularExpression>
#include <QUrl>
#include <QUrlQuery>

namespace Brankas {

namespace {
const QString Scheme = QStringLiteral("postgresql");

bool looksLikeUrl(const QString &text)
{
    // "C:\vault.brankas" and "/home/x" are paths; "postgres://", "postgresql://" and any other
    // "scheme://" are addresses (the others refused below rather than taken for a file name).
    static const QRegularExpression scheme(QStringLiteral("^[A-Za-z][A-Za-z0-9+.-]+://"));
    return scheme.match(text).hasMatch();
}

Error invalid(const char *text, QStringList arguments = {})
{
    return Error(ErrorCode::InvalidInput, text, std::move(arguments));
}

// The names PostgreSQL itself accepts for a role and a database without quoting are a subset of
// these; refusing spaces and control characters keeps a typo from becoming a strange identifier.
bool isPlainName(const QString &name)
{
    static const QRegularExpression plain(QStringLiteral("^[A-Za-z0-9_.$-]{1,63}$"));
    return plain.match(name).hasMatch();
}
} // namespace

VaultAddress VaultAddress::file(const QString &path)
{
    VaultAddress address;
    address.m_path = path;
    return address;
}

Result<VaultAddress> VaultAddress::parse(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty()) {
        return invalid(QT_TRANSLATE_NOOP("Brankas::Error", "No vault was named. Give a file path or a server "
                                                           "address (postgresql://USER@HOST/DATABASE)."));
    }
    if (!looksLikeUrl(trimmed)) {
        return file(text);
    }
    const QUrl url(trimmed, QUrl::StrictMode);
    const QString scheme = url.scheme().toLower();
    if (!url.isValid() || (scheme != Scheme && scheme != QStringLiteral("postgres"))) {
        return invalid(QT_TRANSLATE_NOOP("Brankas::Error",
                                         "\"%1\" is not a vault address. A vault is a file path or a PostgreSQL "
                                         "server: postgresql://USER@HOST[:PORT]/DATABASE[?sslmode=require]."),
                       {url.isValid() ? url.toDisplayString(QUrl::RemovePassword) : QString()});
    }
    if (!url.password().isEmpty()) {
        // Never echo it, not even in the refusal.
        return invalid(QT_TRANSLATE_NOOP(
            "Brankas::Error", "A server address must not carry a password: it would be seen in the list of running "
                              "programs and in the settings. Put it in a .pgpass file, or let Brankas keep it in "
                              "this PC's keychain when it asks."));
    }
    VaultAddress address;
    address.m_engine = Engine::PostgreSql;
    address.m_user = url.userName();
    address.m_host = url.host();
    address.m_port = url.port(5432);
    address.m_database = url.path().mid(1);
    if (address.m_user.isEmpty() || !isPlainName(address.m_user)) {
        return invalid(QT_TRANSLATE_NOOP("Brankas::Error", "The server address needs the name of the database user "
                                                           "before \"@\", e.g. postgresql://humas@server/brankas."));
    }
    if (address.m_host.isEmpty()) {
        return invalid(QT_TRANSLATE_NOOP("Brankas::Error", "The server address needs the server's name or IP "
                                                           "address after \"@\"."));
    }
    if (address.m_port <= 0 || address.m_port > 65535) {
        return invalid(QT_TRANSLATE_NOOP("Brankas::Error", "The server's port must be a number from 1 to 65535."));
    }
    if (address.m_database.isEmpty() || !isPlainName(address.m_database)) {
        return invalid(QT_TRANSLATE_NOOP("Brankas::Error", "The server address needs the database's name after the "
                                                           "server, e.g. postgresql://humas@server/brankas."));
    }
    const QUrlQuery query(url);
    for (const auto &[key, value] : query.queryItems(QUrl::FullyDecoded)) {
        if (key != QStringLiteral("sslmode")) {
            return invalid(QT_TRANSLATE_NOOP("Brankas::Error",
                                             "The server address has \"%1\", which Brankas does not use. Only "
                                             "sslmode may follow \"?\"."),
                           {key});
        }
        static const QStringList modes = {QStringLiteral("disable"),   QStringLiteral("allow"),
                                          QStringLiteral("prefer"),    QStringLiteral("require"),
                                          QStringLiteral("verify-ca"), QStringLiteral("verify-full")};
        if (!modes.contains(value)) {
            return invalid(QT_TRANSLATE_NOOP("Brankas::Error",
                                             "sslmode \"%1\" is not known. Use disable, allow, prefer, require, "
                                             "verify-ca or verify-full."),
                           {value});
        }
        address.m_sslMode = value;
    }
    return address;
}

QString VaultAddress::toString() const
{
    if (m_engine == Engine::File) {
        return m_path;
    }
    QUrl url;
    url.setScheme(Scheme);
    url.setUserName(m_user);
    url.setHost(m_host);
    if (m_port != 5432) {
        url.setPort(m_port);
    }
    url.setPath(QLatin1Char('/') + m_database);
    if (!m_sslMode.isEmpty()) {
        url.setQuery(QStringLiteral("sslmode=") + m_sslMode);
    }
    return url.toString();
}

} // namespace Brankas
