// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "../domain/kecamatanrecord.h"
#include "../result.h"

#include <QHash>
#include <QList>

namespace Brankas {

// Finds a kecamatan of the office's regency from what a sheet says: its code ("72.05.06" or
// "720506") or its name, ignoring case, spacing, punctuation, accents and a leading "Kec." or
// "Kecamatan" ("KEC. PALELEH BARAT"). An unknown or ambiguous name is refused with the nearest
// kecamatan named.
class KecamatanMatcher
{
public:
    explicit KecamatanMatcher(QList<KecamatanRecord> kecamatan);

    Result<KecamatanRecord> match(const QString &text) const;

    static QString nameKey(const QString &name);

private:
    QString nearest(const QString &key) const;

    QList<KecamatanRecord> m_kecamatan;
    QHash<QString, QList<int>> m_byName; // name key -> indexes
    QHash<QString, int> m_byCode;        // digits of the code -> index
};

} // namespace Brankas
