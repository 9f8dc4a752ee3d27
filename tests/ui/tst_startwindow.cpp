#include "../common/testvault.h"

#include <core/i18n/language.h>
#include <ui/commandline.h>
#include <ui/startwindow.h>

#include <QApplication>
#include <QClipboard>
#include <QDir>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QTimer>
#include <QTranslator>

using namespace Brankas;
using namespace Brankas::Testing;

namespace {
// Marks every Brankas text, so a test can see which labels were set again after a language change
// whatever the real translations say today.
class MarkingTranslator final : public QTranslator
{
public:
    QString translate(const char *context, const char *sourceText, const char *, int) const override
    {
        if (!QByteArrayView(context).startsWith("Brankas::")) {
            return {};
        }
        return QStringLiteral("[x] ") + QString::fromUtf8(sourceText);
    }
    bool isEmpty() const override { return false; }
};

QString labelText(const QWidget &window, const char *name)
{
    const auto *label = window.findChild<QLabel *>(QLatin1String(name));
    if (!label) {
        qWarning("no label %s", name);
        return {};
    }
    return label->text();
}

bool pageShown(const QWidget &window, const char *name)
{
    const auto *page = window.findChild<QWidget *>(QLatin1String(name));
    return page && page->isVisibleTo(&window);
}

QString translated(const char *context, const char *sourceText)
{
    return QCoreApplication::translate(context, sourceText);
}
} // namespace

class TestStartWindow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void missingVaultShowsTheInitCommandWithItsPath();
    void pathWithSpacesIsQuotedInTheCommand();
    void copyPutsTheCommandOnTheClipboard();
    void vaultShowsItsOffice();
    void checkAgainFindsANewlyCreatedVault();
    void keychainProblemIsDescribed();
    void fileThatIsNoVaultShowsTheReason_data();
    void fileThatIsNoVaultShowsTheReason();
    void languageButtonsSwitchTheVisibleTexts();
    void everyPageRetranslatesOnLanguageChange();
    void aboutCreditsTheReferenceData();

private:
    LanguageSwitcher m_language;
};

void TestStartWindow::initTestCase()
{
    QVERIFY(m_language.setLanguage(Language::Indonesian));
}

void TestStartWindow::init()
{
    QVERIFY(m_language.setLanguage(Language::Indonesian));
    QCoreApplication::processEvents();
}

void TestStartWindow::missingVaultShowsTheInitCommandWithItsPath()
{
    TestVault t;
    StartWindow window(t.path, t.environment(), m_language);
    QCOMPARE(window.probe().outcome, VaultProbe::Outcome::Missing);
    QVERIFY(pageShown(window, "missingPage"));
    QVERIFY(!pageShown(window, "vaultPage"));
    QVERIFY(!pageShown(window, "errorPage"));
    const QString nativePath = QDir::toNativeSeparators(t.path);
    QCOMPARE(labelText(window, "vaultPath"), nativePath);
    const QString command = labelText(window, "initCommand");
    QVERIFY2(command.contains(QStringLiteral(" init --vault ") + nativePath), qPrintable(command));
    QVERIFY(command.contains(QStringLiteral("--regency ")));
    QVERIFY(command.contains(QStringLiteral("--admin ")));
    QVERIFY(!QFileInfo::exists(t.path)); // looking never creates anything
}

void TestStartWindow::pathWithSpacesIsQuotedInTheCommand()
{
    TestVault t;
    QVERIFY(QDir(t.dir.path()).mkdir(QStringLiteral("Kantor Bawaslu")));
    const QString path = t.dir.filePath(QStringLiteral("Kantor Bawaslu/vault.brankas"));
    StartWindow window(path, t.environment(), m_language);
    const QString command = labelText(window, "initCommand");
    QVERIFY2(command.contains(QLatin1Char('"') + QDir::toNativeSeparators(path) + QLatin1Char('"')),
             qPrintable(command));
    QCOMPARE(shellQuoted(QStringLiteral("/home/siti/vault.brankas")), QStringLiteral("/home/siti/vault.brankas"));
}

void TestStartWindow::copyPutsTheCommandOnTheClipboard()
{
    TestVault t;
    StartWindow window(t.path, t.environment(), m_language);
    auto *copy = window.findChild<QPushButton *>(QStringLiteral("copyCommand"));
    QVERIFY(copy);
    copy->click();
    QCOMPARE(QGuiApplication::clipboard()->text(), labelText(window, "initCommand"));
}

void TestStartWindow::vaultShowsItsOffice()
{
    TestVault t;
    QString id;
    VaultCounts counts;
    {
        auto vault = t.create();
        id = vault->id();
        counts = vault->counts().value();
    }
    StartWindow window(t.path, t.environment(), m_language);
    QCOMPARE(window.probe().outcome, VaultProbe::Outcome::Found);
    QVERIFY(pageShown(window, "vaultPage"));
    QVERIFY(!pageShown(window, "missingPage"));
    QVERIFY(!pageShown(window, "errorPage"));
    QCOMPARE(labelText(window, "officeTitle"), QStringLiteral("Bawaslu Kabupaten Buol"));
    QCOMPARE(labelText(window, "regencyValue"), QStringLiteral("72.05 (Kabupaten Buol)"));
    QCOMPARE(labelText(window, "provinceValue"), QStringLiteral("Sulawesi Tengah"));
    QCOMPARE(labelText(window, "vaultIdValue"), id);
    QCOMPARE(labelText(window, "officersValue"), QLocale().toString(counts.officers));
    QCOMPARE(labelText(window, "logEntriesValue"), QLocale().toString(counts.logEntries));
    QVERIFY(window.probe().keychain.ready());
    QCOMPARE(labelText(window, "keychainValue"), window.probe().keychain.description());
    QVERIFY(window.windowTitle().contains(QStringLiteral("Bawaslu Kabupaten Buol")));
}

void TestStartWindow::checkAgainFindsANewlyCreatedVault()
{
    TestVault t;
    StartWindow window(t.path, t.environment(), m_language);
    QVERIFY(pageShown(window, "missingPage"));
    t.create(QStringLiteral("72.71"));
    window.findChild<QPushButton *>(QStringLiteral("checkAgain"))->click();
    QVERIFY(pageShown(window, "vaultPage"));
    QCOMPARE(labelText(window, "officeTitle"), QStringLiteral("Bawaslu Kota Palu"));
}

void TestStartWindow::keychainProblemIsDescribed()
{
    TestVault t;
    t.create();
    const Error broken(ErrorCode::KeychainUnavailable, "No keychain service could be reached.");
    t.keyStore.failWith(broken);
    StartWindow window(t.path, t.environment(), m_language);
    QVERIFY(pageShown(window, "vaultPage"));
    QVERIFY(!window.probe().keychain.ready());
    QCOMPARE(labelText(window, "keychainValue"),
             translated("Brankas::VaultSummaryPage", "Not ready: %1").arg(broken.message()));
}

void TestStartWindow::fileThatIsNoVaultShowsTheReason_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<bool>("directory");
    QTest::newRow("text file") << QByteArrayLiteral("Daftar akun Panwaslu\n") << false;
    QTest::newRow("empty file") << QByteArray() << false;
    QTest::newRow("sqlite header only") << QByteArray("SQLite format 3\0", 16).leftJustified(4096, '\0') << false;
    QTest::newRow("folder") << QByteArray() << true;
}

void TestStartWindow::fileThatIsNoVaultShowsTheReason()
{
    QFETCH(QByteArray, content);
    QFETCH(bool, directory);
    TestVault t;
    if (directory) {
        QVERIFY(QDir().mkpath(t.path));
    } else {
        QFile file(t.path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(content);
    }
    const QByteArray before = directory ? QByteArray() : fileHash(t.path);
    const Error expected = Vault::open(t.path, Vault::Access::ReadOnly, t.environment()).error();
    QVERIFY(expected.isError());

    StartWindow window(t.path, t.environment(), m_language);
    QCOMPARE(window.probe().outcome, VaultProbe::Outcome::Failed);
    QVERIFY(pageShown(window, "errorPage"));
    QVERIFY(!pageShown(window, "vaultPage"));
    QVERIFY(!pageShown(window, "missingPage"));
    QCOMPARE(labelText(window, "errorMessage"), expected.message());
    QVERIFY(!labelText(window, "errorTitle").isEmpty());
    if (!directory) {
        QCOMPARE(fileHash(t.path), before);
    }
}

void TestStartWindow::languageButtonsSwitchTheVisibleTexts()
{
    TestVault t;
    StartWindow window(t.path, t.environment(), m_language);
    window.show();
    auto *indonesian = window.findChild<QPushButton *>(QStringLiteral("languageIndonesian"));
    auto *english = window.findChild<QPushButton *>(QStringLiteral("languageEnglish"));
    QVERIFY(indonesian && english);
    QVERIFY(indonesian->isChecked());

    const char *const heading = "There is no vault here yet";
    const char *const caption = "Vault file";
    const QString indonesianHeading = translated("Brankas::MissingVaultPage", heading);
    const QString indonesianCaption = translated("Brankas::StartWindow", caption);
    QCOMPARE(labelText(window, "missingTitle"), indonesianHeading);
    QCOMPARE(labelText(window, "pathCaption"), indonesianCaption);

    english->click();
    QCoreApplication::processEvents();
    QCOMPARE(m_language.language(), Language::English);
    QVERIFY(english->isChecked());
    QVERIFY(!indonesian->isChecked());
    QCOMPARE(labelText(window, "missingTitle"), QString::fromLatin1(heading));
    QCOMPARE(labelText(window, "pathCaption"), QString::fromLatin1(caption));
    // Only meaningful once the Indonesian translation has these texts; the next test checks the
    // mechanism whatever the translation holds.
    if (indonesianHeading != QLatin1String(heading)) {
        QVERIFY(labelText(window, "missingTitle") != indonesianHeading);
    }

    indonesian->click();
    QCoreApplication::processEvents();
    QCOMPARE(m_language.language(), Language::Indonesian);
    QVERIFY(indonesian->isChecked());
    QCOMPARE(labelText(window, "missingTitle"), indonesianHeading);
    QCOMPARE(labelText(window, "pathCaption"), indonesianCaption);
}

void TestStartWindow::everyPageRetranslatesOnLanguageChange()
{
    TestVault t;
    t.create();
    StartWindow window(t.path, t.environment(), m_language);
    window.show();
    const char *const labels[] = {"appDescription", "pathCaption",    "vaultSubtitle", "keychainValue",
                                  "vaultNote",      "missingTitle",   "missingIntro",  "missingNext",
                                  "errorTitle",     "errorUntouched", "versionLabel"};

    MarkingTranslator marking;
    QCoreApplication::installTranslator(&marking);
    QCoreApplication::processEvents();
    for (const char *name : labels) {
        QVERIFY2(labelText(window, name).startsWith(QStringLiteral("[x] ")), name);
    }
    const QList<QLabel *> fieldNames = window.findChildren<QLabel *>(QStringLiteral("fieldName"));
    QCOMPARE(fieldNames.size(), 7);
    for (const QLabel *fieldName : fieldNames) {
        QVERIFY2(fieldName->text().startsWith(QStringLiteral("[x] ")), qPrintable(fieldName->text()));
    }
    QVERIFY(window.findChild<QPushButton *>(QStringLiteral("checkAgain"))->text().startsWith(QStringLiteral("[x] ")));

    QCoreApplication::removeTranslator(&marking);
    QCoreApplication::processEvents();
    for (const char *name : labels) {
        QVERIFY2(!labelText(window, name).startsWith(QStringLiteral("[x] ")), name);
    }
}

void TestStartWindow::aboutCreditsTheReferenceData()
{
    TestVault t;
    StartWindow window(t.path, t.environment(), m_language);
    window.show();
    QString aboutText;
    QTimer::singleShot(0, this, [&aboutText] {
        const QList<QWidget *> windows = QApplication::topLevelWidgets();
        for (QWidget *widget : windows) {
            if (auto *box = qobject_cast<QMessageBox *>(widget); box && box->isVisible()) {
                aboutText = box->text();
                box->accept();
            }
        }
    });
    window.findChild<QPushButton *>(QStringLiteral("aboutButton"))->click();
    QVERIFY2(aboutText.contains(ReferenceData::attribution()), qPrintable(aboutText));
    QVERIFY(aboutText.contains(QStringLiteral(BRANKAS_VERSION)));
}

QTEST_MAIN(TestStartWindow)
#include "tst_startwindow.moc"
