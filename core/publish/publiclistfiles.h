// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "../i18n/language.h"
#include "publiclist.h"

#include <QByteArray>
#include <QStringList>

namespace Brankas {

// The public list as the files an office puts on its website. All UTF-8, all the same rows.

// accounts.json, a stable shape for scripts and other sites (keys never renamed, version raised if
// they change):
//   {"format": "brankas-public-accounts", "version": 1, "office": "...", "asOf": "YYYY-MM-DD",
//    "accounts": [{"kecamatanCode": "72.05.01", "kecamatan": "Momunu", "platform": "instagram",
//                  "platformName": "Instagram", "handle": "panwaslu.momunu",
//                  "url": "https://www.instagram.com/panwaslu.momunu/",
//                  "activeFrom": "YYYY-MM-DD", "activeUntil": "YYYY-MM-DD"}, ...]}
// A missing url or date is null.
QByteArray publicListJson(const PublicList &list);

// accounts.csv: a header row of the same names as the JSON keys, then one row per account, with a
// byte-order mark so Excel reads the accents.
QStringList publicListCsvHeaders();
QByteArray publicListCsv(const PublicList &list);

// index.html: one page that needs nothing but itself. No script, no font, image or style sheet
// fetched from anywhere, so it works opened from a disk and cannot be used to track who reads it;
// the only addresses in it are the profile links. Readable on a phone, printable, in `language`.
QByteArray publicListHtml(const PublicList &list, Language language);

// The active period in words for the page and the printed version: "1 Januari 2024 – 31 Desember
// 2024", "sejak 1 Januari 2024", or "-" when there is none.
QString publicPeriod(const PublicAccount &account, Language language);
// "www.instagram.com/panwaslu.momunu/": where a profile link goes, as an address bar shows it.
QString shownAddress(const QString &url);

} // namespace Brankas
