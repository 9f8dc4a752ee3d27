// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "../domain/account.h"
#include "../result.h"
#include "../vault/session.h"

#include <QList>

namespace Brankas {

class Vault;

// The register as a spreadsheet for Excel: one row per account, no secret, with the headers the
// importer reads (so an export imports back). `.xlsx` (libxlsxwriter: a header row that stays in
// view, fitted column widths, dates as dates) or `.csv` (UTF-8 with a BOM, so Excel reads the
// accents), chosen by the file name. Logged as report.exported.
class RegisterExport
{
public:
    explicit RegisterExport(Vault &vault)
        : m_vault(vault)
    {}

    Status write(const Session &session, const QList<Account> &accounts, const QString &path);

    static QStringList headers();
    static QStringList cells(const Account &account);

private:
    Vault &m_vault;
};

} // namespace Brankas
