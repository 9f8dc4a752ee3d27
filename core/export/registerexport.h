// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "../domain/account.h"
#include "../result.h"
#include "../vault/session.h"

#include <QByteArrayView>
#include <QHash>
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
    // The same with a Password column, for moving a register to another vault. Administrators
    // only, and only after `passphraseAgain` (the officer's passphrase typed once more) proves the
    // administrator is still at the keyboard. Logged (report.exported with "passwords": true)
    // before any password is decrypted, so the log names the attempt even when writing the file
    // then fails. Each password read is logged as a reveal too. The file is NOT protected.
    Status writeWithPasswords(const Session &session, const QList<Account> &accounts, const QString &path,
                              QByteArrayView passphraseAgain);

    static QStringList headers(bool withPasswords = false);
    static QStringList cells(const Account &account);

private:
    // account id -> password; empty for the export without secrets.
    using Passwords = QHash<qint64, QString>;
    Status writeFile(const Session &session, const QList<Account> &accounts, const QString &path,
                     const Passwords *passwords);

    Vault &m_vault;
};

} // namespace Brankas
