// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <core/clock.h>

#include <QByteArray>
#include <QDateTime>
#include <QObject>

class QClipboard;
class QTimer;

namespace Brankas {

// Puts a secret on the system clipboard marked so clipboard managers (KDE, GNOME extensions that
// honour the hint) and Windows clipboard history and cloud sync skip it, and clears it again after
// the set seconds, but only if the clipboard still holds our value: an officer who copied
// something else meanwhile keeps it. Holds a salted hash of the value, never the value.
class SecretClipboard : public QObject
{
    Q_OBJECT

public:
    SecretClipboard(QClipboard *clipboard, const Clock &clock, QObject *parent = nullptr);
    ~SecretClipboard() override;

    void copy(const QString &secret, int clearAfterSeconds);
    // Clears now if the clipboard still holds our value (lock, quit).
    void clearNow();
    // Clears if the time has come; a timer calls it every second, tests call it after moving the clock.
    void clearIfDue();

    bool holdsSecret() const { return !m_hash.isEmpty(); }
    QDateTime clearsAt() const { return m_clearAt; }

Q_SIGNALS:
    void copied(int clearAfterSeconds);
    void cleared();

private:
    QByteArray hashOf(const QString &text) const;
    bool stillOurs() const;

    QClipboard *m_clipboard;
    const Clock &m_clock;
    QTimer *m_timer;
    QByteArray m_salt;
    QByteArray m_hash;
    QDateTime m_clearAt;
};

} // namespace Brankas
