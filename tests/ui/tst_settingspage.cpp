// SPDX-License-Identifier: GPL-3.0-or-later
#include "../common/documenttext.h"
#include "../common/testvault.h"

#include <core/handover/handovernumber.h>
#include <core/i18n/language.h>
#include <core/register/officesettings.h>
#include <ui/app/preferences.h>
#include <ui/app/secretclipboard.h>
#include <ui/app/workspace.h>
#include <ui/settings/officesettingsform.h>
#include <ui/settings/recoverychangedialog.h>
#include <ui/settings/settingspage.h>

#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QGuiApplication>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTextDocument>

using namespace Brankas;
using namespace Brankas::Testing;

namespace {
template <typename T> T *child(const QWidget &parent, const char *name)
{
    auto *found = parent.findChild<T *>(QLatin1String(name));
    if (!found) {
        qWarning("no child %s", name);
    }
    return found;
}

// A signed-in officer's workspace over a test vault, with this PC's preferences in a temporary INI file.
struct Fixture
{
    TestVault t;
    std::unique_ptr<Vault> vault = t.create();
    QString iniPath = t.dir.filePath(QStringLiteral("brankas.ini"));
    Preferences preferences{std::make_unique<QSettings>(iniPath, QSettings::IniFormat)};
    SecretClipboard clipboard{QGuiApplication::clipboard(), t.clock};
    std::unique_ptr<Workspace> workspace;

    explicit Fixture(Role role = Role::Administrator)
    {
        auto admin = vault->signIn(QStringLiteral("Siti"), AdminPassphrase);
        if (!admin) {
            qFatal("admin cannot sign in");
        }
        Session session = admin.value();
        if (role != Role::Administrator) {
            const QByteArray passphrase = QByteArrayLiteral("viewer passphrase 1");
            if (!vault->officers().add(session, QStringLiteral("Budi"), role, passphrase)) {
                qFatal("cannot add officer");
            }
            auto other = vault->signIn(QStringLiteral("Budi"), passphrase);
            if (!other) {
                qFatal("officer cannot sign in");
            }
            session = other.value();
        }
        workspace = std::make_unique<Workspace>(*vault, session, preferences, clipboard);
    }
};
} // namespace

class TestSettingsPage : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void thisPcChoicesAreStoredInPreferences();
    void languageSwitchesAtOnceAndIsKept();
    void officeDetailsSaveToTheVaultAndTheLog();
    void badEmailDomainIsRefusedWithTheReason();
    void badHandoverTemplateIsRefused();
    void viewerSeesTheOfficeReadOnly();
    void recoverySheetNeverCarriesThePassphrase();
    void recoveryChangeWaitsForTheSheetThenReplaces();

private:
    LanguageSwitcher m_language;
};

void TestSettingsPage::init()
{
    QVERIFY(m_language.setLanguage(Language::Indonesian));
    QCoreApplication::processEvents();
}

void TestSettingsPage::thisPcChoicesAreStoredInPreferences()
{
    Fixture f;
    SettingsPage page(*f.workspace, m_language);
    QCOMPARE(child<QSpinBox>(page, "idleLockMinutes")->value(), Preferences::defaultIdleLockMinutes);
    QCOMPARE(child<QSpinBox>(page, "clipboardClearSeconds")->value(), Preferences::defaultClipboardClearSeconds);
    child<QSpinBox>(page, "idleLockMinutes")->setValue(12);
    child<QSpinBox>(page, "clipboardClearSeconds")->setValue(45);
    auto *paper = child<QComboBox>(page, "paperSize");
    paper->setCurrentIndex(paper->findData(int(PaperSize::F4)));
    QCOMPARE(f.preferences.idleLockMinutes(), Preferences::defaultIdleLockMinutes); // not before Save
    child<QPushButton>(page, "saveThisPc")->click();
    QCOMPARE(f.preferences.idleLockMinutes(), 12);
    QCOMPARE(f.preferences.clipboardClearSeconds(), 45);
    QCOMPARE(f.preferences.paperSize(), PaperSize::F4);

    // 0 means never, and it is what another start of Brankas reads from the file.
    child<QSpinBox>(page, "idleLockMinutes")->setValue(0);
    child<QPushButton>(page, "saveThisPc")->click();
    Preferences again(std::make_unique<QSettings>(f.iniPath, QSettings::IniFormat));
    QCOMPARE(again.idleLockMinutes(), 0);
    QCOMPARE(again.clipboardClearSeconds(), 45);
    QCOMPARE(child<QSpinBox>(page, "idleLockMinutes")->text(),
             child<QSpinBox>(page, "idleLockMinutes")->specialValueText());
}

void TestSettingsPage::languageSwitchesAtOnceAndIsKept()
{
    Fixture f;
    SettingsPage page(*f.workspace, m_language);
    auto *language = child<QComboBox>(page, "language");
    QCOMPARE(Language(language->currentData().toInt()), Language::Indonesian);
    language->setCurrentIndex(language->findData(int(Language::English)));
    QCOMPARE(m_language.language(), Language::English);
    QCOMPARE(f.preferences.language(), Language::English);
    QCoreApplication::processEvents();
    QCOMPARE(child<QLabel>(page, "settingsTitle")->text(), QStringLiteral("Settings"));
}

void TestSettingsPage::officeDetailsSaveToTheVaultAndTheLog()
{
    Fixture f;
    SettingsPage page(*f.workspace, m_language);
    QVERIFY(page.office().isEditable());
    QCOMPARE(child<QLineEdit>(page, "officeName")->text(), QStringLiteral("Bawaslu Kabupaten Buol"));
    child<QLineEdit>(page, "officeAddress")->setText(QStringLiteral("Jl. Syarif Mansyur No. 1"));
    child<QLineEdit>(page, "headName")->setText(QStringLiteral("Moh. Rizal"));
    child<QLineEdit>(page, "emailDomains")->setText(QStringLiteral("bawaslu.go.id, @BuolKab.go.id"));
    child<QLineEdit>(page, "phoneNumbers")->setText(QStringLiteral("0812-3456-7890"));
    child<QLineEdit>(page, "handoverNumberTemplate")->setText(QStringLiteral("{seq3}/BA/{regency}/{year}"));
    QVERIFY(child<QLabel>(page, "handoverNumberExample")->text().contains(QStringLiteral("007/BA/72.05/2024")));
    child<QPushButton>(page, "saveOffice")->click();
    QVERIFY2(page.office().refusal().isEmpty(), qPrintable(page.office().refusal()));

    auto stored = OfficeSettings(*f.vault).get();
    QVERIFY(stored);
    QCOMPARE(stored.value().address, QStringLiteral("Jl. Syarif Mansyur No. 1"));
    QCOMPARE(stored.value().headName, QStringLiteral("Moh. Rizal"));
    QCOMPARE(stored.value().emailDomains,
             (QStringList{QStringLiteral("bawaslu.go.id"), QStringLiteral("buolkab.go.id")}));
    QCOMPARE(stored.value().phoneNumbers, QStringList{QStringLiteral("6281234567890")});
    QCOMPARE(stored.value().handoverNumberTemplate, QStringLiteral("{seq3}/BA/{regency}/{year}"));
    // The form shows what core keeps.
    QCOMPARE(child<QLineEdit>(page, "emailDomains")->text(), QStringLiteral("bawaslu.go.id, buolkab.go.id"));

    LogFilter filter;
    filter.actionPrefix = QStringLiteral("office.updated");
    auto entries = f.vault->log().entries(filter);
    QVERIFY(entries);
    QCOMPARE(entries.value().size(), 1);
    QCOMPARE(entries.value().first().officer, QStringLiteral("Siti"));
    QVERIFY(entries.value().first().details.contains(QStringLiteral("buolkab.go.id")));
}

void TestSettingsPage::badEmailDomainIsRefusedWithTheReason()
{
    Fixture f;
    SettingsPage page(*f.workspace, m_language);
    child<QLineEdit>(page, "officeAddress")->setText(QStringLiteral("Jl. Baru"));
    child<QLineEdit>(page, "emailDomains")->setText(QStringLiteral("bawaslu.go.id, gmail"));
    QVERIFY(!page.office().save());
    QCOMPARE(page.office().refusal(), OfficeSettings::checkEmailDomain(QStringLiteral("gmail")).error().message());
    QVERIFY(page.office().refusal().contains(QStringLiteral("gmail")));
    QVERIFY(OfficeSettings(*f.vault).get().value().address.isEmpty()); // nothing saved
    // What core itself refuses shows the same way.
    child<QLineEdit>(page, "emailDomains")->setText(QStringLiteral("bawaslu.go.id"));
    child<QLineEdit>(page, "officeName")->clear();
    QVERIFY(!page.office().save());
    QCOMPARE(page.office().refusal(), Error(ErrorCode::InvalidInput, "The office needs a name.").message());
    child<QLineEdit>(page, "officeName")->setText(QStringLiteral("Bawaslu Kabupaten Buol"));
    QVERIFY(page.office().save());
    QVERIFY(page.office().refusal().isEmpty());
    QCOMPARE(OfficeSettings(*f.vault).get().value().address, QStringLiteral("Jl. Baru"));

    for (const char *good : {"bawaslu.go.id", "@buol.bawaslu.go.id", " Kab-Buol.go.id "}) {
        QVERIFY2(OfficeSettings::checkEmailDomain(QLatin1String(good)), good);
    }
    for (const char *bad : {"gmail", "bawaslu go id", "siti@bawaslu.go.id", ".go.id", "bawaslu..go.id", "-a.id"}) {
        QVERIFY2(!OfficeSettings::checkEmailDomain(QLatin1String(bad)), bad);
    }
}

void TestSettingsPage::badHandoverTemplateIsRefused()
{
    Fixture f;
    SettingsPage page(*f.workspace, m_language);
    child<QLineEdit>(page, "handoverNumberTemplate")->setText(QStringLiteral("BA/{year}"));
    QVERIFY(!page.office().save());
    QCOMPARE(page.office().refusal(), checkHandoverNumberTemplate(QStringLiteral("BA/{year}")).error().message());
    child<QLineEdit>(page, "phoneNumbers")->setText(QStringLiteral("nomor kantor"));
    child<QLineEdit>(page, "handoverNumberTemplate")->clear();
    QVERIFY(!page.office().save());
    QVERIFY(page.office().refusal().contains(QStringLiteral("nomor kantor")));
}

void TestSettingsPage::viewerSeesTheOfficeReadOnly()
{
    for (Role role : {Role::Viewer, Role::Operator}) {
        Fixture f(role);
        SettingsPage page(*f.workspace, m_language);
        QVERIFY(!page.office().isEditable());
        for (QLineEdit *edit : page.office().findChildren<QLineEdit *>()) {
            QVERIFY2(edit->isReadOnly(), qPrintable(edit->objectName()));
        }
        QVERIFY(child<QPushButton>(page, "saveOffice")->isHidden());
        QVERIFY(!child<QLabel>(page, "officeReadOnlyNote")->isHidden());
        QCOMPARE(child<QLineEdit>(page, "officeName")->text(), QStringLiteral("Bawaslu Kabupaten Buol"));
        QVERIFY(!page.office().save());
        // Recovery belongs to administrators.
        QVERIFY(!page.findChild<QPushButton *>(QStringLiteral("printRecoverySheet")));
        // This PC's choices are every officer's own.
        QVERIFY(child<QSpinBox>(page, "idleLockMinutes")->isEnabled());
    }
}

void TestSettingsPage::recoverySheetNeverCarriesThePassphrase()
{
    Fixture f;
    SettingsPage page(*f.workspace, m_language);
    QVERIFY(page.findChild<QPushButton *>(QStringLiteral("printRecoverySheet")));
    auto sheet = page.blankRecoverySheet();
    QVERIFY(sheet.ok());
    const QString text = documentText(sheet.value());
    QVERIFY(text.contains(f.vault->id()));
    QVERIFY(text.contains(QStringLiteral("BUOL")));
    QVERIFY(!text.contains(QString::fromUtf8(RecoveryPassphrase)));
    QVERIFY(!text.contains(QStringLiteral("lemari")));
}

void TestSettingsPage::recoveryChangeWaitsForTheSheetThenReplaces()
{
    Fixture f;
    SettingsPage page(*f.workspace, m_language);
    QVERIFY(page.findChild<QPushButton *>(QStringLiteral("changeRecovery")));
    RecoveryChangeDialog dialog(*f.workspace);
    auto *ok = child<QPushButton>(dialog, "okButton");
    auto *current = child<QLineEdit>(dialog, "currentRecovery");
    QVERIFY(!ok->isEnabled());
    current->setText(QString::fromUtf8(RecoveryPassphrase));
    QVERIFY(!ok->isEnabled()); // the new passphrase is on no paper yet
    const QString proposed = dialog.proposedForTesting();
    auto sheet = dialog.newSheet();
    QVERIFY(sheet.ok());
    QVERIFY(documentText(sheet.value()).contains(proposed));
    child<QCheckBox>(dialog, "writtenDown")->setChecked(true);
    QVERIFY(ok->isEnabled());
    // Other words undo the tick: what was written down is no longer the proposal.
    child<QPushButton>(dialog, "otherWords")->click();
    QVERIFY(dialog.proposedForTesting() != proposed);
    QVERIFY(!ok->isEnabled());
    child<QCheckBox>(dialog, "writtenDown")->setChecked(true);
    const QString chosen = dialog.proposedForTesting();
    dialog.accept();
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    MemoryKeyStore newPc;
    auto reopened = Vault::open(f.t.path, Vault::Access::ReadOnly, {newPc, f.t.clock, cheapKdf()});
    QVERIFY(reopened.ok());
    QCOMPARE(reopened.value()->unlockWithRecovery(RecoveryPassphrase, QStringLiteral("Siti")).error().code(),
             ErrorCode::WrongPassphrase);
    QVERIFY(reopened.value()->unlockWithRecovery(chosen.toUtf8(), QStringLiteral("Siti")).ok());
}

QTEST_MAIN(TestSettingsPage)
#include "tst_settingspage.moc"
