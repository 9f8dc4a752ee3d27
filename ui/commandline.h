#pragma once

#include <QString>

namespace Brankas {

// How the start window writes brankas-cli commands, so that an officer can copy them into a
// terminal as they are.

// The brankas-cli to type: plain "brankas-cli" if that is on PATH, else the one installed beside
// this program, else the one a build tree keeps in ../cli; quoted when needed.
QString cliProgram();

// An argument as a shell takes it: unchanged when it has only plain characters, else quoted (double
// quotes where that is safe, which on Windows is always; single quotes otherwise).
QString shellQuoted(const QString &argument);

// "brankas-cli init --vault PATH --regency CODE --admin NAME", the path in native separators.
QString initCommandLine(const QString &program, const QString &vaultPath, const QString &regencyPlaceholder,
                        const QString &adminPlaceholder);

} // namespace Brankas
