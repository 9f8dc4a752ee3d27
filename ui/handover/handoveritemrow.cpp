// SPDX-License-Identifier: GPL-3.0-or-later
#include "handoveritemrow.h"

#include <core/handover/handovers.h>
#include <core/vault/vault.h>
#include <ui/app/messages.h>
#include <ui/app/preferences.h>
#include <ui/app/secretclipboard.h>
#include <ui/app/workspace.h>
#include <ui/look.h>
#include <ui/models/accounticons.h>
#include <ui/models/accounttablemodel.h>

#include <QCheckBox>
#include <QEvent>
#include <QFontDatabase>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalBlocker>
#include <QVBoxLayout>

namespace Brankas {

HandoverItemRow::HandoverItemRow(Workspace &workspace, qint64 handoverId, const HandoverItem &item, QWidget *parent)
    : QFrame(parent)
    , m_workspace(workspace)
    , m_handoverId(handoverId)
    , m_item(item)
    , m_icon(new QLabel(this))
    , m_title(Look::label(this, QStringLiteral("itemTitle"), false))
    , m_statusIcon(new QLabel(this))
    , m_status(Look::label(this, QStringLiteral("itemStatus"), false))
    , m_generate(new QPushButton(this))
    , m_password(new QLineEdit(this))
    , m_copy(new QPushButton(this))
    , m_passwordHint(Look::label(this, QStringLiteral("passwordHint")))
    , m_emailLabel(new QLabel(this))
    , m_email(new QLineEdit(this))
    , m_phoneLabel(new QLabel(this))
    , m_phone(new QLineEdit(this))
    , m_saveRecovery(new QPushButton(this))
    , m_passwordChanged(new QCheckBox(this))
    , m_recoveryChanged(new QCheckBox(this))
{
    setObjectName(QStringLiteral("card"));
    const Account &account = item.account;
    m_icon->setPixmap(AccountIcons::platform(account.platform).pixmap(22, 22));
    m_title->setText(AccountTableModel::platformText(account) + QStringLiteral("  ") +
                     AccountTableModel::handleText(account));
    Look::setFont(m_title, 1.1, QFont::DemiBold);
    m_statusIcon->setPixmap(AccountIcons::status(account.status).pixmap(16, 16));
    m_status->setText(statusDisplayName(account.status));

    QFont mono = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    mono.setPointSizeF(mono.pointSizeF() * 1.5);
    mono.setLetterSpacing(QFont::AbsoluteSpacing, 1);
    m_password->setObjectName(QStringLiteral("newPassword"));
    m_password->setFont(mono);
    m_password->setReadOnly(true);
    m_password->setVisible(false);
    m_password->setMinimumWidth(QFontMetrics(mono).horizontalAdvance(QLatin1Char('M')) * 16);
    m_copy->setObjectName(QStringLiteral("copyNewPassword"));
    m_copy->setVisible(false);
    m_passwordHint->setVisible(false);
    m_generate->setObjectName(QStringLiteral("generatePassword"));
    m_email->setObjectName(QStringLiteral("recoveryEmail"));
    m_phone->setObjectName(QStringLiteral("recoveryPhone"));
    m_email->setText(account.email);
    m_phone->setText(account.phone);
    m_saveRecovery->setObjectName(QStringLiteral("saveRecovery"));
    m_emailLabel->setBuddy(m_email);
    m_phoneLabel->setBuddy(m_phone);
    Look::setMuted(m_passwordHint);

    auto *header = new QHBoxLayout;
    header->addWidget(m_icon);
    header->addWidget(m_title);
    header->addStretch(1);
    header->addWidget(m_statusIcon);
    header->addWidget(m_status);

    auto *password = new QHBoxLayout;
    // The button keeps its size; the password, once shown, takes the room beside it.
    m_generate->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
    password->addWidget(m_generate);
    password->addWidget(m_password, 10);
    password->addWidget(m_copy);
    password->addStretch(1);

    auto *recovery = new QHBoxLayout;
    recovery->addWidget(m_emailLabel);
    recovery->addWidget(m_email, 3);
    recovery->addSpacing(8);
    recovery->addWidget(m_phoneLabel);
    recovery->addWidget(m_phone, 2);
    recovery->addWidget(m_saveRecovery);

    auto *flags = new QHBoxLayout;
    flags->addWidget(m_passwordChanged);
    flags->addSpacing(16);
    flags->addWidget(m_recoveryChanged);
    flags->addStretch(1);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(14, 10, 14, 10);
    layout->setSpacing(8);
    layout->addLayout(header);
    layout->addLayout(password);
    layout->addWidget(m_passwordHint);
    layout->addLayout(recovery);
    layout->addLayout(flags);

    connect(m_generate, &QPushButton::clicked, this, &HandoverItemRow::generatePassword);
    connect(m_copy, &QPushButton::clicked, this, &HandoverItemRow::copyPassword);
    connect(m_saveRecovery, &QPushButton::clicked, this,
            [this]() { saveRecoveryContact(m_email->text(), m_phone->text()); });
    connect(m_passwordChanged, &QCheckBox::clicked, this, [this](bool on) { markChanges(on, m_item.recoveryChanged); });
    connect(m_recoveryChanged, &QCheckBox::clicked, this, [this](bool on) { markChanges(m_item.passwordChanged, on); });
    showFlags();
    retranslateUi();
}

bool HandoverItemRow::generatePassword()
{
    auto password =
        Handovers(m_workspace.vault()).rotatePassword(m_workspace.session(), m_handoverId, m_item.accountId);
    if (!password) {
        Messages::showError(this, password.error());
        return false;
    }
    // Shown once: the officer sets it on the platform now; Brankas keeps it encrypted with its history.
    m_password->setText(QString::fromUtf8(password.value().view()));
    m_password->setVisible(true);
    m_copy->setVisible(true);
    m_passwordHint->setVisible(true);
    m_item.passwordChanged = true;
    showFlags();
    retranslateUi();
    Q_EMIT changed();
    return true;
}

void HandoverItemRow::copyPassword()
{
    if (isShowingPassword()) {
        m_workspace.clipboard().copy(m_password->text(), m_workspace.preferences().clipboardClearSeconds());
    }
}

void HandoverItemRow::forgetPassword()
{
    m_password->clear();
    m_password->setVisible(false);
    m_copy->setVisible(false);
    m_passwordHint->setVisible(false);
}

bool HandoverItemRow::isShowingPassword() const
{
    return !m_password->text().isEmpty();
}

bool HandoverItemRow::saveRecoveryContact(const QString &email, const QString &phone)
{
    const auto changedValue = [](const QString &now, const QString &before) {
        return now.trimmed() == before ? std::nullopt : std::optional<QString>(now.trimmed());
    };
    const std::optional<QString> newEmail = changedValue(email, m_item.account.email);
    const std::optional<QString> newPhone = changedValue(phone, m_item.account.phone);
    if (!newEmail && !newPhone) {
        Messages::showError(this,
                            Error(ErrorCode::InvalidInput,
                                  QT_TRANSLATE_NOOP("Brankas::Error", "Type the new recovery e-mail or phone first.")));
        return false;
    }
    auto account =
        Handovers(m_workspace.vault())
            .changeRecoveryContact(m_workspace.session(), m_handoverId, m_item.accountId, newEmail, newPhone);
    if (!account) {
        Messages::showError(this, account.error());
        return false;
    }
    m_item.account = account.value();
    m_item.recoveryChanged = true;
    m_email->setText(m_item.account.email);
    m_phone->setText(m_item.account.phone);
    showFlags();
    Q_EMIT changed();
    return true;
}

bool HandoverItemRow::markChanges(bool passwordChanged, bool recoveryChanged)
{
    const Status marked =
        Handovers(m_workspace.vault())
            .markChanges(m_workspace.session(), m_handoverId, m_item.accountId, passwordChanged, recoveryChanged);
    if (!marked) {
        Messages::showError(this, marked.error());
    } else {
        m_item.passwordChanged = passwordChanged;
        m_item.recoveryChanged = recoveryChanged;
        Q_EMIT changed();
    }
    showFlags();
    return marked.ok();
}

void HandoverItemRow::showFlags()
{
    const QSignalBlocker blockPassword(m_passwordChanged);
    const QSignalBlocker blockRecovery(m_recoveryChanged);
    m_passwordChanged->setChecked(m_item.passwordChanged);
    m_recoveryChanged->setChecked(m_item.recoveryChanged);
}

void HandoverItemRow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
    }
    QFrame::changeEvent(event);
}

void HandoverItemRow::retranslateUi()
{
    m_status->setText(statusDisplayName(m_item.account.status));
    m_generate->setText(m_item.passwordChanged ? tr("Generate another password") : tr("Generate new password"));
    m_generate->setToolTip(tr("Makes a strong password, stores it with the password history and shows it once"));
    m_copy->setText(tr("Copy"));
    m_copy->setToolTip(tr("Copies the password; the clipboard is cleared after %n second(s)", nullptr,
                          m_workspace.preferences().clipboardClearSeconds()));
    m_passwordHint->setText(tr("Set this password on %1 now. It is shown only this once; Brankas keeps it "
                               "encrypted, and an operator can reveal it later.")
                                .arg(AccountTableModel::platformText(m_item.account)));
    m_emailLabel->setText(tr("Recovery e-mail:"));
    m_phoneLabel->setText(tr("Phone:"));
    m_saveRecovery->setText(tr("Save contact"));
    m_passwordChanged->setText(tr("Password changed"));
    m_passwordChanged->setToolTip(tr("Tick it when the password was changed on the platform outside Brankas"));
    m_recoveryChanged->setText(tr("Recovery e-mail/phone changed"));
    m_recoveryChanged->setToolTip(tr("Tick it when the recovery contact was changed on the platform outside Brankas"));
}

} // namespace Brankas
