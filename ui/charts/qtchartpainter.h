// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <core/reports/reportchart.h>

namespace Brankas::Charts {

// Paints core's charts on a report page with Qt Charts, through the page's own QPainter: on a
// QPdfWriter every line, bar and label becomes a PDF path or text, never a picture. Needs a
// QApplication (Qt Charts is made of QGraphicsWidgets).
class QtChartPainter final : public ReportChartPainter
{
public:
    void paint(QPainter &painter, const QRectF &box, const ReportChart &chart,
               const QString &fontFamily) const override;
};

} // namespace Brankas::Charts
