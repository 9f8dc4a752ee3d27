// SPDX-License-Identifier: GPL-3.0-or-later
#include "keychainstate.h"

#include <QCoreApplication>

namespace Brankas {

QString KeychainState::id() const
{
    switch (kind) {
    case Kind::Ready:
        return QStringLiteral("ready");
    case Kind::Missing:
        return QStringLiteral("missing");
    case Kind::Unavailable:
        return QStringLiteral("unavailable");
    case Kind::Denied:
        return QStringLiteral("denied");
    case Kind::Timeout:
        return QStringLiteral("timeout");
    case Kind::Mismatch:
        return QStringLiteral("mismatch");
    }
    return {};
}

QString KeychainState::description() const
{
    if (kind == Kind::Ready) {
        return QCoreApplication::translate("Brankas::KeychainState", "Ready: the vault key is stored in %1.")
            .arg(backend);
    }
    return error.message();
}

} // namespace Brankas
