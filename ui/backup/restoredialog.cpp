// SPDX-License-Identifier: GPL-3.0-or-later
#include "restoredialog.h"

#include "../app/vaultplace.h"
#include "../look.h"
#include "backupprogressdialog.h"

#include <core/backup/restore.h>
#include <core/crypto/secretbytes.h>
#include <core/vault/vaultaddress.h>

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

namespace Brankas {

namespace {
QLineEdit *passphraseEdit(QWidget *parent, const QString &objectName)
{
    auto *edit = new QLineEdit(parent);
    edit->setObjectName(objectName);
    edit->setEchoMode(QLineEdit::Password);
    edit->setInputMethodHints(Qt::ImhSensitiveData | Qt::ImhNoPredictiveText | Qt::ImhNoAutoUppercase);
    return edit;
}

QHBoxLayout *pathRow(QLineEdit *path, QPushButton *choose)
{
    auto *row = new QHBoxLayout;
    row->addWidget(path, 1);
    row->addWidget(choose);
    return row;
}

SecretBytes takeText(QLineEdit *edit)
{
    QByteArray bytes = edit->text().toUtf8();
    return SecretBytes::takeFrom(bytes);
}
} // namespace

RestoreDialog::RestoreDialog(VaultEnvironment environment, const QString &currentVault, const QString &backupFolder,
                             QWidget *parent)
    : QDialog(parent)
    , m_environment(environment)
    , m_backupFolder(backupFolder)
    , m_intro(Look::label(this, QStringLiteral("restoreIntro")))
    , m_fileLabel(Look::label(this, QString(), false))
    , m_file(new QLineEdit(this))
    , m_chooseFile(new QPushButton(this))
    , m_fileInfo(Look::label(this, QStringLiteral("backupFileInfo")))
    , m_targetLabel(Look::label(this, QString(), false))
    , m_target(new QLineEdit(this))
    , m_chooseTarget(new QPushButton(this))
    , m_replace(new QCheckBox(this))
    , m_officerLabel(Look::label(this, QString(), false))
    , m_officer(new QLineEdit(this))
    , m_passphraseLabel(Look::label(this, QString(), false))
    , m_passphrase(passphraseEdit(this, QStringLiteral("officerPassphrase")))
    , m_recoveryLabel(Look::label(this, QString(), false))
    , m_recovery(passphraseEdit(this, QStringLiteral("recoveryPassphrase")))
    , m_outcome(Look::label(this, QStringLiteral("restoreOutcome")))
{
    setObjectName(QStringLiteral("restoreDialog"));
    setStyleSheet(Look::styleSheet());
    setMinimumWidth(640);
    m_file->setObjectName(QStringLiteral("backupFile"));
    m_chooseFile->setObjectName(QStringLiteral("chooseBackupFile"));
    Look::setMuted(m_fileInfo);
    m_fileInfo->hide();
    m_target->setObjectName(QStringLiteral("restoreTarget"));
    m_target->setText(QDir::toNativeSeparators(suggestedTarget(currentVault)));
    m_chooseTarget->setObjectName(QStringLiteral("chooseRestoreTarget"));
    m_replace->setObjectName(QStringLiteral("replaceExisting"));
    m_officer->setObjectName(QStringLiteral("restoreOfficer"));
    m_outcome->hide();

    auto *form = new QFormLayout;
    form->setHorizontalSpacing(12);
    form->setVerticalSpacing(8);
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    form->addRow(m_fileLabel, pathRow(m_file, m_chooseFile));
    form->addRow(QString(), m_fileInfo);
    form->addRow(m_targetLabel, pathRow(m_target, m_chooseTarget));
    form->addRow(QString(), m_replace);
    form->addRow(m_officerLabel, m_officer);
    form->addRow(m_passphraseLabel, m_passphrase);
    form->addRow(m_recoveryLabel, m_recovery);

    m_buttons = new QDialogButtonBox(this);
    m_restore = m_buttons->addButton(QString(), QDialogButtonBox::AcceptRole);
    m_restore->setObjectName(QStringLiteral("restoreButton"));
    m_restore->setDefault(true);
    // Joins the buttons once there is a restored vault to open (a button box shows all it holds).
    m_open = new QPushButton(this);
    m_open->setObjectName(QStringLiteral("openRestored"));
    m_open->hide();
    m_close = m_buttons->addButton(QString(), QDialogButtonBox::RejectRole);
    auto *layout = new QVBoxLayout(this);
    layout->setSpacing(10);
    layout->addWidget(m_intro);
    layout->addLayout(form);
    layout->addWidget(m_outcome);
    layout->addStretch(1);
    layout->addWidget(m_buttons);

    connect(m_chooseFile, &QPushButton::clicked, this, &RestoreDialog::chooseBackup);
    connect(m_chooseTarget, &QPushButton::clicked, this, &RestoreDialog::chooseTarget);
    connect(m_restore, &QPushButton::clicked, this, &RestoreDialog::restore);
    connect(m_open, &QPushButton::clicked, this, [this] {
        m_openRequested = true;
        accept();
    });
    connect(m_buttons, &QDialogButtonBox::rejected, this, &RestoreDialog::reject);
    connect(m_file, &QLineEdit::editingFinished, this, &RestoreDialog::describeBackup);
    for (QLineEdit *edit : {m_file, m_target, m_officer, m_passphrase, m_recovery}) {
        connect(edit, &QLineEdit::textChanged, this, &RestoreDialog::updateState);
    }
    retranslateUi();
}

RestoreDialog::~RestoreDialog()
{
    m_passphrase->clear();
    m_recovery->clear();
}

QString RestoreDialog::suggestedTarget(const QString &currentVault)
{
    QString base = currentVault.isEmpty() ? defaultVaultPath() : currentVault;
    if (const auto address = VaultAddress::parse(base); address && address.value().isServer()) {
        // A backup restores as a file (brankas-cli vault move puts it on a server again): into the
        // folder this PC keeps for that server's vault.
        base = QDir(VaultPlace::folderOnThisPc(base)).filePath(address.value().database() + QStringLiteral(".brankas"));
    }
    if (!QFileInfo::exists(base)) {
        return base;
    }
    const QFileInfo info(base);
    return info.dir().filePath(info.completeBaseName() + QStringLiteral("-restored.") + info.suffix());
}

void RestoreDialog::chooseBackup()
{
    const QString start = m_file->text().isEmpty() ? m_backupFolder : QDir::fromNativeSeparators(m_file->text());
    const QString chosen = QFileDialog::getOpenFileName(
        this, tr("Choose a backup"), start, tr("Brankas backups (*%1);;All files (*)").arg(Backup::fileSuffix()));
    if (!chosen.isEmpty()) {
        m_file->setText(QDir::toNativeSeparators(chosen));
        describeBackup();
    }
}

void RestoreDialog::chooseTarget()
{
    // The restore itself refuses to overwrite; the dialog must not ask a question of its own first.
    const QString chosen = QFileDialog::getSaveFileName(
        this, tr("Where the restored vault goes"), QDir::fromNativeSeparators(m_target->text()),
        tr("Brankas vaults (*.brankas);;All files (*)"), nullptr, QFileDialog::DontConfirmOverwrite);
    if (!chosen.isEmpty()) {
        m_target->setText(QDir::toNativeSeparators(chosen));
    }
}

void RestoreDialog::describeBackup()
{
    m_backupProblem = Error();
    m_backupWritten.clear();
    const QString path = QDir::fromNativeSeparators(m_file->text().trimmed());
    if (!path.isEmpty()) {
        // The header alone: a file that is not a backup is refused before any passphrase is typed.
        auto reader = Backup::BackupReader::open(path);
        if (reader) {
            m_backupWritten = locale().toString(reader.value()->header().createdAt.toLocalTime(), QLocale::LongFormat);
        } else {
            m_backupProblem = reader.error();
        }
    }
    retranslateUi();
}

void RestoreDialog::updateState()
{
    const QString target = QDir::fromNativeSeparators(m_target->text().trimmed());
    const bool exists = !target.isEmpty() && QFileInfo::exists(target);
    m_replace->setVisible(exists && m_restored.isEmpty());
    if (!exists) {
        m_replace->setChecked(false);
    }
    m_replace->setText(tr("Replace that file (kept as %1)").arg(QFileInfo(Backup::keptAsPath(target)).fileName()));
    m_restore->setEnabled(!m_file->text().trimmed().isEmpty() && !target.isEmpty() &&
                          !m_officer->text().trimmed().isEmpty() && !m_passphrase->text().isEmpty() &&
                          !m_recovery->text().isEmpty());
}

bool RestoreDialog::restore()
{
    const QString file = QDir::fromNativeSeparators(m_file->text().trimmed());
    const QString target = QDir::fromNativeSeparators(m_target->text().trimmed());
    m_refusal = Error();
    Status allowed = Backup::checkRestoreTarget(target, m_replace->isChecked());
    auto reader =
        allowed ? Backup::BackupReader::open(file) : Result<std::unique_ptr<Backup::BackupReader>>(allowed.error());
    if (!reader) {
        m_refusal = reader.error();
        showOutcome();
        return false;
    }
    const SecretBytes passphrase = takeText(m_passphrase);
    const SecretBytes recovery = takeText(m_recovery);
    BackupProgressDialog progress(tr("Restore from backup"), tr("Restoring the vault and verifying its archive log…"),
                                  this);
    progress.setCommitStep(Backup::RestoreCommitsAt, tr("Putting the restored vault in place…"));
    m_restore->setEnabled(false);
    auto restored = Backup::restoreBackup(*reader.value(),
                                          Backup::RestoreRequest{target, m_officer->text().trimmed(), passphrase.view(),
                                                                 recovery.view(), m_replace->isChecked()},
                                          m_environment, progress.start());
    progress.close();
    updateState();
    if (!restored) {
        m_refusal = restored.error();
        showOutcome();
        return false;
    }
    m_passphrase->clear();
    m_recovery->clear();
    m_restored = restored.value().path;
    m_keptAs = restored.value().keptAs;
    m_entries = restored.value().log.entries;
    m_keychain = restored.value().keychain ? Error() : restored.value().keychain.error();
    for (QWidget *widget : std::initializer_list<QWidget *>{m_file, m_chooseFile, m_target, m_chooseTarget, m_replace,
                                                            m_officer, m_passphrase, m_recovery, m_restore}) {
        widget->setEnabled(false);
    }
    m_buttons->removeButton(m_restore);
    m_restore->setParent(this);
    m_restore->hide();
    m_buttons->addButton(m_open, QDialogButtonBox::AcceptRole);
    m_open->show();
    m_open->setDefault(true);
    m_open->setFocus();
    retranslateUi();
    return true;
}

void RestoreDialog::showOutcome()
{
    QString text;
    if (m_refusal.isError()) {
        text = m_refusal.message();
    } else if (!m_restored.isEmpty()) {
        text = tr("The vault is restored to %1, and its archive log of %2 entries verifies.")
                   .arg(QDir::toNativeSeparators(m_restored), locale().toString(m_entries));
        if (!m_keptAs.isEmpty()) {
            text +=
                QLatin1Char(' ') + tr("The file that was there is kept as %1.").arg(QDir::toNativeSeparators(m_keptAs));
        }
        if (m_keychain.isError()) {
            text += QLatin1Char(' ') + m_keychain.message();
        }
    }
    m_outcome->setObjectName(m_refusal.isError() ? QStringLiteral("restoreProblem") : QStringLiteral("restoreOutcome"));
    m_outcome->setStyleSheet(QString());
    m_outcome->setText(text);
    m_outcome->setVisible(!text.isEmpty());
    adjustSize(); // room for the message, which a window manager would not make by itself
}

void RestoreDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
    }
    QDialog::changeEvent(event);
}

void RestoreDialog::retranslateUi()
{
    setWindowTitle(tr("Restore from backup"));
    m_intro->setText(tr("Restores a vault from one of its backups, for instance on a new PC. You need an "
                        "administrator of the backed-up vault with their passphrase, and the recovery passphrase "
                        "from the sheet in the office safe. Brankas verifies the whole archive log before the "
                        "restored vault is put in place."));
    m_fileLabel->setText(tr("Backup file:"));
    m_chooseFile->setText(tr("Choose…"));
    m_fileInfo->setText(m_backupProblem.isError() ? m_backupProblem.message()
                                                  : tr("Backup written on %1.").arg(m_backupWritten));
    m_fileInfo->setVisible(m_backupProblem.isError() || !m_backupWritten.isEmpty());
    m_targetLabel->setText(tr("Restore to:"));
    m_chooseTarget->setText(tr("Choose…"));
    m_officerLabel->setText(tr("Administrator:"));
    m_officer->setPlaceholderText(tr("An administrator of the backed-up vault"));
    m_passphraseLabel->setText(tr("Their passphrase:"));
    m_recoveryLabel->setText(tr("Recovery passphrase:"));
    m_restore->setText(tr("Restore"));
    m_open->setText(tr("Open restored vault"));
    m_close->setText(m_restored.isEmpty() ? tr("Cancel") : tr("Close"));
    updateState();
    showOutcome();
}

} // namespace Brankas
