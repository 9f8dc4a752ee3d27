// SPDX-License-Identifier: GPL-3.0-or-later
#include "qtchartpainter.h"

#include "chartbuilder.h"

#include <QGraphicsScene>
#include <QPaintDevice>
#include <QPainter>

namespace Brankas::Charts {

void QtChartPainter::paint(QPainter &painter, const QRectF &box, const ReportChart &chart,
                           const QString &fontFamily) const
{
    // The chart is laid out in typographic points (fonts in "pixels" that are points), then scaled
    // onto the page, so its text has the same size on any printer resolution.
    const double pointsPerUnit = painter.device() ? painter.device()->logicalDpiX() / 72.0 : 1.0;
    const QSizeF size(box.width() / pointsPerUnit, box.height() / pointsPerUnit);
    QGraphicsScene scene;
    QChart *qtChart = buildChart(chart, fontFamily, 8);
    scene.addItem(qtChart); // the scene owns and deletes it
    qtChart->setGeometry(QRectF(QPointF(0, 0), size));
    scene.setSceneRect(QRectF(QPointF(0, 0), size));
    scene.render(&painter, box, scene.sceneRect(), Qt::IgnoreAspectRatio);
}

} // namespace Brankas::Charts
