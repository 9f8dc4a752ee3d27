// SPDX-License-Identifier: GPL-3.0-or-later
// Reports::accountRegister: the register of accounts, as filtered in the register window.
#include "reports.h"

#include "../register/accounts.h"
#include "../register/officesettings.h"
#include "../register/terms.h"
#include "../vault/vault.h"
#include "numberwords.h"
#include "reporttext.h"

#include <map>

namespace Brankas {

namespace {
QString period(const Account &account)
{
    if (!account.activeFrom.isValid() && !account.activeUntil.isValid()) {
        return QStringLiteral("-");
    }
    return account.activeFrom.toString(QStringLiteral("dd-MM-yyyy")) + QStringLiteral(" –\n") +
           account.activeUntil.toString(QStringLiteral("dd-MM-yyyy"));
}

bool overlaps(const Account &account, const RegisterReportFilter &filter)
{
    if (!filter.areaCode.isEmpty() && !account.kecamatanCode.startsWith(filter.areaCode + QLatin1Char('.'))) {
        return false;
    }
    if (filter.activeFrom.isValid() && account.activeUntil.isValid() && account.activeUntil < filter.activeFrom) {
        return false;
    }
    if (filter.activeUntil.isValid() && account.activeFrom.isValid() && account.activeFrom > filter.activeUntil) {
        return false;
    }
    if ((filter.activeFrom.isValid() || filter.activeUntil.isValid()) && !account.activeFrom.isValid() &&
        !account.activeUntil.isValid()) {
        return false;
    }
    return true;
}

QString filterDescription(const RegisterReportFilter &filter, const QString &termName, Language language)
{
    QStringList parts;
    if (!filter.areaCode.isEmpty()) {
        parts << say(language, "wilayah ", "area ") + filter.areaCode;
    }
    if (!filter.accounts.kecamatanCode.isEmpty()) {
        parts << say(language, "kecamatan ", "kecamatan ") + filter.accounts.kecamatanCode;
    }
    if (filter.accounts.platform) {
        parts << platformDisplayName(*filter.accounts.platform);
    }
    if (filter.accounts.status) {
        parts << say(language, "status ", "status ") + reportStatusName(*filter.accounts.status, language);
    }
    if (!termName.isEmpty()) {
        parts << say(language, "masa tugas ", "term ") + termName;
    }
    if (filter.activeFrom.isValid() || filter.activeUntil.isValid()) {
        parts << say(language, "aktif ", "active ") +
                     (filter.activeFrom.isValid() ? writtenDate(filter.activeFrom, language) : QStringLiteral("…")) +
                     say(language, " s.d. ", " to ") +
                     (filter.activeUntil.isValid() ? writtenDate(filter.activeUntil, language) : QStringLiteral("…"));
    }
    return parts.isEmpty() ? say(language, "Semua akun", "All accounts") : parts.join(QStringLiteral("; "));
}
} // namespace

Result<ReportDocument> Reports::accountRegister(const Session &, const RegisterReportFilter &filter,
                                                const ReportOptions &options)
{
    const Language language = options.language;
    auto office = OfficeSettings(m_vault).get();
    if (!office) {
        return office.error();
    }
    auto accounts = Accounts(m_vault).list(filter.accounts);
    if (!accounts) {
        return accounts.error();
    }
    QString termName;
    if (filter.accounts.termId > 0) {
        auto term = Terms(m_vault).find(filter.accounts.termId);
        if (!term) {
            return term.error();
        }
        termName = term.value().name;
    }
    auto print = fingerprint();
    if (!print) {
        return print.error();
    }
    const QDateTime now = printedAt();

    ReportDocument document;
    document.language = language;
    document.paper = options.paper;
    document.title = say(language, "Daftar Akun Media Sosial Panwaslu Kecamatan",
                         "Register of Panwaslu Kecamatan "
                         "Social-Media Accounts");
    document.footer = reportFooter(language, print.value(), now);
    document.blocks.push_back(letterheadFor(office.value(), options.logo));
    document.blocks.push_back(
        heading(say(language, "DAFTAR AKUN MEDIA SOSIAL PANITIA PENGAWAS PEMILIHAN UMUM KECAMATAN",
                    "REGISTER OF THE SOCIAL-MEDIA ACCOUNTS OF THE PANWASLU KECAMATAN")));
    document.blocks.push_back(paragraph(filterDescription(filter, termName, language), Qt::AlignHCenter, 10));
    document.blocks.push_back(paragraph(
        say(language, "Keadaan per ", "As of ") + longDate(now.toLocalTime().date(), language), Qt::AlignHCenter, 10));

    ReportTable table;
    table.pointSize = 7.5;
    table.columns = {{say(language, "No.", "No."), 0.7, Qt::AlignRight},
                     {say(language, "Kecamatan", "Kecamatan"), 2.0},
                     {say(language, "Platform", "Platform"), 1.45},
                     {say(language, "Nama akun", "Account"), 2.6},
                     {say(language, "Surel / telepon", "E-mail / phone"), 3.3},
                     {say(language, "Masa tugas", "Term"), 1.3},
                     {say(language, "Masa aktif", "Active period"), 1.5},
                     {say(language, "Status", "Status"), 1.25}};
    std::map<AccountStatus, int> counts;
    table.rows.reserve(accounts.value().size());
    int number = 0;
    for (const Account &account : accounts.value()) {
        if (!overlaps(account, filter)) {
            continue;
        }
        ++counts[account.status];
        QStringList contacts;
        for (const QString &contact : {account.email, account.phone}) {
            if (!contact.isEmpty()) {
                contacts << contact;
            }
        }
        table.rows.append(
            {QString::number(++number), account.kecamatanCode + QLatin1Char(' ') + account.kecamatanName,
             account.platform == Platform::Other ? account.platformName : platformDisplayName(account.platform),
             QStringLiteral("@") + account.handle,
             contacts.isEmpty() ? QStringLiteral("-") : contacts.join(QLatin1Char('\n')),
             account.termName.isEmpty() ? QStringLiteral("-") : account.termName, period(account),
             reportStatusName(account.status, language)});
    }
    QStringList summary;
    for (const auto &[status, count] : counts) {
        summary << QStringLiteral("%1 %2").arg(reportStatusName(status, language)).arg(count);
    }
    document.blocks.push_back(paragraph(
        say(language, "Jumlah akun: %1", "Accounts: %1").arg(number) +
            (summary.isEmpty() ? QString()
                               : QStringLiteral(" (") + summary.join(QStringLiteral(", ")) + QLatin1Char(')')),
        Qt::AlignLeft, 10));
    document.blocks.push_back(std::move(table));
    return document;
}

} // namespace Brankas
