// SPDX-License-Identifier: GPL-3.0-or-later
#include "idlewatcher.h"

#include <QCoreApplication>
#include <QEvent>
#include <QTimer>

namespace Brankas {

IdleWatcher::IdleWatcher(const Clock &clock, QObject *parent)
    : QObject(parent)
    , m_clock(clock)
    , m_timer(new QTimer(this))
{
    m_timer->setInterval(5000);
    connect(m_timer, &QTimer::timeout, this, &IdleWatcher::check);
    QCoreApplication::instance()->installEventFilter(this);
}

IdleWatcher::~IdleWatcher()
{
    if (QCoreApplication::instance() != nullptr) {
        QCoreApplication::instance()->removeEventFilter(this);
    }
}

void IdleWatcher::setTimeoutMinutes(int minutes)
{
    m_minutes = qMax(0, minutes);
}

void IdleWatcher::start()
{
    m_running = true;
    noteActivity();
    m_timer->start();
}

void IdleWatcher::stop()
{
    m_running = false;
    m_timer->stop();
}

void IdleWatcher::noteActivity()
{
    m_lastActivity = m_clock.nowUtc();
}

void IdleWatcher::check()
{
    if (!m_running || m_minutes == 0) {
        return;
    }
    if (m_lastActivity.secsTo(m_clock.nowUtc()) >= qint64(m_minutes) * 60) {
        stop();
        Q_EMIT idle();
    }
}

bool IdleWatcher::eventFilter(QObject *watched, QEvent *event)
{
    // Only what an officer does counts; timers, paints and the clipboard's own events do not.
    switch (event->type()) {
    case QEvent::KeyPress:
    case QEvent::MouseButtonPress:
    case QEvent::MouseMove:
    case QEvent::Wheel:
    case QEvent::TouchBegin:
    case QEvent::ShortcutOverride:
        if (m_running) {
            noteActivity();
        }
        break;
    default:
        break;
    }
    return QObject::eventFilter(watched, event);
}

} // namespace Brankas
