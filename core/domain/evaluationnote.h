// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace Brankas {

enum class NoteKind { Achievement, Obstacle };

// Why a kecamatan's account did less than it could: the categories the evaluation meeting groups
// the kendala by.
enum class ObstacleCategory { NoDevice, OfficerChanged, AccountLocked, PlatformRestriction, Other };

QString noteKindId(NoteKind kind); // "achievement", "obstacle": stored and typed on the CLI
std::optional<NoteKind> noteKindFromId(const QString &id);
QString noteKindDisplayName(NoteKind kind);

QList<ObstacleCategory> allObstacleCategories();
QString obstacleCategoryId(ObstacleCategory category); // "no-device", "officer-changed", ...
std::optional<ObstacleCategory> obstacleCategoryFromId(const QString &id);
QString obstacleCategoryDisplayName(ObstacleCategory category);

// An achievement or an obstacle of one kecamatan's accounts in one year.
struct EvaluationNote
{
    qint64 id = 0;
    qint64 kecamatanId = 0;
    QString kecamatanCode;
    QString kecamatanName;
    int year = 0;
    NoteKind kind = NoteKind::Achievement;
    std::optional<ObstacleCategory> category; // obstacles only
    QString text;
    QDateTime createdAt;
    QString officer;
};

} // namespace Brankas
