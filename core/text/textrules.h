// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "../result.h"

#include <QByteArrayView>
#include <QString>

#include <initializer_list>

namespace Brankas {

// What one kind of text an officer types may hold. The limits are what the printed reports have
// room for: a name fits its table cell or signature line, notes fit a page.
struct TextRule
{
    const char *what; // QT_TRANSLATE_NOOP("Brankas::Error", ...): names the field in refusals
    int maximum;      // in characters (Unicode code points)
    bool multiline = false;
    // Refuses names that mix alphabets: a Cyrillic "А" in "Аdmin" would let one officer pass for
    // another in the log and on paper.
    bool oneScript = false;
};

namespace TextRules {
extern const TextRule OfficerName;
extern const TextRule PersonName; // the parties and witness of a handover, the office's head
extern const TextRule Position;   // "Ketua Panwaslu Kecamatan Momunu"
extern const TextRule OfficeName;
extern const TextRule PlaceName; // a kecamatan, a city, the place of a handover
extern const TextRule TermName;
extern const TextRule Address;
extern const TextRule PlatformName; // the platform of an "other" account
extern const TextRule DisplayName;  // an account's display name
extern const TextRule Handle;
extern const TextRule EmailAddress;
extern const TextRule Reason;
extern const TextRule Notes;
extern const TextRule EvaluationNote; // an achievement or obstacle: one line of the evaluation report
} // namespace TextRules

// Refuses control characters, invisible formatting marks (bidi overrides and isolates, zero-width
// characters), line breaks outside multi-line fields, text longer than the rule allows and, where
// the rule says so, mixed alphabets. Checks the text as it will be stored (trim it first).
Status checkText(const TextRule &rule, const QString &text);

struct TextField
{
    const TextRule &rule;
    QString text;
};
// checkText() on each field in turn; the first refusal.
Status checkTexts(std::initializer_list<TextField> fields);

// An officer's name as it will be stored (trimmed): given, and checkText(TextRules::OfficerName).
Status checkOfficerName(const QString &name);

// Characters a terminal or a text layout acts on instead of showing: C0/C1 controls, DEL, format
// characters (bidi marks, zero-width characters, tags), line and paragraph separators, lone
// surrogates.
bool isHiddenCharacter(char32_t codePoint);

// For text from the vault on its way to a terminal: every hidden character except newline and tab
// becomes a visible escape (\x1b, \u202e, \U000e0041), so a name cannot move the cursor, recolour
// the screen or reverse the line it is printed in.
QString escapedForTerminal(const QString &text);

// The same for JSON text: hidden characters inside strings become \uXXXX escapes, so the output
// stays valid JSON that means the same.
QString escapedJson(const QString &json);

// Strict UTF-8: no overlong forms, surrogates or code points past U+10FFFF. QString::fromUtf8 would
// turn each bad byte into U+FFFD, so different bytes would become the same text.
bool isValidUtf8(QByteArrayView bytes);

} // namespace Brankas
