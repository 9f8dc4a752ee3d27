#pragma once

#include <core/log/logentry.h>

#include <QStringList>

// How the archive log reads to an officer: actions in words ("Password copied", not
// "secret.copied") and details as "field: value" in the UI language. The stored identifiers stay
// as they are; only their display changes.
namespace Brankas::LogEntryText {

QString actionName(const QString &action);
// The actions the log viewer offers as filters, in the order of its list.
QStringList knownActions();
QString details(const LogEntry &entry);

} // namespace Brankas::LogEntryText
