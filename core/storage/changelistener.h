// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "../result.h"

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QSqlDriver>
#include <QString>
#include <QTimer>

namespace Brankas::Storage {

class Database;

// The server's notification channel every committed change of a vault is announced on, with the
// log's new head as payload: the server's trigger on the sealed head (vault_meta_announce_head,
// format 8) sends it when a change's transaction writes the head, and only if it commits; the
// migration's SQL names the channel too. PostgreSQL keeps channels per database: one vault, one
// channel.
inline const QString VaultChangedChannel = QStringLiteral("brankas_vault_changed");

// Listens on a server vault's connection for the changes other connections commit (PostgreSQL
// LISTEN/NOTIFY), and says so with the log's sequence number they reached. The connection's own
// changes are not repeated back. A SQLite vault has nobody else writing it: nothing to listen to.
//
// Notifications arrive through the event loop of the thread that owns the connection, while it
// waits for nothing else; a change committed while the connection was busy arrives afterwards.
//
// A lost connection takes its LISTEN with it. Database::connection() opens a new one at the next
// statement; an idle window makes none, so every CheckMs this looks whether libpq found the
// connection broken (no round trip) and opens it again itself. Once listening on the new
// connection it says changed(0): what others committed meanwhile was told to nobody. Must go before
// the Database it listens on.
class ChangeListener : public QObject
{
    Q_OBJECT

public:
    explicit ChangeListener(Database &db, QObject *parent = nullptr);
    ~ChangeListener() override;

    ChangeListener(const ChangeListener &) = delete;
    ChangeListener &operator=(const ChangeListener &) = delete;

    // Whether the connection listens now. False for a file, for a server connection that refused to
    // listen (it is then as if the window had no way of knowing: it shows what it read, as before),
    // and from the moment libpq finds the connection lost until a new one listens.
    bool isListening() const;

    // How often a listening connection is looked at, and how long the window is spared another
    // attempt after one that waited for a server that does not answer (connect_timeout freezes it).
    static constexpr int CheckMs = 3000;
    static constexpr int AfterSlowAttemptMs = 30000;

Q_SIGNALS:
    // Another connection committed a change; `logSeq` is the log's newest entry after it, 0 when
    // the payload was not a number or when changes may have been missed (the connection was lost).
    void changed(qint64 logSeq);

private:
    bool listen();
    void listenAgain();
    void received(const QString &name, QSqlDriver::NotificationSource source, const QVariant &payload);

    Database &m_db;
    QPointer<QSqlDriver> m_driver; // the connection listened on, or last tried
    bool m_subscribed = false;     // m_driver listens (until libpq finds it lost)
    quint64 m_refusedOn = 0;       // a connection that refused LISTEN is not asked again
    QTimer m_check;
    QElapsedTimer m_sinceSlowAttempt;
};

} // namespace Brankas::Storage
