// SPDX-License-Identifier: GPL-3.0-or-later
// Reports::logExtract: the archive log entries of a date range, with the chain's verification.
#include "reports.h"

#include "../log/logactions.h"
#include "../register/officesettings.h"
#include "../vault/vault.h"
#include "numberwords.h"
#include "reporttext.h"

namespace Brankas {

namespace {
QString verificationStatement(const LogVerification &verification, Language language)
{
    if (verification.intact()) {
        return say(language,
                   "Seluruh log arsip (%1 entri) telah diverifikasi saat laporan ini dicetak dan dinyatakan UTUH: "
                   "tidak ada entri yang diubah, dihapus, disisipkan atau ditukar urutannya. Sidik jari entri "
                   "terakhir: %2.",
                   "The whole archive log (%1 entries) was verified when this report was printed and is INTACT: no "
                   "entry was edited, deleted, inserted or reordered. Fingerprint of the newest entry: %2.")
            .arg(verification.entries)
            .arg(verification.fingerprint());
    }
    return say(language,
               "PERHATIAN: log arsip TIDAK UTUH. Verifikasi saat laporan ini dicetak menemukan masalah pada entri "
               "nomor %1. Entri pada petikan ini tidak dapat dijadikan bukti sebelum diperiksa.",
               "WARNING: the archive log is NOT INTACT. Verification when this report was printed found a problem "
               "at entry %1. The entries of this extract cannot serve as evidence until it is examined.")
        .arg(verification.firstBadSeq);
}
} // namespace

Result<ReportDocument> Reports::logExtract(const Session &, const QDate &from, const QDate &until,
                                           const ReportOptions &options)
{
    const Language language = options.language;
    if (!from.isValid() || !until.isValid() || until < from) {
        return Error(ErrorCode::InvalidInput,
                     QT_TRANSLATE_NOOP("Brankas::Error", "Give a start date and an end date on or after it."));
    }
    auto office = OfficeSettings(m_vault).get();
    if (!office) {
        return office.error();
    }
    auto verification = m_vault.log().verify();
    if (!verification) {
        return verification.error();
    }
    LogFilter filter;
    filter.from = from.startOfDay().toUTC();
    filter.until = until.addDays(1).startOfDay().toUTC();
    auto entries = m_vault.log().entries(filter);
    if (!entries) {
        return entries.error();
    }
    auto print = fingerprint();
    if (!print) {
        return print.error();
    }
    const QDateTime now = printedAt();
    ReportDocument document;
    document.language = language;
    document.paper = options.paper;
    document.title = say(language, "Petikan Log Arsip", "Archive Log Extract");
    document.footer = reportFooter(language, print.value(), now);
    document.blocks.push_back(letterheadFor(office.value(), options.logo));
    document.blocks.push_back(heading(say(language, "PETIKAN LOG ARSIP BRANKAS", "BRANKAS ARCHIVE LOG EXTRACT")));
    document.blocks.push_back(paragraph(say(language, "Periode ", "Period ") + writtenDate(from, language) +
                                            say(language, " s.d. ", " to ") + writtenDate(until, language),
                                        Qt::AlignHCenter, 10));
    ReportParagraph statement = paragraph(verificationStatement(verification.value(), language));
    statement.runs.first().bold = !verification.value().intact();
    document.blocks.push_back(statement);
    document.blocks.push_back(paragraph(say(language, "Brankas %1 · ID brankas %2 · %3 entri dalam periode ini.",
                                            "Brankas %1 · vault ID %2 · %3 entries in this period.")
                                            .arg(QStringLiteral(BRANKAS_VERSION), m_vault.id())
                                            .arg(entries.value().size()),
                                        Qt::AlignLeft, 9));
    ReportTable table;
    table.pointSize = 7.5;
    table.columns = {{say(language, "No.", "Seq."), 0.8, Qt::AlignRight}, {say(language, "Waktu", "Time"), 1.7},
                     {say(language, "Petugas", "Officer"), 1.4},          {say(language, "Tindakan", "Action"), 2.0},
                     {say(language, "Sasaran", "Target"), 1.4},           {say(language, "Rincian", "Details"), 4.0}};
    table.rows.reserve(entries.value().size());
    for (const LogEntry &entry : entries.value()) {
        table.rows.append({QString::number(entry.seq),
                           entry.at.toLocalTime().toString(QStringLiteral("dd-MM-yyyy HH:mm:ss")), entry.officer,
                           LogAction::words(entry.action, language), entry.target,
                           (entry.isUnattested() ? say(language, "[DICATAT TANPA KUNCI BRANKAS, BUKAN BUKTI] ",
                                                       "[RECORDED WITHOUT THE VAULT KEY, NOT PROOF] ")
                                                 : QString()) +
                               (entry.details == QLatin1String("{}") ? QString() : entry.details)});
    }
    document.blocks.push_back(std::move(table));
    return document;
}

} // namespace Brankas
