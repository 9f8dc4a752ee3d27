// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "../i18n/language.h"
#include "paper.h"
#include "qrcode.h"
#include "reportchart.h"

#include <QImage>
#include <QList>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>
#include <variant>
#include <vector>

namespace Brankas {

class QrCodeBatch;

// A report as a list of blocks that the layout puts on pages. Builders (the berita acara, the
// register...) fill it from data; ReportLayout measures and paginates it; ReportPrinter paints it,
// one page at a time, so a report of any length never has all its pages in memory.

struct TextRun
{
    QString text;
    bool bold = false;
    bool underline = false;
};

struct ReportParagraph
{
    QList<TextRun> runs;
    Qt::Alignment alignment = Qt::AlignJustify;
    double pointSize = 11;
    double indentMm = 0;
    double spaceAfterMm = 2;
    bool keepWithNext = false; // moves to the next page with the block after it
};

// "Nama      : Andi Saputra" rows, the value wrapping under itself.
struct ReportFields
{
    QString marker; // "1.", before the first row, left of the indent
    QList<std::pair<QString, QString>> rows;
    double indentMm = 8;
    double labelWidthMm = 32;
    double pointSize = 11;
    double spaceAfterMm = 2;
};

struct ReportColumn
{
    QString header;
    double weight = 1; // share of the table's width
    Qt::Alignment alignment = Qt::AlignLeft;
};

// A ruled table whose header repeats on every page; a row is never cut across pages.
struct ReportTable
{
    QList<ReportColumn> columns;
    QList<QStringList> rows;
    double pointSize = 9;
    double spaceAfterMm = 3;
    bool sensitive = false; // holds secrets: wiped once printed
};

struct Signer
{
    QString heading;  // "PIHAK PERTAMA,"
    QString role;     // "Yang Menyerahkan,"
    QString position; // "Ketua Panwaslu Kecamatan Momunu"
    QString name;
};

// Signature blocks side by side, and an optional one centred below ("Mengetahui,"). Kept whole.
struct ReportSignatures
{
    QString placeAndDate; // above the right-hand block, if given
    QList<Signer> side;
    std::optional<Signer> centred;
    double pointSize = 11;
};

// Kop surat: optional logo on the left, centred lines (the first ones bold), a double rule under it.
struct ReportLetterhead
{
    QStringList boldLines;
    QStringList lines;
    QImage logo;
};

// A QR code with lines of text beside it (the first bold): one account of the public list, so a
// poster links to the real profile. Kept whole on one page.
struct ReportQrCard
{
    QrCode code;
    // Or a code still being encoded: the batchIndex-th of `batch`, pendingSize modules a side.
    std::shared_ptr<QrCodeBatch> batch;
    qsizetype batchIndex = -1;
    int pendingSize = 0;
    QStringList lines;
    double codeMm = 32; // the code's side, its quiet zone included
    double pointSize = 11;
    double spaceAfterMm = 4;

    int codeSize() const { return batch ? pendingSize : code.size(); }
};

struct ReportPageBreak
{};

struct ReportSpacer
{
    double heightMm = 4;
};

using ReportBlock = std::variant<ReportLetterhead, ReportParagraph, ReportFields, ReportTable, ReportSignatures,
                                 ReportPageBreak, ReportSpacer, ReportQrCard, ReportChart>;

struct ReportDocument
{
    QString title; // PDF metadata
    Language language = Language::Indonesian;
    Paper paper = Paper::A4;
    QString footer;            // left of the page number on every page: the log fingerprint, the print time
    QString stamp;             // top right of every page, e.g. "DRAF" or "RAHASIA"
    bool confidential = false; // meant to hold a secret even when printed blank (a recovery sheet)
    std::vector<ReportBlock> blocks;
    // Draws the ReportChart blocks; a report with charts cannot be printed without it.
    std::shared_ptr<const ReportChartPainter> chartPainter;

    // Overwrites the cells of tables that hold secrets, once the report is printed.
    void wipeSensitive();
    // Whether it is confidential or a table holds secrets: its PDF is then readable by its owner only.
    bool holdsSecrets() const;
};

// Shortcuts for builders.
ReportParagraph paragraph(const QString &text, Qt::Alignment alignment = Qt::AlignJustify, double pointSize = 11,
                          bool bold = false);
ReportParagraph heading(const QString &text, double pointSize = 12);

} // namespace Brankas
