// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "../crypto/secretbytes.h"
#include "../domain/office.h"
#include "reports.h"

#include <QDate>
#include <QDateTime>

namespace Brankas {

// What a recovery sheet names besides the passphrase. The setup wizard prints one before the vault
// exists, so only the office and the date are certain; a sheet printed from a vault names it and
// the archive log's fingerprint too.
struct RecoverySheetFacts
{
    OfficeDetails office; // the letterhead, and who signs for safekeeping
    QString region;       // "Kabupaten Buol (72.05)"
    QString vaultId;      // empty while the vault does not exist yet
    QString vaultPath;    // where the vault was made, when known
    QDate createdOn;
    QString fingerprint; // of the archive log when printed; empty before the vault exists
    QDateTime printedAt;
    QString printedBy;
};

// The one recovery sheet: the page kept in the office safe, the only way into the vault on a new PC.
// Without a passphrase it has lines on which an administrator writes it by hand. With one, its words
// stand under their numbers (the setup wizard asks for some of them back by number) and the table holding them is
// wiped by ReportDocument::wipeSensitive().
ReportDocument recoverySheetDocument(const RecoverySheetFacts &facts, const ReportOptions &options,
                                     const SecretBytes *passphrase = nullptr);

} // namespace Brankas
