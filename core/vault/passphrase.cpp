// SPDX-License-Identifier: GPL-3.0-or-later
#include "passphrase.h"

#include "../crypto/wipe.h"
#include "../text/textrules.h"
#include "passphraseguess.h"

namespace Brankas {

namespace {
Error tooEasy(GuessPattern pattern)
{
    switch (pattern) {
    case GuessPattern::CommonWord:
        return Error(ErrorCode::InvalidInput,
                     QT_TRANSLATE_NOOP("Brankas::Error",
                                       "This passphrase is too easy to guess: it is a common password or is built on a "
                                       "common word or name, which guessers try first. Use three or four unrelated "
                                       "words, e.g. \"kopi hujan sepeda merah\"."));
    case GuessPattern::LocalWord:
        return Error(ErrorCode::InvalidInput,
                     QT_TRANSLATE_NOOP("Brankas::Error",
                                       "This passphrase is too easy to guess: it is built on the officer's name or a "
                                       "word everybody here tries (bawaslu, rahasia, sandi, a place). Use three or "
                                       "four unrelated words, e.g. \"kopi hujan sepeda merah\"."));
    case GuessPattern::Repeat:
        return Error(ErrorCode::InvalidInput,
                     QT_TRANSLATE_NOOP("Brankas::Error",
                                       "This passphrase is too easy to guess: it repeats characters or a part of "
                                       "itself (like aaaa or abcabc). Use three or four unrelated words."));
    case GuessPattern::Sequence:
        return Error(ErrorCode::InvalidInput,
                     QT_TRANSLATE_NOOP("Brankas::Error",
                                       "This passphrase is too easy to guess: it is a sequence (like 12345678 or "
                                       "abcdefgh). Use three or four unrelated words."));
    case GuessPattern::KeyboardWalk:
        return Error(ErrorCode::InvalidInput,
                     QT_TRANSLATE_NOOP("Brankas::Error",
                                       "This passphrase is too easy to guess: it is a row or pattern of keys on the "
                                       "keyboard (like qwertyui or 1qaz2wsx). Use three or four unrelated words."));
    case GuessPattern::Date:
        return Error(ErrorCode::InvalidInput,
                     QT_TRANSLATE_NOOP("Brankas::Error",
                                       "This passphrase is too easy to guess: it is built on a date or a year. Use "
                                       "three or four unrelated words."));
    case GuessPattern::None:
    case GuessPattern::ShortAndPlain:
        break;
    }
    return Error(ErrorCode::InvalidInput,
                 QT_TRANSLATE_NOOP("Brankas::Error", "This passphrase is too easy to guess. Make it longer: three or "
                                                     "four unrelated words are easy to remember and hard to guess."));
}
} // namespace

SecretBytes normalizedPassphrase(QByteArrayView utf8, PassphraseKind kind)
{
    if (!isValidUtf8(utf8)) {
        // Decoding would turn every bad byte into U+FFFD, so "\xff\xff" and "\xfe\xfe" would become
        // the same passphrase. New passphrases are refused by checkNewPassphrase(); one typed at
        // sign-in is compared byte for byte and so matches nothing that was accepted.
        return SecretBytes::fromView(utf8);
    }
    QString text = QString::fromUtf8(utf8);
    QString normal = text.normalized(QString::NormalizationForm_C);
    if (kind == PassphraseKind::Recovery) {
        QString simple = normal.simplified();
        Crypto::wipe(normal);
        normal = std::move(simple);
    }
    QByteArray bytes = normal.toUtf8();
    Crypto::wipe(text);
    Crypto::wipe(normal);
    return SecretBytes::takeFrom(bytes);
}

Status checkNewPassphrase(QByteArrayView utf8, PassphraseKind kind, const QString &officerName)
{
    if (!isValidUtf8(utf8)) {
        return Error(ErrorCode::InvalidInput,
                     QT_TRANSLATE_NOOP("Brankas::Error",
                                       "The passphrase is not valid UTF-8 text. Type it on a keyboard, or set the "
                                       "script or terminal that passes it to UTF-8."));
    }
    SecretBytes normal = normalizedPassphrase(utf8, kind);
    QString text = QString::fromUtf8(normal.view());
    const qsizetype length = text.toUcs4().size();
    const bool sameAsName =
        !officerName.isEmpty() && text.trimmed().compare(officerName.trimmed(), Qt::CaseInsensitive) == 0;
    Crypto::wipe(text);
    if (kind == PassphraseKind::Recovery && length < MinimumRecoveryPassphraseLength) {
        return Error(ErrorCode::InvalidInput,
                     QT_TRANSLATE_NOOP("Brankas::Error",
                                       "The recovery passphrase is too short: use at least %1 characters, for example "
                                       "four or five words that are easy to write down."),
                     {QString::number(MinimumRecoveryPassphraseLength)});
    }
    if (kind == PassphraseKind::Officer && length < MinimumOfficerPassphraseLength) {
        return Error(ErrorCode::InvalidInput,
                     QT_TRANSLATE_NOOP("Brankas::Error", "The passphrase is too short: use at least %1 characters."),
                     {QString::number(MinimumOfficerPassphraseLength)});
    }
    if (sameAsName) {
        return Error(ErrorCode::InvalidInput,
                     QT_TRANSLATE_NOOP("Brankas::Error", "The passphrase must not be the officer's name."));
    }
    const GuessEstimate guesses =
        estimateGuesses(normal.view(), officerName.isEmpty() ? QStringList() : QStringList{officerName});
    if (guesses.bits < MinimumPassphraseBits) {
        return tooEasy(guesses.pattern);
    }
    return {};
}

} // namespace Brankas
