// SPDX-License-Identifier: GPL-3.0-or-later
#include "../register/registertesting.h"
#include "xlsxfixtures.h"

#include <core/import/accountimport.h>
#include <core/storage/accountstore.h>

using namespace Brankas;
using namespace Brankas::Testing;

class TestAccountImport : public QObject
{
    Q_OBJECT

private:
    static QStringList problemLines(const ImportPreview &preview)
    {
        QStringList lines;
        for (const ImportProblem &problem : preview.problems) {
            lines << QStringLiteral("%1|%2").arg(problem.row).arg(problem.column);
        }
        return lines;
    }

    static ImportOptions options(const QString &file = QStringLiteral("akun.csv"))
    {
        ImportOptions given;
        given.fileName = file;
        return given;
    }

    static const QByteArray &cleanSheet()
    {
        static const QByteArray bytes = "Kecamatan,Platform,Username,Nama Akun,Email,No HP,Password,Status\n"
                                        "72.05.06,Instagram,@bawaslu_biau,Panwascam Biau,biau@example.id,"
                                        "0812-1111-2222,rahasia-biau-1,aktif\n"
                                        "Kec. Paleleh Barat,,https://www.tiktok.com/@paleleh.barat,,,,,\n"
                                        "TILOAN,Facebook,panwascam.tiloan,,,,rahasia-tiloan-2,\n";
        return bytes;
    }

private slots:
    void recordsACleanSheetInOneSignedCommit()
    {
        Office office;
        AccountImport import(*office.vault);
        auto preview = import.preview(office.budi, cleanSheet(), options());
        QVERIFY2(preview, qPrintable(preview.error().untranslatedMessage()));
        QVERIFY2(preview.value().problems.isEmpty(), qPrintable(problemLines(preview.value()).join(u' ')));
        QCOMPARE(preview.value().valid.size(), size_t(3));
        QVERIFY(preview.value().hasPasswords);
        const qint64 logBefore = office.logCount();

        auto recorded = import.record(office.budi, preview.value(), options(), false);
        QVERIFY2(recorded, qPrintable(recorded.error().untranslatedMessage()));
        QCOMPARE(recorded.value(), 3);
        QCOMPARE(office.rows("account"), qint64(3));
        // Three account.added, two secret.set and the one register.imported entry.
        QCOMPARE(office.logCount(), logBefore + 6);
        const LogEntry last = office.lastLogEntry();
        QCOMPARE(last.action, QStringLiteral("register.imported"));
        QCOMPARE(last.detailsObject().value(QStringLiteral("sha256")).toString(),
                 QString::fromLatin1(QCryptographicHash::hash(cleanSheet(), QCryptographicHash::Sha256).toHex()));
        QCOMPARE(last.detailsObject().value(QStringLiteral("recorded")).toInt(), 3);
        QVERIFY(!last.details.contains(QStringLiteral("rahasia")));

        auto accounts = valueOf(Accounts(*office.vault).list({}), "list");
        QCOMPARE(accounts.size(), 3);
        QStringList handles;
        for (const Account &account : accounts) {
            handles << account.kecamatanCode + QLatin1Char(' ') + platformId(account.platform) + QLatin1Char(' ') +
                           account.handle;
        }
        handles.sort();
        QCOMPARE(handles, (QStringList{QStringLiteral("72.05.06 instagram bawaslu_biau"),
                                       QStringLiteral("72.05.07 facebook panwascam.tiloan"),
                                       QStringLiteral("72.05.11 tiktok paleleh.barat")}));
        const qint64 biau = valueOf(Storage::AccountStore(office.vault->database())
                                        .findHandle(Platform::Instagram, QString(), QStringLiteral("bawaslu_biau")),
                                    "find");
        auto password = Secrets(*office.vault).reveal(office.siti, biau, SecretKind::Password);
        QVERIFY(password);
        QCOMPARE(password.value().view(), QByteArrayView("rahasia-biau-1"));
        auto verified = office.vault->verifyLog(&office.siti, {}, true);
        QVERIFY(verified);
        QVERIFY(verified.value().intact());
    }

    void listsEveryProblemOfAMessySheetAndRecordsNothing()
    {
        Office office;
        office.addAccount(newAccount(QStringLiteral("72.05.01"), Platform::Instagram, QStringLiteral("sudah_ada")));
        // Windows-1252 (é, “ ”), semicolons, a BOM is absent here because the bytes are not UTF-8.
        const QByteArray bytes = "No;Kecamatan;Media Sosial;Akun;Pemegang;Keterangan;;\r\n"
                                 "1;Biau;IG;bawaslu_biau;Jos\xE9 Mokodompit;\"Akun utama\r\nlantai 2\";;\r\n"
                                 "2;Kec. Atlantis;IG;atlantis_1;;;;\r\n"
                                 "3;Tiloan;IG;bad handle!;;;;\r\n"
                                 ";;;;;;;\r\n"
                                 "5;Momunu;IG;@Bawaslu_Biau;;\x93"
                                 "dobel\x94;;\r\n"
                                 "6;Momunu;Instagram;sudah_ada;;;;\r\n"
                                 "7;Bokat;Friendster;bokat;;;;\r\n"
                                 "8;Bokat;x;bokat_x;;;;\r\n";
        AccountImport import(*office.vault);
        auto preview = import.preview(office.budi, bytes, options());
        QVERIFY2(preview, qPrintable(preview.error().untranslatedMessage()));
        QCOMPARE(problemLines(preview.value()),
                 (QStringList{QStringLiteral("3|Kecamatan"), QStringLiteral("4|Akun"), QStringLiteral("6|Akun"),
                              QStringLiteral("7|Akun"), QStringLiteral("8|Media Sosial")}));
        QCOMPARE(preview.value().ignoredColumns, QStringList{QStringLiteral("No")});
        QCOMPARE(preview.value().invalidRows, 5);
        QCOMPARE(preview.value().duplicates, 2);
        QCOMPARE(preview.value().valid.size(), size_t(2));
        QVERIFY(preview.value().problems[0].message.contains(QStringLiteral("nearest")));
        QVERIFY(preview.value().problems[2].message.contains(QStringLiteral("row 2")));
        QCOMPARE(preview.value().valid.front().spec.holder, QStringLiteral("Jos\u00e9 Mokodompit"));
        QCOMPARE(preview.value().valid.front().spec.notes, QStringLiteral("Akun utama\r\nlantai 2"));

        const qint64 logBefore = office.logCount();
        QVERIFY(!import.record(office.budi, preview.value(), options(), false));
        QCOMPARE(office.rows("account"), qint64(1));
        QCOMPARE(office.logCount(), logBefore);

        auto skipped = import.record(office.budi, preview.value(), options(), true);
        QVERIFY2(skipped, qPrintable(skipped.error().untranslatedMessage()));
        QCOMPARE(skipped.value(), 2);
        QCOMPARE(office.rows("account"), qint64(3));
        QCOMPARE(office.lastLogEntry().detailsObject().value(QStringLiteral("skipped")).toInt(), 5);
    }

    void readsAWorkbookChoosingTheSheet()
    {
        Office office;
        const QByteArray bytes = openpyxlWorkbook(QStringLiteral(R"(
import sys, openpyxl
book = openpyxl.Workbook()
book.active.title = "Catatan"
sheet = book.create_sheet("Akun Panwascam")
sheet.append(["KODE KECAMATAN", "Platform", "Nama Pengguna", "No HP"])
sheet.append(["72.05.06", "YouTube", "panwascam-biau", 81211112222])
sheet.append([None, None, None, None])
sheet.append(["Bokat", "Threads", "@panwascam.bokat", None])
book.save(sys.argv[1])
)"));
        ImportOptions given = options(QStringLiteral("akun.xlsx"));
        given.sheetName = QStringLiteral("Akun Panwascam");
        AccountImport import(*office.vault);
        auto preview = import.preview(office.budi, bytes, given);
        QVERIFY2(preview, qPrintable(preview.error().untranslatedMessage()));
        QVERIFY2(preview.value().problems.isEmpty(), qPrintable(problemLines(preview.value()).join(u' ')));
        QCOMPARE(preview.value().valid.back().row, 4);
        QCOMPARE(preview.value().valid.front().spec.phone, QStringLiteral("81211112222"));
        auto recorded = import.record(office.budi, preview.value(), given, false);
        QVERIFY(recorded);
        QCOMPARE(recorded.value(), 2);
        QCOMPARE(office.lastLogEntry().detailsObject().value(QStringLiteral("sheet")).toString(),
                 QStringLiteral("Akun Panwascam"));
    }

    // As offices lay out a register in Excel: a title merged across the table, a header merged over
    // two rows ("Akun" over Platform and Username), a kecamatan merged down the rows of its
    // accounts, and a password column merged in the header. openpyxl writes <mergeCells> as Excel
    // does, with the value in the first cell of each range only.
    void readsASheetWithMergedHeaderCells()
    {
        Office office;
        const QByteArray book = openpyxlWorkbook(
            QStringLiteral("import sys, openpyxl\n"
                           "wb = openpyxl.Workbook()\n"
                           "ws = wb.active\n"
                           "ws.title = 'Akun'\n"
                           "ws['A1'] = 'DAFTAR AKUN MEDIA SOSIAL PANWASLU KECAMATAN SE-KABUPATEN BUOL'\n"
                           "ws.merge_cells('A1:E1')\n"
                           "ws['A3'] = 'Kecamatan'; ws.merge_cells('A3:A4')\n"
                           "ws['B3'] = 'Akun'; ws.merge_cells('B3:C3')\n"
                           "ws['B4'] = 'Platform'; ws['C4'] = 'Username'\n"
                           "ws['D3'] = 'Kata Sandi'; ws.merge_cells('D3:D4')\n"
                           "ws['E3'] = 'Keterangan'; ws.merge_cells('E3:E4')\n"
                           "ws.append(['Momunu', 'Instagram', '@pws.momunu', 'sandi-1', 'utama'])\n"
                           "ws.append([None, 'TikTok', '@pws.momunu.tt', 'sandi-2', None])\n"
                           "ws.append([None, 'YouTube', '@pwsmomunu', None, None])\n"
                           "ws.merge_cells('A5:A7')\n"
                           "ws.append(['Lakea', 'X', 'pws_lakea', None, 'kosong'])\n"
                           "ws['A9'] = 'Lakea'; ws['B9'] = 'X'; ws['C9'] = 'pws_lakea'\n"
                           "ws.merge_cells('E8:E9')\n"
                           "wb.save(sys.argv[1])\n"));
        AccountImport import(*office.vault);
        auto preview = import.preview(office.budi, book, options(QStringLiteral("akun.xlsx")));
        QVERIFY2(preview, qPrintable(preview.error().untranslatedMessage()));
        // Row 8 is a new account; row 9 repeats it (the merged note reaches it too).
        QCOMPARE(problemLines(preview.value()), QStringList{QStringLiteral("9|Username")});
        QCOMPARE(preview.value().valid.size(), size_t(4));
        QStringList rows;
        for (const ImportRowPlan &plan : preview.value().valid) {
            rows << QStringLiteral("%1 %2 %3 %4 %5")
                        .arg(plan.row)
                        .arg(plan.spec.kecamatanCode, platformId(plan.spec.platform), plan.spec.handle,
                             plan.spec.notes);
        }
        QCOMPARE(rows, (QStringList{QStringLiteral("5 72.05.01 instagram pws.momunu utama"),
                                    QStringLiteral("6 72.05.01 tiktok pws.momunu.tt "),
                                    QStringLiteral("7 72.05.01 youtube pwsmomunu "),
                                    QStringLiteral("8 72.05.02 x pws_lakea kosong")}));
        QVERIFY(preview.value().hasPasswords);
        QVERIFY(preview.value().ignoredColumns.isEmpty());
    }

    void aViewerCannotImport()
    {
        Office office;
        AccountImport import(*office.vault);
        auto preview = import.preview(office.ani, cleanSheet(), options());
        QVERIFY(!preview);
        QCOMPARE(preview.error().code(), ErrorCode::PermissionDenied);
        QCOMPARE(office.rows("account"), qint64(0));
    }

    void addManyIsAllOrNothing()
    {
        Office office;
        const SecretBytes password = secret("rahasia");
        std::vector<NewAccountEntry> entries{
            {newAccount(QStringLiteral("72.05.06"), Platform::Instagram, QStringLiteral("satu")), &password},
            {newAccount(QStringLiteral("72.05.07"), Platform::Instagram, QStringLiteral("@SATU")), nullptr}};
        const qint64 logBefore = office.logCount();
        auto twice = Accounts(*office.vault).addMany(office.budi, entries);
        QVERIFY(!twice);
        QCOMPARE(twice.error().code(), ErrorCode::AlreadyExists);
        entries[1].spec.kecamatanCode = QStringLiteral("72.99.99");
        entries[1].spec.handle = QStringLiteral("dua");
        QVERIFY(!Accounts(*office.vault).addMany(office.budi, entries));
        QCOMPARE(office.rows("account"), qint64(0));
        QCOMPARE(office.rows("account_secret"), qint64(0));
        QCOMPARE(office.logCount(), logBefore);

        entries[1].spec.kecamatanCode = QStringLiteral("72.05.07");
        auto ids = Accounts(*office.vault).addMany(office.budi, entries);
        QVERIFY2(ids, qPrintable(ids.error().untranslatedMessage()));
        QCOMPARE(ids.value().size(), 2);
        QCOMPARE(office.rows("account_secret"), qint64(1));
    }
};

QTEST_GUILESS_MAIN(TestAccountImport)
#include "tst_accountimport.moc"
