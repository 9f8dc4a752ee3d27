// SPDX-License-Identifier: GPL-3.0-or-later
#include "adminpage.h"

#include "../look.h"
#include "passphrasemeter.h"

#include <core/crypto/wipe.h>
#include <core/vault/officers.h>
#include <core/vault/passphrase.h>

#include <QCheckBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

namespace Brankas {

AdminPage::AdminPage(QWidget *parent)
    : SetupPage(QStringLiteral("adminPage"), parent)
    , m_nameCaption(Look::label(this, QStringLiteral("adminNameCaption"), false))
    , m_name(new QLineEdit(this))
    , m_passphraseCaption(Look::label(this, QStringLiteral("passphraseCaption"), false))
    , m_passphrase(new QLineEdit(this))
    , m_repeatCaption(Look::label(this, QStringLiteral("repeatCaption"), false))
    , m_repeat(new QLineEdit(this))
    , m_show(new QCheckBox(this))
    , m_meter(new PassphraseMeter(this))
    , m_refusal(Look::label(this, QStringLiteral("adminRefusal")))
    , m_advice(Look::label(this, QStringLiteral("adminAdvice")))
{
    m_name->setObjectName(QStringLiteral("adminName"));
    m_passphrase->setObjectName(QStringLiteral("adminPassphrase"));
    m_repeat->setObjectName(QStringLiteral("adminPassphraseRepeat"));
    m_show->setObjectName(QStringLiteral("showPassphrase"));
    for (QLineEdit *edit : {m_passphrase, m_repeat}) {
        edit->setEchoMode(QLineEdit::Password);
        // Keeps input methods and predictive keyboards from learning the passphrase.
        edit->setInputMethodHints(Qt::ImhSensitiveData | Qt::ImhNoPredictiveText | Qt::ImhNoAutoUppercase);
    }
    m_refusal->setStyleSheet(QStringLiteral("color: #9c1c14;"));
    Look::setMuted(m_advice);

    auto *form = new QFormLayout;
    form->setLabelAlignment(Qt::AlignRight | Qt::AlignVCenter);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->setVerticalSpacing(10);
    form->addRow(m_nameCaption, m_name);
    form->addRow(m_passphraseCaption, m_passphrase);
    form->addRow(m_repeatCaption, m_repeat);
    form->addRow(QString(), m_show);
    form->addRow(QString(), m_meter);
    form->addRow(QString(), m_refusal);
    body()->addLayout(form);
    body()->addSpacing(8);
    body()->addWidget(m_advice);
    body()->addStretch(1);

    for (QLineEdit *edit : {m_name, m_passphrase, m_repeat}) {
        connect(edit, &QLineEdit::textChanged, this, &AdminPage::check);
    }
    connect(m_show, &QCheckBox::toggled, this, [this](bool shown) {
        for (QLineEdit *edit : {m_passphrase, m_repeat}) {
            edit->setEchoMode(shown ? QLineEdit::Normal : QLineEdit::Password);
        }
    });
    retranslateUi();
}

QString AdminPage::adminName() const
{
    return m_name->text().simplified();
}

SecretBytes AdminPage::passphrase() const
{
    QByteArray utf8 = m_passphrase->text().toUtf8();
    return SecretBytes::takeFrom(utf8);
}

QString AdminPage::refusal() const
{
    return m_refusal->text();
}

void AdminPage::clearSecrets()
{
    m_passphrase->clear();
    m_repeat->clear();
}

bool AdminPage::isComplete() const
{
    return m_acceptable;
}

void AdminPage::check()
{
    m_meter->setPassphrase(m_passphrase->text());
    QString reason;
    if (!m_name->text().trimmed().isEmpty()) {
        if (Status name = Officers::checkName(adminName()); !name) {
            reason = name.error().message();
        }
    }
    if (reason.isEmpty() && !m_passphrase->text().isEmpty()) {
        SecretBytes typed = passphrase();
        if (Status typedOk = checkNewPassphrase(typed.view(), PassphraseKind::Officer, adminName()); !typedOk) {
            reason = typedOk.error().message();
        } else if (!m_repeat->text().isEmpty() && m_repeat->text() != m_passphrase->text()) {
            reason = tr("The two passphrases are not the same. Type it again in both fields.");
        }
    }
    m_refusal->setText(reason);
    m_refusal->setVisible(!reason.isEmpty());
    const bool acceptable = reason.isEmpty() && !m_name->text().trimmed().isEmpty() &&
                            !m_passphrase->text().isEmpty() && m_repeat->text() == m_passphrase->text();
    if (acceptable != m_acceptable) {
        m_acceptable = acceptable;
        Q_EMIT completeChanged();
    }
}

void AdminPage::retranslateUi()
{
    setHeading(tr("First administrator"),
               tr("The administrator adds the other officers, changes the office details and keeps the recovery "
                  "passphrase. Usually this is you: type your own name and a passphrase only you know."));
    m_nameCaption->setText(tr("Your name:"));
    m_name->setPlaceholderText(tr("e.g. Siti Rahma"));
    m_passphraseCaption->setText(tr("Passphrase:"));
    m_passphrase->setPlaceholderText(tr("at least %1 characters").arg(MinimumOfficerPassphraseLength));
    m_repeatCaption->setText(tr("Passphrase again:"));
    m_show->setText(tr("Show what I type"));
    m_advice->setText(tr("A few unrelated words make a passphrase that is long, easy to remember and hard to "
                         "guess, for example \"kopi hujan sepeda merah\". Do not use your name, birthday or the "
                         "office's name."));
    check();
}

} // namespace Brankas
