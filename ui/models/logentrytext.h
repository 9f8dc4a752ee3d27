#pragma once

#include <core/log/logentry.h>

#include <QStringList>

// How the archive log reads to an officer: actions in words ("Password copied", not
// "secret.copied") and details as "field: value" in the UI language. The stored identifiers stay
// as they are; only their display changes.
namespace Brankas {
class LogSubjects;
}

namespace Brankas::LogEntryText {

QString actionName(const QString &action);
// A detail's field ("holder") in words ("held by"); the field itself when unknown.
QString fieldName(const QString &field);
// The actions the log viewer offers as filters, in the order of its list.
QStringList knownActions();
// With subjects, the accounts and terms a detail names by number read by name too.
QString details(const LogEntry &entry, LogSubjects *subjects = nullptr);

} // namespace Brankas::LogEntryText
