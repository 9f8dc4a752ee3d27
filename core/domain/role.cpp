// SPDX-License-Identifier: GPL-3.0-or-later
#include "role.h"

#include <QCoreApplication>

namespace Brankas {

QString roleId(Role role)
{
    switch (role) {
    case Role::Administrator:
        return QStringLiteral("administrator");
    case Role::Operator:
        return QStringLiteral("operator");
    case Role::Viewer:
        return QStringLiteral("viewer");
    }
    return {};
}

std::optional<Role> roleFromId(const QString &id)
{
    const QString key = id.trimmed().toLower();
    for (Role role : {Role::Administrator, Role::Operator, Role::Viewer}) {
        if (key == roleId(role)) {
            return role;
        }
    }
    // The Indonesian words are accepted too: officers type what they say.
    if (key == QLatin1String("administrator") || key == QLatin1String("admin")) {
        return Role::Administrator;
    }
    if (key == QLatin1String("operator")) {
        return Role::Operator;
    }
    if (key == QLatin1String("peninjau") || key == QLatin1String("pemantau")) {
        return Role::Viewer;
    }
    return std::nullopt;
}

QString roleDisplayName(Role role)
{
    switch (role) {
    case Role::Administrator:
        return QCoreApplication::translate("Brankas::Role", "Administrator");
    case Role::Operator:
        return QCoreApplication::translate("Brankas::Role", "Operator");
    case Role::Viewer:
        return QCoreApplication::translate("Brankas::Role", "Viewer");
    }
    return {};
}

bool canManageOfficers(Role role)
{
    return role == Role::Administrator;
}

bool canRevealSecrets(Role role)
{
    return role != Role::Viewer;
}

bool canChangeRegister(Role role)
{
    return role != Role::Viewer;
}

} // namespace Brankas
