// SPDX-License-Identifier: GPL-3.0-or-later
#include "language.h"

#include <QCoreApplication>
#include <QLocale>

namespace Brankas {

std::optional<Language> languageFromCode(const QString &code)
{
    const QString lower = code.trimmed().toLower();
    if (lower.startsWith(QLatin1String("id")) || lower == QLatin1String("indonesia")) {
        return Language::Indonesian;
    }
    if (lower.startsWith(QLatin1String("en")) || lower == QLatin1String("english")) {
        return Language::English;
    }
    return std::nullopt;
}

QString languageCode(Language language)
{
    return language == Language::Indonesian ? QStringLiteral("id") : QStringLiteral("en");
}

LanguageSwitcher::~LanguageSwitcher()
{
    if (m_translator) {
        QCoreApplication::removeTranslator(m_translator.get());
    }
}

bool LanguageSwitcher::setLanguage(Language language)
{
    auto translator = std::make_unique<QTranslator>();
    const QString file = QStringLiteral(":/i18n/brankas_%1.qm").arg(languageCode(language));
    if (!translator->load(file)) {
        return false;
    }
    if (m_translator) {
        QCoreApplication::removeTranslator(m_translator.get());
    }
    m_translator = std::move(translator);
    QCoreApplication::installTranslator(m_translator.get());
    m_language = language;
    QLocale::setDefault(QLocale(language == Language::Indonesian ? QLocale::Indonesian : QLocale::English,
                                language == Language::Indonesian ? QLocale::Indonesia : QLocale::UnitedKingdom));
    return true;
}

} // namespace Brankas
