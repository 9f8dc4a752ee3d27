// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "../domain/accountstatus.h"
#include "../domain/office.h"
#include "../i18n/language.h"
#include "reportdocument.h"

#include <QDateTime>
#include <QString>

namespace Brankas {

// The fixed wording of printed reports is kept here in both languages rather than in the
// translation files: the Indonesian of a document an office signs must be right whatever a
// translation file says, and a report may be printed in a language other than the window's.
inline QString say(Language language, const char *indonesian, const char *english)
{
    return QString::fromUtf8(language == Language::Indonesian ? indonesian : english);
}

QString reportStatusName(AccountStatus status, Language language);
QString yesNo(bool value, Language language);

// The kop surat of the office: "BADAN PENGAWAS PEMILIHAN UMUM" / "KABUPATEN BUOL" for a Bawaslu office,
// then its address and contacts.
ReportLetterhead letterheadFor(const OfficeDetails &office, const QImage &logo);

// The line at the foot of every page: the archive-log fingerprint when the report was printed and
// the time, so paper can later prove what the log said.
QString reportFooter(Language language, const QString &fingerprint, const QDateTime &printedAt,
                     const QString &extra = {});

} // namespace Brankas
