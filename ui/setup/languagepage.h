// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "setuppage.h"

#include <core/i18n/language.h>

class QLabel;
class QRadioButton;

namespace Brankas {

// Step one: Indonesian or English. The choice applies at once, so the officer reads the rest of
// the setup in it.
class LanguagePage : public SetupPage
{
    Q_OBJECT

public:
    LanguagePage(LanguageSwitcher &language, QWidget *parent = nullptr);

Q_SIGNALS:
    void languageChosen(Brankas::Language language);

protected:
    void retranslateUi() override;

private:
    void choose(Language language);

    LanguageSwitcher &m_language;
    QRadioButton *m_indonesian;
    QRadioButton *m_english;
    QLabel *m_note;
};

} // namespace Brankas
