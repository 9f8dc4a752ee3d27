// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "../crypto/kdf.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>

namespace Brankas {

// A vault key wrapped under a key derived from a passphrase, with the KDF parameters beside it.
struct KeyWrap
{
    QString name;
    QByteArray salt;
    Crypto::ScryptParams params;
    QByteArray wrapped;
    QDateTime createdAt;
};

} // namespace Brankas
