// SPDX-License-Identifier: GPL-3.0-or-later
#include "recoverycheckpage.h"

#include "../look.h"
#include "recoverypassphrasepage.h"

#include <core/crypto/wipe.h>

#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QRandomGenerator>
#include <QVBoxLayout>

#include <algorithm>

namespace Brankas {

RecoveryCheckPage::RecoveryCheckPage(const RecoveryPassphrasePage &recovery, QWidget *parent)
    : SetupPage(QStringLiteral("recoveryCheckPage"), parent)
    , m_recovery(recovery)
    , m_firstCaption(Look::label(this, QStringLiteral("firstWordCaption"), false))
    , m_first(new QLineEdit(this))
    , m_secondCaption(Look::label(this, QStringLiteral("secondWordCaption"), false))
    , m_second(new QLineEdit(this))
    , m_state(Look::label(this, QStringLiteral("checkState")))
    , m_advice(Look::label(this, QStringLiteral("checkAdvice")))
{
    m_first->setObjectName(QStringLiteral("firstWord"));
    m_second->setObjectName(QStringLiteral("secondWord"));
    for (QLineEdit *edit : {m_first, m_second}) {
        edit->setInputMethodHints(Qt::ImhSensitiveData | Qt::ImhNoPredictiveText | Qt::ImhNoAutoUppercase);
        Look::setFont(edit, 1.3);
        connect(edit, &QLineEdit::textChanged, this, &RecoveryCheckPage::completeChanged);
        connect(edit, &QLineEdit::textChanged, this, &RecoveryCheckPage::retranslateUi);
    }
    Look::setMuted(m_advice);
    auto *form = new QFormLayout;
    form->setLabelAlignment(Qt::AlignRight | Qt::AlignVCenter);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->setVerticalSpacing(12);
    form->addRow(m_firstCaption, m_first);
    form->addRow(m_secondCaption, m_second);
    body()->addLayout(form);
    body()->addWidget(m_state);
    body()->addSpacing(8);
    body()->addWidget(m_advice);
    body()->addStretch(1);
    retranslateUi();
}

RecoveryCheckPage::~RecoveryCheckPage()
{
    forget();
}

void RecoveryCheckPage::initializePage()
{
    forget();
    SecretBytes phrase = m_recovery.passphrase();
    QString text = QString::fromUtf8(phrase.view());
    QStringList words = text.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    Crypto::wipe(text);
    if (words.size() >= 2) {
        const int count = int(words.size());
        const int a = int(QRandomGenerator::global()->bounded(count));
        int b = int(QRandomGenerator::global()->bounded(count - 1));
        if (b >= a) {
            ++b;
        }
        m_positions = {std::min(a, b) + 1, std::max(a, b) + 1};
        m_expected = {words[m_positions[0] - 1], words[m_positions[1] - 1]};
    } else {
        m_expected = {words.value(0)};
    }
    for (QString &word : words) {
        Crypto::wipe(word);
    }
    m_first->clear();
    m_second->clear();
    m_second->setVisible(!m_positions.isEmpty());
    m_secondCaption->setVisible(!m_positions.isEmpty());
    m_first->setEchoMode(m_positions.isEmpty() ? QLineEdit::Password : QLineEdit::Normal);
    retranslateUi();
}

void RecoveryCheckPage::cleanupPage()
{
    forget();
    QWizardPage::cleanupPage();
}

bool RecoveryCheckPage::isComplete() const
{
    if (m_expected.isEmpty()) {
        return false;
    }
    if (m_positions.isEmpty()) {
        return m_first->text().simplified() == m_expected[0];
    }
    return m_first->text().trimmed() == m_expected[0] && m_second->text().trimmed() == m_expected[1];
}

void RecoveryCheckPage::forget()
{
    for (QString &word : m_expected) {
        Crypto::wipe(word);
    }
    m_expected.clear();
    m_positions.clear();
    m_first->clear();
    m_second->clear();
}

void RecoveryCheckPage::retranslateUi()
{
    setHeading(tr("Check the written passphrase"),
               tr("Look at the paper you wrote or printed, not at the screen, and type the words asked for."));
    if (m_positions.isEmpty()) {
        m_firstCaption->setText(tr("Recovery passphrase:"));
    } else {
        m_firstCaption->setText(tr("Word %1:").arg(m_positions[0]));
        m_secondCaption->setText(tr("Word %1:").arg(m_positions[1]));
    }
    const bool typed = !m_first->text().isEmpty() && (m_positions.isEmpty() || !m_second->text().isEmpty());
    if (isComplete()) {
        m_state->setStyleSheet(QStringLiteral("color: #1f6b3a;"));
        m_state->setText(tr("Correct. The passphrase on your paper is right."));
    } else if (typed) {
        m_state->setStyleSheet(QStringLiteral("color: #9c1c14;"));
        m_state->setText(tr("Not the same as the recovery passphrase. Check the spelling on your paper, or go Back "
                            "and write it down again."));
    } else {
        m_state->clear();
    }
    m_advice->setText(tr("Words are counted from the left, starting at 1."));
}

} // namespace Brankas
