// SPDX-License-Identifier: GPL-3.0-or-later
#include "changelistener.h"

#include "database.h"
#include "sqlerror.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace Brankas::Storage {

ChangeListener::ChangeListener(Database &db, QObject *parent)
    : QObject(parent)
    , m_db(db)
{
    if (db.engine() != Database::Engine::PostgreSql) {
        return;
    }
    QSqlDriver *driver = db.connection().driver();
    if (!driver || !driver->hasFeature(QSqlDriver::EventNotifications)) {
        return;
    }
    listen();
    connect(&m_check, &QTimer::timeout, this, &ChangeListener::listenAgain);
    m_check.start(CheckMs);
}

ChangeListener::~ChangeListener()
{
    // A lost connection (or one replaced already) has nothing to unsubscribe.
    if (isListening()) {
        m_driver->unsubscribeFromNotification(VaultChangedChannel);
    }
}

bool ChangeListener::isListening() const
{
    // QPSQL's isOpen() is libpq's status, without a round trip. A listening connection has a socket
    // notifier that lets libpq read whatever arrives, the end of the connection too, so the status
    // turns bad as soon as the server is gone (or TCP keepalives give it up). A driver that
    // Database::connection() replaced is deleted.
    return m_subscribed && m_driver && m_driver->isOpen();
}

bool ChangeListener::listen()
{
    // Opens a lost connection again (unless Database is sparing a server that did not answer), once:
    // each call of connection() on a closed one is another attempt, with another driver.
    QSqlDriver *driver = m_db.connection().driver();
    if (driver != m_driver) {
        if (m_driver) {
            disconnect(m_driver.data(), nullptr, this, nullptr);
        }
        m_driver = driver;
        m_subscribed = false;
    }
    // A statement that finds the connection lost makes Database::connection() open a new one,
    // deleting this driver in the middle of that statement: listen on the new one after it.
    connect(driver, &QObject::destroyed, this, &ChangeListener::listenAgain,
            Qt::ConnectionType(Qt::QueuedConnection | Qt::UniqueConnection));
    if (!driver->isOpen()) {
        return false;
    }
    const quint64 number = m_db.connectionNumber(); // open: no other attempt
    if (number == m_refusedOn) {
        return false;
    }
    if (!driver->subscribeToNotification(VaultChangedChannel)) {
        // One lost just now is opened again at the next check; one that is up refused.
        if (driver->isOpen()) {
            m_refusedOn = number;
        }
        return false;
    }
    m_subscribed = true;
    connect(driver, &QSqlDriver::notification, this, &ChangeListener::received);
    return true;
}

void ChangeListener::listenAgain()
{
    // Inside a transaction LISTEN would wait for its commit (and be undone by a rollback), and a
    // lost connection is not opened again there; during a long read it would cut the read's rows
    // short (libpq drops an unfinished result for the next command). The next check comes after.
    if (isListening() || m_db.isBusy()) {
        return;
    }
    // Spared after a slow attempt, unless a statement has opened a connection since.
    if (m_sinceSlowAttempt.isValid() && m_sinceSlowAttempt.elapsed() < AfterSlowAttemptMs && m_driver) {
        return;
    }
    m_sinceSlowAttempt.invalidate();
    // This attempt replaces the lost driver itself: its deletion is no reason to try once more.
    if (m_driver) {
        disconnect(m_driver.data(), &QObject::destroyed, this, nullptr);
    }
    constexpr qint64 SlowAttemptMs = 1000;
    QElapsedTimer attempt;
    attempt.start();
    if (listen()) {
        Q_EMIT changed(0); // what other PCs committed while nobody listened here
        return;
    }
    if (attempt.elapsed() >= SlowAttemptMs) {
        m_sinceSlowAttempt.start();
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
