// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <core/clock.h>
#include <core/vault/session.h>

#include <QObject>

namespace Brankas {

class Vault;
class Preferences;
class SecretClipboard;

// What every page of the main window works with once an officer has signed in. It lives exactly
// as long as the session: locking or signing out destroys it, and with it every page.
class Workspace : public QObject
{
    Q_OBJECT

public:
    Workspace(Vault &vault, Session session, Preferences &preferences, SecretClipboard &clipboard,
              QObject *parent = nullptr);

    Vault &vault() const { return m_vault; }
    const Session &session() const { return m_session; }
    Preferences &preferences() const { return m_preferences; }
    SecretClipboard &clipboard() const { return m_clipboard; }
    const Clock &clock() const;

    // Viewers read the register but never see a secret and change nothing.
    bool canChangeRegister() const;
    bool canSeeSecrets() const;
    bool isAdministrator() const;

    // A page that changed the register says so; the others reload what they show.
    void notifyRegisterChanged() { Q_EMIT registerChanged(); }
    // Another PC changed the vault (a server vault told this window): the pages reload as after a
    // change made here, but this PC made nothing new of its own to back up.
    void notifyChangedElsewhere();
    bool isChangeFromElsewhere() const { return m_changeFromElsewhere; }

Q_SIGNALS:
    void registerChanged();
    // A page asks the main window to show one account (the dashboard's findings, the log).
    void accountRequested(qint64 accountId);
    // A page asks the main window for a backup by hand, or a restore (Settings).
    void backupRequested();
    void restoreRequested();

private:
    Vault &m_vault;
    Session m_session;
    Preferences &m_preferences;
    SecretClipboard &m_clipboard;
    bool m_changeFromElsewhere = false;
};

} // namespace Brankas
