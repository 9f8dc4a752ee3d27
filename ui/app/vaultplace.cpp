// SPDX-License-Identifier: GPL-3.0-or-later
#include "vaultplace.h"

#include <core/vault/vault.h>
#include <core/vault/vaultaddress.h>

#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>

namespace Brankas::VaultPlace {

bool isServer(const QString &vault)
{
    const auto address = VaultAddress::parse(vault);
    return address && address.value().isServer();
}

QString shown(const QString &vault)
{
    return isServer(vault) ? vault : QDir::toNativeSeparators(vault);
}

QString folderOnThisPc(const QString &vault)
{
    const auto address = VaultAddress::parse(vault);
    if (!address || !address.value().isServer()) {
        return QFileInfo(vault).absolutePath();
    }
    const VaultAddress &server = address.value();
    // One folder per address, in letters every file system takes (a host may be an IPv6 address).
    static const QRegularExpression unsafe(QStringLiteral("[^A-Za-z0-9._-]+"));
    const QString name = QStringLiteral("%1@%2-%3-%4")
                             .arg(server.user(), server.host())
                             .arg(server.port())
                             .arg(server.database())
                             .replace(unsafe, QStringLiteral("_"));
    const QString folder = QFileInfo(defaultVaultPath()).absoluteDir().filePath(QStringLiteral("servers/") + name);
    QDir().mkpath(folder);
    return folder;
}

} // namespace Brankas::VaultPlace
