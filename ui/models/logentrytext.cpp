// SPDX-License-Identifier: GPL-3.0-or-later
#include "logentrytext.h"

#include "logsubjects.h"

#include <core/domain/account.h>
#include <core/domain/role.h>
#include <core/domain/secretkind.h>
#include <core/handover/handover.h>

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

namespace Brankas::LogEntryText {

namespace {
struct FieldText
{
    const char *field;
    const char *text;
};

constexpr FieldText Fields[] = {
    {"from", QT_TRANSLATE_NOOP("Brankas::LogEntryText", "from")},
    {"to", QT_TRANSLATE_NOOP("Brankas::LogEntryText", "to")},
    {"reason", QT_TRANSLATE_NOOP("Brankas::LogEntryText", "reason")},
    {"kecamatan", QT_TRANSLATE_NOOP("Brankas::LogEntryText", "kecamatan")},
    {"platform", QT_TRANSLATE_NOOP("Brankas::LogEntryText", "platform")},
    {"handle", QT_TRANSLATE_NOOP("Brankas::LogEntryText", "handle")},
    {"status", QT_TRANSLATE_NOOP("Brankas::LogEntryText", "status")},
    {"kind", QT_TRANSLATE_NOOP("Brankas::LogEntryText", "kind")},
    {"name", QT_TRANSLATE_NOOP("Brankas::LogEntryText", "name")},
    {"role", QT_TRANSLATE_NOOP("Brankas::LogEntryText", "role")},
    {"until", QT_TRANSLATE_NOOP("Brankas::LogEntryText", "until")},
    {"basis", QT_TRANSLATE_NOOP("Brankas::LogEntryText", "basis")},
    {"version", QT_TRANSLATE_NOOP("Brankas::LogEntryText", "version")},
    {"number", QT_TRANSLATE_NOOP("Brankas::LogEntryText", "number")},
    {"accounts", QT_TRANSLATE_NOOP("Brankas::LogEntryText", "accounts")},
    {"account", QT_TRANSLATE_NOOP("Brankas::LogEntryText", "account")},
    {"term", QT_TRANSLATE_NOOP("Brankas::LogEntryText", "term")},
    {"holder", QT_TRANSLATE_NOOP("Brankas::LogEntryText", "held by")},
    {"date", QT_TRANSLATE_NOOP("Brankas::LogEntryText", "date")},
    {"office", QT_TRANSLATE_NOOP("Brankas::LogEntryText", "office")},
    {"report", QT_TRANSLATE_NOOP("Brankas::LogEntryText", "report")},
    {"passwordChanged", QT_TRANSLATE_NOOP("Brankas::LogEntryText", "password changed")},
    {"recoveryChanged", QT_TRANSLATE_NOOP("Brankas::LogEntryText", "recovery contacts changed")},
    {"email", QT_TRANSLATE_NOOP("Brankas::LogEntryText", "e-mail")},
    {"phone", QT_TRANSLATE_NOOP("Brankas::LogEntryText", "phone")},
    {"displayName", QT_TRANSLATE_NOOP("Brankas::LogEntryText", "display name")},
    {"notes", QT_TRANSLATE_NOOP("Brankas::LogEntryText", "notes")},
    {"twoFactor", QT_TRANSLATE_NOOP("Brankas::LogEntryText", "two-factor")},
    {"nature", QT_TRANSLATE_NOOP("Brankas::LogEntryText", "nature")},
    {"activePeriod", QT_TRANSLATE_NOOP("Brankas::LogEntryText", "active period")},
    {"month", QT_TRANSLATE_NOOP("Brankas::LogEntryText", "month")},
    {"followers", QT_TRANSLATE_NOOP("Brankas::LogEntryText", "followers")},
    {"posts", QT_TRANSLATE_NOOP("Brankas::LogEntryText", "posts")},
    {"reach", QT_TRANSLATE_NOOP("Brankas::LogEntryText", "reach")},
    {"engagement", QT_TRANSLATE_NOOP("Brankas::LogEntryText", "engagement")},
    {"year", QT_TRANSLATE_NOOP("Brankas::LogEntryText", "year")},
    {"category", QT_TRANSLATE_NOOP("Brankas::LogEntryText", "category")},
};

// Above this many, a list of accounts reads as its count: names would fill the row.
constexpr int NamedAccountsAtMost = 3;

QString translated(const char *text)
{
    return QCoreApplication::translate("Brankas::LogEntryText", text);
}

// Stored identifiers (statuses, platforms, roles, accounts and terms by number) read as their
// names in the UI language.
QString valueText(const QString &field, const QJsonValue &value, LogSubjects *subjects)
{
    if (field == QLatin1String("accounts") && value.isArray() &&
        (!subjects || value.toArray().size() > NamedAccountsAtMost)) {
        return QString::number(value.toArray().size());
    }
    if (value.isArray() || value.isObject()) {
        QStringList parts;
        const QJsonArray array = value.isArray() ? value.toArray() : QJsonArray{};
        for (const QJsonValue &item : array) {
            parts << valueText(field == QLatin1String("accounts") ? QStringLiteral("account") : field, item, subjects);
        }
        if (value.isObject()) {
            const QJsonObject object = value.toObject();
            for (auto it = object.begin(); it != object.end(); ++it) {
                // A term's "from" and "to" are terms, not statuses.
                const QString inner = field == QLatin1String("term") ? field : it.key();
                parts << fieldName(it.key()) + QLatin1Char(' ') + valueText(inner, it.value(), subjects);
            }
        }
        return parts.join(QStringLiteral(", "));
    }
    if (value.isBool()) {
        return value.toBool() ? translated(QT_TRANSLATE_NOOP("Brankas::LogEntryText", "yes"))
                              : translated(QT_TRANSLATE_NOOP("Brankas::LogEntryText", "no"));
    }
    if (subjects && value.isDouble() && field == QLatin1String("account")) {
        return subjects->account(value.toInteger());
    }
    if (field == QLatin1String("term") && value.isDouble()) {
        if (value.toInteger() == 0) {
            return translated(QT_TRANSLATE_NOOP("Brankas::LogEntryText", "none"));
        }
        if (subjects) {
            return subjects->term(value.toInteger());
        }
    }
    const QString text = value.isString() ? value.toString() : value.toVariant().toString();
    if (field == QLatin1String("report")) {
        if (text == QLatin1String("handover")) {
            return translated(QT_TRANSLATE_NOOP("Brankas::LogEntryText", "handover record"));
        }
        if (text == QLatin1String("recovery-sheet")) {
            return translated(QT_TRANSLATE_NOOP("Brankas::LogEntryText", "recovery sheet"));
        }
    }
    if (field == QLatin1String("from") || field == QLatin1String("to") || field == QLatin1String("status")) {
        if (const auto status = statusFromId(text)) {
            return statusDisplayName(*status);
        }
    }
    if (field == QLatin1String("platform")) {
        if (const auto platform = platformFromId(text)) {
            return platformDisplayName(*platform);
        }
    }
    if (field == QLatin1String("role")) {
        if (const auto role = roleFromId(text)) {
            return roleDisplayName(*role);
        }
    }
    if (field == QLatin1String("kind")) {
        if (const auto kind = secretKindFromId(text)) {
            return secretKindDisplayName(*kind);
        }
        if (const auto kind = handoverKindFromId(text)) {
            return handoverKindDisplayName(*kind);
        }
    }
    if (field == QLatin1String("reason")) {
        return reasonDisplayText(text);
    }
    return text;
}
} // namespace

QString fieldName(const QString &field)
{
    for (const FieldText &known : Fields) {
        if (field == QLatin1String(known.field)) {
            return translated(known.text);
        }
    }
    return field;
}

QString details(const LogEntry &entry, LogSubjects *subjects)
{
    const QJsonObject object = entry.detailsObject();
    QStringList parts;
    if (entry.isUnattested()) {
        // Anyone who could write the file could have put this there while the key was away.
        parts << QCoreApplication::translate("Brankas::LogEntryText", "Recorded without the vault key, not proof");
    }
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (it.key() == QLatin1String("recordedLate") || it.key() == QLatin1String("signingKey")) {
            continue;
        }
        parts << fieldName(it.key()) + QStringLiteral(": ") + valueText(it.key(), it.value(), subjects);
    }
    return parts.join(QStringLiteral(" · "));
}

} // namespace Brankas::LogEntryText
