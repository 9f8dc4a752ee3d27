// SPDX-License-Identifier: GPL-3.0-or-later
// The window and a vault on a PostgreSQL server (the private cluster of tests/with-postgres.sh):
// the address dialog and its refusals, a server password kept only in the keychain, a new PC
// enrolled with the recovery passphrase, the recent list with addresses, and a server that goes
// away under a signed-in officer and comes back.
#include "../common/testserver.h"
#include "../common/testvault.h"

#include <core/log/logactions.h>
#include <core/register/officesettings.h>
#include <core/storage/logstore.h>
#include <core/storage/sqlerror.h>
#include <core/vault/vaultdatabase.h>
#include <ui/app/idlewatcher.h>
#include <ui/app/preferences.h>
#include <ui/app/secretclipboard.h>
#include <ui/app/vaultplace.h>
#include <ui/app/workspace.h>
#include <ui/settings/officesettingsform.h>
#include <ui/shell/appmenus.h>
#include <ui/shell/appwindow.h>
#include <ui/shell/gatescreen.h>
#include <ui/shell/workspaceview.h>
#include <ui/signin/recoverypage.h>
#include <ui/signin/servervaultdialog.h>
#include <ui/signin/signinpage.h>
#include <ui/signin/welcomepage.h>

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QTimer>

using namespace Brankas;
using namespace Brankas::Testing;

namespace {
const QByteArray ServerPassword = "sandi server kantor";

// One PC: its own keychain and settings.
struct Pc
{
    QTemporaryDir dir;
    MemoryKeyStore keyStore;
    FixedClock clock{QDateTime(QDate(2024, 2, 14), QTime(9, 0), QTimeZone::utc())};
    std::unique_ptr<QSettings> ownSettings =
        std::make_unique<QSettings>(dir.filePath(QStringLiteral("prefs.ini")), QSettings::IniFormat);
    QSettings *settings = ownSettings.get(); // Preferences owns it; the test syncs it to read the file
    Preferences preferences{std::move(ownSettings)};
    LanguageSwitcher language;

    VaultEnvironment environment() { return VaultEnvironment{keyStore, clock, cheapKdf()}; }
    QString noVaultHere() const { return dir.filePath(QStringLiteral("none.brankas")); }
    QByteArray settingsFile()
    {
        settings->sync();
        QFile file(dir.filePath(QStringLiteral("prefs.ini")));
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }
};

std::unique_ptr<Vault> createVault(const QString &address, Pc &pc)
{
    auto reference = ReferenceData::load();
    if (!reference) {
        return nullptr;
    }
    const NewVault spec{QStringLiteral("72.05"), QStringLiteral("Siti"), AdminPassphrase, RecoveryPassphrase};
    auto created = Vault::create(address, spec, reference.value(), pc.environment());
    if (!created) {
        qWarning("%s", qPrintable(created.error().untranslatedMessage()));
        return nullptr;
    }
    return std::move(created.value().vault);
}

// Fills in the server dialog the window opens, from inside its loop, and presses its button once.
void fillNextServerDialog(const QString &address, const QByteArray &password = {})
{
    QTimer::singleShot(10, [address, password] {
        auto *dialog = qobject_cast<ServerVaultDialog *>(QApplication::activeModalWidget());
        if (!dialog) {
            fillNextServerDialog(address, password);
            return;
        }
        dialog->addressField()->setText(address);
        dialog->passwordField()->setText(QString::fromUtf8(password));
        dialog->okButton()->click();
        if (dialog->isVisible()) {
            dialog->reject(); // refused: the test sees the window unchanged
        }
    });
}

void answerNextMessageBox()
{
    QTimer::singleShot(0, [] {
        for (QWidget *widget : QApplication::topLevelWidgets()) {
            if (auto *box = qobject_cast<QMessageBox *>(widget); box && box->isVisible()) {
                box->buttons().first()->click();
                return;
            }
        }
        answerNextMessageBox();
    });
}

bool problemShown(const ServerVaultDialog &dialog)
{
    return dialog.findChild<QLabel *>(QStringLiteral("serverVaultProblem"))->isVisibleTo(&dialog);
}

qsizetype countLogged(Vault &vault, const QString &action)
{
    LogFilter filter;
    filter.actionPrefix = action;
    auto entries = vault.log().entries(filter);
    return entries ? entries->size() : -1;
}
} // namespace

class TestServerVault : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init() { QApplication::clipboard()->clear(); }

    // What core's VaultAddress refuses, the dialog refuses with core's words, before any connection
    // and without keeping anything.
    void malformedAddressesAreRefused_data()
    {
        QTest::addColumn<QString>("address");
        QTest::newRow("no user") << QStringLiteral("postgresql://127.0.0.1/brankas");
        QTest::newRow("no database") << QStringLiteral("postgresql://humas@127.0.0.1");
        QTest::newRow("password inside") << QStringLiteral("postgresql://humas:rahasia@127.0.0.1/brankas");
        QTest::newRow("another scheme") << QStringLiteral("mysql://humas@127.0.0.1/brankas");
        QTest::newRow("bad port") << QStringLiteral("postgresql://humas@127.0.0.1:99999/brankas");
    }

    void malformedAddressesAreRefused()
    {
        QFETCH(QString, address);
        Pc pc;
        ServerVaultDialog dialog(ServerVaultDialog::Purpose::Open, pc.environment());
        dialog.addressField()->setText(address);
        dialog.passwordField()->setText(QStringLiteral("rahasia"));
        dialog.okButton()->click();
        QVERIFY(dialog.result() != QDialog::Accepted);
        QVERIFY(problemShown(dialog));
        const auto parsed = VaultAddress::parse(address);
        QVERIFY(!parsed.ok());
        QCOMPARE(dialog.problem().message(), parsed.error().message());
        QVERIFY(!dialog.problem().message().contains(QStringLiteral("rahasia")));
        QVERIFY(dialog.passwordField()->text() == QStringLiteral("rahasia")); // never tried, so still there
        QVERIFY(!pc.keyStore.readKey(QStringLiteral("server:") + address).ok());
        QVERIFY(!pc.settingsFile().contains("rahasia"));
    }

    void aFilePathIsNoServerAddress()
    {
        Pc pc;
        ServerVaultDialog dialog(ServerVaultDialog::Purpose::Open, pc.environment());
        dialog.addressField()->setText(pc.noVaultHere());
        dialog.okButton()->click();
        QVERIFY(dialog.result() != QDialog::Accepted);
        QVERIFY(problemShown(dialog));
        QVERIFY(dialog.problem().message().contains(QStringLiteral("postgresql://")));
    }

    void anUnreachableServerIsSaid()
    {
        Pc pc;
        ServerVaultDialog dialog(ServerVaultDialog::Purpose::Open, pc.environment());
        // Port 1 on this PC: nothing listens, so the refusal is immediate.
        dialog.addressField()->setText(QStringLiteral("postgresql://humas@127.0.0.1:1/brankas"));
        dialog.okButton()->click();
        QVERIFY(dialog.result() != QDialog::Accepted);
        QVERIFY(Storage::isServerLost(dialog.problem()));
        QVERIFY(dialog.takeVault() == nullptr);
    }

    // Open needs a vault in the database; Create needs a database without one.
    void openAndCreateCheckTheDatabase()
    {
        if (!TestServer::cluster()) {
            QSKIP("no PostgreSQL server for this run: run the suite through tests/with-postgres.sh");
        }
        TestServer database(*TestServer::cluster());
        QVERIFY2(database.ok(), qPrintable(database.error()));
        const QString address = database.address().toString();
        Pc pc;
        {
            ServerVaultDialog dialog(ServerVaultDialog::Purpose::Open, pc.environment());
            dialog.addressField()->setText(address);
            dialog.okButton()->click();
            QVERIFY(dialog.result() != QDialog::Accepted);
            QVERIFY(problemShown(dialog));
        }
        {
            ServerVaultDialog dialog(ServerVaultDialog::Purpose::Create, pc.environment());
            dialog.addressField()->setText(address);
            dialog.okButton()->click();
            QVERIFY2(dialog.result() == QDialog::Accepted, qPrintable(dialog.problem().untranslatedMessage()));
            QCOMPARE(dialog.address(), address);
        }
        QVERIFY(createVault(address, pc));
        {
            ServerVaultDialog dialog(ServerVaultDialog::Purpose::Create, pc.environment());
            dialog.addressField()->setText(address);
            dialog.okButton()->click();
            QVERIFY(dialog.result() != QDialog::Accepted);
            QCOMPARE(dialog.problem().code(), ErrorCode::AlreadyExists);
        }
        {
            ServerVaultDialog dialog(ServerVaultDialog::Purpose::Open, pc.environment());
            dialog.addressField()->setText(address);
            dialog.okButton()->click();
            QVERIFY2(dialog.result() == QDialog::Accepted, qPrintable(dialog.problem().untranslatedMessage()));
            const std::unique_ptr<Vault> vault = dialog.takeVault();
            QVERIFY(vault && !vault->isUnlocked());
            QCOMPARE(vault->path(), address);
        }
    }

    // Create, on a database whose user may not build there (not its owner): said in the dialog,
    // before the wizard's other pages, with what the server's administrator must do.
    void createRefusesADatabaseItsUserMayNotBuildIn()
    {
        if (!TestServer::cluster()) {
            QSKIP("no PostgreSQL server for this run: run the suite through tests/with-postgres.sh");
        }
        TestServer database(*TestServer::cluster());
        QVERIFY2(database.ok(), qPrintable(database.error()));
        const QString role = database.newGuestRole();
        QVERIFY(!role.isEmpty());
        const VaultAddress guest = database.addressAs(role);
        Pc pc;
        const auto tryCreate = [&](ServerVaultDialog &dialog) {
            dialog.addressField()->setText(guest.toString());
            dialog.okButton()->click();
        };
        {
            ServerVaultDialog dialog(ServerVaultDialog::Purpose::Create, pc.environment());
            tryCreate(dialog);
            QVERIFY(dialog.result() != QDialog::Accepted);
            QVERIFY(problemShown(dialog));
            QVERIFY2(dialog.problem().untranslatedMessage().contains(QStringLiteral("must belong to that user")),
                     qPrintable(dialog.problem().untranslatedMessage()));
        }
        // Once it belongs to the user, the same address passes.
        QCOMPARE(database.sql(QStringLiteral("ALTER DATABASE %1 OWNER TO %2").arg(guest.database(), role)), QString());
        {
            ServerVaultDialog dialog(ServerVaultDialog::Purpose::Create, pc.environment());
            tryCreate(dialog);
            QVERIFY2(dialog.result() == QDialog::Accepted, qPrintable(dialog.problem().untranslatedMessage()));
        }
        QCOMPARE(database.sql(QStringLiteral("ALTER DATABASE %1 OWNER TO CURRENT_USER").arg(guest.database())),
                 QString());
        QCOMPARE(database.sql(QStringLiteral("DROP ROLE %1").arg(role)), QString());
    }

    // A PC that never opened the vault: the address on the welcome card, then the recovery card
    // (as brankas-cli recover), and the key goes into this PC's keychain; the next start opens the
    // vault from the recent list with the keychain alone.
    void aNewPcEnrolsWithTheRecoveryPassphrase()
    {
        if (!TestServer::cluster()) {
            QSKIP("no PostgreSQL server for this run: run the suite through tests/with-postgres.sh");
        }
        TestServer database(*TestServer::cluster());
        QVERIFY2(database.ok(), qPrintable(database.error()));
        const QString address = database.address().toString();
        Pc office;
        QVERIFY(createVault(address, office));

        Pc humas;
        {
            AppWindow window(humas.noVaultHere(), humas.environment(), humas.language, humas.preferences);
            QCOMPARE(window.gate()->currentCard(), GateScreen::Card::Welcome);
            fillNextServerDialog(address);
            window.gate()->welcomePage()->openServerButton()->click();
            QVERIFY(window.vault() != nullptr);
            QTRY_COMPARE(window.gate()->currentCard(), GateScreen::Card::Recovery);
            RecoveryPage *recovery = window.gate()->recoveryPage();
            recovery->officerField()->setText(QStringLiteral("Siti"));
            recovery->recoveryField()->setText(QString::fromUtf8(RecoveryPassphrase));
            recovery->openButton()->click();
            QVERIFY(window.vault()->isUnlocked());
            QCOMPARE(window.gate()->currentCard(), GateScreen::Card::SignIn);
            QCOMPARE(window.gate()->signInPage()->findChild<QLabel *>(QStringLiteral("signInPath"))->text(), address);
            answerNextMessageBox(); // "put the key on this PC?"
            QVERIFY(window.signIn(QStringLiteral("Siti"), AdminPassphrase));
            QVERIFY(humas.keyStore.readKey(window.vault()->id()).ok());
            QCOMPARE(countLogged(*window.vault(), LogAction::keychainRestored()), 1);
            QVERIFY(window.windowTitle().contains(database.address().host()));
            QCOMPARE(humas.preferences.recentVaults().value(0), address);
        }
        // Next time: straight to sign-in, no recovery sheet.
        AppWindow again(humas.preferences.recentVaults().value(0), humas.environment(), humas.language,
                        humas.preferences);
        QTRY_VERIFY(again.vault() && again.vault()->isUnlocked());
        QCOMPARE(again.gate()->currentCard(), GateScreen::Card::SignIn);
        QVERIFY(again.signIn(QStringLiteral("Siti"), AdminPassphrase));
    }

    // A server that wants a password: none or a wrong one is refused and nothing kept; the right one
    // goes into this PC's keychain under the address, and nowhere else.
    void theServerPasswordIsKeptOnlyInTheKeychain()
    {
        if (!clusterIsControllable()) {
            QSKIP("no PostgreSQL server for this run: run the suite through tests/with-postgres.sh");
        }
        TestServer database(*TestServer::cluster());
        QVERIFY2(database.ok(), qPrintable(database.error()));
        const PasswordRole role(database, ServerPassword);
        QVERIFY2(role.ok(), qPrintable(role.error()));
        const QString address = role.address().toString();
        const QString entry = serverPasswordEntry(role.address());
        Pc office;
        QVERIFY(office.keyStore.writeKey(entry, SecretBytes::fromView(ServerPassword)).ok());
        QVERIFY(createVault(address, office));

        Pc humas;
        ServerVaultDialog dialog(ServerVaultDialog::Purpose::Open, humas.environment());
        dialog.addressField()->setText(address);
        dialog.okButton()->click();
        QVERIFY(dialog.result() != QDialog::Accepted);
        QVERIFY2(dialog.problem().message().contains(role.name()), qPrintable(dialog.problem().message()));
        QVERIFY(!humas.keyStore.readKey(entry).ok());

        dialog.passwordField()->setText(QStringLiteral("sandi yang salah"));
        dialog.okButton()->click();
        QVERIFY(dialog.result() != QDialog::Accepted);
        QCOMPARE(dialog.problem().code(), ErrorCode::WrongPassphrase);
        QVERIFY(dialog.passwordField()->text().isEmpty()); // never left in the field
        QVERIFY(!humas.keyStore.readKey(entry).ok());

        dialog.passwordField()->setText(QString::fromUtf8(ServerPassword));
        dialog.okButton()->click();
        QVERIFY2(dialog.result() == QDialog::Accepted, qPrintable(dialog.problem().untranslatedMessage()));
        QVERIFY(dialog.passwordField()->text().isEmpty());
        auto kept = humas.keyStore.readKey(entry);
        QVERIFY(kept.ok());
        QCOMPARE(kept.value().view().toByteArray(), ServerPassword);

        // The window opens it with the keychain's password; the settings hold the address only.
        AppWindow window(address, humas.environment(), humas.language, humas.preferences);
        QVERIFY(window.vault() != nullptr);
        QCOMPARE(humas.preferences.recentVaults().value(0), address);
        const QByteArray settings = humas.settingsFile();
        QVERIFY(settings.contains(role.name().toUtf8()));
        QVERIFY(!settings.contains(ServerPassword));
    }

    // Files and addresses, newest first, never one with a password (not even one put into the
    // settings file by hand); the menu shows an address as it is and opens it.
    void recentVaultsHoldAddresses()
    {
        Pc pc;
        const QString file = pc.dir.filePath(QStringLiteral("kantor.brankas"));
        const QString server = QStringLiteral("postgresql://humas@192.168.1.10/brankas");
        pc.preferences.rememberVault(file);
        pc.preferences.rememberVault(server);
        pc.preferences.rememberVault(QStringLiteral("postgresql://humas:rahasia@192.168.1.10/brankas"));
        QCOMPARE(pc.preferences.recentVaults(), (QStringList{server, file}));
        pc.preferences.rememberVault(file);
        QCOMPARE(pc.preferences.recentVaults(), (QStringList{file, server}));
        for (int i = 0; i < Preferences::MaxRecentVaults + 2; ++i) {
            pc.preferences.rememberVault(QStringLiteral("postgresql://humas@192.168.1.10/brankas%1").arg(i));
        }
        QCOMPARE(pc.preferences.recentVaults().size(), Preferences::MaxRecentVaults);
        const QByteArray stored = pc.settingsFile();
        QVERIFY2(stored.contains("192.168.1.10/brankas"), stored.constData());
        QVERIFY(!stored.contains("rahasia"));

        QSettings edited(pc.dir.filePath(QStringLiteral("prefs.ini")), QSettings::IniFormat);
        edited.setValue(QStringLiteral("ui/recentVaults"),
                        QStringList{QStringLiteral("postgresql://humas:rahasia@192.168.1.10/brankas"), server});
        edited.sync();
        Preferences reread(
            std::make_unique<QSettings>(pc.dir.filePath(QStringLiteral("prefs.ini")), QSettings::IniFormat));
        QCOMPARE(reread.recentVaults(), QStringList{server});

        QMenuBar bar;
        AppMenus menus(&bar);
        menus.setRecentVaults({server, file});
        QStringList texts;
        for (QAction *action : menus.recentMenu()->actions()) {
            if (action->isVisible()) {
                texts << action->text();
            }
        }
        QCOMPARE(texts.size(), 2);
        QVERIFY2(texts.at(0).endsWith(server), qPrintable(texts.at(0)));
        QVERIFY2(texts.at(1).endsWith(VaultPlace::shown(file)), qPrintable(texts.at(1)));
        QSignalSpy opened(&menus, &AppMenus::recentRequested);
        menus.recentMenu()->actions().at(1)->trigger();
        QCOMPARE(opened.size(), 1);
        QCOMPARE(opened.at(0).at(0).toString(), server);
    }

    // A server vault has no folder on this PC: a restore or a new vault goes into one of its own.
    void aServerVaultGetsAFolderOnThisPc()
    {
        const QString server = QStringLiteral("postgresql://humas@192.168.1.10:5433/brankas");
        const QString folder = VaultPlace::folderOnThisPc(server);
        QVERIFY(QFileInfo(folder).isDir());
        QVERIFY(!folder.contains(QStringLiteral("://")));
        QVERIFY(folder.contains(QStringLiteral("192.168.1.10-5433-brankas")));
        QVERIFY(folder != VaultPlace::folderOnThisPc(QStringLiteral("postgresql://humas@192.168.1.10/brankas")));
        QCOMPARE(VaultPlace::shown(server), server);
    }

    // The server goes away under a signed-in officer: a change says so and saves nothing; once the
    // server is back the next change works in the same session, without signing in again. The
    // idle lock and the clipboard work without the server, and signing in again reconnects.
    void theServerComesBackUnderTheSameSession()
    {
        if (!clusterIsControllable()) {
            QSKIP("no PostgreSQL server for this run: run the suite through tests/with-postgres.sh");
        }
        TestServer database(*TestServer::cluster());
        QVERIFY2(database.ok(), qPrintable(database.error()));
        const QString address = database.address().toString();
        Pc pc;
        QVERIFY(createVault(address, pc));
        AppWindow window(address, pc.environment(), pc.language, pc.preferences);
        QTRY_VERIFY(window.vault() && window.vault()->isUnlocked());
        QVERIFY(window.signIn(QStringLiteral("Siti"), AdminPassphrase));
        const Workspace *session = window.workspace();
        auto *form = window.workspaceView()->findChild<OfficeSettingsForm *>();
        QVERIFY(form && form->isEditable());
        auto *name = form->findChild<QLineEdit *>(QStringLiteral("officeName"));
        const qsizetype changesBefore = countLogged(*window.vault(), QStringLiteral("office.updated"));

        QVERIFY(stopCluster());
        name->setText(QStringLiteral("Bawaslu Kota Palu (baru)"));
        const bool savedWithoutServer = form->save();
        QVERIFY(restartCluster()); // before any check, so a failed one leaves the cluster running
        QVERIFY(!savedWithoutServer);
        QVERIFY2(form->refusal().contains(QStringLiteral("cannot reach the vault's server")),
                 qPrintable(form->refusal()));

        // The same session, signed in still: the next action connects again and works.
        QVERIFY(window.workspace() == session);
        QVERIFY(window.vault()->isUnlocked());
        auto before = OfficeSettings(*window.vault()).get();
        QVERIFY(before.ok());
        QVERIFY(before.value().name != name->text()); // nothing half-saved
        QCOMPARE(countLogged(*window.vault(), QStringLiteral("office.updated")), changesBefore);
        name->setText(QStringLiteral("Bawaslu Kota Palu (baru)"));
        QVERIFY2(form->save(), qPrintable(form->refusal()));
        QCOMPARE(OfficeSettings(*window.vault()).get().value().name, QStringLiteral("Bawaslu Kota Palu (baru)"));
        QCOMPARE(countLogged(*window.vault(), QStringLiteral("office.updated")), changesBefore + 1);
        auto verified = window.vault()->verifyLog(&window.workspace()->session());
        QVERIFY2(verified.ok(), qPrintable(verified.error().untranslatedMessage()));

        // Without the server, the idle lock still wipes the key and the clipboard.
        pc.preferences.setIdleLockMinutes(5);
        window.clipboard().copy(QStringLiteral("Rahasia-123"), 30);
        QVERIFY(stopCluster());
        pc.clock.advance(6 * 60 * 1000);
        window.idleWatcher().check();
        const bool lockedWithoutServer = window.workspace() == nullptr && !window.vault()->isUnlocked();
        const bool clipboardCleared = QApplication::clipboard()->text().isEmpty();
        QVERIFY(restartCluster());
        QVERIFY(lockedWithoutServer);
        QVERIFY(clipboardCleared);
        QCOMPARE(window.gate()->currentCard(), GateScreen::Card::SignIn);
        QVERIFY(Storage::isServerLost(window.gate()->signInPage()->lastError())); // said on the card
        QVERIFY(window.signIn(QStringLiteral("Siti"), AdminPassphrase));
        QCOMPARE(OfficeSettings(*window.vault()).get().value().name, QStringLiteral("Bawaslu Kota Palu (baru)"));
    }
};

QTEST_MAIN(TestServerVault)
#include "tst_servervault.moc"
