// SPDX-License-Identifier: GPL-3.0-or-later
#include "evaluationnote.h"

#include <QCoreApplication>

namespace Brankas {

namespace {
struct CategoryName
{
    ObstacleCategory category;
    const char *id;
    const char *name;
};

constexpr CategoryName Categories[] = {
    {ObstacleCategory::NoDevice, "no-device", QT_TRANSLATE_NOOP("Brankas::Evaluation", "No device or data plan")},
    {ObstacleCategory::OfficerChanged, "officer-changed", QT_TRANSLATE_NOOP("Brankas::Evaluation", "Officer changed")},
    {ObstacleCategory::AccountLocked, "account-locked",
     QT_TRANSLATE_NOOP("Brankas::Evaluation", "Account locked or hacked")},
    {ObstacleCategory::PlatformRestriction, "platform-restriction",
     QT_TRANSLATE_NOOP("Brankas::Evaluation", "Platform restriction")},
    {ObstacleCategory::Other, "other", QT_TRANSLATE_NOOP("Brankas::Evaluation", "Other")},
};
} // namespace

QString noteKindId(NoteKind kind)
{
    return kind == NoteKind::Achievement ? QStringLiteral("achievement") : QStringLiteral("obstacle");
}

std::optional<NoteKind> noteKindFromId(const QString &id)
{
    const QString key = id.trimmed().toLower();
    if (key == QLatin1String("achievement") || key == QLatin1String("capaian")) {
        return NoteKind::Achievement;
    }
    if (key == QLatin1String("obstacle") || key == QLatin1String("kendala")) {
        return NoteKind::Obstacle;
    }
    return std::nullopt;
}

QString noteKindDisplayName(NoteKind kind)
{
    return kind == NoteKind::Achievement ? QCoreApplication::translate("Brankas::Evaluation", "Achievement")
                                         : QCoreApplication::translate("Brankas::Evaluation", "Obstacle");
}

QList<ObstacleCategory> allObstacleCategories()
{
    QList<ObstacleCategory> categories;
    for (const CategoryName &entry : Categories) {
        categories << entry.category;
    }
    return categories;
}

QString obstacleCategoryId(ObstacleCategory category)
{
    return QString::fromLatin1(Categories[int(category)].id);
}

std::optional<ObstacleCategory> obstacleCategoryFromId(const QString &id)
{
    const QString key = id.trimmed().toLower();
    for (const CategoryName &entry : Categories) {
        if (key == QLatin1String(entry.id)) {
            return entry.category;
        }
    }
    return std::nullopt;
}

QString obstacleCategoryDisplayName(ObstacleCategory category)
{
    return QCoreApplication::translate("Brankas::Evaluation", Categories[int(category)].name);
}

} // namespace Brankas
