// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <core/log/logentry.h>

#include <QStringList>

// How the archive log's details read to an officer: "field: value" in the UI language. The
// actions' words are core's (LogAction::words), the one list the archive log writes from. The
// stored identifiers stay as they are; only their display changes.
namespace Brankas {
class LogSubjects;
}

namespace Brankas::LogEntryText {

// A detail's field ("holder") in words ("held by"); the field itself when unknown.
QString fieldName(const QString &field);
// With subjects, the accounts and terms a detail names by number read by name too.
QString details(const LogEntry &entry, LogSubjects *subjects = nullptr);

} // namespace Brankas::LogEntryText
