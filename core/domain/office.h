// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

namespace Brankas {

// The office that keeps the vault: what letterheads print and signatures name, and which e-mail
// domains and phone numbers count as the office's own for the health check.
struct OfficeDetails
{
    QString name;
    QString address;
    QString phone;
    QString email;
    QString website;
    QString headName;
    QString headTitle;
    QString officerTitle;
    QString city;                   // where the office signs its records: "Buol, 30 Desember 2023"
    QString handoverNumberTemplate; // "{seq}/BA/HM.02/{regency}/{month-roman}/{year}"
    QStringList emailDomains;       // "bawaslu.go.id", "buol.bawaslu.go.id"
    QStringList phoneNumbers;       // digits only, e.g. "6281234567890"
};

// Digits only, with a leading 0 turned into Indonesia's 62, so "0812-3456-7890" and "+62 812 3456 7890"
// compare equal.
QString normalizedPhone(const QString &phone);

} // namespace Brankas
