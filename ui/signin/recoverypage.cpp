// SPDX-License-Identifier: GPL-3.0-or-later
#include "recoverypage.h"

#include "../look.h"

#include <core/crypto/wipe.h>

#include <QEvent>
#include <QFormLayout>
#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace Brankas {

RecoveryPage::RecoveryPage(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("recoveryPage"));
    m_title = Look::label(this, QStringLiteral("recoveryTitle"));
    Look::setFont(m_title, 1.5, QFont::DemiBold);

    auto *box = new QFrame(this);
    box->setObjectName(QStringLiteral("noteBox"));
    m_reason = Look::label(box, QStringLiteral("keychainReason"));
    Look::setFont(m_reason, 1.0, QFont::DemiBold);
    m_explain = Look::label(box, QStringLiteral("keychainExplain"));
    m_retry = new QPushButton(box);
    m_retry->setObjectName(QStringLiteral("retryButton"));
    auto *boxText = new QVBoxLayout;
    boxText->addWidget(m_reason);
    boxText->addWidget(m_explain);
    auto *boxLayout = new QHBoxLayout(box);
    boxLayout->setContentsMargins(14, 12, 14, 12);
    boxLayout->addWidget(Look::icon(box, QStyle::SP_MessageBoxInformation, 32));
    boxLayout->addLayout(boxText, 1);
    boxLayout->addWidget(m_retry, 0, Qt::AlignTop);

    m_recoveryTitle = Look::label(this, QStringLiteral("recoverySubtitle"));
    Look::setFont(m_recoveryTitle, 1.15, QFont::DemiBold);
    m_recoveryHint = Look::label(this, QStringLiteral("recoveryHint"));
    m_officerLabel = Look::label(this, QStringLiteral("recoveryOfficerLabel"), false);
    m_officer = new QLineEdit(this);
    m_officer->setObjectName(QStringLiteral("recoveryOfficer"));
    m_officerLabel->setBuddy(m_officer);
    m_recoveryLabel = Look::label(this, QStringLiteral("recoveryPassphraseLabel"), false);
    m_recovery = new QLineEdit(this);
    m_recovery->setObjectName(QStringLiteral("recoveryPassphrase"));
    m_recovery->setEchoMode(QLineEdit::Password);
    m_recoveryLabel->setBuddy(m_recovery);
    m_error = Look::label(this, QStringLiteral("recoveryError"));
    m_error->setVisible(false);
    m_open = new QPushButton(this);
    m_open->setObjectName(QStringLiteral("openWithRecovery"));
    m_open->setDefault(true);

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    form->setVerticalSpacing(10);
    form->addRow(m_officerLabel, m_officer);
    form->addRow(m_recoveryLabel, m_recovery);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_open);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(8);
    layout->addWidget(m_title);
    layout->addWidget(box);
    layout->addSpacing(12);
    layout->addWidget(m_recoveryTitle);
    layout->addWidget(m_recoveryHint);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addLayout(buttons);
    layout->addStretch(1);

    connect(m_retry, &QPushButton::clicked, this, &RecoveryPage::retryRequested);
    connect(m_open, &QPushButton::clicked, this, &RecoveryPage::submit);
    connect(m_recovery, &QLineEdit::returnPressed, this, &RecoveryPage::submit);
    connect(m_recovery, &QLineEdit::textChanged, this, &RecoveryPage::updateButton);
    connect(m_officer, &QLineEdit::textChanged, this, &RecoveryPage::updateButton);
    retranslateUi();
    updateButton();
}

void RecoveryPage::setState(const KeychainState &state)
{
    m_state = state;
    showError(Error());
    retranslateUi();
}

void RecoveryPage::showError(const Error &error)
{
    m_lastError = error;
    m_error->setText(error.message());
    m_error->setVisible(error.isError());
}

void RecoveryPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
    }
    QWidget::changeEvent(event);
}

void RecoveryPage::retranslateUi()
{
    m_title->setText(tr("This PC cannot give the vault key"));
    m_reason->setText(m_state.description());
    m_explain->setText(m_state.error.isError() ? m_state.error.message() : QString());
    m_explain->setVisible(m_state.error.isError() && m_state.error.message() != m_state.description());
    m_retry->setText(tr("Try again"));
    m_recoveryTitle->setText(tr("Open with the recovery passphrase"));
    m_recoveryHint->setText(tr("The recovery passphrase is on the recovery sheet printed when the vault was set up "
                               "(kept in the office safe). After you sign in, an administrator can put the key "
                               "back into this PC's password storage so the sheet is not needed next time."));
    m_officerLabel->setText(tr("&Officer"));
    m_recoveryLabel->setText(tr("&Recovery passphrase"));
    m_officer->setPlaceholderText(tr("Your name as recorded in the vault"));
    m_open->setText(tr("Open the vault"));
    if (m_lastError.isError()) {
        m_error->setText(m_lastError.message());
    }
}

void RecoveryPage::submit()
{
    if (!m_open->isEnabled()) {
        return;
    }
    QByteArray passphrase = m_recovery->text().toUtf8();
    m_recovery->clear();
    showError(Error());
    Q_EMIT recoveryRequested(m_officer->text().trimmed(), passphrase);
    Crypto::wipe(passphrase);
}

void RecoveryPage::updateButton()
{
    m_open->setEnabled(!m_officer->text().trimmed().isEmpty() && !m_recovery->text().isEmpty());
}

} // namespace Brankas
