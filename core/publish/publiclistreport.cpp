// SPDX-License-Identifier: GPL-3.0-or-later
#include "publiclistreport.h"

#include "../reports/numberwords.h"
#include "../reports/qrcodebatch.h"
#include "../reports/reporttext.h"
#include "publiclistfiles.h"

namespace Brankas {

namespace {
void addPageHead(ReportDocument &document, const PublicListReportInput &input, const QString &kecamatan)
{
    const Language language = input.language;
    ReportLetterhead letterhead = letterheadFor(input.office, input.logo);
    letterhead.lines.clear();
    document.blocks.push_back(std::move(letterhead));
    document.blocks.push_back(heading(say(language, "AKUN MEDIA SOSIAL RESMI", "OFFICIAL SOCIAL-MEDIA ACCOUNTS"), 14));
    if (!kecamatan.isEmpty()) {
        document.blocks.push_back(
            heading(say(language, "PANWASLU KECAMATAN %1", "PANWASLU KECAMATAN %1").arg(kecamatan.toUpper()), 13));
    }
    document.blocks.push_back(paragraph(
        say(language, "Keadaan per %1", "As of %1").arg(longDate(input.list.asOf, language)), Qt::AlignHCenter, 10));
    document.blocks.push_back(ReportSpacer{3});
}

void addPageClosing(ReportDocument &document, Language language)
{
    document.blocks.push_back(ReportSpacer{2});
    document.blocks.push_back(paragraph(
        say(language,
            "Pindai kode QR dengan kamera ponsel untuk membuka akun resmi. Akun lain yang memakai nama Panwaslu "
            "Kecamatan bukan akun resmi: periksa alamat profilnya sebelum mempercayai isinya.",
            "Scan a QR code with a phone's camera to open the official account. Any other account using the name "
            "of a Panwaslu Kecamatan is not official: check its profile address before you trust what it posts."),
        Qt::AlignJustify, 10));
}
} // namespace

Result<ReportDocument> buildPublicListReport(const PublicListReportInput &input)
{
    const Language language = input.language;
    ReportDocument document;
    document.language = language;
    document.paper = input.paper;
    document.title = say(language, "Akun Media Sosial Resmi Panwaslu Kecamatan",
                         "Official Social-Media Accounts of the Panwaslu Kecamatan");
    document.footer = reportFooter(language, input.fingerprint, input.printedAt);
    if (input.list.accounts.isEmpty()) {
        addPageHead(document, input, {});
        document.blocks.push_back(
            paragraph(say(language, "Tidak ada akun yang aktif per tanggal ini.", "No account is active on this date."),
                      Qt::AlignHCenter));
        return document;
    }
    QList<QByteArray> addresses;
    for (const PublicAccount &account : input.list.accounts) {
        if (!account.url.isEmpty()) {
            addresses.append(account.url.toUtf8());
        }
    }
    for (const QByteArray &address : addresses) {
        if (QrCode::sizeFor(address.size()) == 0) {
            return Error(ErrorCode::InvalidInput,
                         QT_TRANSLATE_NOOP("Brankas::Error", "The address %1 is too long for a QR code."),
                         {QString::fromUtf8(address)});
        }
    }
    // Encoded on the other cores while the pages are laid out and painted.
    auto codes = std::make_shared<QrCodeBatch>(addresses);
    qsizetype nextCode = 0;
    QString current;
    for (const PublicAccount &account : input.list.accounts) {
        if (account.kecamatanCode != current) {
            if (!current.isEmpty()) {
                addPageClosing(document, language);
                document.blocks.push_back(ReportPageBreak{});
            }
            current = account.kecamatanCode;
            addPageHead(document, input, account.kecamatanName);
        }
        ReportQrCard card;
        if (!account.url.isEmpty()) {
            card.batch = codes;
            card.pendingSize = QrCode::sizeFor(addresses[nextCode].size());
            card.batchIndex = nextCode++;
        }
        card.lines = {account.platformName, QStringLiteral("@") + account.handle,
                      account.url.isEmpty() ? say(language, "(tanpa alamat)", "(no address)")
                                            : shownAddress(account.url),
                      say(language, "Masa aktif: %1", "Active period: %1").arg(publicPeriod(account, language))};
        document.blocks.push_back(std::move(card));
    }
    addPageClosing(document, language);
    return document;
}

} // namespace Brankas
