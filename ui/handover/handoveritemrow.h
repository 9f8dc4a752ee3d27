// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <core/handover/handover.h>

#include <QFrame>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace Brankas {

class Workspace;

// One account of a draft handover and what is done to it: a new generated password, shown once
// (large and monospaced, to set on the platform, with Copy), a new recovery e-mail/phone, and
// ticks for changes made on the platform outside Brankas. Every change is stored and logged by core
// at once.
class HandoverItemRow : public QFrame
{
    Q_OBJECT

public:
    HandoverItemRow(Workspace &workspace, qint64 handoverId, const HandoverItem &item, QWidget *parent = nullptr);

    qint64 accountId() const { return m_item.accountId; }
    const HandoverItem &item() const { return m_item; }

    // Generates and stores a new password and shows it. Returns whether it worked.
    bool generatePassword();
    bool saveRecoveryContact(const QString &email, const QString &phone);
    bool markChanges(bool passwordChanged, bool recoveryChanged);
    void copyPassword();
    // Takes the shown password off the screen (the step is left, or the wizard closes).
    void forgetPassword();
    bool isShowingPassword() const;

    QPushButton *generateButton() const { return m_generate; }
    QLineEdit *passwordField() const { return m_password; }
    QPushButton *copyButton() const { return m_copy; }
    QLineEdit *emailEdit() const { return m_email; }
    QLineEdit *phoneEdit() const { return m_phone; }
    QCheckBox *passwordChangedBox() const { return m_passwordChanged; }
    QCheckBox *recoveryChangedBox() const { return m_recoveryChanged; }

Q_SIGNALS:
    void changed();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void showFlags();

    Workspace &m_workspace;
    qint64 m_handoverId;
    HandoverItem m_item;
    QLabel *m_icon;
    QLabel *m_title;
    QLabel *m_statusIcon;
    QLabel *m_status;
    QPushButton *m_generate;
    QLineEdit *m_password;
    QPushButton *m_copy;
    QLabel *m_passwordHint;
    QLabel *m_emailLabel;
    QLineEdit *m_email;
    QLabel *m_phoneLabel;
    QLineEdit *m_phone;
    QPushButton *m_saveRecovery;
    QCheckBox *m_passwordChanged;
    QCheckBox *m_recoveryChanged;
};

} // namespace Brankas
