// SPDX-License-Identifier: GPL-3.0-or-later
#include "languagepage.h"

#include "../look.h"

#include <QLabel>
#include <QRadioButton>
#include <QVBoxLayout>

namespace Brankas {

LanguagePage::LanguagePage(LanguageSwitcher &language, QWidget *parent)
    : SetupPage(QStringLiteral("languagePage"), parent)
    , m_language(language)
    // Each language is named in itself, so it is found whichever language is showing: not translated.
    , m_indonesian(new QRadioButton(QStringLiteral("Bahasa Indonesia"), this))
    , m_english(new QRadioButton(QStringLiteral("English"), this))
    , m_note(Look::label(this, QStringLiteral("languageNote")))
{
    m_indonesian->setObjectName(QStringLiteral("languageIndonesian"));
    m_english->setObjectName(QStringLiteral("languageEnglish"));
    for (QRadioButton *button : {m_indonesian, m_english}) {
        Look::setFont(button, 1.25);
        button->setCursor(Qt::PointingHandCursor);
        body()->addWidget(button);
    }
    (m_language.language() == Language::English ? m_english : m_indonesian)->setChecked(true);
    connect(m_indonesian, &QRadioButton::toggled, this, [this](bool on) {
        if (on) {
            choose(Language::Indonesian);
        }
    });
    connect(m_english, &QRadioButton::toggled, this, [this](bool on) {
        if (on) {
            choose(Language::English);
        }
    });
    Look::setMuted(m_note);
    body()->addSpacing(12);
    body()->addWidget(m_note);
    body()->addStretch(1);
    retranslateUi();
}

void LanguagePage::choose(Language language)
{
    if (language != m_language.language()) {
        m_language.setLanguage(language); // every widget retranslates on the LanguageChange event
    }
    Q_EMIT languageChosen(language);
}

void LanguagePage::retranslateUi()
{
    setHeading(tr("Welcome to Brankas"),
               tr("Brankas keeps the register of your Panwaslu Kecamatan social-media accounts and their passwords, "
                  "locked in an encrypted vault. This setup creates your office's vault in a few steps. First, "
                  "choose the language Brankas speaks."));
    m_note->setText(tr("You can change the language later in Settings."));
}

} // namespace Brankas
