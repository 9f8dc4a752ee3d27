// SPDX-License-Identifier: GPL-3.0-or-later
#include "handoverreport.h"

#include "numberwords.h"
#include "reporttext.h"

namespace Brankas {

namespace {
QString committeeName(const Handover &handover, Language language)
{
    return say(language, "Panitia Pengawas Pemilihan Umum Kecamatan ", "the Election Supervisory Committee of ") +
           handover.kecamatanName + say(language, "", " District");
}

QString statement(const Handover &handover, const OfficeDetails &office, Language language)
{
    const QString accounts = say(language, "akun media sosial resmi ", "the official social-media accounts of ") +
                             committeeName(handover, language);
    const QString term = handover.termName.isEmpty() ? QString() : handover.termName;
    switch (handover.kind) {
    case HandoverKind::Activation:
        return accounts +
               (term.isEmpty()
                    ? QString()
                    : say(language, " untuk dikelola selama masa tugas ", " to be managed during the term ") + term) +
               say(language, ", sebagai berikut:", ", as follows:");
    case HandoverKind::Return:
        return accounts +
               say(language, " yang telah berakhir masa tugasnya, untuk disimpan dan dikelola oleh ",
                   " whose term has ended, to be kept and managed by ") +
               office.name + say(language, ", sebagai berikut:", ", as follows:");
    case HandoverKind::Transfer:
        return accounts + say(language, " untuk dilanjutkan pengelolaannya", " to be managed further") +
               (term.isEmpty() ? QString() : say(language, " pada masa tugas ", " during the term ") + term) +
               say(language, ", sebagai berikut:", ", as follows:");
    }
    return {};
}

void addParty(ReportDocument &document, const HandoverParty &party, const char *number, const char *calledId,
              const char *calledEn, Language language)
{
    ReportFields fields;
    fields.marker = QString::fromLatin1(number);
    fields.rows = {{say(language, "Nama", "Name"), party.name},
                   {say(language, "Jabatan", "Position"), party.position},
                   {say(language, "Instansi", "Office"), party.office}};
    fields.spaceAfterMm = 0;
    document.blocks.push_back(fields);
    ReportParagraph called;
    called.indentMm = 8;
    called.runs = {{say(language, "selanjutnya disebut ", "hereinafter called "), false, false},
                   {QString::fromUtf8(language == Language::Indonesian ? calledId : calledEn), true, false},
                   {QStringLiteral("."), false, false}};
    called.spaceAfterMm = 3;
    document.blocks.push_back(called);
}

ReportTable accountsTable(const Handover &handover, Language language)
{
    ReportTable table;
    table.pointSize = 8;
    table.columns = {{say(language, "No.", "No."), 0.6, Qt::AlignHCenter},
                     {say(language, "Platform", "Platform"), 1.2},
                     {say(language, "Nama akun dan alamat", "Account and address"), 3.1},
                     {say(language, "Surel / telepon terdaftar", "Registered e-mail / phone"), 3.1},
                     {say(language, "Kata sandi diganti", "Password changed"), 1.0, Qt::AlignHCenter},
                     {say(language, "Kontak pemulihan diganti", "Recovery contact changed"), 1.4, Qt::AlignHCenter},
                     {say(language, "Status setelah serah terima", "Status after handover"), 1.3}};
    int number = 0;
    for (const HandoverItem &item : handover.items) {
        const Account &account = item.account;
        const AccountStatus after = item.statusAfter.value_or(statusAfterHandover(handover.kind, account.nature));
        QStringList contacts;
        for (const QString &contact : {account.email, account.phone}) {
            if (!contact.isEmpty()) {
                contacts << contact;
            }
        }
        table.rows.append({QString::number(++number), platformDisplayName(account.platform),
                           QStringLiteral("@") + account.handle + QLatin1Char('\n') + account.url(),
                           contacts.isEmpty() ? QStringLiteral("-") : contacts.join(QLatin1Char('\n')),
                           yesNo(item.passwordChanged, language), yesNo(item.recoveryChanged, language),
                           reportStatusName(after, language)});
    }
    return table;
}

ReportSignatures signatures(const Handover &handover, Language language)
{
    ReportSignatures result;
    result.side = {Signer{say(language, "PIHAK PERTAMA,", "FIRST PARTY,"),
                          say(language, "Yang Menyerahkan,", "Handing over,"), handover.from.position,
                          handover.from.name},
                   Signer{say(language, "PIHAK KEDUA,", "SECOND PARTY,"), say(language, "Yang Menerima,", "Receiving,"),
                          handover.to.position, handover.to.name}};
    if (!handover.witness.name.isEmpty() || !handover.witness.position.isEmpty()) {
        result.centred = Signer{say(language, "Mengetahui,", "Acknowledged by,"), QString(), handover.witness.position,
                                handover.witness.name};
    }
    return result;
}

void addAnnex(ReportDocument &document, const HandoverReportInput &input, const QString &number)
{
    const Language language = input.language;
    document.blocks.push_back(ReportPageBreak{});
    document.blocks.push_back(
        heading(say(language, "LAMPIRAN BERITA ACARA SERAH TERIMA", "ANNEX TO THE HANDOVER RECORD")));
    document.blocks.push_back(heading(say(language, "Nomor: ", "Number: ") + number, 11));
    document.blocks.push_back(
        heading(say(language, "RAHASIA — KREDENSIAL AKUN", "CONFIDENTIAL — ACCOUNT CREDENTIALS"), 11));
    document.blocks.push_back(ReportSpacer{3});
    document.blocks.push_back(paragraph(
        say(language,
            "Lampiran ini memuat kata sandi akun yang diserahterimakan. Setelah ditandatangani, lampiran ini "
            "dimasukkan ke dalam amplop tertutup, disegel, dan diparaf oleh kedua pihak pada segelnya. Amplop hanya "
            "dibuka oleh PIHAK KEDUA atau atas perintah pimpinan.",
            "This annex holds the passwords of the accounts handed over. Once signed, it is put in an envelope that is "
            "closed, sealed and initialled across the seal by both parties. Only the SECOND PARTY, or someone the head "
            "of office instructs, opens it.")));
    ReportTable table;
    table.sensitive = true;
    table.pointSize = 10;
    table.columns = {{say(language, "No.", "No."), 0.7, Qt::AlignHCenter},
                     {say(language, "Platform", "Platform"), 1.3},
                     {say(language, "Nama akun", "Account"), 2.5},
                     {say(language, "Surel / telepon terdaftar", "Registered e-mail / phone"), 2.6},
                     {say(language, "Kata sandi", "Password"), 2.6}};
    int row = 0;
    for (const HandoverItem &item : input.handover.items) {
        const QString password = input.passwords.value(item.accountId);
        table.rows.append({QString::number(++row), platformDisplayName(item.account.platform),
                           QStringLiteral("@") + item.account.handle,
                           item.account.email.isEmpty() ? item.account.phone : item.account.email,
                           password.isEmpty() ? say(language, "(belum tercatat)", "(not recorded)") : password});
    }
    document.blocks.push_back(table);
    ReportSignatures signed_ = signatures(input.handover, language);
    signed_.centred.reset();
    document.blocks.push_back(signed_);
}
} // namespace

ReportDocument buildHandoverReport(const HandoverReportInput &input)
{
    const Handover &handover = input.handover;
    const Language language = input.language;
    ReportDocument document;
    document.language = language;
    document.paper = input.paper;
    const QString number =
        handover.isFinal() ? handover.number : say(language, "(draf, belum bernomor)", "(draft, not numbered yet)");
    document.title = say(language, "Berita Acara Serah Terima ", "Handover Record ") + number;
    document.footer =
        reportFooter(language, input.fingerprint, input.printedAt, say(language, "BA ", "Record ") + number);
    if (!handover.isFinal()) {
        document.stamp = say(language, "DRAF — BELUM FINAL", "DRAFT — NOT FINAL");
    }

    document.blocks.push_back(letterheadFor(input.office, input.logo));
    document.blocks.push_back(ReportSpacer{2});
    document.blocks.push_back(heading(say(language, "BERITA ACARA SERAH TERIMA", "HANDOVER RECORD")));
    document.blocks.push_back(heading(say(language, "AKUN MEDIA SOSIAL PANITIA PENGAWAS PEMILIHAN UMUM KECAMATAN ",
                                          "OF THE SOCIAL-MEDIA ACCOUNTS OF THE ELECTION SUPERVISORY COMMITTEE OF ") +
                                      handover.kecamatanName.toUpper() + say(language, "", " DISTRICT")));
    ReportParagraph numberLine = paragraph(say(language, "Nomor: ", "Number: ") + number, Qt::AlignHCenter);
    numberLine.spaceAfterMm = 5;
    document.blocks.push_back(numberLine);

    const QString place = handover.place.isEmpty() ? input.office.city : handover.place;
    QString opening = say(language, "Pada hari ini ", "On this day, ") + dateInWords(handover.date, language);
    if (!place.isEmpty()) {
        opening += say(language, ", bertempat di ", ", at ") + place;
    }
    opening += say(language, ", kami yang bertanda tangan di bawah ini:", ", we the undersigned:");
    document.blocks.push_back(paragraph(opening));
    addParty(document, handover.from, "1.", "PIHAK PERTAMA", "the FIRST PARTY", language);
    addParty(document, handover.to, "2.", "PIHAK KEDUA", "the SECOND PARTY", language);

    ReportParagraph transfer;
    transfer.runs = {{say(language, "PIHAK PERTAMA", "The FIRST PARTY"), true, false},
                     {say(language, " menyerahkan kepada ", " hands over to "), false, false},
                     {say(language, "PIHAK KEDUA", "the SECOND PARTY"), true, false},
                     {say(language, ", dan ", ", and "), false, false},
                     {say(language, "PIHAK KEDUA", "the SECOND PARTY"), true, false},
                     {say(language, " menerima dari ", " receives from "), false, false},
                     {say(language, "PIHAK PERTAMA", "the FIRST PARTY"), true, false},
                     {QStringLiteral(", ") + statement(handover, input.office, language), false, false}};
    transfer.keepWithNext = true;
    document.blocks.push_back(transfer);
    document.blocks.push_back(accountsTable(handover, language));

    QString after = say(language,
                        "Dengan ditandatanganinya berita acara ini, tanggung jawab atas pengelolaan dan keamanan "
                        "akun-akun tersebut beralih dari PIHAK PERTAMA kepada PIHAK KEDUA. ",
                        "With the signing of this record, responsibility for managing and securing these accounts "
                        "passes from the FIRST PARTY to the SECOND PARTY. ");
    after += input.passwords.isEmpty()
                 ? say(language, "Kata sandi akun tidak dicantumkan dalam berita acara ini.",
                       "The accounts' passwords are not written in this record.")
                 : say(language,
                       "Kata sandi akun dicantumkan dalam lampiran yang dimasukkan ke dalam amplop tertutup dan "
                       "merupakan bagian yang tidak terpisahkan dari berita acara ini.",
                       "The accounts' passwords are in the annex, which is kept in a sealed envelope and is an "
                       "integral part of this record.");
    document.blocks.push_back(paragraph(after));
    if (!handover.notes.isEmpty()) {
        document.blocks.push_back(paragraph(say(language, "Catatan: ", "Notes: ") + handover.notes));
    }
    ReportParagraph closing =
        paragraph(say(language,
                      "Demikian berita acara ini dibuat dengan sebenarnya dalam rangkap %1 (%2) untuk "
                      "dipergunakan sebagaimana mestinya.",
                      "This record is made truthfully in %1 (%2) copies, to be used as appropriate.")
                      .arg(handover.copies)
                      .arg(numberInWords(handover.copies, language)));
    closing.spaceAfterMm = 6;
    closing.keepWithNext = true;
    document.blocks.push_back(closing);
    document.blocks.push_back(signatures(handover, language));

    if (!input.passwords.isEmpty()) {
        addAnnex(document, input, number);
    }
    return document;
}

} // namespace Brankas
