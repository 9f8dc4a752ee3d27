// SPDX-License-Identifier: GPL-3.0-or-later
#include "terminal.h"

#include "output.h"

#include <core/text/textrules.h>

#include <QCoreApplication>

#include <cstdio>

#ifdef Q_OS_WIN
#include <io.h>
#include <windows.h>
#else
#include <termios.h>
#include <unistd.h>
#endif

namespace Brankas::Cli {

namespace {
constexpr qsizetype MaximumLine = 4096;

bool stdinIsTerminal()
{
#ifdef Q_OS_WIN
    return _isatty(_fileno(stdin));
#else
    return isatty(fileno(stdin));
#endif
}

// Turns terminal echo off for its lifetime.
class EchoOff
{
public:
    EchoOff()
    {
#ifdef Q_OS_WIN
        m_handle = GetStdHandle(STD_INPUT_HANDLE);
        if (GetConsoleMode(m_handle, &m_mode)) {
            SetConsoleMode(m_handle, m_mode & ~DWORD(ENABLE_ECHO_INPUT));
            m_active = true;
        }
#else
        if (tcgetattr(fileno(stdin), &m_saved) == 0) {
            termios quiet = m_saved;
            quiet.c_lflag &= ~tcflag_t(ECHO);
            m_active = tcsetattr(fileno(stdin), TCSAFLUSH, &quiet) == 0;
        }
#endif
    }
    ~EchoOff()
    {
        if (!m_active) {
            return;
        }
#ifdef Q_OS_WIN
        SetConsoleMode(m_handle, m_mode);
#else
        tcsetattr(fileno(stdin), TCSAFLUSH, &m_saved);
#endif
        std::fputc('\n', stderr);
    }
    EchoOff(const EchoOff &) = delete;
    EchoOff &operator=(const EchoOff &) = delete;

private:
    bool m_active = false;
#ifdef Q_OS_WIN
    HANDLE m_handle = nullptr;
    DWORD m_mode = 0;
#else
    termios m_saved{};
#endif
};
} // namespace

PassphraseInput::PassphraseInput()
    : m_interactive(stdinIsTerminal())
{}

PassphraseInput::LineStatus PassphraseInput::readLine(bool echo, SecretBytes &line)
{
    std::unique_ptr<EchoOff> quiet;
    if (!echo) {
        quiet = std::make_unique<EchoOff>();
    }
    // Read byte by byte into memory we wipe, rather than through a growing std::string that
    // would leave copies of the passphrase behind on the heap.
    SecretBytes buffer(MaximumLine);
    qsizetype length = 0;
    int c = 0;
    while ((c = std::fgetc(stdin)) != EOF && c != '\n') {
        if (length == MaximumLine) {
            return LineStatus::TooLong;
        }
        buffer.data()[length++] = static_cast<unsigned char>(c);
    }
    if (c == EOF && length == 0) {
        return LineStatus::EndOfInput;
    }
    if (length > 0 && buffer.data()[length - 1] == '\r') {
        --length;
    }
    ++m_linesRead;
    line = SecretBytes::fromView(QByteArrayView(buffer.constData(), length));
    return LineStatus::Read;
}

Result<SecretBytes> PassphraseInput::read(const QString &what, bool confirm)
{
    if (m_interactive) {
        printPrompt(CliText::tr("%1: ").arg(what));
    }
    SecretBytes first;
    switch (readLine(false, first)) {
    case LineStatus::Read:
        break;
    case LineStatus::EndOfInput:
        return Error(ErrorCode::InvalidInput,
                     QT_TRANSLATE_NOOP("Brankas::Error",
                                       "Standard input ended before the %1 (expected on line %2). See --help for the "
                                       "order of the lines."),
                     {what, QString::number(m_linesRead + 1)});
    case LineStatus::TooLong:
        return Error(ErrorCode::InvalidInput,
                     QT_TRANSLATE_NOOP("Brankas::Error", "A passphrase line is too long (more than %1 bytes)."),
                     {QString::number(MaximumLine)});
    }
    // Decoding bad bytes would store U+FFFD in their place: a password saved that way is not the one
    // the script or the terminal meant.
    if (!isValidUtf8(first.view())) {
        return Error(ErrorCode::InvalidInput,
                     QT_TRANSLATE_NOOP("Brankas::Error",
                                       "Line %1 of standard input (the %2) is not valid UTF-8 text; nothing was "
                                       "changed. Set the terminal or the script that passes it to UTF-8."),
                     {QString::number(m_linesRead), what});
    }
    if (confirm && m_interactive) {
        printPrompt(CliText::tr("%1 (again): ").arg(what));
        SecretBytes second;
        if (readLine(false, second) != LineStatus::Read || !(second == first)) {
            return Error(ErrorCode::InvalidInput,
                         QT_TRANSLATE_NOOP("Brankas::Error", "The two entries of the %1 differ; nothing was changed."),
                         {what});
        }
    }
    return first;
}

} // namespace Brankas::Cli
