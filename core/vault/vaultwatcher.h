// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>

#include <memory>

namespace Brankas {

class Vault;
namespace Storage {
class ChangeListener;
}

// Tells a window that other PCs changed the vault it shows: every change committed to a server
// vault is announced with the archive log's sequence number it reached, and nothing else of it.
// Changes made through this vault's own connection are not repeated back; a vault file has no
// other writers, so its watcher is never live. Must go before the vault it watches.
class VaultWatcher : public QObject
{
    Q_OBJECT

public:
    explicit VaultWatcher(Vault &vault, QObject *parent = nullptr);
    ~VaultWatcher() override;

    // Whether changes made elsewhere will be told (a server vault whose connection listens).
    bool isLive() const;

Q_SIGNALS:
    void changedElsewhere(qint64 logSeq);

private:
    std::unique_ptr<Storage::ChangeListener> m_listener;
};

} // namespace Brankas
