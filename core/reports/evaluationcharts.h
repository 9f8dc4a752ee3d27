// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "../evaluation/evaluationyear.h"
#include "../i18n/language.h"
#include "reportchart.h"

namespace Brankas {

// The evaluation's three charts, the same on paper and on the Evaluasi page: followers per
// platform by month, posts per platform by month (both as lines that break where a month has no
// figure) and the kecamatan each platform reaches, against the kecamatan in use.
QList<ReportChart> evaluationCharts(const EvaluationYear &year, Language language);

// The obstacle category as printed in the report's language.
QString reportObstacleCategory(ObstacleCategory category, Language language);

} // namespace Brankas
