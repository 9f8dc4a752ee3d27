// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

class QPainter;
class QRectF;

namespace Brankas {

// One line (or one set of bars) of a chart: a value per category, none where nothing is known.
struct ChartSeries
{
    QString name;
    QList<std::optional<double>> values; // one per ReportChart::categories
};

// A chart as data: what the evaluation report prints and the Evaluasi page shows. Lines are for
// figures over months, where an unknown month must be a gap, not a fall to zero; bars compare
// categories (platforms).
struct ReportChart
{
    enum class Kind { Lines, Bars };

    Kind kind = Kind::Lines;
    QString title;
    QString categoryTitle; // under the horizontal axis
    QString valueTitle;    // beside the vertical axis
    QStringList categories;
    QList<ChartSeries> series;
    double heightMm = 66;
    QString note; // printed under the chart when not empty
};

// Draws a chart on a report page. Qt Charts draws with QGraphicsScene, which lives in QtWidgets,
// and core must stay free of QtWidgets (the CLI's other commands and the tests run without it), so
// core only describes the chart and asks this interface to draw it. The implementation lives in
// ui/charts, a small library that brankas-cli and the window link; it draws through the page's
// QPainter, so a PDF gets the chart as vector paths and text, not as a picture.
class ReportChartPainter
{
public:
    virtual ~ReportChartPainter() = default;
    // `box` is in the painter's coordinates; `fontFamily` is the report's font.
    virtual void paint(QPainter &painter, const QRectF &box, const ReportChart &chart,
                       const QString &fontFamily) const = 0;
};

} // namespace Brankas
