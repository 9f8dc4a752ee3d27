// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <core/clock.h>

#include <QDateTime>
#include <QObject>

class QTimer;

namespace Brankas {

// Notices when nobody has touched the keyboard or mouse of this application for the set minutes.
// Time comes from the Clock, so a test moves a FixedClock and calls check() instead of waiting.
class IdleWatcher : public QObject
{
    Q_OBJECT

public:
    explicit IdleWatcher(const Clock &clock, QObject *parent = nullptr);
    ~IdleWatcher() override;

    // 0 turns the idle lock off.
    void setTimeoutMinutes(int minutes);
    int timeoutMinutes() const { return m_minutes; }
    void start();
    void stop();
    bool isRunning() const { return m_running; }
    void noteActivity();
    void check();

Q_SIGNALS:
    void idle();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    const Clock &m_clock;
    QTimer *m_timer;
    QDateTime m_lastActivity;
    int m_minutes = 5;
    bool m_running = false;
};

} // namespace Brankas
