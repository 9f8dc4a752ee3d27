// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "../result.h"

#include <QList>
#include <QString>

#include <optional>

namespace Brankas {

// Where an account stands. requested -> active -> (suspended <-> active) -> deactivated at term end
// -> active again for a new term, or -> closed. A permanent account is not deactivated at term
// end but held by the office until the next committee takes it over.
enum class AccountStatus { Requested, Active, Suspended, Deactivated, Held, Closed };

// Term-bound accounts live and end with their committee's term; permanent ones pass from one
// election's committee to the next.
enum class AccountNature { TermBound, Permanent };

QList<AccountStatus> allStatuses();
QString statusId(AccountStatus status); // "requested", "active", ... stored and typed on the CLI
std::optional<AccountStatus> statusFromId(const QString &id);
QString statusDisplayName(AccountStatus status);

QString natureId(AccountNature nature); // "term", "permanent"
std::optional<AccountNature> natureFromId(const QString &id);
QString natureDisplayName(AccountNature nature);

// Refuses a transition the rules do not allow, saying why and what to do instead.
Status checkTransition(AccountStatus from, AccountStatus to, AccountNature nature);
QList<AccountStatus> allowedTransitions(AccountStatus from, AccountNature nature);

// Statuses in which someone can still post on the account: the ones "active past its term" is about.
bool isLive(AccountStatus status);

} // namespace Brankas
