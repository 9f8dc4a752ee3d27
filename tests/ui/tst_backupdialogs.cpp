// SPDX-License-Identifier: GPL-3.0-or-later
// "Back up now" and "Restore from backup" as an officer uses them: the backup goes into the folder
// for automatic backups under the office's name and the day, and says where and how large it is;
// that file restores on a "new PC" (its own key store) into a vault whose log verifies and which
// the dialog offers to open. A wrong recovery passphrase, a wrong officer passphrase, an existing
// file without "replace" and a file that is not a backup each show core's message and write nothing.
#include "pagefixture.h"

#include <core/backup/backupformat.h>
#include <core/backup/backupreader.h>
#include <core/backup/restore.h>
#include <core/i18n/language.h>
#include <core/keychain/memorykeystore.h>
#include <ui/backup/backupdialog.h>
#include <ui/backup/restoredialog.h>
#include <ui/shell/appmenus.h>
#include <ui/shell/appwindow.h>
#include <ui/shell/gatescreen.h>
#include <ui/signin/welcomepage.h>

#include <QApplication>
#include <QCheckBox>
#include <QDirIterator>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTest>
#include <QTimer>

using namespace Brankas;
using namespace Brankas::Testing;

namespace {
QStringList everything(const QString &folder)
{
    QStringList found;
    QDirIterator it(folder, QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        found << QDir(folder).relativeFilePath(it.next());
    }
    found.sort();
    return found;
}

void type(QLineEdit *edit, const QString &text)
{
    edit->clear();
    QTest::keyClicks(edit, text);
}

// Acts in the next dialog of this kind that the window opens (its exec() blocks the caller).
template <typename Dialog> void whenOpened(const std::function<void(Dialog &)> &act, int tries = 200)
{
    QTimer::singleShot(20, [act, tries] {
        if (auto *dialog = qobject_cast<Dialog *>(QApplication::activeModalWidget())) {
            act(*dialog);
        } else if (tries > 0) {
            whenOpened<Dialog>(act, tries - 1);
        }
    });
}
} // namespace

class TestBackupDialogs : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void backupIsWrittenWhereOffered();
    void backupRestoresOnANewPc();
    void refusalsWriteNothing_data();
    void refusalsWriteNothing();
    void replacingKeepsTheOldFile();
    void notABackupIsNamedBeforeAnyPassphrase();
    void suggestedTargetNeverOverwrites();
    void windowBacksUpAndANewPcRestores();

private:
    // Fills the dialog as the officer does and presses Restore.
    bool restoreWith(RestoreDialog &dialog, const QString &target, const QString &officer, const QByteArray &passphrase,
                     const QByteArray &recovery, bool replace = false);

    std::unique_ptr<PageFixture> m_fixture;
    QTemporaryDir m_usb;
    QString m_backup;
};

void TestBackupDialogs::initTestCase()
{
    m_fixture = std::make_unique<PageFixture>(false);
    m_fixture->preferences.setBackupFolder(m_usb.path());
}

void TestBackupDialogs::backupIsWrittenWhereOffered()
{
    const qint64 logBefore = m_fixture->office.logCount();
    BackupDialog dialog(*m_fixture->workspace);
    dialog.show();
    const QString offered = QDir::fromNativeSeparators(dialog.pathField()->text());
    QCOMPARE(QFileInfo(offered).absolutePath(), QFileInfo(m_usb.path()).absoluteFilePath());
    const QString day = m_fixture->office.t.clock.nowUtc().toLocalTime().date().toString(Qt::ISODate);
    QCOMPARE(QFileInfo(offered).fileName(),
             m_fixture->vault().officeName() + QLatin1Char(' ') + day + Backup::fileSuffix());

    QTest::mouseClick(dialog.backUpButton(), Qt::LeftButton);
    QVERIFY(dialog.backedUp());
    QVERIFY(QFileInfo::exists(offered));
    QVERIFY(dialog.outcome()->isVisible());
    QCOMPARE(dialog.outcome()->objectName(), QStringLiteral("backupOutcome"));
    QVERIFY2(dialog.outcome()->text().contains(QDir::toNativeSeparators(offered)),
             qPrintable(dialog.outcome()->text()));
    QVERIFY(dialog.outcome()->text().contains(QLocale().formattedDataSize(QFileInfo(offered).size())));
    QVERIFY(!dialog.backUpButton()->isVisible());
    QCOMPARE(m_fixture->office.logCount(), logBefore + 1);
    QCOMPARE(m_fixture->office.lastLogEntry().action, QStringLiteral("vault.backed-up"));
    m_backup = offered;

    // A second backup the same day gets a name of its own.
    BackupDialog again(*m_fixture->workspace);
    QVERIFY(QDir::fromNativeSeparators(again.pathField()->text()) != offered);
    QVERIFY(again.pathField()->text().contains(QStringLiteral("(2)")));
}

bool TestBackupDialogs::restoreWith(RestoreDialog &dialog, const QString &target, const QString &officer,
                                    const QByteArray &passphrase, const QByteArray &recovery, bool replace)
{
    type(dialog.backupField(), QDir::toNativeSeparators(m_backup));
    type(dialog.targetField(), QDir::toNativeSeparators(target));
    type(dialog.officerField(), officer);
    type(dialog.passphraseField(), QString::fromUtf8(passphrase));
    type(dialog.recoveryField(), QString::fromUtf8(recovery));
    if (replace) {
        if (!dialog.replaceBox()->isVisible()) {
            qWarning("no box to tick for replacing");
            return false;
        }
        QTest::keyClick(dialog.replaceBox(), Qt::Key_Space);
    }
    if (!dialog.restoreButton()->isEnabled()) {
        qWarning("the Restore button stays disabled");
        return false;
    }
    QTest::mouseClick(dialog.restoreButton(), Qt::LeftButton);
    return !dialog.restoredPath().isEmpty();
}

void TestBackupDialogs::backupRestoresOnANewPc()
{
    QVERIFY(!m_backup.isEmpty());
    QTemporaryDir newPc;
    MemoryKeyStore keys;
    const VaultEnvironment environment{keys, m_fixture->office.t.clock, cheapKdf()};
    const QString target = newPc.filePath(QStringLiteral("vault.brankas"));
    RestoreDialog dialog(environment, QString(), m_usb.path());
    dialog.show();
    QVERIFY(dialog.passphraseField()->echoMode() == QLineEdit::Password);
    QVERIFY(dialog.recoveryField()->echoMode() == QLineEdit::Password);
    QVERIFY(!dialog.restoreButton()->isEnabled());
    QVERIFY(restoreWith(dialog, target, QStringLiteral("Siti"), AdminPassphrase, RecoveryPassphrase));
    QCOMPARE(dialog.restoredPath(), target);
    QVERIFY(dialog.outcome()->isVisible());
    QCOMPARE(dialog.outcome()->objectName(), QStringLiteral("restoreOutcome"));
    QVERIFY(dialog.outcome()->text().contains(QDir::toNativeSeparators(target)));
    // Nothing of the passphrases stays in the dialog.
    QVERIFY(dialog.passphraseField()->text().isEmpty());
    QVERIFY(dialog.recoveryField()->text().isEmpty());
    QVERIFY(dialog.openButton()->isVisible());
    QTest::mouseClick(dialog.openButton(), Qt::LeftButton);
    QVERIFY(dialog.openRequested());
    QCOMPARE(dialog.result(), int(QDialog::Accepted));

    // The new PC's key store opens it, and its log verifies with the restore as its last entry.
    auto vault = Vault::open(target, Vault::Access::ReadWrite, environment);
    QVERIFY(vault);
    QCOMPARE(vault.value()->id(), m_fixture->vault().id());
    QVERIFY(vault.value()->unlockFromKeychain());
    auto verified = vault.value()->verifyLog(nullptr, {}, true);
    QVERIFY(verified && verified.value().intact());
    auto last = vault.value()->log().entries({.limit = 1, .newestFirst = true});
    QVERIFY(last && last.value().size() == 1);
    QCOMPARE(last.value().first().action, QStringLiteral("vault.restored"));
}

void TestBackupDialogs::refusalsWriteNothing_data()
{
    QTest::addColumn<QString>("officer");
    QTest::addColumn<QByteArray>("passphrase");
    QTest::addColumn<QByteArray>("recovery");
    QTest::newRow("wrong recovery passphrase")
        << QStringLiteral("Siti") << AdminPassphrase << QByteArrayLiteral("awan sungai batu merah jauh");
    QTest::newRow("wrong officer passphrase")
        << QStringLiteral("Siti") << QByteArrayLiteral("bukan sandi siti") << RecoveryPassphrase;
    QTest::newRow("not an administrator") << QStringLiteral("Budi") << BudiPassphrase << RecoveryPassphrase;
}

void TestBackupDialogs::refusalsWriteNothing()
{
    QFETCH(QString, officer);
    QFETCH(QByteArray, passphrase);
    QFETCH(QByteArray, recovery);
    QVERIFY(!m_backup.isEmpty());
    QTemporaryDir newPc;
    MemoryKeyStore keys;
    RestoreDialog dialog(VaultEnvironment{keys, m_fixture->office.t.clock, cheapKdf()}, QString(), m_usb.path());
    dialog.show();
    QVERIFY(!restoreWith(dialog, newPc.filePath(QStringLiteral("vault.brankas")), officer, passphrase, recovery));
    QVERIFY(dialog.outcome()->isVisible());
    QCOMPARE(dialog.outcome()->objectName(), QStringLiteral("restoreProblem"));
    // Core's own message, the one the CLI prints.
    auto reader = Backup::BackupReader::open(m_backup);
    QVERIFY(reader);
    auto direct = Backup::restoreBackup(
        *reader.value(),
        Backup::RestoreRequest{newPc.filePath(QStringLiteral("direct.brankas")), officer, passphrase, recovery, false},
        VaultEnvironment{keys, m_fixture->office.t.clock, cheapKdf()});
    QVERIFY(!direct);
    QCOMPARE(dialog.outcome()->text(), direct.error().message());
    QCOMPARE(everything(newPc.path()), QStringList());
    QVERIFY(!keys.readKey(m_fixture->vault().id()));
    QVERIFY(!dialog.openButton()->isVisible());
    QVERIFY(dialog.restoreButton()->isVisible());
}

void TestBackupDialogs::replacingKeepsTheOldFile()
{
    QVERIFY(!m_backup.isEmpty());
    QTemporaryDir newPc;
    MemoryKeyStore keys;
    const QString target = newPc.filePath(QStringLiteral("vault.brankas"));
    {
        QFile old(target);
        QVERIFY(old.open(QIODevice::WriteOnly));
        old.write("the vault that was here");
    }
    RestoreDialog dialog(VaultEnvironment{keys, m_fixture->office.t.clock, cheapKdf()}, QString(), m_usb.path());
    dialog.show();
    QVERIFY(!restoreWith(dialog, target, QStringLiteral("Siti"), AdminPassphrase, RecoveryPassphrase));
    QCOMPARE(dialog.outcome()->text(), Backup::checkRestoreTarget(target, false).error().message());
    QCOMPARE(everything(newPc.path()), QStringList{QStringLiteral("vault.brankas")});
    QVERIFY(dialog.replaceBox()->isVisible());

    QVERIFY(restoreWith(dialog, target, QStringLiteral("Siti"), AdminPassphrase, RecoveryPassphrase, true));
    QVERIFY(dialog.outcome()->text().contains(QDir::toNativeSeparators(Backup::keptAsPath(target))));
    QFile kept(Backup::keptAsPath(target));
    QVERIFY(kept.open(QIODevice::ReadOnly));
    QCOMPARE(kept.readAll(), QByteArrayLiteral("the vault that was here"));
}

void TestBackupDialogs::notABackupIsNamedBeforeAnyPassphrase()
{
    QTemporaryDir dir;
    const QString notBackup = dir.filePath(QStringLiteral("foto.jpg"));
    {
        QFile file(notBackup);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QByteArray(4096, 'x'));
    }
    MemoryKeyStore keys;
    RestoreDialog dialog(VaultEnvironment{keys, m_fixture->office.t.clock, cheapKdf()}, QString(), dir.path());
    dialog.show();
    type(dialog.backupField(), notBackup);
    QTest::keyClick(dialog.backupField(), Qt::Key_Return);
    auto reader = Backup::BackupReader::open(notBackup);
    QVERIFY(!reader);
    auto *info = dialog.findChild<QLabel *>(QStringLiteral("backupFileInfo"));
    QVERIFY(info && info->isVisible());
    QCOMPARE(info->text(), reader.error().message());
}

void TestBackupDialogs::suggestedTargetNeverOverwrites()
{
    QTemporaryDir dir;
    const QString absent = dir.filePath(QStringLiteral("vault.brankas"));
    QCOMPARE(RestoreDialog::suggestedTarget(absent), absent);
    QFile created(absent);
    QVERIFY(created.open(QIODevice::WriteOnly));
    created.close();
    QCOMPARE(RestoreDialog::suggestedTarget(absent), dir.filePath(QStringLiteral("vault-restored.brankas")));
}

void TestBackupDialogs::windowBacksUpAndANewPcRestores()
{
    // The office's PC: Vault > Back up now, while signed in.
    TestVault office;
    office.create().reset();
    QTemporaryDir settings;
    Preferences preferences{
        std::make_unique<QSettings>(settings.filePath(QStringLiteral("prefs.ini")), QSettings::IniFormat)};
    LanguageSwitcher language;
    QTemporaryDir usb;
    const QString backup = usb.filePath(QStringLiteral("kantor.brankas-backup"));
    {
        AppWindow window(office.path, office.environment(), language, preferences);
        QTRY_VERIFY(window.vault() && window.vault()->isUnlocked());
        QVERIFY(!window.menus().backupAction()->isEnabled());
        QVERIFY(window.signIn(QStringLiteral("Siti"), AdminPassphrase));
        QVERIFY(window.menus().backupAction()->isEnabled());
        bool backedUp = false;
        whenOpened<BackupDialog>([&](BackupDialog &dialog) {
            type(dialog.pathField(), backup);
            backedUp = dialog.backUp();
            dialog.reject();
        });
        window.menus().backupAction()->trigger();
        QVERIFY(backedUp);
        QVERIFY(QFileInfo::exists(backup));
        QVERIFY(window.menus().lockAction()->isEnabled()); // locking works again once the dialog is closed
    }

    // A new PC: no vault yet, its own key store; the welcome card restores the backup where this
    // PC keeps its vault, and the window opens it.
    TestVault newPc;
    QTemporaryDir newSettings;
    Preferences newPreferences{
        std::make_unique<QSettings>(newSettings.filePath(QStringLiteral("prefs.ini")), QSettings::IniFormat)};
    AppWindow window(newPc.path, newPc.environment(), language, newPreferences);
    QCOMPARE(window.gate()->currentCard(), GateScreen::Card::Welcome);
    QVERIFY(window.menus().restoreAction()->isEnabled());
    whenOpened<RestoreDialog>([&](RestoreDialog &dialog) {
        QCOMPARE(QDir::fromNativeSeparators(dialog.targetField()->text()), newPc.path);
        type(dialog.backupField(), backup);
        type(dialog.officerField(), QStringLiteral("Siti"));
        type(dialog.passphraseField(), QString::fromUtf8(AdminPassphrase));
        type(dialog.recoveryField(), QString::fromUtf8(RecoveryPassphrase));
        if (dialog.restore()) {
            QTest::mouseClick(dialog.openButton(), Qt::LeftButton);
        } else {
            qWarning("the restore was refused: %s", qPrintable(dialog.outcome()->text()));
            dialog.reject();
        }
    });
    window.gate()->welcomePage()->restoreButton()->click();
    QVERIFY(QFileInfo::exists(newPc.path));
    QTRY_VERIFY(window.vault() && window.vault()->isUnlocked());
    QCOMPARE(window.gate()->currentCard(), GateScreen::Card::SignIn);
    QVERIFY(window.signIn(QStringLiteral("Siti"), AdminPassphrase));
}

QTEST_MAIN(TestBackupDialogs)
#include "tst_backupdialogs.moc"
