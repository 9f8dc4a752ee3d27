// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <core/vault/keychainstate.h>

#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;

namespace Brankas {

// When this PC's password storage cannot give the vault key (a new PC, a locked or missing
// keyring, another vault's key): says why in words an officer can act on, and opens the vault with
// the recovery passphrase from the recovery sheet instead.
class RecoveryPage : public QWidget
{
    Q_OBJECT

public:
    explicit RecoveryPage(QWidget *parent = nullptr);

    void setState(const KeychainState &state);
    void showError(const Error &error);

    QLineEdit *officerField() const { return m_officer; }
    QLineEdit *recoveryField() const { return m_recovery; }
    QPushButton *openButton() const { return m_open; }
    QPushButton *retryButton() const { return m_retry; }

Q_SIGNALS:
    void retryRequested();
    // The passphrase travels as UTF-8 bytes the receiver wipes; the field is cleared right away.
    void recoveryRequested(const QString &officer, const QByteArray &recoveryPassphrase);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void submit();
    void updateButton();

    KeychainState m_state;
    Error m_lastError;
    QLabel *m_title = nullptr;
    QLabel *m_reason = nullptr;
    QLabel *m_explain = nullptr;
    QPushButton *m_retry = nullptr;
    QLabel *m_recoveryTitle = nullptr;
    QLabel *m_recoveryHint = nullptr;
    QLabel *m_officerLabel = nullptr;
    QLineEdit *m_officer = nullptr;
    QLabel *m_recoveryLabel = nullptr;
    QLineEdit *m_recovery = nullptr;
    QLabel *m_error = nullptr;
    QPushButton *m_open = nullptr;
};

} // namespace Brankas
