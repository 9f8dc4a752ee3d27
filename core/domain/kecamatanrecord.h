// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QString>

namespace Brankas {

// A kecamatan in the office's register (created from the reference list, or added by hand after a
// re-districting), with the secretariat's contacts.
struct KecamatanRecord
{
    qint64 id = 0;
    QString code;
    QString name;
    QString address;
    QString phone;
    QString email;
    QDateTime retiredAt; // invalid while in use
    int accountCount = 0;

    bool retired() const { return retiredAt.isValid(); }
};

} // namespace Brankas
