// SPDX-License-Identifier: GPL-3.0-or-later
// Reports::recoverySheet: the page kept in the office safe, the only way into the vault on a new PC.
#include "reports.h"

#include "../log/logactions.h"
#include "../register/officesettings.h"
#include "../vault/vault.h"
#include "numberwords.h"
#include "reporttext.h"

namespace Brankas {

Result<ReportDocument> Reports::recoverySheet(const Session &session, const ReportOptions &options,
                                              const SecretBytes *recoveryPassphrase)
{
    if (!canManageOfficers(session.officer.role)) {
        return Error(ErrorCode::PermissionDenied,
                     QT_TRANSLATE_NOOP("Brankas::Error", "Only an administrator can print the recovery sheet."));
    }
    const Language language = options.language;
    auto office = OfficeSettings(m_vault).get();
    if (!office) {
        return office.error();
    }
    if (recoveryPassphrase && !m_vault.isReadOnly()) {
        Status logged = m_vault.commitChange(session, [] {
            return Result<QList<LogEvent>>(
                QList<LogEvent>{{LogAction::reportSecretsPrinted(), QStringLiteral("vault"),
                                 QJsonObject{{QStringLiteral("report"), QStringLiteral("recovery-sheet")}}}});
        });
        if (!logged) {
            return logged.error();
        }
    }
    auto print = fingerprint();
    if (!print) {
        return print.error();
    }
    const QDateTime now = printedAt();
    ReportDocument document;
    document.language = language;
    document.paper = options.paper;
    document.title = say(language, "Lembar Pemulihan Brankas", "Brankas Recovery Sheet");
    document.footer = reportFooter(language, print.value(), now);
    document.stamp = say(language, "RAHASIA", "CONFIDENTIAL");
    document.confidential = true;
    document.blocks.push_back(letterheadFor(office.value(), options.logo));
    document.blocks.push_back(heading(say(language, "LEMBAR PEMULIHAN BRANKAS", "BRANKAS RECOVERY SHEET")));
    document.blocks.push_back(paragraph(say(language,
                                            "Simpan di brankas kantor. Jangan difoto, dipindai, atau "
                                            "disimpan di komputer.",
                                            "Keep in the office safe. Do not photograph, scan or store it on a "
                                            "computer."),
                                        Qt::AlignHCenter, 10));
    ReportFields fields;
    fields.indentMm = 0;
    fields.labelWidthMm = 45;
    fields.rows = {{say(language, "Kantor", "Office"), office.value().name},
                   {say(language, "Wilayah", "Regency"),
                    m_vault.regency().name + QStringLiteral(" (") + m_vault.regency().code + QLatin1Char(')')},
                   {say(language, "ID brankas", "Vault ID"), m_vault.id()},
                   {say(language, "Dibuat", "Created"), longDate(m_vault.createdAt().toLocalTime().date(), language)},
                   {say(language, "Sidik jari log saat dicetak", "Log fingerprint when printed"), print.value()},
                   {say(language, "Dicetak oleh", "Printed by"), session.officer.name}};
    fields.spaceAfterMm = 5;
    document.blocks.push_back(fields);
    document.blocks.push_back(
        paragraph(say(language, "Frasa sandi pemulihan:", "Recovery passphrase:"), Qt::AlignLeft, 11, true));
    if (recoveryPassphrase) {
        ReportTable box;
        box.sensitive = true;
        box.pointSize = 14;
        box.columns = {{QString(), 1}};
        box.rows = {{QString::fromUtf8(recoveryPassphrase->view())}};
        document.blocks.push_back(box);
    } else {
        document.blocks.push_back(paragraph(
            say(language, "(tulis tangan dengan huruf cetak yang jelas)", "(write by hand in clear capital letters)"),
            Qt::AlignLeft, 9));
        for (int i = 0; i < 3; ++i) {
            document.blocks.push_back(paragraph(QString(90, QLatin1Char('.')), Qt::AlignLeft, 11));
        }
    }
    document.blocks.push_back(ReportSpacer{3});
    document.blocks.push_back(paragraph(say(language, "Petunjuk", "Instructions"), Qt::AlignLeft, 11, true));
    const char *const steps[][2] = {
        {"Frasa sandi pemulihan adalah satu-satunya jalan masuk ke brankas di komputer baru, setelah instal ulang, "
         "atau dari cadangan. Tanpa frasa ini, akun-akun yang tersimpan tidak dapat dipulihkan.",
         "The recovery passphrase is the only way into the vault on a new computer, after a reinstall, or from a "
         "backup. Without it, the accounts kept in it cannot be recovered."},
        {"Untuk memulihkan: pasang Brankas, buka berkas brankas, pilih \"Pulihkan\" (atau jalankan brankas-cli "
         "recover), lalu ketik frasa di atas persis seperti tertulis.",
         "To recover: install Brankas, open the vault file, choose \"Recover\" (or run brankas-cli recover), and "
         "type the passphrase above exactly as written."},
        {"Periksa ID brankas di atas sama dengan yang ditampilkan Brankas (brankas-cli info).",
         "Check that the vault ID above matches the one Brankas shows (brankas-cli info)."},
        {"Jika lembar ini hilang atau mungkin dilihat orang lain, buat frasa pemulihan baru dan cetak lembar baru; "
         "musnahkan lembar lama.",
         "If this sheet is lost or may have been seen by someone else, set a new recovery passphrase and print a new "
         "sheet; destroy the old one."},
    };
    int number = 0;
    for (const auto &step : steps) {
        ReportParagraph item = paragraph(QStringLiteral("%1. ").arg(++number) + say(language, step[0], step[1]));
        item.pointSize = 10;
        document.blocks.push_back(item);
    }
    ReportSignatures signatures;
    signatures.placeAndDate = (office.value().city.isEmpty() ? QString() : office.value().city + QStringLiteral(", ")) +
                              writtenDate(now.toLocalTime().date(), language);
    signatures.side = {
        Signer{say(language, "Mengetahui,", "Acknowledged by,"), QString(), office.value().headTitle,
               office.value().headName},
        Signer{say(language, "Dicetak oleh,", "Printed by,"), QString(), QString(), session.officer.name}};
    document.blocks.push_back(ReportSpacer{4});
    document.blocks.push_back(signatures);
    return document;
}

} // namespace Brankas
