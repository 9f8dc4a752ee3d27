// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "../result.h"
#include "region.h"

#include <QList>

namespace Brankas {

// The official list of provinces, regencies and kecamatan that ships with Brankas
// (idn-area-data, ODbL 1.0; see resources/data/idn-area/LICENSE.md).
class ReferenceData
{
public:
    // Loads the bundled lists; fails only if the app's own resources are missing.
    static Result<ReferenceData> load();

    const QList<Province> &provinces() const { return m_provinces; }
    const QList<Regency> &regencies() const { return m_regencies; }
    const Province *province(const QString &code) const;
    const Regency *regency(const QString &code) const;
    QList<Kecamatan> kecamatanOf(const QString &regencyCode) const;
    qsizetype kecamatanCount() const { return m_kecamatan.size(); }
    const QList<Kecamatan> &allKecamatan() const { return m_kecamatan; }

    // Looks up a regency by code and, if there is none, refuses with the nearest matches so the
    // officer can correct a typo ("72.5" -> "72.05 Kabupaten Buol").
    Result<Regency> findRegency(const QString &code) const;
    QList<Regency> nearestRegencies(const QString &text, int count = 5) const;

    static QString attribution();

private:
    QList<Province> m_provinces;
    QList<Regency> m_regencies;
    QList<Kecamatan> m_kecamatan;
};

} // namespace Brankas
