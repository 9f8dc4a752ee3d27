#include "logentrytext.h"

#include <core/domain/account.h>
#include <core/domain/role.h>
#include <core/domain/secretkind.h>

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

namespace Brankas::LogEntryText {

namespace {
struct ActionText
{
    const char *action;
    const char *text;
};

constexpr ActionText Actions[] = {
    {"account.added", QT_TRANSLATE_NOOP("Brankas::LogEntryText", "Account recorded")},
    {"account.updated", QT_TRANSLATE_NOOP("Brankas::LogEntryText", "Account details changed")},
    {"account.status-changed", QT_TRANSLATE_NOOP("Brankas::LogEntryText", "Account status changed")},
    {"account.reviewed", QT_TRANSLATE_NOOP("Brankas::LogEntryText", "Yearly review confirmed")},
    {"account.password-changed", QT_TRANSLATE_NOOP("Brankas::LogEntryText", "Password changed")},
    {"account.verified", QT_TRANSLATE_NOOP("Brankas::LogEntryText", "Account checked")},
    {"secret.set", QT_TRANSLATE_NOOP("Brankas::LogEntryText", "Secret saved")},
    {"secret.revealed", QT_TRANSLATE_NOOP("Brankas::LogEntryText", "Secret shown")},
    {"secret.copied", QT_TRANSLATE_NOOP("Brankas::LogEntryText", "Secret copied")},
    {"kecamatan.added", QT_TRANSLATE_NOOP("Brankas::LogEntryText", "Kecamatan added")},
    {"kecamatan.updated", QT_TRANSLATE_NOOP("Brankas::LogEntryText", "Kecamatan contacts changed")},
    {"kecamatan.retired", QT_TRANSLATE_NOOP("Brankas::LogEntryText", "Kecamatan retired")},
    {"term.added", QT_TRANSLATE_NOOP("Brankas::LogEntryText", "Term added")},
    {"term.extended", QT_TRANSLATE_NOOP("Brankas::LogEntryText", "Term extended")},
    {"handover.created", QT_TRANSLATE_NOOP("Brankas::LogEntryText", "Handover drafted")},
    {"handover.updated", QT_TRANSLATE_NOOP("Brankas::LogEntryText", "Handover draft changed")},
    {"handover.finalized", QT_TRANSLATE_NOOP("Brankas::LogEntryText", "Handover signed off")},
    {"handover.discarded", QT_TRANSLATE_NOOP("Brankas::LogEntryText", "Handover draft discarded")},
    {"officer.added", QT_TRANSLATE_NOOP("Brankas::LogEntryText", "Officer added")},
    {"officer.signed-in", QT_TRANSLATE_NOOP("Brankas::LogEntryText", "Signed in")},
    {"officer.sign-in-failed", QT_TRANSLATE_NOOP("Brankas::LogEntryText", "Sign-in failed")},
    {"office.updated", QT_TRANSLATE_NOOP("Brankas::LogEntryText", "Office details changed")},
    {"vault.created", QT_TRANSLATE_NOOP("Brankas::LogEntryText", "Vault created")},
    {"vault.migrated", QT_TRANSLATE_NOOP("Brankas::LogEntryText", "Vault upgraded")},
    {"vault.unlocked-with-recovery", QT_TRANSLATE_NOOP("Brankas::LogEntryText", "Opened with the recovery passphrase")},
    {"vault.keychain-restored", QT_TRANSLATE_NOOP("Brankas::LogEntryText", "Key put back in the keychain")},
    {"officer.keys-registered", QT_TRANSLATE_NOOP("Brankas::LogEntryText", "Officer's signing key made")},
    {"secrets.key-created", QT_TRANSLATE_NOOP("Brankas::LogEntryText", "Secrets moved under their own key")},
    {"secrets.access-granted", QT_TRANSLATE_NOOP("Brankas::LogEntryText", "Access to passwords given")},
    {"secrets.access-revoked", QT_TRANSLATE_NOOP("Brankas::LogEntryText", "Access to passwords taken away")},
    {"log.checkpoint", QT_TRANSLATE_NOOP("Brankas::LogEntryText", "Archive log verified (checkpoint)")},
    {"report.secrets-printed", QT_TRANSLATE_NOOP("Brankas::LogEntryText", "Passwords printed")},
};

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
};

QString translated(const char *text)
{
    return QCoreApplication::translate("Brankas::LogEntryText", text);
}

QString fieldName(const QString &field)
{
    for (const FieldText &known : Fields) {
        if (field == QLatin1String(known.field)) {
            return translated(known.text);
        }
    }
    return field;
}

// Stored identifiers (statuses, platforms, roles) read as their names in the UI language.
QString valueText(const QString &field, const QJsonValue &value)
{
    if (value.isArray() || value.isObject()) {
        QStringList parts;
        const QJsonArray array = value.isArray() ? value.toArray() : QJsonArray{};
        for (const QJsonValue &item : array) {
            parts << valueText(field, item);
        }
        if (value.isObject()) {
            const QJsonObject object = value.toObject();
            for (auto it = object.begin(); it != object.end(); ++it) {
                parts << fieldName(it.key()) + QLatin1Char(' ') + valueText(it.key(), it.value());
            }
        }
        return parts.join(QStringLiteral(", "));
    }
    const QString text = value.isString() ? value.toString() : value.toVariant().toString();
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
    }
    if (field == QLatin1String("reason")) {
        return reasonDisplayText(text);
    }
    return text;
}
} // namespace

QString actionName(const QString &action)
{
    for (const ActionText &known : Actions) {
        if (action == QLatin1String(known.action)) {
            return translated(known.text);
        }
    }
    return action;
}

QStringList knownActions()
{
    QStringList actions;
    for (const ActionText &known : Actions) {
        actions << QString::fromLatin1(known.action);
    }
    return actions;
}

QString details(const LogEntry &entry)
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
        parts << fieldName(it.key()) + QStringLiteral(": ") + valueText(it.key(), it.value());
    }
    return parts.join(QStringLiteral(" · "));
}

} // namespace Brankas::LogEntryText
