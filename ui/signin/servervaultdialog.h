// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <core/error.h>
#include <core/vault/vault.h>

#include <QDialog>

#include <memory>

class QLabel;
class QLineEdit;
class QPushButton;

namespace Brankas {

class VaultAddress;

// The address of a vault on a PostgreSQL server, and the server's password when this PC needs
// one: checked as brankas-cli checks them before the dialog closes, so whatever is wrong (a
// malformed address, a password inside it, a server that cannot be reached or refuses the
// password, no vault there) is said here and can be corrected here. A password typed here goes
// only into this PC's keychain, under the address, as `recover` and `init --server` keep it.
class ServerVaultDialog : public QDialog
{
    Q_OBJECT

public:
    // Open: a vault already on the server (the window then asks for the vault key as for a file:
    // the keychain, or on a PC that never opened it the recovery passphrase). Create: an empty
    // database the setup wizard then makes the vault in.
    enum class Purpose { Open, Create };

    ServerVaultDialog(Purpose purpose, VaultEnvironment environment, QWidget *parent = nullptr);
    ~ServerVaultDialog() override;

    void setAddress(const QString &address);
    // After accepted(): the address in its normal form, and for Open the vault, open and locked.
    const QString &address() const { return m_address; }
    std::unique_ptr<Vault> takeVault() { return std::move(m_vault); }
    // Why the last attempt failed (none before one, or after success).
    const Error &problem() const { return m_problem; }

    QLineEdit *addressField() const { return m_addressField; }
    QLineEdit *passwordField() const { return m_password; }
    QPushButton *okButton() const { return m_ok; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void tryAddress();
    Status reachVault(const VaultAddress &address);
    void showProblem(const Error &error);
    void retranslateUi();

    Purpose m_purpose;
    VaultEnvironment m_environment;
    QLabel *m_intro;
    QLabel *m_addressLabel;
    QLineEdit *m_addressField;
    QLabel *m_addressHint;
    QLabel *m_passwordLabel;
    QLineEdit *m_password;
    QLabel *m_passwordHint;
    QLabel *m_problemLabel;
    QPushButton *m_ok = nullptr;
    QPushButton *m_cancel = nullptr;
    QString m_address;
    std::unique_ptr<Vault> m_vault;
    Error m_problem;
};

} // namespace Brankas
