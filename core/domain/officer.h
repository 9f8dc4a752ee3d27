// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "role.h"

#include <QDateTime>
#include <QString>

namespace Brankas {

struct Officer
{
    qint64 id = 0;
    QString name;
    Role role = Role::Viewer;
    QDateTime createdAt;
    bool disabled = false;
    // While disabled: since when, by which administrator and why.
    QDateTime disabledAt;
    QString disabledBy;
    QString disabledReason;
    // An administrator set a temporary passphrase; the next sign-in must choose a new one.
    bool mustChangePassphrase = false;
};

} // namespace Brankas
