// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "../domain/office.h"
#include "../handover/handover.h"
#include "reportdocument.h"

#include <QDateTime>
#include <QHash>

namespace Brankas {

// What the berita acara of a handover is made from; the Reports service gathers it from the vault.
struct HandoverReportInput
{
    Handover handover;
    OfficeDetails office;
    QString fingerprint;
    QDateTime printedAt;
    Language language = Language::Indonesian;
    Paper paper = Paper::A4;
    QImage logo;
    // Account id -> its current password, only when the sealed-envelope annex was asked for.
    QHash<qint64, QString> passwords;
};

// The berita acara serah terima in the conventional shape: kop surat, title and number, the
// opening with the date in words, the two parties, the statement and the table of accounts, the
// closing, and the signature blocks; the sealed-envelope annex on its own pages when asked for.
ReportDocument buildHandoverReport(const HandoverReportInput &input);

} // namespace Brankas
