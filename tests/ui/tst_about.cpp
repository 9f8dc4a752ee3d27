// SPDX-License-Identifier: GPL-3.0-or-later
#include <core/i18n/language.h>
#include <core/libraryversions.h>
#include <ui/shell/about.h>

#include <QRegularExpression>
#include <QTest>
#include <QTextDocument>

using namespace Brankas;

namespace {
// What an officer reads: the About box's rich text without its markup.
QString plain(const QString &html)
{
    QTextDocument document;
    document.setHtml(html);
    return document.toPlainText();
}
} // namespace

class TestAbout : public QObject
{
    Q_OBJECT

private slots:
    void namesVersionAndOwnLicence();
    void creditsDataAndFonts();
    void listsEveryLibraryWithItsVersion();
    void librariesReportRealVersions();
    void indonesianByDefault();
};

void TestAbout::namesVersionAndOwnLicence()
{
    LanguageSwitcher language;
    language.setLanguage(Language::English);
    const QString text = plain(aboutText());
    QVERIFY2(text.contains(QStringLiteral("Brankas " BRANKAS_VERSION)), qPrintable(text));
    QVERIFY(text.contains(QStringLiteral("GNU General Public License")));
    QVERIFY(text.contains(QStringLiteral("GPL-3.0-or-later")));
    QVERIFY(aboutText().contains(QStringLiteral("https://www.gnu.org/licenses/gpl-3.0.html")));
}

void TestAbout::creditsDataAndFonts()
{
    LanguageSwitcher language;
    language.setLanguage(Language::English);
    const QString text = plain(aboutText());
    QVERIFY(text.contains(QStringLiteral("idn-area-data")));
    QVERIFY(text.contains(QStringLiteral("Open Database License (ODbL) 1.0")));
    QVERIFY(text.contains(QStringLiteral("Liberation Sans")));
    QVERIFY(text.contains(QStringLiteral("SIL Open Font License 1.1")));
}

void TestAbout::listsEveryLibraryWithItsVersion()
{
    LanguageSwitcher language;
    language.setLanguage(Language::English);
    const QString text = plain(aboutText());
    const auto libraries = libraryVersions();
    QCOMPARE(libraries.size(), 4);
    for (const LibraryVersion &library : libraries) {
        const QString line = QStringLiteral("%1 %2 (%3)").arg(library.name, library.version, library.licence);
        QVERIFY2(text.contains(line), qPrintable(QStringLiteral("missing \"%1\" in:\n%2").arg(line, text)));
    }
    QVERIFY(!text.contains(QStringLiteral("version unknown")));
}

void TestAbout::librariesReportRealVersions()
{
    const auto libraries = libraryVersions();
    QStringList names;
    for (const LibraryVersion &library : libraries) {
        names << library.name;
    }
    QCOMPARE(names, (QStringList{QStringLiteral("Qt"), QStringLiteral("QtKeychain"), QStringLiteral("OpenSSL"),
                                 QStringLiteral("SQLite")}));
    // The version in use, not the one compiled against: Qt's at run time, and OpenSSL 3 and SQLite 3
    // as loaded (an empty SQLite version would mean the Qt SQLite driver is missing).
    QCOMPARE(libraries[0].version, QString::fromLatin1(qVersion()));
    static const QRegularExpression version(QStringLiteral("^\\d+\\.\\d+\\.\\d+$"));
    for (const LibraryVersion &library : libraries) {
        QVERIFY2(version.match(library.version).hasMatch(),
                 qPrintable(QStringLiteral("%1: \"%2\"").arg(library.name, library.version)));
        QVERIFY(!library.licence.isEmpty());
    }
    QVERIFY(libraries[2].version.startsWith(QStringLiteral("3.")));
    QVERIFY(libraries[3].version.startsWith(QStringLiteral("3.")));
    // QtKeychain's own header still says 0.1.0 (QTKEYCHAIN_VERSION 0x000100); the package's
    // version comes from its CMake configuration and is not that.
    QVERIFY(libraries[1].version != QStringLiteral("0.1.0"));
}

void TestAbout::indonesianByDefault()
{
    LanguageSwitcher language;
    language.setLanguage(Language::Indonesian);
    const QString text = plain(aboutText());
    QVERIFY2(text.contains(QStringLiteral("perangkat lunak bebas")), qPrintable(text));
    QVERIFY(text.contains(QStringLiteral("GPL-3.0-or-later")));
    QVERIFY(!text.contains(QStringLiteral("free software")));
}

QTEST_MAIN(TestAbout)
#include "tst_about.moc"
