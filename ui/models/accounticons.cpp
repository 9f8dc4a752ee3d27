// SPDX-License-Identifier: GPL-3.0-or-later
#include "accounticons.h"

#include <QHash>

namespace Brankas::AccountIcons {

namespace {
// QIcon renders the SVG again for every size asked; one QIcon per file keeps its pixmap cache.
QIcon cached(const QString &path)
{
    static QHash<QString, QIcon> icons;
    auto found = icons.constFind(path);
    if (found == icons.constEnd()) {
        found = icons.insert(path, QIcon(path));
    }
    return found.value();
}
} // namespace

QIcon platform(Platform platform)
{
    return cached(QStringLiteral(":/icons/platform-%1.svg").arg(platformId(platform)));
}

QIcon status(AccountStatus status)
{
    return cached(QStringLiteral(":/icons/status-%1.svg").arg(statusId(status)));
}

QIcon warning()
{
    return cached(QStringLiteral(":/icons/warning.svg"));
}

} // namespace Brankas::AccountIcons
