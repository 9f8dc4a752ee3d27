// SPDX-License-Identifier: GPL-3.0-or-later
#include "accounts.h"

#include "accountchecks.h"

#include "../storage/kecamatanstore.h"
#include "../storage/termstore.h"
#include "../vault/vault.h"
#include "permissions.h"
#include "secrets.h"
#include "terms.h"

#include "../storage/accountstore.h"
#include "../text/textrules.h"

#include <QHash>
#include <QRegularExpression>

namespace Brankas {

namespace {
QString targetOf(const Account &account)
{
    return QStringLiteral("account:%1").arg(account.id);
}

QJsonObject describe(const Account &account)
{
    return QJsonObject{{QStringLiteral("kecamatan"), account.kecamatanCode},
                       {QStringLiteral("platform"), platformId(account.platform)},
                       {QStringLiteral("handle"), account.handle},
                       {QStringLiteral("status"), statusId(account.status)}};
}

} // namespace

Status Accounts::requireReason(const QString &reason)
{
    if (reason.simplified().isEmpty()) {
        return Error(ErrorCode::InvalidInput,
                     QT_TRANSLATE_NOOP("Brankas::Error", "Give the reason for the change; it goes into the archive "
                                                         "log and the account's history."));
    }
    return checkText(TextRules::Reason, reason.simplified());
}

Status Accounts::checkEmail(const QString &email)
{
    if (Status clean = checkText(TextRules::EmailAddress, email); !clean) {
        return clean;
    }
    static const QRegularExpression pattern(QStringLiteral("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$"));
    if (email.isEmpty() || pattern.match(email).hasMatch()) {
        return {};
    }
    return Error(ErrorCode::InvalidInput,
                 QT_TRANSLATE_NOOP("Brankas::Error", "\"%1\" is not an e-mail address (it looks like name@domain.id)."),
                 {email});
}

Status Accounts::checkPhone(const QString &phone)
{
    static const QRegularExpression pattern(QStringLiteral("^\\+?[0-9(][0-9 ().\\-]{6,20}$"));
    if (phone.isEmpty() || pattern.match(phone).hasMatch()) {
        return {};
    }
    return Error(ErrorCode::InvalidInput,
                 QT_TRANSLATE_NOOP("Brankas::Error",
                                   "\"%1\" is not a phone number; write it with digits, e.g. 0812-3456-7890 or "
                                   "+62 812 3456 7890."),
                 {phone});
}

Result<QList<LogEvent>> Accounts::insertPrepared(const Session &session, Account &account, const SecretBytes *password)
{
    Storage::AccountStore store(m_vault.database());
    auto id = store.insert(account);
    if (!id) {
        return id.error();
    }
    account.id = id.value();
    StatusChange first{0, std::nullopt, account.status, RecordedReason, session.officer.name, account.createdAt};
    if (Status recorded = store.addStatusChange(account.id, first); !recorded) {
        return recorded.error();
    }
    QList<LogEvent> events{{QStringLiteral("account.added"), targetOf(account), describe(account)}};
    if (password) {
        auto stored = Secrets(m_vault).store(session, account.id, SecretKind::Password, *password, FirstPasswordReason);
        if (!stored) {
            return stored.error();
        }
        events << stored.value();
    }
    return events;
}

Result<Account> Accounts::add(const Session &session, const NewAccount &spec, const SecretBytes *password)
{
    auto prepared = AccountChecks(m_vault, session).check(spec);
    if (!prepared) {
        return prepared.error();
    }
    Account account = std::move(prepared).value();
    // The checks ran before the transaction, and the insert re-reads nothing: the head's lock is
    // needed for the log entries only.
    Status status = m_vault.commitChange(
        session, [&]() -> Result<QList<LogEvent>> { return insertPrepared(session, account, password); },
        HeadLock::ForLogEntries);
    if (!status) {
        return status.error();
    }
    return find(account.id);
}

Result<QList<qint64>> Accounts::addMany(const Session &session, const std::vector<NewAccountEntry> &entries,
                                        const std::optional<LogEvent> &summary)
{
    QList<Account> accounts;
    accounts.reserve(qsizetype(entries.size()));
    QHash<QString, qsizetype> seen;
    AccountChecks checks(m_vault, session);
    for (const NewAccountEntry &entry : entries) {
        auto prepared = checks.check(entry.spec);
        if (!prepared) {
            return prepared.error();
        }
        const Account &account = prepared.value();
        const QString key =
            QStringList{platformId(account.platform), account.platformName.toLower(), account.handle.toLower()}.join(
                QLatin1Char('/'));
        if (seen.contains(key)) {
            return Error(ErrorCode::AlreadyExists,
                         QT_TRANSLATE_NOOP("Brankas::Error", "The %1 account @%2 is given twice."),
                         {platformDisplayName(account.platform), account.handle});
        }
        seen.insert(key, accounts.size());
        accounts << prepared.value();
    }
    Status status = m_vault.commitChange(
        session,
        [&]() -> Result<QList<LogEvent>> {
            QList<LogEvent> events;
            for (qsizetype i = 0; i < accounts.size(); ++i) {
                auto inserted = insertPrepared(session, accounts[i], entries[size_t(i)].password);
                if (!inserted) {
                    return inserted.error();
                }
                events << inserted.value();
            }
            if (summary) {
                events << *summary;
            }
            return events;
        },
        HeadLock::ForLogEntries);
    if (!status) {
        return status.error();
    }
    QList<qint64> ids;
    ids.reserve(accounts.size());
    for (const Account &account : accounts) {
        ids << account.id;
    }
    return ids;
}

Result<Account> Accounts::changeStatus(const Session &session, qint64 id, AccountStatus to, const QString &reason,
                                       const QDateTime &seenUpdatedAt)
{
    if (Status allowed = requireRegisterRole(session); !allowed) {
        return allowed.error();
    }
    if (Status given = requireReason(reason); !given) {
        return given.error();
    }
    Storage::AccountStore store(m_vault.database());
    auto account = store.find(id);
    if (!account) {
        return account.error();
    }
    if (seenUpdatedAt.isValid() && account.value().updatedAt != seenUpdatedAt) {
        return changedMeanwhile(account.value());
    }
    auto move = checkStatusMove(account.value(), to);
    if (!move) {
        return move.error();
    }
    const qint64 newTermId = move.value();
    Status status = m_vault.commitChange(session, [&]() -> Result<QList<LogEvent>> {
        auto event = applyStatusChange(session, account.value(), to, reason, newTermId);
        if (!event) {
            return event.error();
        }
        return QList<LogEvent>{event.value()};
    });
    if (!status) {
        return status.error();
    }
    return find(id);
}

Error Accounts::changedMeanwhile(const Account &current)
{
    auto last = m_vault.log().entries({.limit = 1, .newestFirst = true, .targetIn = {targetOf(current)}});
    const QString label = QString::number(current.id) + QStringLiteral(" (") + current.label() + QLatin1Char(')');
    if (!last || last.value().isEmpty()) {
        return Error(ErrorCode::Conflict,
                     QT_TRANSLATE_NOOP("Brankas::Error", "Account %1 was changed after you opened it; nothing was "
                                                         "changed. Look at it again and repeat the change if it "
                                                         "is still right."),
                     {label});
    }
    const LogEntry &entry = last.value().first();
    return Error(ErrorCode::Conflict,
                 QT_TRANSLATE_NOOP("Brankas::Error", "Account %1 was changed by %2 at %3 (UTC) after you opened it; "
                                                     "nothing was changed. Look at it again and repeat the change if "
                                                     "it is still right."),
                 {label, entry.officer, entry.at.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm"))});
}

Result<qint64> Accounts::checkStatusMove(const Account &account, AccountStatus to)
{
    const AccountStatus from = account.status;
    if (Status allowed = checkTransition(from, to, account.nature); !allowed) {
        return allowed.error();
    }
    // Back in use after being taken out of the committee's hands (deactivated -> active for a new
    // term, held -> active when handed on to the next committee): the account now serves the term
    // that covers today, so its active period is that term's and not the one that ended.
    if (to == AccountStatus::Active && (from == AccountStatus::Deactivated || from == AccountStatus::Held)) {
        auto current = Terms(m_vault).current(m_vault.clock().nowUtc().date());
        if (!current) {
            return current.error();
        }
        if (current.value() && current.value()->id != account.termId) {
            return current.value()->id;
        }
    }
    return qint64(0);
}

Result<LogEvent> Accounts::applyStatusChange(const Session &session, const Account &account, AccountStatus to,
                                             const QString &reason, qint64 newTermId)
{
    if (Status allowed = requireRegisterRole(session); !allowed) {
        return allowed.error();
    }
    if (Status given = requireReason(reason); !given) {
        return given.error();
    }
    const AccountStatus from = account.status;
    if (Status allowed = checkTransition(from, to, account.nature); !allowed) {
        return allowed.error();
    }
    Storage::AccountStore store(m_vault.database());
    // Read again inside the transaction: the caller checked the move against what it read before,
    // and another window or PC may have changed the account in between.
    auto current = store.find(account.id);
    if (!current) {
        return current.error();
    }
    if (current.value().status != account.status || current.value().updatedAt != account.updatedAt) {
        return changedMeanwhile(current.value());
    }
    const QDateTime now = m_vault.clock().nowUtc();
    QJsonObject details{{QStringLiteral("from"), statusId(from)},
                        {QStringLiteral("to"), statusId(to)},
                        {QStringLiteral("reason"), reason.simplified()},
                        {QStringLiteral("handle"), account.handle}};
    if (newTermId > 0 && newTermId != account.termId) {
        auto stored = store.find(account.id);
        if (!stored) {
            return stored.error();
        }
        Account moved = stored.value();
        moved.termId = newTermId;
        moved.updatedAt = now;
        if (Status updated = store.update(moved); !updated) {
            return updated.error();
        }
        details.insert(QStringLiteral("term"), newTermId);
    }
    if (Status changed = store.setStatus(account.id, to, now); !changed) {
        return changed.error();
    }
    StatusChange change{0, from, to, reason.simplified(), session.officer.name, now};
    if (Status recorded = store.addStatusChange(account.id, change); !recorded) {
        return recorded.error();
    }
    return LogEvent{QStringLiteral("account.status-changed"), targetOf(account), details};
}

Result<Account> Accounts::markReviewed(const Session &session, qint64 id)
{
    if (Status allowed = requireRegisterRole(session); !allowed) {
        return allowed.error();
    }
    Storage::AccountStore store(m_vault.database());
    auto account = store.find(id);
    if (!account) {
        return account.error();
    }
    const QDateTime now = m_vault.clock().nowUtc();
    Status status = m_vault.commitChange(session, [&]() -> Result<QList<LogEvent>> {
        if (Status reviewed = store.setReviewed(id, now.date(), now); !reviewed) {
            return reviewed.error();
        }
        return QList<LogEvent>{{QStringLiteral("account.reviewed"), targetOf(account.value()),
                                QJsonObject{{QStringLiteral("handle"), account.value().handle}}}};
    });
    if (!status) {
        return status.error();
    }
    return find(id);
}

Result<QList<Account>> Accounts::withPeriods(QList<Account> accounts)
{
    auto terms = Storage::TermStore(m_vault.database()).list();
    if (!terms) {
        return terms.error();
    }
    QHash<qint64, const Term *> byId;
    for (const Term &term : terms.value()) {
        byId.insert(term.id, &term);
    }
    for (Account &account : accounts) {
        const Term *term = byId.value(account.termId);
        // The period follows the term; a date set by hand wins over the term's.
        if (!account.activeFrom.isValid() && term) {
            account.activeFrom = term->formedOn;
        }
        if (!account.activeUntil.isValid() && term) {
            account.activeUntil = term->effectiveEnd();
        }
    }
    return accounts;
}

Result<Account> Accounts::find(qint64 id)
{
    auto account = Storage::AccountStore(m_vault.database()).find(id);
    if (!account) {
        return account.error();
    }
    auto filled = withPeriods({account.value()});
    if (!filled) {
        return filled.error();
    }
    return filled.value().first();
}

Result<QList<Account>> Accounts::list(const AccountFilter &filter)
{
    auto accounts = Storage::AccountStore(m_vault.database()).list(filter);
    if (!accounts) {
        return accounts.error();
    }
    return withPeriods(std::move(accounts).value());
}

Result<QList<StatusChange>> Accounts::statusHistory(qint64 id)
{
    if (auto account = Storage::AccountStore(m_vault.database()).find(id); !account) {
        return account.error();
    }
    return Storage::AccountStore(m_vault.database()).statusHistory(id);
}

} // namespace Brankas
