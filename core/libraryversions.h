// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

namespace Brankas {

// A library Brankas runs on, as the About box names it: the version actually in use and the
// licence it comes under (SPDX identifier, or "public domain").
struct LibraryVersion
{
    QString name;
    QString version; // empty when it cannot be told, e.g. the SQLite driver is missing
    QString licence;
};

// Qt, QtKeychain, OpenSSL and SQLite, in that order.
QList<LibraryVersion> libraryVersions();

} // namespace Brankas
