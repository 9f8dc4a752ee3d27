// SPDX-License-Identifier: GPL-3.0-or-later
#include "../common/documenttext.h"
#include "../common/testvault.h"

#include <core/i18n/language.h>
#include <core/register/officesettings.h>
#include <core/vault/passphrase.h>
#include <ui/setup/adminpage.h>
#include <ui/setup/donepage.h>
#include <ui/setup/kecamatanpage.h>
#include <ui/setup/officepage.h>
#include <ui/setup/recoverycheckpage.h>
#include <ui/setup/recoverypassphrasepage.h>
#include <ui/setup/setupwizard.h>

#include <QAbstractButton>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QRadioButton>
#include <QTextDocument>
#include <QTranslator>

using namespace Brankas;
using namespace Brankas::Testing;

namespace {
// Marks every Brankas text, so a test sees which texts were set again after a language change
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

const QString AdminName = QStringLiteral("Siti Rahma");
const QString AdminPass = QStringLiteral("kopi hujan sepeda merah");

template <typename T> T *child(const QWidget &parent, const char *name)
{
    auto *found = parent.findChild<T *>(QLatin1String(name));
    if (!found) {
        qWarning("no child %s", name);
    }
    return found;
}

bool nextEnabled(const QWizard &wizard)
{
    return wizard.button(QWizard::NextButton)->isEnabled() || wizard.button(QWizard::CommitButton)->isEnabled();
}

QStringList words(const QString &phrase)
{
    return phrase.split(QLatin1Char(' '), Qt::SkipEmptyParts);
}
} // namespace

class TestSetupWizard : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void wholeSetupCreatesTheVaultAndSignsIn();
    void wrongWordsKeepNextDisabled();
    void weakPassphraseIsRefusedWithTheReason();
    void regencySearchFiltersTheList();
    void keychainFailureIsShownAndTheVaultStillExists();
    void languageSwitchRetranslatesThePage();
    void recoverySheetCarriesThePassphraseOnlyWhenGiven();

private:
    // Drives the wizard from the first page to the recovery check, as an officer would.
    QString fillUpToCheck(SetupWizard &wizard);
    void typeBackAndCreate(SetupWizard &wizard, const QString &recovery);

    std::optional<ReferenceData> m_reference;
    LanguageSwitcher m_language;
};

void TestSetupWizard::initTestCase()
{
    auto loaded = ReferenceData::load();
    QVERIFY(loaded);
    m_reference = std::move(loaded).value();
}

void TestSetupWizard::init()
{
    QVERIFY(m_language.setLanguage(Language::Indonesian));
    QCoreApplication::processEvents();
}

QString TestSetupWizard::fillUpToCheck(SetupWizard &wizard)
{
    wizard.show();
    if (wizard.currentId() != SetupWizard::LanguageId) {
        qWarning("not on the language page");
        return {};
    }
    wizard.next();
    child<QLineEdit>(wizard, "regencySearch")->setText(QStringLiteral("Buol"));
    child<QLineEdit>(wizard, "officeAddress")->setText(QStringLiteral("Jl. Syarif Mansyur No. 1, Buol"));
    child<QLineEdit>(wizard, "headName")->setText(QStringLiteral("Moh. Rizal"));
    wizard.next();
    if (wizard.currentId() != SetupWizard::KecamatanId) {
        qWarning("office page did not accept the regency");
        return {};
    }
    wizard.next();
    child<QLineEdit>(wizard, "adminName")->setText(AdminName);
    child<QLineEdit>(wizard, "adminPassphrase")->setText(AdminPass);
    child<QLineEdit>(wizard, "adminPassphraseRepeat")->setText(AdminPass);
    wizard.next();
    const QString recovery = child<QLabel>(wizard, "recoveryPassphrase")->text();
    wizard.next();
    return recovery;
}

void TestSetupWizard::typeBackAndCreate(SetupWizard &wizard, const QString &recovery)
{
    auto *check = static_cast<RecoveryCheckPage *>(wizard.page(SetupWizard::RecoveryCheckId));
    const QList<int> asked = check->askedWords();
    QCOMPARE(asked.size(), 2);
    child<QLineEdit>(wizard, "firstWord")->setText(words(recovery).at(asked[0] - 1));
    child<QLineEdit>(wizard, "secondWord")->setText(words(recovery).at(asked[1] - 1));
    QVERIFY(nextEnabled(wizard));
    wizard.next();
    QCOMPARE(wizard.currentId(), int(SetupWizard::SummaryId));
    wizard.next(); // Create vault
    QCOMPARE(wizard.currentId(), int(SetupWizard::DoneId));
}

void TestSetupWizard::wholeSetupCreatesTheVaultAndSignsIn()
{
    TestVault t;
    SetupWizard wizard(t.path, t.environment(), *m_reference, m_language);
    const QString recovery = fillUpToCheck(wizard);
    QCOMPARE(wizard.currentId(), int(SetupWizard::RecoveryCheckId));
    QCOMPARE(words(recovery).size(), 6);
    QVERIFY(recovery.size() >= MinimumRecoveryPassphraseLength);
    QCOMPARE(static_cast<KecamatanPage *>(wizard.page(SetupWizard::KecamatanId))->kecamatanCount(), 11);
    typeBackAndCreate(wizard, recovery);

    QVERIFY(QFileInfo::exists(t.path));
    QVERIFY(wizard.isCreated());
    QVERIFY(wizard.keychainStatus().ok());
    QVERIFY(!static_cast<DonePage *>(wizard.page(SetupWizard::DoneId))->keychainProblemShown());
    QCOMPARE(wizard.session().officer.name, AdminName);
    QCOMPARE(wizard.session().officer.role, Role::Administrator);
    // No passphrase stays in the wizard's fields once the vault exists.
    QVERIFY(child<QLineEdit>(wizard, "adminPassphrase")->text().isEmpty());
    QVERIFY(child<QLabel>(wizard, "recoveryPassphrase")->text().isEmpty());

    std::unique_ptr<Vault> vault = wizard.takeVault();
    QVERIFY(vault);
    QVERIFY(!wizard.takeVault());
    QVERIFY(vault->isUnlocked());
    QCOMPARE(vault->officeName(), QStringLiteral("Bawaslu Kabupaten Buol"));
    auto office = OfficeSettings(*vault).get();
    QVERIFY(office);
    QCOMPARE(office.value().name, QStringLiteral("Bawaslu Kabupaten Buol"));
    QCOMPARE(office.value().address, QStringLiteral("Jl. Syarif Mansyur No. 1, Buol"));
    QCOMPARE(office.value().headName, QStringLiteral("Moh. Rizal"));
    LogFilter filter;
    filter.actionPrefix = QStringLiteral("office.updated");
    auto updates = vault->log().entries(filter);
    QVERIFY(updates);
    QCOMPARE(updates.value().size(), 1);
    QCOMPARE(updates.value().first().officer, AdminName);
    wizard.accept();
    vault.reset();

    // The administrator signs in again with the typed passphrase, and the recovery words open the vault.
    auto reopened = t.open();
    QVERIFY(reopened->unlockFromKeychain());
    QVERIFY(reopened->signIn(AdminName, AdminPass.toUtf8()));
    reopened->lock();
    QVERIFY(!reopened->signIn(AdminName, AdminPass.toUtf8()));
    QVERIFY(reopened->unlockWithRecovery(recovery.toUtf8(), AdminName));
    QVERIFY(reopened->signIn(AdminName, AdminPass.toUtf8()));
}

void TestSetupWizard::wrongWordsKeepNextDisabled()
{
    TestVault t;
    SetupWizard wizard(t.path, t.environment(), *m_reference, m_language);
    const QString recovery = fillUpToCheck(wizard);
    QCOMPARE(wizard.currentId(), int(SetupWizard::RecoveryCheckId));
    auto *check = static_cast<RecoveryCheckPage *>(wizard.page(SetupWizard::RecoveryCheckId));
    const QList<int> asked = check->askedWords();
    QCOMPARE(asked.size(), 2);
    QVERIFY(asked[0] < asked[1]);
    QVERIFY(asked[0] >= 1 && asked[1] <= 6);
    const QStringList all = words(recovery);
    QVERIFY(!nextEnabled(wizard));
    child<QLineEdit>(wizard, "firstWord")->setText(all.at(asked[0] - 1));
    child<QLineEdit>(wizard, "secondWord")->setText(all.at(asked[0] - 1) + QStringLiteral("x")); // a typo
    QVERIFY(!nextEnabled(wizard));
    QVERIFY(!child<QLabel>(wizard, "checkState")->text().isEmpty());
    wizard.next();
    QCOMPARE(wizard.currentId(), int(SetupWizard::RecoveryCheckId));
    // The two words swapped are wrong too.
    child<QLineEdit>(wizard, "firstWord")->setText(all.at(asked[1] - 1));
    child<QLineEdit>(wizard, "secondWord")->setText(all.at(asked[0] - 1));
    QCOMPARE(nextEnabled(wizard), all.at(asked[0] - 1) == all.at(asked[1] - 1));
    // Going back and forth asks again, with empty fields.
    wizard.back();
    wizard.next();
    QVERIFY(child<QLineEdit>(wizard, "firstWord")->text().isEmpty());
    QVERIFY(!nextEnabled(wizard));
    QVERIFY(!QFileInfo::exists(t.path));
}

void TestSetupWizard::weakPassphraseIsRefusedWithTheReason()
{
    TestVault t;
    SetupWizard wizard(t.path, t.environment(), *m_reference, m_language);
    wizard.show();
    wizard.next();
    QVERIFY(static_cast<OfficePage *>(wizard.page(SetupWizard::OfficeId))->selectRegency(QStringLiteral("72.71")));
    QCOMPARE(child<QLineEdit>(wizard, "officeName")->text(), QStringLiteral("Bawaslu Kota Palu"));
    wizard.next();
    wizard.next();
    QCOMPARE(wizard.currentId(), int(SetupWizard::AdminId));
    auto *admin = static_cast<AdminPage *>(wizard.page(SetupWizard::AdminId));
    child<QLineEdit>(wizard, "adminName")->setText(AdminName);
    child<QLineEdit>(wizard, "adminPassphrase")->setText(QStringLiteral("rahasia"));
    child<QLineEdit>(wizard, "adminPassphraseRepeat")->setText(QStringLiteral("rahasia"));
    QVERIFY(!nextEnabled(wizard));
    const Error tooShort(ErrorCode::InvalidInput, "The passphrase is too short: use at least %1 characters.",
                         {QString::number(MinimumOfficerPassphraseLength)});
    QCOMPARE(admin->refusal(), tooShort.message());
    QVERIFY(!child<QLabel>(wizard, "strengthText")->text().isEmpty());

    child<QLineEdit>(wizard, "adminPassphrase")->setText(AdminName);
    child<QLineEdit>(wizard, "adminPassphraseRepeat")->setText(AdminName);
    QVERIFY(!nextEnabled(wizard));
    QCOMPARE(admin->refusal(),
             Error(ErrorCode::InvalidInput, "The passphrase must not be the officer's name.").message());

    // Long enough but common: refused while typed, with core's reason, and the meter says weak.
    for (const char *common : {"password1234", "bawaslu2024", "qwertyuiop"}) {
        child<QLineEdit>(wizard, "adminPassphrase")->setText(QString::fromLatin1(common));
        child<QLineEdit>(wizard, "adminPassphraseRepeat")->setText(QString::fromLatin1(common));
        QVERIFY(!nextEnabled(wizard));
        QCOMPARE(admin->refusal(),
                 checkNewPassphrase(QByteArray(common), PassphraseKind::Officer, AdminName).error().message());
        QVERIFY(admin->refusal().contains(QStringLiteral("too easy to guess")) ||
                admin->refusal().contains(QStringLiteral("terlalu mudah ditebak")));
    }

    child<QLineEdit>(wizard, "adminPassphrase")->setText(AdminPass);
    child<QLineEdit>(wizard, "adminPassphraseRepeat")->setText(AdminPass + QStringLiteral("!"));
    QVERIFY(!nextEnabled(wizard));
    QVERIFY(!admin->refusal().isEmpty());
    child<QLineEdit>(wizard, "adminPassphraseRepeat")->setText(AdminPass);
    QVERIFY(nextEnabled(wizard));
    QVERIFY(admin->refusal().isEmpty());

    // An own recovery passphrase is held to core's rules as well, and must differ from the administrator's.
    wizard.next();
    auto *recovery = static_cast<RecoveryPassphrasePage *>(wizard.page(SetupWizard::RecoveryId));
    child<QRadioButton>(wizard, "useOwn")->click();
    child<QLineEdit>(wizard, "ownRecoveryPassphrase")->setText(QStringLiteral("meja kursi"));
    QVERIFY(!nextEnabled(wizard));
    QVERIFY(!recovery->refusal().isEmpty());
    child<QLineEdit>(wizard, "ownRecoveryPassphrase")->setText(AdminPass);
    QVERIFY(!nextEnabled(wizard));
    child<QLineEdit>(wizard, "ownRecoveryPassphrase")->setText(QStringLiteral("meja kursi lemari pintu jendela"));
    QVERIFY(nextEnabled(wizard));
    wizard.next();
    auto *check = static_cast<RecoveryCheckPage *>(wizard.page(SetupWizard::RecoveryCheckId));
    QCOMPARE(check->askedWords().size(), 2);
}

void TestSetupWizard::regencySearchFiltersTheList()
{
    TestVault t;
    SetupWizard wizard(t.path, t.environment(), *m_reference, m_language);
    wizard.show();
    wizard.next();
    auto *list = child<QListWidget>(wizard, "regencies");
    QCOMPARE(list->count(), m_reference->regencies().size());
    QVERIFY(!nextEnabled(wizard));
    child<QLineEdit>(wizard, "regencySearch")->setText(QStringLiteral("kota pa"));
    QVERIFY(list->count() > 1);
    for (int row = 0; row < list->count(); ++row) {
        QVERIFY(list->item(row)->text().contains(QStringLiteral("Kota Pa"), Qt::CaseInsensitive));
    }
    child<QLineEdit>(wizard, "regencySearch")->setText(QStringLiteral("Kota Palu"));
    QCOMPARE(list->count(), 1);
    QVERIFY(nextEnabled(wizard));
    QCOMPARE(child<QLineEdit>(wizard, "officeName")->text(), QStringLiteral("Bawaslu Kota Palu"));
    // An office name the officer typed is never overwritten by the next choice.
    child<QLineEdit>(wizard, "officeName")->setText(QStringLiteral("Bawaslu Kota Palu (Sekretariat)"));
    child<QLineEdit>(wizard, "regencySearch")->setText(QStringLiteral("Buol"));
    QCOMPARE(child<QLineEdit>(wizard, "officeName")->text(), QStringLiteral("Bawaslu Kota Palu (Sekretariat)"));
    child<QLineEdit>(wizard, "officeName")->clear();
    QVERIFY(!nextEnabled(wizard));
}

void TestSetupWizard::keychainFailureIsShownAndTheVaultStillExists()
{
    TestVault t;
    t.keyStore.failWith(Error(ErrorCode::KeychainUnavailable, "No keychain service could be reached."));
    SetupWizard wizard(t.path, t.environment(), *m_reference, m_language);
    const QString recovery = fillUpToCheck(wizard);
    typeBackAndCreate(wizard, recovery);
    QVERIFY(!wizard.keychainStatus().ok());
    QCOMPARE(wizard.keychainStatus().error().code(), ErrorCode::KeychainUnavailable);
    QVERIFY(static_cast<DonePage *>(wizard.page(SetupWizard::DoneId))->keychainProblemShown());
    QVERIFY(child<QLabel>(wizard, "keychainText")->text().contains(wizard.keychainStatus().error().message()));
    auto vault = wizard.takeVault();
    QVERIFY(vault && vault->isUnlocked());
    QCOMPARE(wizard.session().officer.name, AdminName);
    QVERIFY(QFileInfo::exists(t.path));
}

void TestSetupWizard::languageSwitchRetranslatesThePage()
{
    TestVault t;
    SetupWizard wizard(t.path, t.environment(), *m_reference, m_language);
    wizard.show();
    auto *page = static_cast<SetupPage *>(wizard.page(SetupWizard::LanguageId));
    const QString before = page->heading();
    QVERIFY(!before.isEmpty());
    {
        MarkingTranslator marking;
        QCoreApplication::installTranslator(&marking);
        QCoreApplication::processEvents();
        QCOMPARE(page->heading(), QStringLiteral("[x] Welcome to Brankas"));
        QVERIFY(wizard.buttonText(QWizard::NextButton).startsWith(QStringLiteral("[x] ")));
        QCoreApplication::removeTranslator(&marking);
        QCoreApplication::processEvents();
    }
    QCOMPARE(page->heading(), before);

    // Choosing English on the first page switches the application at once: core's messages, which
    // are translated today, show the switch on the next page.
    wizard.next();
    wizard.next();
    wizard.back();
    wizard.back();
    QCOMPARE(wizard.currentId(), int(SetupWizard::LanguageId));
    child<QRadioButton>(wizard, "languageEnglish")->click();
    QCOMPARE(m_language.language(), Language::English);
    const Error tooShort(ErrorCode::InvalidInput, "The passphrase is too short: use at least %1 characters.",
                         {QString::number(MinimumOfficerPassphraseLength)});
    auto *admin = static_cast<AdminPage *>(wizard.page(SetupWizard::AdminId));
    child<QLineEdit>(wizard, "adminName")->setText(AdminName);
    child<QLineEdit>(wizard, "adminPassphrase")->setText(QStringLiteral("pendek"));
    QCOMPARE(admin->refusal(), tooShort.untranslatedMessage());
    child<QRadioButton>(wizard, "languageIndonesian")->click();
    QCOMPARE(m_language.language(), Language::Indonesian);
    QCoreApplication::processEvents(); // Qt posts the LanguageChange to each window
    QCOMPARE(admin->refusal(), tooShort.message());
    QVERIFY(admin->refusal() != tooShort.untranslatedMessage());
}

void TestSetupWizard::recoverySheetCarriesThePassphraseOnlyWhenGiven()
{
    // The wizard prints the one recovery sheet core makes, before the vault exists.
    TestVault t;
    SetupWizard wizard(t.path, t.environment(), *m_reference, m_language);
    auto *recovery = static_cast<RecoveryPassphrasePage *>(wizard.page(SetupWizard::RecoveryId));
    ReportDocument sheet = recovery->sheet();
    const QString passphrase = QString::fromUtf8(recovery->passphrase().view());
    const QStringList words = passphrase.split(QLatin1Char(' '));
    QCOMPARE(words.size(), 6);
    QVERIFY(sheet.confidential);
    QVERIFY(sheet.holdsSecrets());
    const QString text = documentText(sheet);
    // The words in one row, in order, under their numbers.
    QVERIFY2(text.contains(words.join(QLatin1Char(' '))), qPrintable(text));
    QVERIFY(text.contains(t.path));
    // Once printed, the words are wiped from the document.
    sheet.wipeSensitive();
    QVERIFY(!documentText(sheet).contains(words.join(QLatin1Char(' '))));
}

QTEST_MAIN(TestSetupWizard)
#include "tst_setupwizard.moc"
