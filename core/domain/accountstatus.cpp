// SPDX-License-Identifier: GPL-3.0-or-later
#include "accountstatus.h"

#include <QCoreApplication>

namespace Brankas {

namespace {
const char *const StatusIds[] = {"requested", "active", "suspended", "deactivated", "held", "closed"};

QString statusName(AccountStatus status)
{
    return statusDisplayName(status);
}
} // namespace

QList<AccountStatus> allStatuses()
{
    return {AccountStatus::Requested,   AccountStatus::Active, AccountStatus::Suspended,
            AccountStatus::Deactivated, AccountStatus::Held,   AccountStatus::Closed};
}

QString statusId(AccountStatus status)
{
    return QString::fromLatin1(StatusIds[int(status)]);
}

std::optional<AccountStatus> statusFromId(const QString &id)
{
    const QString key = id.trimmed().toLower();
    for (AccountStatus status : allStatuses()) {
        if (key == statusId(status)) {
            return status;
        }
    }
    // The Indonesian words officers use.
    static const std::pair<const char *, AccountStatus> Indonesian[] = {
        {"diajukan", AccountStatus::Requested},     {"aktif", AccountStatus::Active},
        {"ditangguhkan", AccountStatus::Suspended}, {"nonaktif", AccountStatus::Deactivated},
        {"dipegang-kantor", AccountStatus::Held},   {"ditutup", AccountStatus::Closed},
    };
    for (const auto &[word, status] : Indonesian) {
        if (key == QLatin1String(word)) {
            return status;
        }
    }
    return std::nullopt;
}

QString statusDisplayName(AccountStatus status)
{
    switch (status) {
    case AccountStatus::Requested:
        return QCoreApplication::translate("Brankas::AccountStatus", "Requested");
    case AccountStatus::Active:
        return QCoreApplication::translate("Brankas::AccountStatus", "Active");
    case AccountStatus::Suspended:
        return QCoreApplication::translate("Brankas::AccountStatus", "Suspended");
    case AccountStatus::Deactivated:
        return QCoreApplication::translate("Brankas::AccountStatus", "Deactivated");
    case AccountStatus::Held:
        return QCoreApplication::translate("Brankas::AccountStatus", "Held by the office");
    case AccountStatus::Closed:
        return QCoreApplication::translate("Brankas::AccountStatus", "Closed");
    }
    return {};
}

QString natureId(AccountNature nature)
{
    return nature == AccountNature::Permanent ? QStringLiteral("permanent") : QStringLiteral("term");
}

std::optional<AccountNature> natureFromId(const QString &id)
{
    const QString key = id.trimmed().toLower();
    if (key == QLatin1String("permanent") || key == QLatin1String("tetap")) {
        return AccountNature::Permanent;
    }
    if (key == QLatin1String("term") || key == QLatin1String("masa-tugas")) {
        return AccountNature::TermBound;
    }
    return std::nullopt;
}

QString natureDisplayName(AccountNature nature)
{
    return nature == AccountNature::Permanent ? QCoreApplication::translate("Brankas::AccountStatus", "Permanent")
                                              : QCoreApplication::translate("Brankas::AccountStatus", "Term-bound");
}

bool isLive(AccountStatus status)
{
    return status == AccountStatus::Active || status == AccountStatus::Suspended;
}

Status checkTransition(AccountStatus from, AccountStatus to, AccountNature nature)
{
    using S = AccountStatus;
    if (from == to) {
        return Error(ErrorCode::InvalidInput,
                     QT_TRANSLATE_NOOP("Brankas::Error", "The account's status is already \"%1\"."), {statusName(to)});
    }
    if (from == S::Closed) {
        return Error(ErrorCode::InvalidInput,
                     QT_TRANSLATE_NOOP("Brankas::Error", "The account is closed; a closed account stays in the "
                                                         "register as a record and cannot change any more."));
    }
    if (to == S::Requested) {
        return Error(ErrorCode::InvalidInput,
                     QT_TRANSLATE_NOOP("Brankas::Error", "An account cannot go back to requested once it has "
                                                         "been handled."));
    }
    if (to == S::Held && nature != AccountNature::Permanent) {
        return Error(ErrorCode::InvalidInput,
                     QT_TRANSLATE_NOOP("Brankas::Error",
                                       "Only a permanent account is held by the office at term end; a term-bound "
                                       "account is deactivated instead."));
    }
    const bool allowed = [&] {
        switch (from) {
        case S::Requested:
            return to == S::Active || to == S::Closed;
        case S::Active:
            return to == S::Suspended || to == S::Deactivated || to == S::Held;
        case S::Suspended:
            return to == S::Active || to == S::Deactivated || to == S::Held;
        case S::Deactivated:
            return to == S::Active || to == S::Closed;
        case S::Held:
            return to == S::Active || to == S::Deactivated || to == S::Closed;
        case S::Closed:
            return false;
        }
        return false;
    }();
    if (!allowed) {
        if (to == S::Closed) {
            return Error(ErrorCode::InvalidInput,
                         QT_TRANSLATE_NOOP("Brankas::Error",
                                           "An account that is %1 cannot be closed directly: deactivate it first, "
                                           "so that its passwords are changed and it is out of the committee's "
                                           "hands."),
                         {statusName(from)});
        }
        if (to == S::Suspended) {
            return Error(
                ErrorCode::InvalidInput,
                QT_TRANSLATE_NOOP("Brankas::Error", "Only an active account can be suspended; this one is %1."),
                {statusName(from)});
        }
        return Error(ErrorCode::InvalidInput,
                     QT_TRANSLATE_NOOP("Brankas::Error", "An account cannot go from %1 to %2."),
                     {statusName(from), statusName(to)});
    }
    return {};
}

QList<AccountStatus> allowedTransitions(AccountStatus from, AccountNature nature)
{
    QList<AccountStatus> result;
    for (AccountStatus to : allStatuses()) {
        if (checkTransition(from, to, nature).ok()) {
            result << to;
        }
    }
    return result;
}

} // namespace Brankas
