// SPDX-License-Identifier: GPL-3.0-or-later
#include "chartbuilder.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QLegendMarker>
#include <QLineSeries>
#include <QValueAxis>

#include <algorithm>
#include <cmath>
#include <iterator>

namespace Brankas::Charts {

namespace {
// Distinct in print and for the common forms of colour blindness (Okabe-Ito).
const QColor Palette[] = {QColor(0x00, 0x72, 0xB2), QColor(0xE6, 0x9F, 0x00), QColor(0x00, 0x9E, 0x73),
                          QColor(0xCC, 0x79, 0xA7), QColor(0x56, 0xB4, 0xE9), QColor(0xD5, 0x5E, 0x00),
                          QColor(0x00, 0x00, 0x00)};

QFont fontOf(const QString &family, double pixels, bool bold = false)
{
    QFont font(family);
    font.setPixelSize(std::max(1, int(std::lround(pixels))));
    font.setBold(bold);
    return font;
}

double largest(const ReportChart &chart)
{
    double maximum = 0;
    for (const ChartSeries &series : chart.series) {
        for (const std::optional<double> &value : series.values) {
            maximum = std::max(maximum, value.value_or(0));
        }
    }
    return maximum;
}

void addLines(QChart *chart, const ReportChart &spec, QBarCategoryAxis *categories, QValueAxis *values,
              double baseFontPixels)
{
    int colour = 0;
    for (const ChartSeries &series : spec.series) {
        const QColor color = Palette[colour++ % std::size(Palette)];
        QPen pen(color);
        pen.setWidthF(baseFontPixels / 6);
        bool first = true;
        QLineSeries *run = nullptr;
        for (int i = 0; i < series.values.size(); ++i) {
            if (!series.values[i]) {
                run = nullptr; // a gap: the next known month starts a new run
                continue;
            }
            if (!run) {
                run = new QLineSeries;
                run->setName(series.name);
                run->setPen(pen);
                run->setColor(color);
                run->setPointsVisible(true); // a month alone between gaps still shows
                run->setMarkerSize(baseFontPixels / 2.5);
                chart->addSeries(run);
                run->attachAxis(categories);
                run->attachAxis(values);
                if (!first) {
                    for (QLegendMarker *marker : chart->legend()->markers(run)) {
                        marker->setVisible(false);
                    }
                }
                first = false;
            }
            run->append(i, *series.values[i]);
        }
    }
}

void addBars(QChart *chart, const ReportChart &spec, QBarCategoryAxis *categories, QValueAxis *values)
{
    auto *bars = new QBarSeries;
    int colour = 0;
    for (const ChartSeries &series : spec.series) {
        auto *set = new QBarSet(series.name);
        set->setColor(Palette[colour++ % std::size(Palette)]);
        set->setBorderColor(Qt::transparent);
        for (const std::optional<double> &value : series.values) {
            set->append(value.value_or(0));
        }
        bars->append(set);
    }
    bars->setLabelsVisible(true);
    bars->setLabelsPosition(QAbstractBarSeries::LabelsOutsideEnd);
    chart->addSeries(bars);
    bars->attachAxis(categories);
    bars->attachAxis(values);
}
} // namespace

QChart *buildChart(const ReportChart &spec, const QString &fontFamily, double baseFontPixels)
{
    auto *chart = new QChart;
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->setBackgroundRoundness(0);
    chart->setDropShadowEnabled(false);
    chart->setBackgroundBrush(Qt::white);
    chart->setTitle(spec.title);
    chart->setTitleFont(fontOf(fontFamily, baseFontPixels * 1.2, true));
    chart->setMargins(QMargins(0, 0, 0, 0));
    chart->legend()->setFont(fontOf(fontFamily, baseFontPixels));
    chart->legend()->setAlignment(Qt::AlignBottom);

    auto *categories = new QBarCategoryAxis;
    categories->append(spec.categories);
    categories->setTitleText(spec.categoryTitle);
    categories->setTitleFont(fontOf(fontFamily, baseFontPixels));
    categories->setLabelsFont(fontOf(fontFamily, baseFontPixels));
    auto *values = new QValueAxis;
    values->setTitleText(spec.valueTitle);
    values->setTitleFont(fontOf(fontFamily, baseFontPixels));
    values->setLabelsFont(fontOf(fontFamily, baseFontPixels));
    values->setLabelFormat(QStringLiteral("%.0f"));
    // The figures are counts, labelled without decimals: a range under four would put several ticks
    // between two whole numbers and label them "0 0 1 1 1".
    values->setRange(0, std::max(4.0, largest(spec) * (spec.kind == ReportChart::Kind::Bars ? 1.15 : 1.05)));
    values->applyNiceNumbers();
    chart->addAxis(categories, Qt::AlignBottom);
    chart->addAxis(values, Qt::AlignLeft);

    if (spec.kind == ReportChart::Kind::Lines) {
        addLines(chart, spec, categories, values, baseFontPixels);
    } else {
        addBars(chart, spec, categories, values);
    }
    for (QLegendMarker *marker : chart->legend()->markers()) {
        marker->setFont(fontOf(fontFamily, baseFontPixels));
    }
    return chart;
}

} // namespace Brankas::Charts
