// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>

#include <condition_variable>
#include <deque>
#include <mutex>
#include <thread>
#include <vector>

namespace Brankas {

// The bytes of a PDF file as it is put together in memory: numbered objects, the cross-reference
// table and the trailer. Pages are handed over as they are painted and deflated on another thread,
// at zlib's fastest level: deflating at the default level was half of the national public list's
// time with Qt's writer, and the painting thread need not wait for it.
//
// Object numbers: 1 the catalog, 2 the page tree, 3 the resources every page shares, 4 the document
// information, then each page and its content stream (page i: 5 + 2i and 6 + 2i); fonts and images
// come after the last page, from reserve().
class PdfStreamFile
{
public:
    static constexpr int Catalog = 1;
    static constexpr int PageTree = 2;
    static constexpr int Resources = 3;
    static constexpr int Info = 4;
    static int pageObject(int page) { return 5 + 2 * page; }

    PdfStreamFile();
    ~PdfStreamFile();
    PdfStreamFile(const PdfStreamFile &) = delete;
    PdfStreamFile &operator=(const PdfStreamFile &) = delete;

    // Queues a page's content stream; waits while too many pages are still to deflate.
    void addPage(QByteArray content);
    int pageCount() const { return m_pages; }

    // Once every page is added: waits for the deflating thread, then takes objects numbered from
    // reserve() onwards, in any order, and closes the file.
    void finishPages();
    int reserve() { return m_nextObject++; }
    void writeObject(int number, const QByteArray &dictionary);
    // A stream object, deflated unless it is tiny; `extra` goes into its dictionary.
    void writeStream(int number, const QByteArray &data, const QByteArray &extra = {});
    QByteArray close(int rootObject, int infoObject);

    static QByteArray deflated(const QByteArray &data, int level);

private:
    void deflatePages();
    void writePage(int page, const QByteArray &content);

    QByteArray m_out;
    std::vector<qint64> m_offsets; // by object number; 0 for unused
    int m_pages = 0;
    int m_nextObject = 0;

    std::mutex m_mutex;
    std::condition_variable m_changed;
    std::deque<QByteArray> m_queue;
    bool m_closing = false;
    std::thread m_deflater;
};

} // namespace Brankas
