// SPDX-License-Identifier: GPL-3.0-or-later
#include "newpasswordfield.h"

#include "../app/messages.h"
#include "../look.h"

#include <core/domain/passwordgenerator.h>

#include <QEvent>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

#include <cmath>

namespace Brankas {

NewPasswordField::NewPasswordField(QWidget *parent)
    : QWidget(parent)
    , m_edit(new QLineEdit(this))
    , m_show(new QPushButton(this))
    , m_generate(new QPushButton(this))
    , m_strength(Look::label(this, QStringLiteral("passwordStrength")))
{
    m_edit->setObjectName(QStringLiteral("passwordField"));
    m_edit->setEchoMode(QLineEdit::Password);
    m_edit->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_show->setObjectName(QStringLiteral("showPassword"));
    m_show->setCheckable(true);
    m_generate->setObjectName(QStringLiteral("generatePassword"));
    Look::setMuted(m_strength);

    auto *row = new QHBoxLayout;
    row->setSpacing(6);
    row->addWidget(m_edit, 1);
    row->addWidget(m_show);
    row->addWidget(m_generate);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    layout->addLayout(row);
    layout->addWidget(m_strength);

    connect(m_show, &QPushButton::toggled, this, [this](bool shown) {
        m_edit->setEchoMode(shown ? QLineEdit::Normal : QLineEdit::Password);
        retranslateUi();
    });
    connect(m_generate, &QPushButton::clicked, this, &NewPasswordField::generate);
    connect(m_edit, &QLineEdit::textEdited, this, [this] { m_generatedBits = 0; });
    connect(m_edit, &QLineEdit::textChanged, this, [this] {
        updateStrength();
        Q_EMIT changed();
    });
    retranslateUi();
}

NewPasswordField::~NewPasswordField()
{
    clear();
}

bool NewPasswordField::isEmpty() const
{
    return m_edit->text().isEmpty();
}

SecretBytes NewPasswordField::value() const
{
    QByteArray utf8 = m_edit->text().toUtf8();
    return SecretBytes::takeFrom(utf8);
}

void NewPasswordField::clear()
{
    m_edit->clear();
    m_generatedBits = 0;
}

void NewPasswordField::generate()
{
    const PasswordPolicy policy;
    auto password = generatePassword(policy);
    if (!password) {
        Messages::showError(this, password.error());
        return;
    }
    m_generatedBits = estimatedEntropyBits(policy);
    m_edit->setText(QString::fromLatin1(password.value().view()));
    m_show->setChecked(true);
    updateStrength();
}

double NewPasswordField::strengthBits() const
{
    if (m_generatedBits > 0) {
        return m_generatedBits;
    }
    // A typed password: its length times the bits of the character classes it uses. People pick
    // far from randomly, so this is an upper bound; it still tells "sandi123" from a long phrase.
    const QString text = m_edit->text();
    bool lower = false, upper = false, digit = false, other = false;
    for (const QChar c : text) {
        lower |= c.isLower();
        upper |= c.isUpper();
        digit |= c.isDigit();
        other |= !c.isLetterOrNumber();
    }
    const int alphabet = (lower ? 26 : 0) + (upper ? 26 : 0) + (digit ? 10 : 0) + (other ? 13 : 0);
    return alphabet == 0 ? 0 : double(text.size()) * std::log2(double(alphabet));
}

void NewPasswordField::updateStrength()
{
    if (isEmpty()) {
        m_strength->setText(tr("Optional: the account's first password. Generate makes a strong one."));
        return;
    }
    const double bits = strengthBits();
    QString verdict;
    if (m_edit->text().size() < PasswordMinLength) {
        verdict = tr("very weak (fewer than %1 characters)").arg(PasswordMinLength);
    } else if (bits < 50) {
        verdict = tr("weak");
    } else if (bits < 80) {
        verdict = tr("fair");
    } else {
        verdict = tr("strong");
    }
    m_strength->setText(tr("Strength: %1 (about %2 bits)").arg(verdict).arg(qRound(bits)));
}

void NewPasswordField::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
    }
    QWidget::changeEvent(event);
}

void NewPasswordField::retranslateUi()
{
    m_show->setText(m_show->isChecked() ? tr("Hide") : tr("Show"));
    m_generate->setText(tr("Generate"));
    m_generate->setToolTip(tr("A random password of 20 letters, digits and symbols"));
    updateStrength();
}

} // namespace Brankas
