// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <core/error.h>

#include <QDateTime>
#include <QObject>
#include <QTimer>

#include <optional>

namespace Brankas {

class Workspace;

// Writes automatic backups into the folder chosen in Settings: a while after a change (changes
// that come together make one backup), at most once a day, and when the window closes if anything
// changed since the last one. A folder that is missing or read-only fails quietly here: the change
// is already safe in the vault, and Beranda's health check shows the folder as a finding.
class AutomaticBackups : public QObject
{
    Q_OBJECT

public:
    static constexpr int DefaultDelayMs = 60 * 1000;

    explicit AutomaticBackups(Workspace &workspace, QObject *parent = nullptr);

    // Tests shorten the wait after a change.
    void setDelay(int milliseconds) { m_timer.setInterval(milliseconds); }
    bool isPending() const { return m_timer.isActive(); }
    // Before a backup by hand: it covers the changes, and a timer firing while its bar lets
    // events through must not start a second backup of the same vault inside the first.
    void cancelPending() { m_timer.stop(); }

    // Before the window closes (or the vault locks): backs up if anything changed since the last
    // backup, today or not. Returns whether one was written.
    bool backUpIfChanged();

Q_SIGNALS:
    // After each attempt; a failed one carries the reason (for a status line, never a dialog).
    void attempted(const Brankas::Error &error);

private:
    void changed();
    bool backUpNow();
    std::optional<QDateTime> lastBackup();

    Workspace &m_workspace;
    QTimer m_timer;
    bool m_changed = false;
    bool m_lastKnown = false;
    std::optional<QDateTime> m_last;
};

} // namespace Brankas
