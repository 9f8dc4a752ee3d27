// SPDX-License-Identifier: GPL-3.0-or-later
#include "pdfpagebox.h"

#include <QSizeF>

namespace Brankas {

namespace {
QByteArray mediaBox(double width, double height)
{
    return QByteArrayLiteral("/MediaBox [0 0 ") + QByteArray::number(width, 'f') + ' ' +
           QByteArray::number(height, 'f') + ']';
}
} // namespace

PdfPageBoxDevice::PdfPageBoxDevice(QIODevice &target, const QPageSize &pageSize)
    : m_target(target)
{
    // QPageSize gives points rounded too; millimetres are what the size was defined in.
    const QSizeF exact = pageSize.size(QPageSize::Millimeter) * (72.0 / 25.4);
    m_rounded = mediaBox(double(qRound(exact.width())), double(qRound(exact.height())));
    m_exact = mediaBox(exact.width(), exact.height());
    if (m_exact.size() != m_rounded.size()) {
        m_exact = m_rounded; // a different length would move the offsets the PDF's index points to
    }
}

qint64 PdfPageBoxDevice::writeData(const char *data, qint64 length)
{
    m_pending.append(data, qsizetype(length));
    // Keep back what could be the start of a box split across two writes.
    return forward(m_rounded.size() - 1) ? length : -1;
}

bool PdfPageBoxDevice::forward(qsizetype keep)
{
    if (m_exact != m_rounded) {
        m_pending.replace(m_rounded, m_exact);
    }
    const qsizetype ready = std::max<qsizetype>(0, m_pending.size() - keep);
    if (ready == 0) {
        return true;
    }
    if (m_target.write(m_pending.constData(), ready) != ready) {
        return false;
    }
    m_pending.remove(0, ready);
    return true;
}

bool PdfPageBoxDevice::finish()
{
    return forward(0);
}

} // namespace Brankas
