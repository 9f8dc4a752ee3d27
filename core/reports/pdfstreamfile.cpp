// SPDX-License-Identifier: GPL-3.0-or-later
#include "pdfstreamfile.h"

#include "pdfsyntax.h"

#include <zlib.h>

#include <cstdio>

namespace Brankas {

namespace {
// Enough pages to keep the deflating thread busy; few enough that a slow one holds little memory.
constexpr size_t QueuedPages = 32;
} // namespace

PdfStreamFile::PdfStreamFile()
{
    // The comment's bytes above 127 tell a transfer program the file is binary.
    m_out.append("%PDF-1.6\n%\xE2\xE3\xCF\xD3\n");
    m_deflater = std::thread([this] { deflatePages(); });
}

PdfStreamFile::~PdfStreamFile()
{
    if (m_deflater.joinable()) {
        {
            std::lock_guard lock(m_mutex);
            m_closing = true;
            m_queue.clear();
        }
        m_changed.notify_all();
        m_deflater.join();
    }
}

void PdfStreamFile::addPage(QByteArray content)
{
    std::unique_lock lock(m_mutex);
    m_changed.wait(lock, [this] { return m_queue.size() < QueuedPages; });
    m_queue.push_back(std::move(content));
    ++m_pages;
    lock.unlock();
    m_changed.notify_all();
}

void PdfStreamFile::deflatePages()
{
    int page = 0;
    for (;;) {
        std::unique_lock lock(m_mutex);
        m_changed.wait(lock, [this] { return !m_queue.empty() || m_closing; });
        if (m_queue.empty()) {
            return;
        }
        QByteArray content = std::move(m_queue.front());
        m_queue.pop_front();
        lock.unlock();
        m_changed.notify_all();
        writePage(page++, deflated(content, 1));
    }
}

void PdfStreamFile::writePage(int page, const QByteArray &content)
{
    const int number = pageObject(page);
    if (m_offsets.size() < size_t(number + 2)) {
        m_offsets.resize(size_t(number + 2) * 2, 0);
    }
    m_offsets[size_t(number)] = m_out.size();
    QByteArray head;
    PdfSyntax::appendInteger(head, number);
    head.append("0 obj\n<</Type/Page/Parent 2 0 R/Contents ");
    PdfSyntax::appendInteger(head, number + 1);
    head.append("0 R>>\nendobj\n");
    m_offsets[size_t(number + 1)] = m_out.size() + head.size();
    PdfSyntax::appendInteger(head, number + 1);
    head.append("0 obj\n<</Filter/FlateDecode/Length ");
    PdfSyntax::appendInteger(head, content.size());
    head.append(">>\nstream\n");
    m_out.append(head);
    m_out.append(content);
    m_out.append("\nendstream\nendobj\n");
}

void PdfStreamFile::finishPages()
{
    {
        std::lock_guard lock(m_mutex);
        m_closing = true;
    }
    m_changed.notify_all();
    m_deflater.join();
    m_nextObject = pageObject(m_pages);
}

void PdfStreamFile::writeObject(int number, const QByteArray &dictionary)
{
    if (m_offsets.size() <= size_t(number)) {
        m_offsets.resize(size_t(number) + 1, 0);
    }
    m_offsets[size_t(number)] = m_out.size();
    PdfSyntax::appendInteger(m_out, number);
    m_out.append("0 obj\n");
    m_out.append(dictionary);
    m_out.append("\nendobj\n");
}

void PdfStreamFile::writeStream(int number, const QByteArray &data, const QByteArray &extra)
{
    const bool deflate = data.size() > 64;
    const QByteArray body = deflate ? deflated(data, Z_DEFAULT_COMPRESSION) : data;
    QByteArray object("<<");
    object.append(deflate ? "/Filter/FlateDecode" : "");
    object.append(extra);
    object.append("/Length ");
    PdfSyntax::appendInteger(object, body.size());
    object.append(">>\nstream\n");
    object.append(body);
    object.append("\nendstream");
    writeObject(number, object);
}

QByteArray PdfStreamFile::close(int rootObject, int infoObject)
{
    const qint64 xref = m_out.size();
    const qsizetype count = m_nextObject;
    m_offsets.resize(size_t(count), 0);
    m_out.append("xref\n0 " + QByteArray::number(count) + "\n0000000000 65535 f \n");
    char entry[21];
    for (qsizetype i = 1; i < count; ++i) {
        const qint64 offset = m_offsets[size_t(i)];
        std::snprintf(entry, sizeof entry, offset > 0 ? "%010lld 00000 n \n" : "0000000000 00000 f \n",
                      static_cast<long long>(offset));
        m_out.append(entry, 20);
    }
    m_out.append("trailer\n<</Size ");
    PdfSyntax::appendInteger(m_out, count);
    m_out.append("/Root ");
    PdfSyntax::appendInteger(m_out, rootObject);
    m_out.append("0 R/Info ");
    PdfSyntax::appendInteger(m_out, infoObject);
    m_out.append("0 R>>\nstartxref\n");
    m_out.append(QByteArray::number(xref));
    m_out.append("\n%%EOF\n");
    return std::move(m_out);
}

QByteArray PdfStreamFile::deflated(const QByteArray &data, int level)
{
    QByteArray out(qsizetype(compressBound(uLong(data.size()))), Qt::Uninitialized);
    z_stream stream{};
    deflateInit(&stream, level);
    stream.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(data.constData()));
    stream.avail_in = uInt(data.size());
    stream.next_out = reinterpret_cast<Bytef *>(out.data());
    stream.avail_out = uInt(out.size());
    deflate(&stream, Z_FINISH);
    out.resize(qsizetype(stream.total_out));
    deflateEnd(&stream);
    return out;
}

} // namespace Brankas
