// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

namespace Brankas::Crypto {

// Associated data for an encrypted field: binds a ciphertext to its vault, table, row and field.
// Length-prefixed so that no two different places can produce the same bytes.
QByteArray bindingFor(const QString &vaultId, const QString &table, qint64 rowId, const QString &field);

} // namespace Brankas::Crypto
