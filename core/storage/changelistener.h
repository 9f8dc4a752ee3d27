// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "../result.h"

#include <QObject>
#include <QPointer>
#include <QSqlDriver>
#include <QString>

namespace Brankas::Storage {

class Database;

// The server's notification channel every committed change of a vault is announced on
// (LogStore::announce). PostgreSQL keeps channels per database: one vault, one channel.
inline const QString VaultChangedChannel = QStringLiteral("brankas_vault_changed");

// Inside the transaction of a change, after its log entries: tells every other PC listening on
// this server vault, once the transaction commits, that the log reached its newest entry; a change
// rolled back tells nobody. The payload is that sequence number alone, nothing of the change.
// Nothing to do for a file, which no other PC writes.
Status announceChange(Database &db);

// Listens on a server vault's connection for the changes other connections commit (PostgreSQL
// LISTEN/NOTIFY), and says so with the log's sequence number they reached. The connection's own
// changes are not repeated back. A SQLite vault has nobody else writing it: nothing to listen to.
//
// Notifications arrive through the event loop of the thread that owns the connection, while it
// waits for nothing else; a change committed while the connection was busy arrives afterwards.
class ChangeListener : public QObject
{
    Q_OBJECT

public:
    explicit ChangeListener(Database &db, QObject *parent = nullptr);
    ~ChangeListener() override;

    ChangeListener(const ChangeListener &) = delete;
    ChangeListener &operator=(const ChangeListener &) = delete;

    // False for a file, and for a server connection that refused to listen (it is then as if the
    // window had no way of knowing: it shows what it read, as before).
    bool isListening() const { return m_listening; }

Q_SIGNALS:
    // Another connection committed a change; `logSeq` is the log's newest entry after it, 0 when
    // the payload was not a number.
    void changed(qint64 logSeq);

private:
    void received(const QString &name, QSqlDriver::NotificationSource source, const QVariant &payload);

    QPointer<QSqlDriver> m_driver;
    bool m_listening = false;
};

} // namespace Brankas::Storage
