// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "../domain/referencedata.h"
#include "../result.h"

#include <QDateTime>

namespace Brankas {

namespace Storage {
class Database;
}

// Gives a vault its office row and its regency's kecamatan from the reference list. Runs when a
// vault is created and when a format-1 vault is upgraded; does nothing if the office row exists.
Status seedRegister(Storage::Database &db, const Regency &regency, const QString &officeName,
                    const ReferenceData &reference, const QDateTime &now);

} // namespace Brankas
