// SPDX-License-Identifier: GPL-3.0-or-later
// The public list as one self-contained web page.
#include "../reports/numberwords.h"
#include "../reports/reporttext.h"
#include "publiclistfiles.h"

namespace Brankas {

namespace {
// Inline and small: the page must load nothing. System fonts only; the table turns into one card
// per account on a phone; print gets black text on white, the header row on every page, and no
// row cut in two.
const char *const Style = R"css(
:root { color-scheme: light; }
body { margin: 0; font-family: system-ui, "Segoe UI", Roboto, "Liberation Sans", Arial, sans-serif;
  font-size: 1rem; line-height: 1.5; color: #1a1a1a; background: #fff; }
.page { max-width: 64rem; margin: 0 auto; padding: 1.5rem 1rem 2rem; }
header { border-bottom: 3px double #1a1a1a; margin-bottom: 1.25rem; }
.office { margin: 0; font-weight: 700; text-transform: uppercase; letter-spacing: .02em; }
h1 { font-size: 1.6rem; line-height: 1.25; margin: .25rem 0 .5rem; }
h2 { font-size: 1.25rem; margin: 1.5rem 0 .5rem; }
.asof { margin: 0 0 .75rem; color: #333; }
.notice { border-left: 4px solid #8a1c1c; background: #fbf1f1; padding: .75rem 1rem; margin: 1rem 0; }
table { border-collapse: collapse; width: 100%; }
caption { text-align: left; font-weight: 700; padding: .5rem 0; }
th, td { border: 1px solid #8c8c8c; padding: .45rem .6rem; text-align: left; vertical-align: top; }
thead th { background: #e8e8e8; }
tbody th { font-weight: 600; }
.code { color: #444; font-size: .875em; white-space: nowrap; }
a { color: #0b4f9c; text-decoration: underline; overflow-wrap: break-word; }
a:focus-visible { outline: 3px solid #1a1a1a; outline-offset: 2px; }
footer { margin-top: 2rem; font-size: .9rem; color: #333; }
@media screen and (max-width: 40rem) {
  h1 { font-size: 1.35rem; }
  table, tbody, tr, th, td { display: block; }
  thead { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); }
  caption { display: block; }
  tr { border: 1px solid #8c8c8c; border-radius: .4rem; margin: 0 0 .75rem; padding: .35rem .6rem; }
  th, td { border: 0; padding: .15rem 0; }
  th::before, td::before { content: attr(data-label) ": "; font-weight: 400; color: #444; }
}
@media print {
  @page { margin: 15mm; }
  body { font-size: 10pt; color: #000; }
  .page { max-width: none; padding: 0; }
  .notice { background: none; border: 1px solid #000; }
  a { color: #000; }
  thead { display: table-header-group; }
  tr { break-inside: avoid; }
  th, td { border-color: #000; }
}
)css";

QString escaped(const QString &text)
{
    return text.toHtmlEscaped();
}

QString cell(const char *tag, const QString &label, const QString &content, const char *extra = "")
{
    return QStringLiteral("<%1%2 data-label=\"%3\">%4</%1>")
        .arg(QLatin1String(tag), QLatin1String(extra), escaped(label), content);
}
} // namespace

QString shownAddress(const QString &url)
{
    for (const char *scheme : {"https://", "http://"}) {
        if (url.startsWith(QLatin1String(scheme))) {
            return url.mid(qsizetype(qstrlen(scheme)));
        }
    }
    return url;
}

QString publicPeriod(const PublicAccount &account, Language language)
{
    const bool from = account.activeFrom.isValid();
    const bool until = account.activeUntil.isValid();
    if (from && until) {
        return writtenDate(account.activeFrom, language) + QStringLiteral(" – ") +
               writtenDate(account.activeUntil, language);
    }
    if (from) {
        return say(language, "sejak ", "since ") + writtenDate(account.activeFrom, language);
    }
    if (until) {
        return say(language, "sampai ", "until ") + writtenDate(account.activeUntil, language);
    }
    return QStringLiteral("-");
}

QByteArray publicListHtml(const PublicList &list, Language language)
{
    const QString title = say(language, "Akun Media Sosial Resmi Panwaslu Kecamatan",
                              "Official Social-Media Accounts of the Panwaslu Kecamatan");
    const QString asOf = longDate(list.asOf, language);
    const QString kecamatan = say(language, "Kecamatan", "Kecamatan");
    const QString platform = say(language, "Platform", "Platform");
    const QString handle = say(language, "Nama akun", "Account name");
    const QString address = say(language, "Alamat profil", "Profile address");
    const QString period = say(language, "Masa aktif", "Active period");

    QString html;
    html.reserve(qsizetype(2048 + list.accounts.size() * 640));
    html += QStringLiteral("<!DOCTYPE html>\n<html lang=\"%1\">\n<head>\n<meta charset=\"utf-8\">\n"
                           "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
                           "<title>%2 – %3</title>\n<style>%4</style>\n</head>\n<body>\n<div class=\"page\">\n")
                .arg(languageCode(language), escaped(title), escaped(list.officeName), QLatin1String(Style));
    html += QStringLiteral("<header>\n<p class=\"office\">%1</p>\n<h1>%2</h1>\n<p class=\"asof\">%3</p>\n</header>\n")
                .arg(escaped(list.officeName), escaped(title),
                     escaped(say(language, "Keadaan per %1.", "As of %1.").arg(asOf)));
    html += QStringLiteral("<main>\n<p class=\"notice\">%1</p>\n")
                .arg(escaped(say(language,
                                 "Hanya akun dalam daftar ini yang resmi. Akun lain yang memakai nama Panwaslu "
                                 "Kecamatan bukan akun resmi: periksa alamat profilnya sebelum mempercayai isinya.",
                                 "Only the accounts in this list are official. Any other account using the name "
                                 "of a Panwaslu Kecamatan is not: check its profile address before you trust what "
                                 "it posts.")));
    html += QStringLiteral("<h2>%1</h2>\n").arg(escaped(say(language, "Daftar akun", "The accounts")));
    if (list.accounts.isEmpty()) {
        html += QStringLiteral("<p>%1</p>\n")
                    .arg(escaped(say(language, "Tidak ada akun yang aktif per tanggal ini.",
                                     "No account is active on this date.")));
    } else {
        html += QStringLiteral("<table>\n<caption>%1</caption>\n<thead>\n<tr>")
                    .arg(escaped(say(language, "%1 akun resmi yang aktif per %2, menurut kecamatan",
                                     "%1 official accounts active on %2, by kecamatan")
                                     .arg(list.accounts.size())
                                     .arg(writtenDate(list.asOf, language))));
        for (const QString &header : {kecamatan, platform, handle, address, period}) {
            html += QStringLiteral("<th scope=\"col\">%1</th>").arg(escaped(header));
        }
        html += QStringLiteral("</tr>\n</thead>\n<tbody>\n");
        for (const PublicAccount &account : list.accounts) {
            const QString link = account.url.isEmpty()
                                     ? escaped(say(language, "(tanpa alamat)", "(no address)"))
                                     : QStringLiteral("<a href=\"%1\">%2</a>")
                                           .arg(escaped(account.url), escaped(shownAddress(account.url)));
            html += QStringLiteral("<tr>") +
                    cell("td", kecamatan,
                         escaped(account.kecamatanName) + QStringLiteral(" <span class=\"code\">") +
                             escaped(account.kecamatanCode) + QStringLiteral("</span>")) +
                    cell("td", platform, escaped(account.platformName)) +
                    cell("th", handle, QStringLiteral("@") + escaped(account.handle), " scope=\"row\"") +
                    cell("td", address, link) + cell("td", period, escaped(publicPeriod(account, language))) +
                    QStringLiteral("</tr>\n");
        }
        html += QStringLiteral("</tbody>\n</table>\n");
    }
    html += QStringLiteral("</main>\n<footer>\n<p>%1</p>\n<p>%2 <a href=\"accounts.csv\">%3</a> · "
                           "<a href=\"accounts.json\">%4</a></p>\n</footer>\n</div>\n</body>\n</html>\n")
                .arg(escaped(say(language, "Diterbitkan oleh %1.", "Published by %1.").arg(list.officeName)),
                     escaped(say(language, "Daftar yang sama untuk diolah:", "The same list as data:")),
                     escaped(say(language, "accounts.csv (lembar kerja)", "accounts.csv (spreadsheet)")),
                     escaped(say(language, "accounts.json (JSON)", "accounts.json (JSON)")));
    return html.toUtf8();
}

} // namespace Brankas
