// SPDX-License-Identifier: GPL-3.0-or-later
#include <core/import/importcolumns.h>
#include <core/import/kecamatanmatcher.h>

#include <QTest>

using namespace Brankas;

Q_DECLARE_METATYPE(ImportField)

class TestImportColumns : public QObject
{
    Q_OBJECT

private:
    static QList<KecamatanRecord> buol()
    {
        QList<KecamatanRecord> list;
        const std::pair<const char *, const char *> rows[] = {{"72.05.01", "Momunu"},
                                                              {"72.05.05", "Paleleh"},
                                                              {"72.05.06", "Biau"},
                                                              {"72.05.07", "Tiloan"},
                                                              {"72.05.11", "Paleleh Barat"}};
        for (const auto &[code, name] : rows) {
            KecamatanRecord record;
            record.code = QString::fromLatin1(code);
            record.name = QString::fromLatin1(name);
            list << record;
        }
        return list;
    }

private slots:
    void findsTheFieldOfAHeader_data()
    {
        QTest::addColumn<QString>("header");
        QTest::addColumn<ImportField>("field");
        const std::pair<const char *, ImportField> cases[] = {
            {"Kecamatan", ImportField::Kecamatan},
            {"KODE KECAMATAN", ImportField::Kecamatan},
            {"Media  Sosial", ImportField::Platform},
            {"platform", ImportField::Platform},
            {"Nama Pengguna", ImportField::Handle},
            {"Akun", ImportField::Handle},
            {"Link", ImportField::Handle},
            {"URL", ImportField::Handle},
            {"Nama Akun", ImportField::DisplayName},
            {"E-mail Pemulihan", ImportField::Email},
            {"No. HP", ImportField::Phone},
            {"Nomor WA", ImportField::Phone},
            {"Telepon", ImportField::Phone},
            {"Kata Sandi", ImportField::Password},
            {"2FA", ImportField::TwoFactor},
            {"Verifikasi Dua Langkah", ImportField::TwoFactor},
            {"Masa Tugas", ImportField::Term},
            {"Term", ImportField::Term},
            {"STATUS", ImportField::State},
            {"Pemegang", ImportField::Holder},
            {"Holder", ImportField::Holder},
            {"Keterangan", ImportField::Notes},
            {"Catatan", ImportField::Notes},
        };
        for (const auto &[header, field] : cases) {
            QTest::newRow(header) << QString::fromUtf8(header) << field;
        }
    }
    void findsTheFieldOfAHeader()
    {
        QFETCH(QString, header);
        QFETCH(ImportField, field);
        QCOMPARE(fieldForHeader(header), std::optional<ImportField>(field));
    }

    void namesTheColumnsItIgnores()
    {
        auto mapping = mapColumns({QStringLiteral("No"), QStringLiteral("Kecamatan"), QStringLiteral("Akun"),
                                   QStringLiteral("Tanggal Dibuat"), QString(), QString()},
                                  {});
        QVERIFY(mapping);
        QCOMPARE(mapping.value().ignored, (QStringList{QStringLiteral("No"), QStringLiteral("Tanggal Dibuat")}));
        QCOMPARE(mapping.value().fields.value(1), ImportField::Kecamatan);
        QCOMPARE(mapping.value().fields.value(2), ImportField::Handle);
    }

    void overridesWin()
    {
        auto override = parseColumnOverride(QStringLiteral("Alamat Profil=handle"));
        QVERIFY(override);
        auto mapping = mapColumns(
            {QStringLiteral("Kec"), QStringLiteral("alamat  profil"), QStringLiteral("Akun")},
            {{override.value().first, override.value().second}, {QStringLiteral("Akun"), ImportField::DisplayName}});
        QVERIFY2(mapping, qPrintable(mapping.error().untranslatedMessage()));
        QCOMPARE(mapping.value().fields.value(1), ImportField::Handle);
        QCOMPARE(mapping.value().fields.value(2), ImportField::DisplayName);
    }

    void refusesMappingsThatCannotWork_data()
    {
        QTest::addColumn<QStringList>("headers");
        QTest::addColumn<QString>("override");
        QTest::addColumn<QByteArray>("message");
        QTest::newRow("two handle columns")
            << QStringList{QStringLiteral("Kecamatan"), QStringLiteral("Username"), QStringLiteral("URL")} << QString()
            << QByteArray("both hold");
        QTest::newRow("no handle column") << QStringList{QStringLiteral("Kecamatan"), QStringLiteral("Nama Akun")}
                                          << QString() << QByteArray("needs at least");
        QTest::newRow("override of a missing header")
            << QStringList{QStringLiteral("Kecamatan"), QStringLiteral("Akun")} << QStringLiteral("Profil=handle")
            << QByteArray("no column \"Profil\"");
        QTest::newRow("override to no field") << QStringList{QStringLiteral("Kecamatan"), QStringLiteral("Akun")}
                                              << QStringLiteral("Akun=warna") << QByteArray("not a column mapping");
    }
    void refusesMappingsThatCannotWork()
    {
        QFETCH(QStringList, headers);
        QFETCH(QString, override);
        QFETCH(QByteArray, message);
        QHash<QString, ImportField> overrides;
        Error error;
        if (!override.isEmpty()) {
            auto parsed = parseColumnOverride(override);
            if (parsed) {
                overrides.insert(parsed.value().first, parsed.value().second);
            } else {
                error = parsed.error();
            }
        }
        if (!error.isError()) {
            auto mapping = mapColumns(headers, overrides);
            QVERIFY(!mapping);
            error = mapping.error();
        }
        QVERIFY2(error.untranslatedMessage().contains(QString::fromLatin1(message)),
                 qPrintable(error.untranslatedMessage()));
    }

    void matchesKecamatanByCodeOrName_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("code");
        QTest::newRow("code") << QStringLiteral("72.05.06") << QStringLiteral("72.05.06");
        QTest::newRow("code without dots") << QStringLiteral("720511") << QStringLiteral("72.05.11");
        QTest::newRow("name") << QStringLiteral("Biau") << QStringLiteral("72.05.06");
        QTest::newRow("upper case with Kec.") << QStringLiteral("KEC. PALELEH BARAT") << QStringLiteral("72.05.11");
        QTest::newRow("Kecamatan prefix, odd spacing")
            << QStringLiteral("  kecamatan   paleleh-barat ") << QStringLiteral("72.05.11");
        QTest::newRow("accents") << QStringLiteral("Tilo\u00e1n") << QStringLiteral("72.05.07");
        QTest::newRow("Paleleh is not Paleleh Barat") << QStringLiteral("Kec Paleleh") << QStringLiteral("72.05.05");
    }
    void matchesKecamatanByCodeOrName()
    {
        QFETCH(QString, text);
        QFETCH(QString, code);
        auto found = KecamatanMatcher(buol()).match(text);
        QVERIFY2(found, qPrintable(found.error().untranslatedMessage()));
        QCOMPARE(found.value().code, code);
    }

    void namesTheNearestKecamatanOfAnUnknownName()
    {
        auto found = KecamatanMatcher(buol()).match(QStringLiteral("Kec. Palele Barat"));
        QVERIFY(!found);
        QVERIFY2(found.error().untranslatedMessage().contains(QStringLiteral("nearest is 72.05.11 Paleleh Barat")),
                 qPrintable(found.error().untranslatedMessage()));
        QVERIFY(!KecamatanMatcher(buol()).match(QStringLiteral("73.01.01")));
        QVERIFY(!KecamatanMatcher(buol()).match(QStringLiteral("  ")));
    }

    void refusesAnAmbiguousName()
    {
        QList<KecamatanRecord> list = buol();
        KecamatanRecord twin;
        twin.code = QStringLiteral("72.05.12");
        twin.name = QStringLiteral("BIAU");
        list << twin;
        auto found = KecamatanMatcher(list).match(QStringLiteral("Biau"));
        QVERIFY(!found);
        QVERIFY(found.error().untranslatedMessage().contains(QStringLiteral("72.05.06, 72.05.12")));
    }
};

QTEST_GUILESS_MAIN(TestImportColumns)
#include "tst_importcolumns.moc"
