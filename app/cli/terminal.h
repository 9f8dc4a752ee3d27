// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <core/crypto/secretbytes.h>
#include <core/result.h>

#include <QString>

namespace Brankas::Cli {

// Where passphrases come from: the terminal (echo off) when a person is typing, otherwise one line
// at a time from standard input. Never from argv, where every user of the PC could read them.
class PassphraseInput
{
public:
    PassphraseInput();

    bool isInteractive() const { return m_interactive; }

    // `what` names the passphrase in the prompt and in the error when standard input has run out.
    // With confirm, a person is asked to type it twice (never a script).
    Result<SecretBytes> read(const QString &what, bool confirm = false);

private:
    enum class LineStatus { Read, EndOfInput, TooLong };
    LineStatus readLine(bool echo, SecretBytes &line);
    bool m_interactive;
    int m_linesRead = 0;
};

} // namespace Brankas::Cli
