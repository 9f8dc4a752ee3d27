// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <core/error.h>

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace Brankas {

// Where an officer signs in, and where the window comes back to after a lock. Shows which office's
// vault this is, so nobody types a passphrase into the wrong one.
class SignInPage : public QWidget
{
    Q_OBJECT

public:
    explicit SignInPage(QWidget *parent = nullptr);

    void setVault(const QString &officeName, const QString &path, const QStringList &officerNames,
                  const QString &lastOfficer);
    // After Ctrl+L or idle minutes: says the vault was locked and by what.
    void setLocked(bool locked, bool byIdle = false);
    // While the vault key comes from the keychain nobody can sign in yet; the page says so.
    void setBusy(bool busy);
    void showError(const Error &error);
    void clearPassphrase();
    void focusInput();

    QString officerName() const;
    QLineEdit *passphraseField() const { return m_passphrase; }
    QPushButton *signInButton() const { return m_signIn; }
    QLabel *errorLabel() const { return m_error; }
    const Error &lastError() const { return m_lastError; }

Q_SIGNALS:
    // The passphrase travels as UTF-8 bytes the receiver wipes; the field is cleared right away.
    void signInRequested(const QString &officer, const QByteArray &passphrase);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void submit();
    void updateButton();

    bool m_locked = false;
    bool m_byIdle = false;
    bool m_busy = false;
    Error m_lastError;
    QLabel *m_title = nullptr;
    QLabel *m_office = nullptr;
    QLabel *m_path = nullptr;
    QLabel *m_lockNotice = nullptr;
    QLabel *m_officerLabel = nullptr;
    QComboBox *m_officer = nullptr;
    QLabel *m_passphraseLabel = nullptr;
    QLineEdit *m_passphrase = nullptr;
    QLabel *m_error = nullptr;
    QLabel *m_busyLabel = nullptr;
    QPushButton *m_signIn = nullptr;
};

} // namespace Brankas
