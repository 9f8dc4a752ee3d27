// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QPageLayout>
#include <QPaintDevice>
#include <QPainter>
#include <QString>

#include <memory>
#include <optional>

namespace Brankas {

class CompactPdfEngine;

// A paint device that makes a compact PDF in memory, for long reports of simple pages (the
// national public list has 7,216): each run of text one operator in an embedded font, the page
// streams deflated on another thread at zlib's fastest level. Measured like a QPdfWriter of the same
// resolution, so ReportLayout lays a report out on it exactly as on Qt's writer. It draws what
// reports draw; anything else makes finish() return nothing, and unsupported() say what it was.
class CompactPdfWriter : public QPaintDevice
{
public:
    static constexpr int Resolution = 1200; // QPdfWriter's default

    explicit CompactPdfWriter(const QPageLayout &layout);
    ~CompactPdfWriter() override;

    void setTitle(const QString &title) { m_title = title; }
    void setCreator(const QString &creator) { m_creator = creator; }
    QPageLayout pageLayout() const { return m_layout; }

    bool newPage();
    // QPainter::drawText(position, text) in `font`, for one line that needs no layout, without
    // Qt's text shaping (see CompactPdfEngine::drawTextLine); `painter` is the one painting here.
    void drawTextLine(const QPainter &painter, const QFont &font, const QPointF &position, const QString &text);
    // How wide drawTextLine() makes that line; none when it would not set it (measure with Qt).
    std::optional<qreal> lineWidth(const QFont &font, const QString &text) const;
    // The whole file, once the painter has ended; empty when something unsupported was painted.
    QByteArray finish();
    QString unsupported() const;

    QPaintEngine *paintEngine() const override;

protected:
    int metric(PaintDeviceMetric metric) const override;

private:
    QPageLayout m_layout;
    QString m_title;
    QString m_creator;
    std::unique_ptr<CompactPdfEngine> m_engine;
};

} // namespace Brankas
