// SPDX-License-Identifier: GPL-3.0-or-later
#include "secrets.h"

#include "../domain/totp.h"
#include "../log/logactions.h"
#include "../storage/accountstore.h"
#include "../storage/secretstore.h"
#include "../vault/vault.h"
#include "permissions.h"

namespace Brankas {

namespace {
const QString TableName = QString::fromLatin1(Secrets::Table);

QString targetOf(qint64 accountId)
{
    return QStringLiteral("account:%1").arg(accountId);
}

Status checkValue(SecretKind kind, const SecretBytes &value)
{
    if (value.isEmpty()) {
        return Error(ErrorCode::InvalidInput, QT_TRANSLATE_NOOP("Brankas::Error", "The new value is empty."));
    }
    if (kind == SecretKind::Totp) {
        if (auto parsed = parseTotpSeed(value.view()); !parsed) {
            return parsed.error();
        }
    }
    return {};
}
} // namespace

Result<LogEvent> Secrets::store(const Session &session, qint64 accountId, SecretKind kind, const SecretBytes &value,
                                const QString &reason)
{
    if (Status allowed = requireSecretRole(session); !allowed) {
        return allowed.error();
    }
    if (Status valid = checkValue(kind, value); !valid) {
        return valid.error();
    }
    Storage::SecretStore store(m_vault.database());
    auto id = store.nextId();
    if (!id) {
        return id.error();
    }
    auto sealed = m_vault.sealField(session, TableName, id.value(), boundSecretField(kind, accountId), value.view());
    if (!sealed) {
        return sealed.error();
    }
    Storage::SecretRecord record;
    record.id = id.value();
    record.accountId = accountId;
    record.kind = kind;
    record.sealed = sealed.value();
    if (kind == SecretKind::Password) {
        auto tag = m_vault.passwordTag(session, value.view());
        if (!tag) {
            return tag.error();
        }
        record.reuseTag = tag.value();
    }
    record.setAt = m_vault.clock().nowUtc();
    record.officer = session.officer.name;
    record.reason = reason.simplified();
    if (Status inserted = store.insert(record); !inserted) {
        return inserted.error();
    }
    return LogEvent{QStringLiteral("secret.set"), targetOf(accountId),
                    QJsonObject{{QStringLiteral("kind"), secretKindId(kind)},
                                {QStringLiteral("reason"), record.reason},
                                {QStringLiteral("version"), record.id}}};
}

Status Secrets::set(const Session &session, qint64 accountId, SecretKind kind, const SecretBytes &value,
                    const QString &reason)
{
    if (Status allowed = requireSecretRole(session); !allowed) {
        return allowed;
    }
    if (reason.simplified().isEmpty()) {
        return Error(ErrorCode::InvalidInput,
                     QT_TRANSLATE_NOOP("Brankas::Error", "Give the reason for the change; it goes into the archive "
                                                         "log and the account's history."));
    }
    if (auto account = Storage::AccountStore(m_vault.database()).find(accountId); !account) {
        return account.error();
    }
    return m_vault.commitChange(session, [&]() -> Result<QList<LogEvent>> {
        auto event = store(session, accountId, kind, value, reason);
        if (!event) {
            return event.error();
        }
        return QList<LogEvent>{event.value()};
    });
}

Result<SecretBytes> Secrets::open(const Session &session, qint64 accountId, SecretKind kind, qint64 versionId,
                                  const QString &action)
{
    if (Status allowed = requireSecretRole(session); !allowed) {
        return allowed.error();
    }
    Storage::SecretStore store(m_vault.database());
    std::optional<Storage::SecretRecord> record;
    if (versionId > 0) {
        auto history = store.history(accountId);
        if (!history) {
            return history.error();
        }
        for (const Storage::SecretRecord &candidate : history.value()) {
            if (candidate.id == versionId && candidate.kind == kind) {
                record = candidate;
            }
        }
    } else {
        auto current = store.current(accountId, kind);
        if (!current) {
            return current.error();
        }
        record = current.value();
    }
    if (!record) {
        if (auto account = Storage::AccountStore(m_vault.database()).find(accountId); !account) {
            return account.error();
        }
        return Error(ErrorCode::NotFound, QT_TRANSLATE_NOOP("Brankas::Error", "Account %1 has no %2 recorded."),
                     {QString::number(accountId), secretKindDisplayName(kind)});
    }
    auto plaintext =
        m_vault.openField(session, TableName, record->id, boundSecretField(kind, record->accountId), record->sealed);
    if (!plaintext) {
        return plaintext.error();
    }
    Status logged = m_vault.commitChange(session, [&] {
        return Result<QList<LogEvent>>(QList<LogEvent>{
            {action, targetOf(accountId),
             QJsonObject{{QStringLiteral("kind"), secretKindId(kind)}, {QStringLiteral("version"), record->id}}}});
    });
    if (!logged) {
        // A secret whose reading cannot be logged is not handed out.
        return logged.error();
    }
    return plaintext;
}

Result<SecretBytes> Secrets::reveal(const Session &session, qint64 accountId, SecretKind kind, qint64 versionId)
{
    return open(session, accountId, kind, versionId, LogAction::secretRevealed());
}

Result<SecretBytes> Secrets::copy(const Session &session, qint64 accountId, SecretKind kind)
{
    return open(session, accountId, kind, 0, LogAction::secretCopied());
}

Result<QList<SecretVersion>> Secrets::history(qint64 accountId)
{
    if (auto account = Storage::AccountStore(m_vault.database()).find(accountId); !account) {
        return account.error();
    }
    auto records = Storage::SecretStore(m_vault.database()).history(accountId);
    if (!records) {
        return records.error();
    }
    QList<SecretVersion> versions;
    QList<SecretKind> seen;
    for (const Storage::SecretRecord &record : records.value()) {
        versions.append(SecretVersion{record.id, record.kind, record.setAt, record.officer, record.reason,
                                      !seen.contains(record.kind)});
        seen << record.kind;
    }
    return versions;
}

} // namespace Brankas
