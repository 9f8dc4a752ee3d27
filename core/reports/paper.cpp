// SPDX-License-Identifier: GPL-3.0-or-later
#include "paper.h"

#include <QMarginsF>
#include <QSizeF>

namespace Brankas {

QString paperId(Paper paper)
{
    return paper == Paper::F4 ? QStringLiteral("f4") : QStringLiteral("a4");
}

std::optional<Paper> paperFromId(const QString &id)
{
    const QString key = id.trimmed().toLower();
    if (key == QLatin1String("a4")) {
        return Paper::A4;
    }
    if (key == QLatin1String("f4")) {
        return Paper::F4;
    }
    return std::nullopt;
}

QPageSize pageSizeFor(Paper paper)
{
    if (paper == Paper::F4) {
        return QPageSize(QSizeF(215, 330), QPageSize::Millimeter, QStringLiteral("F4"), QPageSize::ExactMatch);
    }
    return QPageSize(QPageSize::A4);
}

QPageLayout pageLayoutFor(Paper paper)
{
    // Left 30 mm for binding; the footer sits inside the bottom margin's paint area.
    return QPageLayout(pageSizeFor(paper), QPageLayout::Portrait, QMarginsF(30, 15, 20, 12), QPageLayout::Millimeter);
}

} // namespace Brankas
