// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QIODevice>
#include <QPageSize>

namespace Brankas {

// Qt 6.4's PDF writer rounds each page's MediaBox to whole points, so F4 (215 x 330 mm, exactly
// 609.449 x 935.433 pt) comes out as 609 x 935 and prints slightly scaled. It writes the box with six
// decimals ("609.000000"), so the exact size has the same length: this device, put between the
// writer and the file, puts the exact numbers in place without moving any byte offset of the PDF.
class PdfPageBoxDevice : public QIODevice
{
public:
    PdfPageBoxDevice(QIODevice &target, const QPageSize &pageSize);

    // Writes what is still held back; call once the PDF writer is done.
    bool finish();

protected:
    qint64 readData(char *, qint64) override { return -1; }
    qint64 writeData(const char *data, qint64 length) override;

private:
    bool forward(qsizetype keep);

    QIODevice &m_target;
    QByteArray m_rounded;
    QByteArray m_exact;
    QByteArray m_pending;
};

} // namespace Brankas
