// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "../crypto/secretbytes.h"
#include "../domain/account.h"
#include "../domain/accountfilter.h"
#include "../log/logentry.h"
#include "../result.h"
#include "../vault/session.h"

#include <optional>
#include <vector>

namespace Brankas {

class Vault;

// What an officer fills in to record an account. Strings are as typed: Accounts validates them.
struct NewAccount
{
    QString kecamatanCode;
    Platform platform = Platform::Instagram;
    QString platformName; // for Platform::Other
    QString handle;       // "@name", a bare name or a profile URL
    QString displayName;
    QString email;
    QString phone;
    TwoFactorMethod twoFactor = TwoFactorMethod::None;
    AccountNature nature = AccountNature::TermBound;
    std::optional<qint64> termId; // none: the term that covers today, if any
    AccountStatus status = AccountStatus::Active;
    QString holder;
    QString notes;
    // An account the office already kept elsewhere (its spreadsheet, an export of another vault):
    // recorded in whatever status it has there, not only as a new account (active or requested).
    bool fromRegister = false;
};

// One account of a batch recorded at once, with its first password if the sheet gave one.
struct NewAccountEntry
{
    NewAccount spec;
    const SecretBytes *password = nullptr;
};

// What an officer changes on a recorded account; fields left empty stay as they are.
struct AccountChanges
{
    std::optional<QString> displayName;
    std::optional<QString> email;
    std::optional<QString> phone;
    std::optional<TwoFactorMethod> twoFactor;
    std::optional<AccountNature> nature;
    std::optional<qint64> termId; // 0: no term
    std::optional<QString> holder;
    std::optional<QString> notes;
    // An active period set by hand; an empty optional leaves it, followTerm drops a hand-set one.
    std::optional<std::pair<QDate, QDate>> period;
    bool periodFollowsTerm = false;
};

// Which accounts a change of many is about: the numbers given, or every account of a kecamatan
// and/or a term; a platform and a current status narrow either.
struct AccountSelection
{
    // Defaults on every member, so a designated initializer may name only some of them.
    QList<qint64> ids = {};
    QString kecamatanCode = {};
    qint64 termId = 0;
    std::optional<Platform> platform = {};
    std::optional<AccountStatus> currentStatus = {};
};

// A selected account that cannot make a move, and why (core's message of the single change).
struct RefusedAccount
{
    qint64 id = 0;
    QString label; // "Instagram @name (Kecamatan)"; "number N" for a number without an account
    Error reason;
};

// The outcome of a change of many accounts.
struct BulkStatusChange
{
    struct Move
    {
        Account account;      // as it was before the change
        qint64 newTermId = 0; // the term it moves to on coming back into use, or 0
    };
    QList<Move> moves;             // the accounts that can make the move (and made it, if recorded)
    QList<RefusedAccount> refused; // the accounts that cannot
    bool recorded = false;         // whether anything was written
};

// The register of accounts: recording them, their status changes with reasons, and the active
// period that follows their term.
class Accounts
{
public:
    explicit Accounts(Vault &vault)
        : m_vault(vault)
    {}

    // Records the account and, if given, its first password, in one transaction.
    Result<Account> add(const Session &session, const NewAccount &spec, const SecretBytes *password = nullptr);
    // Records many accounts (an import) in one transaction and one signed commit, each with its
    // account.added (and secret.set) entry, then `summary` if given. Every account is checked
    // before anything is written, and two entries for the same account are refused: either all
    // are recorded or none is. Returns the new accounts' numbers in the order given.
    Result<QList<qint64>> addMany(const Session &session, const std::vector<NewAccountEntry> &entries,
                                  const std::optional<LogEvent> &summary = std::nullopt);
    // Changes the account's details (never its handle, platform or kecamatan: those make it another
    // account) and logs each changed field with its old and new value. `seenUpdatedAt` is the
    // account's updatedAt as the editor showed it: a change to an account changed since (another
    // window, another PC) is refused as changeStatus() refuses it. Without it the edit applies to
    // the account as it is, but never writes over a change another writer made meanwhile.
    Result<Account> update(const Session &session, qint64 id, const AccountChanges &changes,
                           const QDateTime &seenUpdatedAt = {});
    // `seenUpdatedAt` is the account's updatedAt as the officer saw it (the window passes it): if
    // the account has changed since, in another window or on another PC, the change is refused
    // (ErrorCode::Conflict) with who changed it and when, and nothing is written.
    Result<Account> changeStatus(const Session &session, qint64 id, AccountStatus to, const QString &reason,
                                 const QDateTime &seenUpdatedAt = {});
    // Checks the move of every selected account exactly as changeStatus() does, writing nothing:
    // which accounts can make it and which cannot, with why. An empty selection is an error.
    Result<BulkStatusChange> checkStatusChanges(const Session &session, const AccountSelection &selection,
                                                AccountStatus to);
    // Moves the selected accounts with one reason, in one transaction and one signed commit, each
    // with its own account.status-changed entry. If any cannot make the move, nothing is written
    // (recorded stays false) unless skipRefused: then the others move and the refused are named.
    Result<BulkStatusChange> changeStatusMany(const Session &session, const AccountSelection &selection,
                                              AccountStatus to, const QString &reason, bool skipRefused);
    // For a caller already inside a transaction (a handover applying the status changes of all its
    // accounts at once): checks the transition, moves the account (to another term too, if given)
    // and returns the log event the caller commits with it. `account` is the account as the caller
    // checked it: if the vault holds it otherwise now (changed by another writer since it was read),
    // the move is refused with ErrorCode::Conflict.
    Result<LogEvent> applyStatusChange(const Session &session, const Account &account, AccountStatus to,
                                       const QString &reason, qint64 newTermId = 0);
    // An officer confirms the yearly review of an account (public registers ask for one).
    Result<Account> markReviewed(const Session &session, qint64 id);

    Result<Account> find(qint64 id);
    Result<QList<Account>> list(const AccountFilter &filter);
    Result<QList<StatusChange>> statusHistory(qint64 id);

    static Status checkEmail(const QString &email);
    static Status checkPhone(const QString &phone);

private:
    static Status requireReason(const QString &reason);
    // The refusal of a change made on a stale view of `current`, naming who changed it last and when.
    Error changedMeanwhile(const Account &current);
    // The checks of one account's move, shared by changeStatus and changeStatusMany: whether the
    // rules allow it, and the term it serves after it (0: it stays in its own).
    Result<qint64> checkStatusMove(const Account &account, AccountStatus to);
    // The accounts a selection names, and the numbers given that name no account.
    Result<std::pair<QList<Account>, QList<RefusedAccount>>> select(const AccountSelection &selection);
    // Inside the caller's transaction: inserts a prepared account and its first password.
    Result<QList<LogEvent>> insertPrepared(const Session &session, Account &account, const SecretBytes *password);
    Result<QList<Account>> withPeriods(QList<Account> accounts);
    Vault &m_vault;
};

} // namespace Brankas
