// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace Brankas::Storage {

// Qt binds a null QString as SQL NULL; the register's text columns are NOT NULL with '' for "not
// given", so every optional text goes through this.
inline QString text(const QString &value)
{
    return value.isNull() ? QStringLiteral("") : value;
}

} // namespace Brankas::Storage
