// SPDX-License-Identifier: GPL-3.0-or-later
#include "accountchecks.h"

#include "../storage/accountstore.h"
#include "../storage/kecamatanstore.h"
#include "../text/textrules.h"
#include "../vault/vault.h"
#include "accounts.h"
#include "permissions.h"
#include "terms.h"

namespace Brankas {

struct AccountChecks::Lookups
{
    explicit Lookups(Storage::Database &db)
        : kecamatan(db)
        , accounts(db)
    {}

    Storage::KecamatanStore kecamatan;
    Storage::AccountStore accounts;
    std::optional<QList<Term>> terms; // read on first need
};

AccountChecks::AccountChecks(Vault &vault, const Session &session)
    : m_vault(vault)
    , m_session(session)
    , m_lookups(std::make_unique<Lookups>(vault.database()))
{}

AccountChecks::~AccountChecks() = default;

Result<Account> AccountChecks::check(const NewAccount &spec)
{
    if (Status allowed = requireRegisterRole(m_session); !allowed) {
        return allowed.error();
    }
    auto kecamatan = m_lookups->kecamatan.findByCodeUncounted(spec.kecamatanCode);
    if (!kecamatan) {
        return kecamatan.error();
    }
    if (kecamatan.value().retired()) {
        return Error(ErrorCode::InvalidInput,
                     QT_TRANSLATE_NOOP("Brankas::Error", "Kecamatan %1 has been retired; new accounts cannot be "
                                                         "recorded for it."),
                     {kecamatan.value().name});
    }
    const QString platformName = spec.platformName.simplified();
    if (spec.platform == Platform::Other && platformName.isEmpty()) {
        return Error(ErrorCode::InvalidInput,
                     QT_TRANSLATE_NOOP("Brankas::Error", "Name the platform of an \"other\" account, e.g. "
                                                         "\"WhatsApp Channel\"."));
    }
    if (Status clean = checkTexts({{TextRules::PlatformName, platformName},
                                   {TextRules::DisplayName, spec.displayName.simplified()},
                                   {TextRules::PersonName, spec.holder.simplified()},
                                   {TextRules::Notes, spec.notes.trimmed()}});
        !clean) {
        return clean.error();
    }
    auto handle = normalizeHandle(spec.platform, spec.handle);
    if (!handle) {
        return handle.error();
    }
    for (const Status &check :
         {Accounts::checkEmail(spec.email.trimmed()), Accounts::checkPhone(spec.phone.trimmed())}) {
        if (!check) {
            return check.error();
        }
    }
    if (!spec.fromRegister && spec.status != AccountStatus::Active && spec.status != AccountStatus::Requested) {
        return Error(ErrorCode::InvalidInput,
                     QT_TRANSLATE_NOOP("Brankas::Error", "A new account is recorded as active or as requested."));
    }
    if (spec.status == AccountStatus::Held && spec.nature != AccountNature::Permanent) {
        return Error(ErrorCode::InvalidInput,
                     QT_TRANSLATE_NOOP("Brankas::Error",
                                       "Only a permanent account is held by the office at term end; a term-bound "
                                       "account is deactivated instead."));
    }
    auto existing = m_lookups->accounts.findHandle(
        spec.platform, spec.platform == Platform::Other ? platformName : QString(), handle.value());
    if (!existing) {
        return existing.error();
    }
    if (existing.value() != 0) {
        return Error(ErrorCode::AlreadyExists,
                     QT_TRANSLATE_NOOP("Brankas::Error", "The %1 account @%2 is already in the register (number %3)."),
                     {platformDisplayName(spec.platform), handle.value(), QString::number(existing.value())});
    }
    auto termId = termOf(spec);
    if (!termId) {
        return termId.error();
    }

    const QDateTime now = m_vault.clock().nowUtc();
    Account account;
    account.kecamatanId = kecamatan.value().id;
    account.kecamatanCode = kecamatan.value().code;
    account.platform = spec.platform;
    account.platformName = spec.platform == Platform::Other ? platformName : QString();
    account.handle = handle.value();
    account.displayName = spec.displayName.simplified();
    account.email = spec.email.trimmed();
    account.phone = spec.phone.trimmed();
    account.twoFactor = spec.twoFactor;
    account.nature = spec.nature;
    account.termId = termId.value();
    account.status = spec.status;
    account.holder = spec.holder.simplified();
    account.notes = spec.notes.trimmed();
    account.createdAt = now;
    account.updatedAt = now;
    return account;
}

// The term given, or the one that covers today (0: none does).
Result<qint64> AccountChecks::termOf(const NewAccount &spec)
{
    if (!m_lookups->terms) {
        auto terms = Terms(m_vault).list();
        if (!terms) {
            return terms.error();
        }
        m_lookups->terms = std::move(terms).value();
    }
    if (spec.termId) {
        auto term = findTerm(*m_lookups->terms, *spec.termId);
        if (!term) {
            return term.error();
        }
        return term.value().id;
    }
    const auto current = currentTerm(*m_lookups->terms, m_vault.clock().nowUtc().date());
    return current ? current->id : qint64(0);
}

} // namespace Brankas
