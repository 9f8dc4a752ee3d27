// SPDX-License-Identifier: GPL-3.0-or-later
#include "healthcheck.h"

#include "../storage/accountstore.h"
#include "../storage/officestore.h"
#include "../storage/secretstore.h"
#include "../vault/vault.h"
#include "accounts.h"

#include <QCoreApplication>

#include <algorithm>

namespace Brankas {

namespace {
struct RuleText
{
    const char *id;
    const char *title;
    const char *explanation;
};

const RuleText Rules[] = {
    {"active-past-term", QT_TRANSLATE_NOOP("Brankas::HealthCheck", "Active past its term"),
     QT_TRANSLATE_NOOP("Brankas::HealthCheck",
                       "The committee's term has ended but the account is still in use. This is the misuse the "
                       "office must prevent: deactivate it, or for a permanent account take it back to the office, "
                       "and change its password.")},
    {"term-ending-soon", QT_TRANSLATE_NOOP("Brankas::HealthCheck", "Term ending soon"),
     QT_TRANSLATE_NOOP("Brankas::HealthCheck",
                       "The account's active period ends within 30 days. Plan its deactivation or handover now.")},
    {"no-2fa", QT_TRANSLATE_NOOP("Brankas::HealthCheck", "No two-factor sign-in"),
     QT_TRANSLATE_NOOP("Brankas::HealthCheck",
                       "Anyone who learns the password can take over the account. Turn on two-factor sign-in with "
                       "an authenticator app and keep its seed in Brankas.")},
    {"contact-not-office", QT_TRANSLATE_NOOP("Brankas::HealthCheck", "Recovery contact not the office's"),
     QT_TRANSLATE_NOOP("Brankas::HealthCheck",
                       "Whoever controls the registered e-mail or phone can reset the password. Register an e-mail "
                       "address or phone number of the office, so the account stays in institutional hands.")},
    {"no-password", QT_TRANSLATE_NOOP("Brankas::HealthCheck", "No password recorded"),
     QT_TRANSLATE_NOOP("Brankas::HealthCheck",
                       "The office must archive the password of every account it facilitates. Record it in "
                       "Brankas.")},
    {"password-not-rotated", QT_TRANSLATE_NOOP("Brankas::HealthCheck", "Password not changed since the handover"),
     QT_TRANSLATE_NOOP("Brankas::HealthCheck",
                       "The people who held the account before the handover still know its password. Change it.")},
    {"password-old", QT_TRANSLATE_NOOP("Brankas::HealthCheck", "Password older than a year"),
     QT_TRANSLATE_NOOP("Brankas::HealthCheck",
                       "Passwords leak over time through shared devices and old notes. Change it at least once a "
                       "year.")},
    {"password-reused", QT_TRANSLATE_NOOP("Brankas::HealthCheck", "Password used by several accounts"),
     QT_TRANSLATE_NOOP("Brankas::HealthCheck",
                       "One leaked password would open all of these accounts. Give each account its own password.")},
    {"permanent-no-holder", QT_TRANSLATE_NOOP("Brankas::HealthCheck", "Permanent account without a holder"),
     QT_TRANSLATE_NOOP("Brankas::HealthCheck",
                       "A permanent account passes from one committee to the next; the register must say who holds "
                       "it now.")},
    {"recovery-without-passwords",
     QT_TRANSLATE_NOOP("Brankas::HealthCheck", "Recovery passphrase does not open the passwords"),
     QT_TRANSLATE_NOOP("Brankas::HealthCheck",
                       "The vault was made by an older Brankas: its recovery passphrase opens the register and the "
                       "log on a new PC or from a backup, but not the passwords. An administrator replaces the "
                       "recovery passphrase (Settings, or brankas-cli recovery change) and keeps the new sheet in "
                       "the office safe.")},
    {"review-overdue", QT_TRANSLATE_NOOP("Brankas::HealthCheck", "Yearly review overdue"),
     QT_TRANSLATE_NOOP("Brankas::HealthCheck",
                       "Registers of official accounts are reviewed every year: check the account's details, status "
                       "and contacts, then confirm the review.")},
    // Not about one account: about the vault's backups (core/backup/backuphealth.cpp).
    {"no-recent-backup", QT_TRANSLATE_NOOP("Brankas::HealthCheck", "No recent backup"),
     QT_TRANSLATE_NOOP("Brankas::HealthCheck",
                       "When this computer's disk fails, only a backup and the recovery sheet bring the accounts "
                       "back. Choose a backup folder in Settings, or run brankas-cli backup.")},
    {"backup-folder-unavailable", QT_TRANSLATE_NOOP("Brankas::HealthCheck", "Backup folder unavailable"),
     QT_TRANSLATE_NOOP("Brankas::HealthCheck",
                       "Automatic backups cannot be written into the folder chosen in Settings. Plug in the disk or "
                       "connect the share, or choose another folder.")},
};

const RuleText *ruleText(const QString &rule)
{
    for (const RuleText &text : Rules) {
        if (rule == QLatin1String(text.id)) {
            return &text;
        }
    }
    return nullptr;
}

bool isInOfficeHands(AccountStatus status)
{
    return isLive(status) || status == AccountStatus::Held;
}

QString emailDomain(const QString &email)
{
    const qsizetype at = email.lastIndexOf(QLatin1Char('@'));
    return at < 0 ? QString() : email.mid(at + 1).trimmed().toLower();
}

bool domainIsOffice(const QString &domain, const QStringList &officeDomains)
{
    for (const QString &office : officeDomains) {
        if (domain == office || domain.endsWith(QLatin1Char('.') + office)) {
            return true;
        }
    }
    return false;
}
} // namespace

QString severityId(Finding::Severity severity)
{
    switch (severity) {
    case Finding::Severity::Critical:
        return QStringLiteral("critical");
    case Finding::Severity::Warning:
        return QStringLiteral("warning");
    case Finding::Severity::Info:
        return QStringLiteral("info");
    }
    return {};
}

QString severityDisplayName(Finding::Severity severity)
{
    switch (severity) {
    case Finding::Severity::Critical:
        return QCoreApplication::translate("Brankas::HealthCheck", "Critical");
    case Finding::Severity::Warning:
        return QCoreApplication::translate("Brankas::HealthCheck", "Warning");
    case Finding::Severity::Info:
        return QCoreApplication::translate("Brankas::HealthCheck", "For attention");
    }
    return {};
}

QString ruleTitle(const QString &rule)
{
    const RuleText *text = ruleText(rule);
    return text ? QCoreApplication::translate("Brankas::HealthCheck", text->title) : rule;
}

QString ruleExplanation(const QString &rule)
{
    const RuleText *text = ruleText(rule);
    return text ? QCoreApplication::translate("Brankas::HealthCheck", text->explanation) : QString();
}

QStringList allRules()
{
    QStringList rules;
    for (const RuleText &text : Rules) {
        rules << QString::fromLatin1(text.id);
    }
    return rules;
}

Result<QList<Finding>> HealthCheck::run(const QDate &today, const HealthOptions &options)
{
    auto accounts = Accounts(m_vault).list({});
    if (!accounts) {
        return accounts.error();
    }
    Storage::SecretStore secrets(m_vault.database());
    auto passwordTimes = secrets.passwordSetTimes();
    auto shared = secrets.sharedPasswords();
    auto handovers = Storage::AccountStore(m_vault.database()).lastHandoverTimes();
    auto office = Storage::OfficeStore(m_vault.database()).get();
    if (!passwordTimes || !shared || !handovers) {
        return !passwordTimes ? passwordTimes.error() : !shared ? shared.error() : handovers.error();
    }
    const OfficeDetails officeDetails = office ? office.value() : OfficeDetails{};
    QHash<qint64, QList<qint64>> sharedWith;
    for (const QList<qint64> &group : shared.value()) {
        for (qint64 id : group) {
            sharedWith.insert(id, group);
        }
    }
    QHash<qint64, QString> labels;
    for (const Account &account : accounts.value()) {
        labels.insert(account.id, account.label());
    }

    QList<Finding> findings;
    auto recovery = m_vault.recoveryOpensSecrets();
    if (!recovery) {
        return recovery.error();
    }
    if (!recovery.value()) {
        findings.append(Finding{QStringLiteral("recovery-without-passwords"), Finding::Severity::Warning, 0,
                                QCoreApplication::translate("Brankas::HealthCheck", "The vault"), m_vault.officeName(),
                                QCoreApplication::translate("Brankas::HealthCheck",
                                                            "If this PC is lost, the passwords are lost with it: "
                                                            "replace the recovery passphrase and print a new "
                                                            "sheet.")});
    }
    for (const Account &account : accounts.value()) {
        if (account.status == AccountStatus::Closed) {
            continue;
        }
        auto add = [&](const char *rule, Finding::Severity severity, const QString &message) {
            findings.append(Finding{QString::fromLatin1(rule), severity, account.id, account.label(),
                                    QStringLiteral("%1 %2").arg(account.kecamatanCode, account.kecamatanName),
                                    message});
        };
        const bool live = isLive(account.status);
        if (live && account.activeUntil.isValid() && today > account.activeUntil) {
            add("active-past-term", Finding::Severity::Critical,
                QCoreApplication::translate("Brankas::HealthCheck",
                                            "Still %1, %n day(s) after its active period ended on %2.", nullptr,
                                            int(account.activeUntil.daysTo(today)))
                    .arg(statusDisplayName(account.status), account.activeUntil.toString(Qt::ISODate)));
        } else if (live && account.activeUntil.isValid() &&
                   today.daysTo(account.activeUntil) <= options.endingSoonDays) {
            add("term-ending-soon", Finding::Severity::Warning,
                QCoreApplication::translate("Brankas::HealthCheck", "The active period ends on %1, in %n day(s).",
                                            nullptr, int(today.daysTo(account.activeUntil)))
                    .arg(account.activeUntil.toString(Qt::ISODate)));
        }
        if (!isInOfficeHands(account.status)) {
            continue; // requested and deactivated accounts: nobody is using them
        }
        if (account.twoFactor == TwoFactorMethod::None) {
            add("no-2fa", Finding::Severity::Warning,
                QCoreApplication::translate("Brankas::HealthCheck", "Two-factor sign-in is off."));
        }
        if (!account.email.isEmpty() && !officeDetails.emailDomains.isEmpty() &&
            !domainIsOffice(emailDomain(account.email), officeDetails.emailDomains)) {
            add("contact-not-office", Finding::Severity::Warning,
                QCoreApplication::translate("Brankas::HealthCheck",
                                            "Registered with %1, which is not an office address (%2).")
                    .arg(account.email, officeDetails.emailDomains.join(QStringLiteral(", "))));
        }
        if (!account.phone.isEmpty() && !officeDetails.phoneNumbers.isEmpty() &&
            !officeDetails.phoneNumbers.contains(normalizedPhone(account.phone))) {
            add("contact-not-office", Finding::Severity::Warning,
                QCoreApplication::translate("Brankas::HealthCheck",
                                            "Registered with the phone number %1, which is not one of the office's.")
                    .arg(account.phone));
        }
        const auto setAt = passwordTimes.value().constFind(account.id);
        if (setAt == passwordTimes.value().constEnd()) {
            add("no-password", Finding::Severity::Warning,
                QCoreApplication::translate("Brankas::HealthCheck", "No password is recorded for this account."));
        } else {
            const QDateTime handover = handovers.value().value(account.id);
            if (handover.isValid() && *setAt < handover) {
                add("password-not-rotated", Finding::Severity::Warning,
                    QCoreApplication::translate("Brankas::HealthCheck",
                                                "The password was set on %1, before the handover on %2.")
                        .arg(setAt->date().toString(Qt::ISODate), handover.date().toString(Qt::ISODate)));
            } else if (setAt->date().daysTo(today) > options.passwordMaxAgeDays) {
                add("password-old", Finding::Severity::Warning,
                    QCoreApplication::translate("Brankas::HealthCheck", "The password was last changed on %1.")
                        .arg(setAt->date().toString(Qt::ISODate)));
            }
        }
        if (const auto group = sharedWith.constFind(account.id); group != sharedWith.constEnd()) {
            QStringList others;
            for (qint64 other : *group) {
                if (other != account.id) {
                    others << QStringLiteral("%1 (%2)").arg(labels.value(other)).arg(other);
                }
            }
            add("password-reused", Finding::Severity::Warning,
                QCoreApplication::translate("Brankas::HealthCheck", "Same password as: %1.")
                    .arg(others.join(QStringLiteral(", "))));
        }
        if (account.nature == AccountNature::Permanent && account.holder.isEmpty()) {
            add("permanent-no-holder", Finding::Severity::Warning,
                QCoreApplication::translate("Brankas::HealthCheck", "Nobody is recorded as holding it."));
        }
        const QDate reviewedOrCreated =
            account.lastReviewedOn.isValid() ? account.lastReviewedOn : account.createdAt.toUTC().date();
        if (reviewedOrCreated.daysTo(today) > options.reviewIntervalDays) {
            add("review-overdue", Finding::Severity::Info,
                account.lastReviewedOn.isValid()
                    ? QCoreApplication::translate("Brankas::HealthCheck", "Last reviewed on %1.")
                          .arg(account.lastReviewedOn.toString(Qt::ISODate))
                    : QCoreApplication::translate("Brankas::HealthCheck", "Never reviewed since it was recorded on %1.")
                          .arg(reviewedOrCreated.toString(Qt::ISODate)));
        }
    }
    std::stable_sort(findings.begin(), findings.end(), [](const Finding &a, const Finding &b) {
        return std::tie(a.severity, a.kecamatan, a.accountId) < std::tie(b.severity, b.kecamatan, b.accountId);
    });
    return findings;
}

} // namespace Brankas
