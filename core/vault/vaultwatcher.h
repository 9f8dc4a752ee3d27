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
// other writers, so its watcher is never live. A connection to the server that was lost listens
// again once the server answers (opened again by the next statement, or by the watcher itself within
// seconds when the window is idle), and then says changedElsewhere(0): what other PCs changed
// meanwhile was told to nobody. Must go before the vault it watches.
class VaultWatcher : public QObject
{
    Q_OBJECT

public:
    explicit VaultWatcher(Vault &vault, QObject *parent = nullptr);
    ~VaultWatcher() override;

    // Whether changes made elsewhere will be told now (a server vault whose connection listens; not
    // while that connection is lost).
    bool isLive() const;

Q_SIGNALS:
    void changedElsewhere(qint64 logSeq);

private:
    std::unique_ptr<Storage::ChangeListener> m_listener;
};

} // namespace Brankas
