// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QTranslator>

#include <memory>
#include <optional>

namespace Brankas {

// Indonesian is the default; English is one switch away.
enum class Language { Indonesian, English };

std::optional<Language> languageFromCode(const QString &code); // "id", "en", "id_ID", "en_GB"...
QString languageCode(Language language);

// Owns the installed translator so the language can be switched while the app runs (widgets
// retranslate on the LanguageChange event Qt sends when the translator changes).
class LanguageSwitcher
{
public:
    LanguageSwitcher() = default;
    ~LanguageSwitcher();

    bool setLanguage(Language language);
    Language language() const { return m_language; }

private:
    std::unique_ptr<QTranslator> m_translator;
    Language m_language = Language::English;
};

} // namespace Brankas
