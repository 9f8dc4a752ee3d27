// SPDX-License-Identifier: GPL-3.0-or-later
#include "../register/registertesting.h"

#include <core/export/registerexport.h>
#include <core/import/accountimport.h>
#include <core/log/logactions.h>
#include <core/register/secrets.h>

#include <QFile>

using namespace Brankas;
using namespace Brankas::Testing;

class TestRegisterExport : public QObject
{
    Q_OBJECT

private:
    static QStringList describe(const QList<Account> &accounts)
    {
        QStringList lines;
        for (const Account &account : accounts) {
            lines << QStringList{account.kecamatanCode,
                                 platformId(account.platform),
                                 account.platformName,
                                 account.handle,
                                 account.displayName,
                                 account.email,
                                 account.phone,
                                 twoFactorId(account.twoFactor),
                                 account.termName,
                                 natureId(account.nature),
                                 statusId(account.status),
                                 account.holder,
                                 account.notes}
                         .join(u'|');
        }
        lines.sort();
        return lines;
    }

private slots:
    void anExportImportsBackUnchanged_data()
    {
        QTest::addColumn<QString>("file");
        QTest::newRow("xlsx") << QStringLiteral("register.xlsx");
        QTest::newRow("csv") << QStringLiteral("register.csv");
    }
    void anExportImportsBackUnchanged()
    {
        QFETCH(QString, file);
        Office office;
        NewAccount biau = newAccount(QStringLiteral("72.05.06"), Platform::Instagram, QStringLiteral("bawaslu_biau"));
        biau.displayName = QStringLiteral("Panwaslu Kecamatan Biau, \"resmi\"");
        biau.email = QStringLiteral("biau@example.id");
        biau.phone = QStringLiteral("+62 812 1111 2222");
        biau.twoFactor = TwoFactorMethod::AuthenticatorApp;
        biau.notes = QStringLiteral("=1+1 bukan rumus\nbaris dua; \u00e9");
        office.addAccount(biau, "rahasia-biau");
        office.addAccount(newAccount(QStringLiteral("72.05.11"), Platform::TikTok, QStringLiteral("paleleh.barat")));
        const QList<Account> accounts = valueOf(Accounts(*office.vault).list({}), "list");
        const QString path = office.t.dir.filePath(file);
        QVERIFY(RegisterExport(*office.vault).write(office.ani, accounts, path));
        QCOMPARE(office.lastLogEntry().action, QStringLiteral("report.exported"));
        QCOMPARE(office.lastLogEntry().detailsObject().value(QStringLiteral("accounts")).toInt(), 2);

        QFile written(path);
        QVERIFY(written.open(QIODevice::ReadOnly));
        const QByteArray bytes = written.readAll();
        if (file.endsWith(QLatin1String(".csv"))) {
            QVERIFY(!bytes.contains("rahasia"));
            QVERIFY(bytes.startsWith("\xEF\xBB\xBFKecamatan,Platform,Username,Nama Akun"));
            // Excel would run these as formulas; the apostrophe keeps them text.
            QVERIFY(bytes.contains(",'+62 812 1111 2222,"));
            QVERIFY(bytes.contains("\"'=1+1 bukan rumus"));
        }

        Office empty;
        AccountImport import(*empty.vault);
        ImportOptions options;
        options.fileName = file;
        auto preview = import.preview(empty.budi, bytes, options);
        QVERIFY2(preview, qPrintable(preview.error().untranslatedMessage()));
        QVERIFY(preview.value().problems.isEmpty());
        QVERIFY(!preview.value().hasPasswords);
        QCOMPARE(preview.value().ignoredColumns,
                 (QStringList{QStringLiteral("Dicatat"), QStringLiteral("Aktif Sampai")}));
        QVERIFY(import.record(empty.budi, preview.value(), options, false));
        QCOMPARE(describe(valueOf(Accounts(*empty.vault).list({}), "list")), describe(accounts));
    }

    // The promise of issue 10: an export imports back unchanged into an empty vault of the same
    // regency with the same terms, whatever status each account has reached (deactivated at term
    // end, held by the office, suspended, closed, still requested), its kind and its term.
    void everyStatusAndKindComesBack_data()
    {
        QTest::addColumn<QString>("file");
        QTest::newRow("xlsx") << QStringLiteral("statuses.xlsx");
        QTest::newRow("csv") << QStringLiteral("statuses.csv");
    }
    void everyStatusAndKindComesBack()
    {
        QFETCH(QString, file);
        Office office;
        office.addTerm(QStringLiteral("Pemilu 2019"), QDate(2018, 1, 1), QDate(2019, 12, 31));
        const Term current = office.addTerm(QStringLiteral("Pemilu 2024"), QDate(2023, 1, 14), QDate(2026, 12, 31));
        auto add = [&](const char *code, Platform platform, const char *handle, AccountNature nature) {
            NewAccount spec = newAccount(QString::fromLatin1(code), platform, QString::fromLatin1(handle));
            spec.nature = nature;
            spec.termId = current.id;
            spec.holder = QStringLiteral("Andi Saputra");
            return office.addAccount(spec).id;
        };
        const qint64 deactivated = add("72.05.01", Platform::Instagram, "pws.momunu", AccountNature::TermBound);
        const qint64 held = add("72.05.02", Platform::Facebook, "pwslakea", AccountNature::Permanent);
        const qint64 suspended = add("72.05.03", Platform::TikTok, "pws.bokat", AccountNature::TermBound);
        const qint64 closed = add("72.05.04", Platform::X, "pws_bunobogu", AccountNature::TermBound);
        add("72.05.05", Platform::YouTube, "pwspaleleh", AccountNature::Permanent);
        NewAccount requested = newAccount(QStringLiteral("72.05.06"), Platform::Threads, QStringLiteral("pws.biau"));
        requested.status = AccountStatus::Requested;
        office.addAccount(requested);
        // An account on a platform Brankas has no name for comes back as that platform.
        NewAccount channel = newAccount(QStringLiteral("72.05.07"), Platform::Other, QStringLiteral("panwaslu.tiloan"));
        channel.platformName = QStringLiteral("WhatsApp Channel");
        channel.termId = current.id;
        office.addAccount(channel);
        office.changeStatus(deactivated, AccountStatus::Deactivated);
        office.changeStatus(held, AccountStatus::Held);
        office.changeStatus(suspended, AccountStatus::Suspended);
        office.changeStatus(closed, AccountStatus::Deactivated);
        office.changeStatus(closed, AccountStatus::Closed);
        const QList<Account> accounts = valueOf(Accounts(*office.vault).list({}), "list");
        const QString path = office.t.dir.filePath(file);
        QVERIFY(RegisterExport(*office.vault).write(office.budi, accounts, path));
        QFile written(path);
        QVERIFY(written.open(QIODevice::ReadOnly));
        const QByteArray bytes = written.readAll();

        Office empty;
        empty.addTerm(QStringLiteral("Pemilu 2019"), QDate(2018, 1, 1), QDate(2019, 12, 31));
        empty.addTerm(QStringLiteral("Pemilu 2024"), QDate(2023, 1, 14), QDate(2026, 12, 31));
        AccountImport import(*empty.vault);
        ImportOptions options;
        options.fileName = file;
        auto preview = import.preview(empty.budi, bytes, options);
        QVERIFY2(preview, qPrintable(preview.error().untranslatedMessage()));
        for (const ImportProblem &problem : preview.value().problems) {
            qWarning("row %d: %s: %s", problem.row, qPrintable(problem.column), qPrintable(problem.message));
        }
        QVERIFY(preview.value().problems.isEmpty());
        QVERIFY(import.record(empty.budi, preview.value(), options, false));
        QCOMPARE(describe(valueOf(Accounts(*empty.vault).list({}), "list")), describe(accounts));
    }

    // `account add` still records a new account only as active or requested, and nobody holds a
    // term-bound account, from a sheet or otherwise.
    void aNewAccountIsActiveOrRequestedAndOnlyPermanentOnesAreHeld()
    {
        Office office;
        NewAccount spec = newAccount(QStringLiteral("72.05.01"), Platform::Instagram, QStringLiteral("pws.momunu"));
        spec.status = AccountStatus::Deactivated;
        QVERIFY(!Accounts(*office.vault).add(office.budi, spec, nullptr));
        spec.fromRegister = true;
        spec.status = AccountStatus::Held;
        auto held = Accounts(*office.vault).add(office.budi, spec, nullptr);
        QVERIFY(!held);
        QVERIFY(held.error().untranslatedMessage().contains(QStringLiteral("Only a permanent account")));
        const QByteArray sheet = "Kecamatan,Platform,Username,Status,Sifat\n"
                                 "72.05.01,Instagram,pws.momunu,held,term\n"
                                 "72.05.02,Instagram,pws.lakea,nonaktif,masa-tugas\n"
                                 "72.05.03,Instagram,pws.bokat,dipegang-kantor,tetap\n"
                                 "72.05.04,Instagram,pws.bunobogu,aktif,selamanya\n";
        AccountImport import(*office.vault);
        auto preview = import.preview(office.budi, sheet, {});
        QVERIFY(preview);
        QCOMPARE(preview.value().problems.size(), 2);
        QCOMPARE(preview.value().problems[0].row, 2);
        QVERIFY(preview.value().problems[0].message.contains(QStringLiteral("Only a permanent account")));
        QCOMPARE(preview.value().problems[1].row, 5);
        QCOMPARE(preview.value().problems[1].column, QStringLiteral("Sifat"));
        QCOMPARE(int(preview.value().valid.size()), 2);
    }

    void withPasswordsIsForAnAdministratorWhoTypesThePassphraseAgain()
    {
        Office office;
        office.addAccount(newAccount(QStringLiteral("72.05.06"), Platform::Instagram, QStringLiteral("bawaslu_biau")),
                          "=rahasia;biau\"77");
        office.addAccount(newAccount(QStringLiteral("72.05.11"), Platform::TikTok, QStringLiteral("paleleh.barat")));
        const QList<Account> accounts = valueOf(Accounts(*office.vault).list({}), "list");
        const QString path = office.t.dir.filePath(QStringLiteral("sandi.csv"));
        RegisterExport exporter(*office.vault);
        qint64 before = office.logCount();

        // An operator may see passwords one by one, but not take them all away in a file.
        auto operatorRefused = exporter.writeWithPasswords(office.budi, accounts, path, BudiPassphrase);
        QVERIFY(!operatorRefused);
        QCOMPARE(operatorRefused.error().code(), ErrorCode::PermissionDenied);
        QCOMPARE(office.logCount(), before);
        QVERIFY(!QFile::exists(path));

        // Someone else at Siti's open session does not know her passphrase.
        auto wrong = exporter.writeWithPasswords(office.siti, accounts, path, BudiPassphrase);
        QVERIFY(!wrong);
        QCOMPARE(wrong.error().code(), ErrorCode::WrongPassphrase);
        QCOMPARE(office.logCount(), before);
        QVERIFY(!QFile::exists(path));

        // Logged before anything is decrypted: a file that cannot be written still leaves the entry.
        const QString unwritable = office.t.dir.filePath(QStringLiteral("no-such-folder/sandi.csv"));
        QVERIFY(!exporter.writeWithPasswords(office.siti, accounts, unwritable, AdminPassphrase));
        LogFilter exported;
        exported.actionPrefix = LogAction::reportExported();
        const QList<LogEntry> entries = valueOf(office.vault->log().entries(exported), "entries");
        QCOMPARE(entries.size(), 1);
        QVERIFY(entries[0].detailsObject().value(QStringLiteral("passwords")).toBool());
        QCOMPARE(entries[0].detailsObject().value(QStringLiteral("file")).toString(), QStringLiteral("sandi.csv"));

        before = office.logCount();
        QVERIFY(exporter.writeWithPasswords(office.siti, accounts, path, AdminPassphrase));
        // The export entry and one reveal for the account that has a password.
        QCOMPARE(office.logCount(), before + 2);
        QFile written(path);
        QVERIFY(written.open(QIODevice::ReadOnly));
        QCOMPARE(written.permissions() & (QFileDevice::ReadGroup | QFileDevice::ReadOther), QFileDevice::Permissions());
        const QByteArray bytes = written.readAll();
        QVERIFY(bytes.contains(",Password,"));
        QVERIFY(bytes.contains("\"'=rahasia;biau\"\"77\""));

        // And it imports back, password and all, into an empty vault.
        Office empty;
        AccountImport import(*empty.vault);
        auto preview = import.preview(empty.siti, bytes, {});
        QVERIFY(preview);
        QVERIFY(preview.value().problems.isEmpty());
        QVERIFY(preview.value().hasPasswords);
        QVERIFY(import.record(empty.siti, preview.value(), {}, false));
        const QList<Account> back = valueOf(Accounts(*empty.vault).list({}), "list");
        QCOMPARE(describe(back), describe(accounts));
        for (const Account &account : back) {
            auto password = Secrets(*empty.vault).reveal(empty.siti, account.id, SecretKind::Password);
            if (account.handle == QLatin1String("bawaslu_biau")) {
                QVERIFY(password);
                QCOMPARE(password.value().view(), QByteArrayView("=rahasia;biau\"77"));
            } else {
                QVERIFY(!password); // none was recorded, none comes back
            }
        }
    }

    void refusesAnotherKindOfFile()
    {
        Office office;
        const qint64 before = office.logCount();
        auto written =
            RegisterExport(*office.vault).write(office.budi, {}, office.t.dir.filePath(QStringLiteral("a.ods")));
        QVERIFY(!written);
        QVERIFY(written.error().untranslatedMessage().contains(QStringLiteral(".xlsx")));
        QCOMPARE(office.logCount(), before);
    }
};

QTEST_GUILESS_MAIN(TestRegisterExport)
#include "tst_registerexport.moc"
