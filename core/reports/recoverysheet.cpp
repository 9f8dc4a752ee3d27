// SPDX-License-Identifier: GPL-3.0-or-later
// The recovery sheet, and Reports::recoverySheet, which fills it from an open vault.
#include "recoverysheet.h"

#include "../log/logactions.h"
#include "../register/officesettings.h"
#include "../vault/vault.h"
#include "numberwords.h"
#include "reporttext.h"

#include <algorithm>

namespace Brankas {

namespace {
// Words per row of the passphrase's table: six fit on A4 at 14 pt.
constexpr int WordsPerRow = 6;

// The words under their numbers ("Kata 2"), because the setup wizard asks for some of them back by
// number; words past the first row carry their number in the cell.
ReportTable passphraseTable(const SecretBytes &passphrase, Language language)
{
    ReportTable table;
    table.sensitive = true;
    table.pointSize = 14;
    const QStringList words = QString::fromUtf8(passphrase.view()).split(QLatin1Char(' '), Qt::SkipEmptyParts);
    const qsizetype perRow = std::min<qsizetype>(std::max<qsizetype>(words.size(), 1), WordsPerRow);
    for (qsizetype i = 0; i < perRow; ++i) {
        table.columns.append(ReportColumn{say(language, "Kata %1", "Word %1").arg(i + 1), 1, Qt::AlignHCenter});
    }
    QStringList row;
    for (qsizetype i = 0; i < words.size(); ++i) {
        row << (i < perRow ? words[i] : QStringLiteral("%1. %2").arg(i + 1).arg(words[i]));
        if (row.size() == perRow) {
            table.rows.append(row);
            row.clear();
        }
    }
    if (!row.isEmpty()) {
        while (row.size() < perRow) {
            row << QString();
        }
        table.rows.append(row);
    }
    return table;
}
} // namespace

ReportDocument recoverySheetDocument(const RecoverySheetFacts &facts, const ReportOptions &options,
                                     const SecretBytes *passphrase)
{
    const Language language = options.language;
    ReportDocument document;
    document.language = language;
    document.paper = options.paper;
    document.title = say(language, "Lembar Pemulihan Brankas", "Brankas Recovery Sheet");
    document.footer = reportFooter(language, facts.fingerprint, facts.printedAt);
    document.stamp = say(language, "RAHASIA", "CONFIDENTIAL");
    document.confidential = true;
    document.blocks.push_back(letterheadFor(facts.office, options.logo));
    document.blocks.push_back(heading(say(language, "LEMBAR PEMULIHAN BRANKAS", "BRANKAS RECOVERY SHEET")));
    document.blocks.push_back(paragraph(say(language,
                                            "Simpan di brankas kantor. Jangan difoto, dipindai, atau "
                                            "disimpan di komputer.",
                                            "Keep in the office safe. Do not photograph, scan or store it on a "
                                            "computer."),
                                        Qt::AlignHCenter, 10));
    ReportFields fields;
    fields.indentMm = 0;
    fields.labelWidthMm = 58;
    fields.rows = {{say(language, "Kantor", "Office"), facts.office.name},
                   {say(language, "Wilayah", "Regency"), facts.region},
                   {say(language, "ID brankas", "Vault ID"),
                    facts.vaultId.isEmpty()
                        ? say(language, "(diberikan saat brankas dibuat)", "(given when the vault is created)")
                        : facts.vaultId}};
    if (!facts.vaultPath.isEmpty()) {
        fields.rows.append({say(language, "Berkas brankas", "Vault file"), facts.vaultPath});
    }
    fields.rows.append({say(language, "Dibuat", "Created"), longDate(facts.createdOn, language)});
    if (!facts.fingerprint.isEmpty()) {
        fields.rows.append(
            {say(language, "Sidik jari log saat dicetak", "Log fingerprint when printed"), facts.fingerprint});
    }
    fields.rows.append({say(language, "Dicetak oleh", "Printed by"), facts.printedBy});
    fields.spaceAfterMm = 5;
    document.blocks.push_back(fields);
    document.blocks.push_back(
        paragraph(say(language, "Frasa sandi pemulihan:", "Recovery passphrase:"), Qt::AlignLeft, 11, true));
    if (passphrase) {
        document.blocks.push_back(passphraseTable(*passphrase, language));
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
         "recover), lalu ketik frasa di atas persis seperti tertulis, dengan satu spasi di antara kata.",
         "To recover: install Brankas, open the vault file, choose \"Recover\" (or run brankas-cli recover), and "
         "type the passphrase above exactly as written, with a space between the words."},
        {"Periksa ID brankas di atas sama dengan yang ditampilkan Brankas (brankas-cli info).",
         "Check that the vault ID above matches the one Brankas shows (brankas-cli info)."},
        {"Siapa pun yang memegang lembar ini dan salinan berkas brankas dapat membuka semua kata sandi di dalamnya. "
         "Jangan kirim lewat obrolan atau surel.",
         "Anyone who has this sheet and a copy of the vault file can open every password in it. Do not send it by "
         "chat or e-mail."},
        {"Jika lembar ini hilang atau mungkin dilihat orang lain, administrator mengganti frasa pemulihan "
         "(Pengaturan, atau brankas-cli recovery change) dan mencetak lembar baru; lembar lama tidak berlaku lagi "
         "dan dimusnahkan.",
         "If this sheet is lost or may have been seen by someone else, an administrator replaces the recovery "
         "passphrase (Settings, or brankas-cli recovery change) and prints a new sheet; the old one no longer "
         "works and is destroyed."},
    };
    int number = 0;
    for (const auto &step : steps) {
        ReportParagraph item = paragraph(QStringLiteral("%1. ").arg(++number) + say(language, step[0], step[1]));
        item.pointSize = 10;
        document.blocks.push_back(item);
    }
    ReportSignatures signatures;
    signatures.placeAndDate = (facts.office.city.isEmpty() ? QString() : facts.office.city + QStringLiteral(", ")) +
                              writtenDate(facts.printedAt.toLocalTime().date(), language);
    signatures.side = {Signer{say(language, "Diterima untuk disimpan,", "Received for safekeeping by,"), QString(),
                              facts.office.headTitle, facts.office.headName},
                       Signer{say(language, "Dicetak oleh,", "Printed by,"), QString(),
                              say(language, "Administrator Brankas", "Brankas administrator"), facts.printedBy}};
    document.blocks.push_back(ReportSpacer{4});
    document.blocks.push_back(signatures);
    return document;
}

Result<RecoverySheetFacts> Reports::recoverySheetFacts(const Session &session)
{
    if (!canManageOfficers(session.officer.role)) {
        return Error(ErrorCode::PermissionDenied,
                     QT_TRANSLATE_NOOP("Brankas::Error", "Only an administrator can print the recovery sheet."));
    }
    auto office = OfficeSettings(m_vault).get();
    if (!office) {
        return office.error();
    }
    auto print = fingerprint();
    if (!print) {
        return print.error();
    }
    RecoverySheetFacts facts;
    facts.office = office.value();
    facts.region = m_vault.regency().name + QStringLiteral(" (") + m_vault.regency().code + QLatin1Char(')');
    facts.vaultId = m_vault.id();
    facts.createdOn = m_vault.createdAt().toLocalTime().date();
    facts.fingerprint = print.value();
    facts.printedAt = printedAt();
    facts.printedBy = session.officer.name;
    return facts;
}

Result<ReportDocument> Reports::recoverySheet(const Session &session, const ReportOptions &options,
                                              const SecretBytes *recoveryPassphrase)
{
    if (!canManageOfficers(session.officer.role)) {
        return recoverySheetFacts(session).error();
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
    auto facts = recoverySheetFacts(session);
    if (!facts) {
        return facts.error();
    }
    return recoverySheetDocument(facts.value(), options, recoveryPassphrase);
}

} // namespace Brankas
