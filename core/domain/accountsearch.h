// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "account.h"

#include <QStringList>

#include <array>

namespace Brankas {

// What searching the register for some words means, wherever it is done: the Accounts table's
// filter (GUI) and `brankas-cli account search` find the same accounts for the same words. The
// text is split into words at spaces and control characters, a leading "@" is dropped ("@momunu"),
// and an account is found when every word is part of one of its searchable fields, case ignored
// (fold()).
// Each side searches fast in its own way (the table through one prepared text buffer, storage
// through SQL), but both take the words, the fields and the case folding from here, and storage
// confirms every row it finds with matches().
class AccountSearch
{
public:
    explicit AccountSearch(const QString &text);

    bool isEmpty() const { return m_words.isEmpty(); }
    // Folded; none is empty or holds a space or a control character, so a search buffer may
    // separate fields and rows with control characters.
    const QStringList &words() const { return m_words; }
    bool matches(const Account &account) const;

    // How case is ignored, for the words and the fields alike: each character to its lower case,
    // ASCII letters to ASCII, other letters never to ASCII.
    static QString fold(const QString &text);
    // The fields a word is looked for in.
    static constexpr std::array<QString Account::*, 7> Fields = {
        &Account::handle, &Account::displayName, &Account::kecamatanName, &Account::kecamatanCode,
        &Account::email,  &Account::phone,       &Account::holder};

private:
    QStringList m_words;
};

} // namespace Brankas
