// SPDX-License-Identifier: GPL-3.0-or-later
#include "signinpage.h"

#include "../app/vaultplace.h"
#include "../look.h"

#include <core/crypto/wipe.h>

#include <QComboBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace Brankas {

SignInPage::SignInPage(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("signInPage"));
    m_title = Look::label(this, QStringLiteral("signInTitle"));
    Look::setFont(m_title, 1.5, QFont::DemiBold);
    m_office = Look::label(this, QStringLiteral("signInOffice"));
    Look::setFont(m_office, 1.15);
    m_path = Look::label(this, QStringLiteral("signInPath"));
    m_path->setTextInteractionFlags(Qt::TextSelectableByMouse);
    Look::setMuted(m_path);
    m_lockNotice = Look::label(this, QStringLiteral("lockNotice"));
    m_lockNotice->setVisible(false);

    m_officerLabel = Look::label(this, QStringLiteral("officerLabel"), false);
    m_officer = new QComboBox(this);
    m_officer->setObjectName(QStringLiteral("officerField"));
    m_officer->setEditable(true);
    m_officer->setInsertPolicy(QComboBox::NoInsert);
    m_officer->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    m_officerLabel->setBuddy(m_officer);

    m_passphraseLabel = Look::label(this, QStringLiteral("passphraseLabel"), false);
    m_passphrase = new QLineEdit(this);
    m_passphrase->setObjectName(QStringLiteral("passphraseField"));
    m_passphrase->setEchoMode(QLineEdit::Password);
    m_passphrase->setClearButtonEnabled(false);
    m_passphraseLabel->setBuddy(m_passphrase);

    m_error = Look::label(this, QStringLiteral("signInError"));
    m_error->setVisible(false);
    m_busyLabel = Look::label(this, QStringLiteral("signInBusy"));
    Look::setMuted(m_busyLabel);
    m_busyLabel->setVisible(false);

    m_signIn = new QPushButton(this);
    m_signIn->setObjectName(QStringLiteral("signInButton"));
    m_signIn->setDefault(true);
    m_signIn->setAutoDefault(true);

    auto *form = new QFormLayout;
    form->setLabelAlignment(Qt::AlignLeft);
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    form->setVerticalSpacing(10);
    form->addRow(m_officerLabel, m_officer);
    form->addRow(m_passphraseLabel, m_passphrase);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_busyLabel, 1);
    buttons->addWidget(m_signIn);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(8);
    layout->addWidget(m_title);
    layout->addWidget(m_office);
    layout->addWidget(m_path);
    layout->addSpacing(8);
    layout->addWidget(m_lockNotice);
    layout->addSpacing(4);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addSpacing(8);
    layout->addLayout(buttons);
    layout->addStretch(1);

    connect(m_signIn, &QPushButton::clicked, this, &SignInPage::submit);
    connect(m_passphrase, &QLineEdit::returnPressed, this, &SignInPage::submit);
    connect(m_passphrase, &QLineEdit::textChanged, this, &SignInPage::updateButton);
    connect(m_officer, &QComboBox::editTextChanged, this, &SignInPage::updateButton);
    retranslateUi();
    updateButton();
}

void SignInPage::setVault(const QString &officeName, const QString &path, const QStringList &officerNames,
                          const QString &lastOfficer)
{
    m_office->setText(officeName);
    m_path->setText(VaultPlace::shown(path));
    m_officer->clear();
    m_officer->addItems(officerNames);
    // The officer who signed in last on this PC is the likeliest; a lone officer needs no choice.
    const int last = officerNames.indexOf(lastOfficer);
    if (last >= 0) {
        m_officer->setCurrentIndex(last);
    } else if (officerNames.size() == 1) {
        m_officer->setCurrentIndex(0);
    } else {
        m_officer->setEditText(QString());
    }
    updateButton();
}

void SignInPage::setLocked(bool locked, bool byIdle)
{
    m_locked = locked;
    m_byIdle = byIdle;
    m_lockNotice->setVisible(locked);
    retranslateUi();
}

void SignInPage::setBusy(bool busy)
{
    m_busy = busy;
    m_busyLabel->setVisible(busy);
    updateButton();
}

void SignInPage::showError(const Error &error)
{
    m_lastError = error;
    m_error->setText(error.message());
    m_error->setVisible(error.isError());
}

void SignInPage::clearPassphrase()
{
    m_passphrase->clear();
}

void SignInPage::focusInput()
{
    if (officerName().isEmpty()) {
        m_officer->setFocus();
    } else {
        m_passphrase->setFocus();
    }
}

QString SignInPage::officerName() const
{
    return m_officer->currentText().trimmed();
}

void SignInPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
    }
    QWidget::changeEvent(event);
}

void SignInPage::retranslateUi()
{
    m_title->setText(m_locked ? tr("The vault is locked") : tr("Sign in"));
    m_lockNotice->setText(m_byIdle ? tr("Brankas locked the vault because nobody used it for a while. The vault key "
                                        "is no longer in memory: sign in again to go on.")
                                   : tr("The vault is locked and its key is no longer in memory. Sign in again to go "
                                        "on."));
    m_officerLabel->setText(tr("&Officer"));
    m_passphraseLabel->setText(tr("&Passphrase"));
    m_officer->lineEdit()->setPlaceholderText(tr("Your name as recorded in the vault"));
    m_busyLabel->setText(tr("Getting the vault key from this PC's password storage…"));
    m_signIn->setText(tr("Sign in"));
    if (m_lastError.isError()) {
        m_error->setText(m_lastError.message());
    }
}

void SignInPage::submit()
{
    if (!m_signIn->isEnabled()) {
        return;
    }
    QByteArray passphrase = m_passphrase->text().toUtf8();
    m_passphrase->clear();
    showError(Error());
    Q_EMIT signInRequested(officerName(), passphrase);
    Crypto::wipe(passphrase);
}

void SignInPage::updateButton()
{
    m_signIn->setEnabled(!m_busy && !officerName().isEmpty() && !m_passphrase->text().isEmpty());
}

} // namespace Brankas
