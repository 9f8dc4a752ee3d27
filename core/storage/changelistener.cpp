// SPDX-License-Identifier: GPL-3.0-or-later
#include "changelistener.h"

#include "database.h"
#include "sqlerror.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace Brankas::Storage {

Status announceChange(Database &db)
{
    if (db.engine() != Database::Engine::PostgreSql) {
        return {};
    }
    QSqlQuery query(db.connection());
    // One statement with nothing bound, so one round trip: a prepared statement would cost two more
    // (and one to free it, which a lost connection turns into a warning on stderr). pg_notify takes
    // the channel as a value; the caller holds the log head's lock, so the newest entry is this
    // change's last.
    const QString sql = QStringLiteral("SELECT pg_notify('%1', (SELECT coalesce(max(seq), 0) FROM archive_log)::text)")
                            .arg(VaultChangedChannel);
    if (!query.exec(sql)) {
        return fromSqlError(query.lastError());
    }
    return {};
}

ChangeListener::ChangeListener(Database &db, QObject *parent)
    : QObject(parent)
{
    if (db.engine() != Database::Engine::PostgreSql) {
        return;
    }
    m_driver = db.connection().driver();
    if (!m_driver || !m_driver->hasFeature(QSqlDriver::EventNotifications)) {
        return;
    }
    connect(m_driver.data(), &QSqlDriver::notification, this, &ChangeListener::received);
    m_listening = m_driver->subscribeToNotification(VaultChangedChannel);
}

ChangeListener::~ChangeListener()
{
    // The connection may have closed (or gone) before this listener: nothing to unsubscribe then.
    if (m_listening && m_driver && m_driver->isOpen()) {
        m_driver->unsubscribeFromNotification(VaultChangedChannel);
    }
}

void ChangeListener::received(const QString &name, QSqlDriver::NotificationSource source, const QVariant &payload)
{
    // This connection's own commits are known to whoever made them.
    if (name != VaultChangedChannel || source == QSqlDriver::SelfSource) {
        return;
    }
    bool isNumber = false;
    const qint64 seq = payload.toString().toLongLong(&isNumber);
    Q_EMIT changed(isNumber && seq > 0 ? seq : 0);
}

} // namespace Brankas::Storage
