// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <core/reports/reportchart.h>

#include <QChart>

namespace Brankas::Charts {

// A Qt chart for core's description. Fonts are sized in pixels of the chart's own coordinates, so
// the report can lay a chart out in points and the window in screen pixels. A line breaks where a
// month has no figure: each unbroken run is its own series in the same colour, and only the
// first shows in the legend.
QChart *buildChart(const ReportChart &chart, const QString &fontFamily, double baseFontPixels);

} // namespace Brankas::Charts
