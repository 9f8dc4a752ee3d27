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
};

} // namespace Brankas
