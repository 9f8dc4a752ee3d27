// SPDX-License-Identifier: GPL-3.0-or-later
#include "workspace.h"

#include <core/register/permissions.h>
#include <core/vault/vault.h>

namespace Brankas {

Workspace::Workspace(Vault &vault, Session session, Preferences &preferences, SecretClipboard &clipboard,
                     QObject *parent)
    : QObject(parent)
    , m_vault(vault)
    , m_session(std::move(session))
    , m_preferences(preferences)
    , m_clipboard(clipboard)
{}

void Workspace::notifyChangedElsewhere()
{
    m_changeFromElsewhere = true;
    Q_EMIT registerChanged();
    m_changeFromElsewhere = false;
}

const Clock &Workspace::clock() const
{
    return m_vault.clock();
}

bool Workspace::canChangeRegister() const
{
    return requireRegisterRole(m_session).ok();
}

bool Workspace::canSeeSecrets() const
{
    return requireSecretRole(m_session).ok();
}

bool Workspace::isAdministrator() const
{
    return m_session.officer.role == Role::Administrator;
}

} // namespace Brankas
