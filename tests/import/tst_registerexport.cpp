// SPDX-License-Identifier: GPL-3.0-or-later
#include "../register/registertesting.h"

#include <core/export/registerexport.h>
#include <core/import/accountimport.h>

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
                                 account.handle,
                                 account.displayName,
                                 account.email,
                                 account.phone,
                                 twoFactorId(account.twoFactor),
                                 statusId(account.status),
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
