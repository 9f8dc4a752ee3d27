// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace Brankas {

// Kemendagri administrative areas: province "72", regency "72.05", kecamatan "72.05.01".
struct Province
{
    QString code;
    QString name;
};

struct Regency
{
    QString code;
    QString provinceCode;
    QString name; // "Kabupaten Buol", "Kota Palu"
};

struct Kecamatan
{
    QString code;
    QString regencyCode;
    QString name;
};

// "Bawaslu Kabupaten Buol": the office that keeps a regency's vault.
QString officeNameFor(const Regency &regency);

} // namespace Brankas
