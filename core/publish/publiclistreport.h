// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "../domain/office.h"
#include "../reports/reportdocument.h"
#include "../result.h"
#include "publiclist.h"

#include <QDateTime>

namespace Brankas {

struct PublicListReportInput
{
    const PublicList &list;
    OfficeDetails office;
    QString fingerprint;
    QDateTime printedAt;
    Language language = Language::Indonesian;
    Paper paper = Paper::A4;
    QImage logo;
};

// The printable public list: one page per kecamatan, to pin up at its office, with a QR code per
// account that opens the real profile. The letterhead carries the office's name only: the page is
// public, and the office's contacts are not what it is for.
Result<ReportDocument> buildPublicListReport(const PublicListReportInput &input);

} // namespace Brankas
