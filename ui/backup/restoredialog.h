// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <core/error.h>
#include <core/vault/vault.h>

#include <QDialog>

class QCheckBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace Brankas {

// "Restore from backup": a backup file, where the restored vault goes (by default beside the vault
// this window uses, or where Brankas keeps its vault on a new PC), and what core's restore asks for:
// an administrator of the backed-up vault with their passphrase, and the recovery passphrase. An
// existing file is replaced only when the officer ticks so (it is then kept as .before-restore).
// A bar shows the restore; the dialog then offers to open the restored vault. Every refusal of core
// stays in the dialog as its message, and the passphrases never leave their fields but into core.
class RestoreDialog : public QDialog
{
    Q_OBJECT

public:
    RestoreDialog(VaultEnvironment environment, const QString &currentVault, const QString &backupFolder,
                  QWidget *parent = nullptr);
    ~RestoreDialog() override; // clears the passphrase fields

    // The place offered for the restored vault: the current vault's path when nothing is there yet,
    // otherwise a "-restored" name beside it.
    static QString suggestedTarget(const QString &currentVault);

    QLineEdit *backupField() const { return m_file; }
    QLineEdit *targetField() const { return m_target; }
    QCheckBox *replaceBox() const { return m_replace; }
    QLineEdit *officerField() const { return m_officer; }
    QLineEdit *passphraseField() const { return m_passphrase; }
    QLineEdit *recoveryField() const { return m_recovery; }
    QPushButton *restoreButton() const { return m_restore; }
    QPushButton *openButton() const { return m_open; }
    QLabel *outcome() const { return m_outcome; }

    // Restores (the Restore button); false leaves the reason in the dialog.
    bool restore();
    // The restored vault, once there is one, and whether the officer asked to open it.
    const QString &restoredPath() const { return m_restored; }
    bool openRequested() const { return m_openRequested; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void chooseBackup();
    void chooseTarget();
    void describeBackup();
    void updateState();
    void showOutcome();
    void retranslateUi();

    VaultEnvironment m_environment;
    QString m_backupFolder;
    Error m_refusal;
    Error m_backupProblem;
    QString m_backupWritten;
    QString m_restored;
    QString m_keptAs;
    qint64 m_entries = 0;
    Error m_keychain;
    bool m_openRequested = false;
    QLabel *m_intro;
    QLabel *m_fileLabel;
    QLineEdit *m_file;
    QPushButton *m_chooseFile;
    QLabel *m_fileInfo;
    QLabel *m_targetLabel;
    QLineEdit *m_target;
    QPushButton *m_chooseTarget;
    QCheckBox *m_replace;
    QLabel *m_officerLabel;
    QLineEdit *m_officer;
    QLabel *m_passphraseLabel;
    QLineEdit *m_passphrase;
    QLabel *m_recoveryLabel;
    QLineEdit *m_recovery;
    QLabel *m_outcome;
    QPushButton *m_restore;
    QPushButton *m_open;
    QPushButton *m_close;
    QDialogButtonBox *m_buttons;
};

} // namespace Brankas
