// SPDX-License-Identifier: GPL-3.0-or-later
#include "vaultwatcher.h"

#include "../storage/changelistener.h"
#include "vault.h"

namespace Brankas {

VaultWatcher::VaultWatcher(Vault &vault, QObject *parent)
    : QObject(parent)
    , m_listener(std::make_unique<Storage::ChangeListener>(vault.database()))
{
    connect(m_listener.get(), &Storage::ChangeListener::changed, this, &VaultWatcher::changedElsewhere);
}

VaultWatcher::~VaultWatcher() = default;

bool VaultWatcher::isLive() const
{
    return m_listener->isListening();
}

} // namespace Brankas
