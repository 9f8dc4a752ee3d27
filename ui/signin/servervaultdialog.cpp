// SPDX-License-Identifier: GPL-3.0-or-later
#include "servervaultdialog.h"

#include "../look.h"

#include <core/crypto/secretbytes.h>
#include <core/vault/serveraccess.h>
#include <core/vault/vaultaddress.h>

#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QGuiApplication>
#include <QLabel>
#include <QLayout>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace Brankas {

ServerVaultDialog::ServerVaultDialog(Purpose purpose, VaultEnvironment environment, QWidget *parent)
    : QDialog(parent)
    , m_purpose(purpose)
    , m_environment(environment)
    , m_intro(Look::label(this, QStringLiteral("serverVaultIntro")))
    , m_addressLabel(Look::label(this, QString(), false))
    , m_addressField(new QLineEdit(this))
    , m_addressHint(Look::label(this, QStringLiteral("serverAddressHint")))
    , m_passwordLabel(Look::label(this, QString(), false))
    , m_password(new QLineEdit(this))
    , m_passwordHint(Look::label(this, QStringLiteral("serverPasswordHint")))
    , m_problemLabel(Look::label(this, QStringLiteral("serverVaultProblem")))
{
    setObjectName(QStringLiteral("serverVaultDialog"));
    setStyleSheet(Look::styleSheet());
    setMinimumWidth(640);
    m_addressField->setObjectName(QStringLiteral("serverAddress"));
    m_addressField->setPlaceholderText(QStringLiteral("postgresql://USER@HOST:5432/DATABASE"));
    m_addressField->setInputMethodHints(Qt::ImhUrlCharactersOnly | Qt::ImhNoAutoUppercase);
    m_addressLabel->setBuddy(m_addressField);
    m_password->setObjectName(QStringLiteral("serverPassword"));
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setInputMethodHints(Qt::ImhSensitiveData | Qt::ImhNoPredictiveText | Qt::ImhNoAutoUppercase);
    m_passwordLabel->setBuddy(m_password);
    Look::setMuted(m_addressHint);
    Look::setMuted(m_passwordHint);
    // As wide as the fields they explain: the form grows only expanding fields, and a wrapped
    // label left at its own size breaks every few words. Its least width sets how tall its row
    // must be at least, so that is a field's width too, not a few words'.
    for (QLabel *hint : {m_addressHint, m_passwordHint}) {
        hint->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
        hint->setMinimumWidth(420);
    }
    m_problemLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_problemLabel->hide();

    auto *form = new QFormLayout;
    form->setHorizontalSpacing(12);
    form->setVerticalSpacing(6);
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    form->addRow(m_addressLabel, m_addressField);
    form->addRow(QString(), m_addressHint);
    form->addRow(m_passwordLabel, m_password);
    form->addRow(QString(), m_passwordHint);

    auto *buttons = new QDialogButtonBox(this);
    m_ok = buttons->addButton(QString(), QDialogButtonBox::AcceptRole);
    m_ok->setObjectName(QStringLiteral("serverVaultOk"));
    m_ok->setDefault(true);
    m_ok->setEnabled(false);
    m_cancel = buttons->addButton(QString(), QDialogButtonBox::RejectRole);
    auto *layout = new QVBoxLayout(this);
    layout->setSpacing(10);
    layout->addWidget(m_intro);
    layout->addLayout(form);
    layout->addWidget(m_problemLabel);
    layout->addStretch(1);
    layout->addWidget(buttons);

    // The button box would accept() at once; the address is tried first.
    connect(m_ok, &QPushButton::clicked, this, &ServerVaultDialog::tryAddress);
    connect(buttons, &QDialogButtonBox::rejected, this, &ServerVaultDialog::reject);
    connect(m_addressField, &QLineEdit::textChanged, this,
            [this] { m_ok->setEnabled(!m_addressField->text().trimmed().isEmpty()); });
    retranslateUi();
}

ServerVaultDialog::~ServerVaultDialog()
{
    m_password->clear();
}

void ServerVaultDialog::setAddress(const QString &address)
{
    m_addressField->setText(address);
}

void ServerVaultDialog::tryAddress()
{
    auto address = VaultAddress::parse(m_addressField->text().trimmed());
    if (!address) {
        showProblem(address.error());
        return;
    }
    if (!address.value().isServer()) {
        showProblem(Error(ErrorCode::InvalidInput,
                          QT_TRANSLATE_NOOP("Brankas::Error",
                                            "Type the address of a vault on a server, which begins with postgresql://. "
                                            "A vault file on this PC is opened with Open a vault file.")));
        return;
    }
    QGuiApplication::setOverrideCursor(Qt::WaitCursor); // a server far away answers in seconds
    const Status reached = reachVault(address.value());
    QGuiApplication::restoreOverrideCursor();
    if (!reached) {
        showProblem(reached.error());
        return;
    }
    m_address = address.value().toString();
    showProblem(Error());
    accept();
}

Status ServerVaultDialog::reachVault(const VaultAddress &address)
{
    // Taken out of the field at once: whatever happens next, the dialog no longer holds it.
    QByteArray typed = m_password->text().toUtf8();
    m_password->clear();
    const SecretBytes password = SecretBytes::takeFrom(typed);
    bool asked = false;
    // As `recover` enrols a PC: libpq's own ways first, then the keychain, and only when both fail
    // the password typed here, which is kept in the keychain once the server accepts it.
    const Status enrolled = enrolServerPassword(address, m_environment.keyStore, [&]() -> Result<SecretBytes> {
        asked = true;
        if (password.isEmpty()) {
            return Error(ErrorCode::InvalidInput,
                         QT_TRANSLATE_NOOP("Brankas::Error",
                                           "The server asks for the password of database user %1, and this PC does not "
                                           "have it. Type it in the server password field: Brankas keeps it in this "
                                           "PC's keychain, nowhere else."),
                         {address.user()});
        }
        return password.clone();
    });
    if (!enrolled) {
        if (asked && !password.isEmpty() && isServerPasswordError(enrolled.error())) {
            return Error(ErrorCode::WrongPassphrase,
                         QT_TRANSLATE_NOOP("Brankas::Error",
                                           "The server refused this password for database user %1. Check it with the "
                                           "server's administrator and type it again."),
                         {address.user()})
                .withDetail(enrolled.error().detail());
        }
        return enrolled;
    }
    if (m_purpose == Purpose::Create) {
        // Said now rather than after the whole wizard: the database must exist and hold no vault.
        return checkEmptyServerDatabase(address, m_environment.keyStore);
    }
    auto opened = Vault::open(address.toString(), Vault::Access::ReadWrite, m_environment);
    if (!opened) {
        return opened.error();
    }
    m_vault = std::move(opened).value();
    return {};
}

void ServerVaultDialog::showProblem(const Error &error)
{
    m_problem = error;
    m_problemLabel->setText(error.isError() ? error.message() : QString());
    m_problemLabel->setVisible(error.isError());
    if (!error.isError()) {
        return;
    }
    m_addressField->setFocus();
    // Taller by the refusal, so that neither it nor the hints above it are cut off.
    if (isVisible()) {
        QLayout *rows = layout();
        rows->activate();
        int needed = rows->totalMinimumSize().height();
        if (rows->hasHeightForWidth()) {
            needed = qMax(needed, rows->totalHeightForWidth(width()));
        }
        resize(width(), qMax(height(), needed));
    }
}

void ServerVaultDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
    }
    QDialog::changeEvent(event);
}

void ServerVaultDialog::retranslateUi()
{
    if (m_purpose == Purpose::Open) {
        setWindowTitle(tr("Open a vault on a server"));
        m_intro->setText(tr("A vault on the office's PostgreSQL server is shared by the office's PCs. Type its address "
                            "as the server's administrator gave it. The first time on this PC, an administrator "
                            "opens it with the recovery passphrase; after that, officers sign in as usual."));
        m_ok->setText(tr("Open"));
    } else {
        setWindowTitle(tr("Set up a new vault on a server"));
        m_intro->setText(tr("The server's administrator makes an empty PostgreSQL database for the vault and a "
                            "database user for the office's PCs. Type its address; the setup then makes the vault "
                            "in it, as it makes a vault file."));
        m_ok->setText(tr("Continue"));
    }
    m_addressLabel->setText(tr("Server address:"));
    m_addressHint->setText(tr("postgresql://USER@HOST[:PORT]/DATABASE, for example "
                              "postgresql://humas@192.168.1.10/brankas. Never put the password in the address."));
    m_passwordLabel->setText(tr("Server password:"));
    m_passwordHint->setText(tr("Only when the server asks for one and this PC has no .pgpass file or client "
                               "certificate for it. It is kept in this PC's keychain beside the vault key, and "
                               "nowhere else."));
    m_cancel->setText(tr("Cancel"));
    if (m_problem.isError()) {
        m_problemLabel->setText(m_problem.message());
    }
}

} // namespace Brankas
