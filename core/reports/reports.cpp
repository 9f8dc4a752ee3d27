// SPDX-License-Identifier: GPL-3.0-or-later
#include "reports.h"

#include "../handover/handovers.h"
#include "../log/logactions.h"
#include "../register/officesettings.h"
#include "../register/permissions.h"
#include "../register/secrets.h"
#include "../vault/vault.h"
#include "handoverreport.h"

#include <QJsonArray>

namespace Brankas {

Result<QString> Reports::fingerprint()
{
    return m_vault.log().headFingerprint();
}

QDateTime Reports::printedAt() const
{
    return m_vault.clock().nowUtc();
}

Result<ReportDocument> Reports::handover(const Session &session, qint64 handoverId, const ReportOptions &options,
                                         bool withSecrets)
{
    if (withSecrets) {
        if (Status allowed = requireSecretRole(session); !allowed) {
            return allowed.error();
        }
    }
    auto handover = Handovers(m_vault).find(handoverId);
    if (!handover) {
        return handover.error();
    }
    auto office = OfficeSettings(m_vault).get();
    if (!office) {
        return office.error();
    }
    HandoverReportInput input{handover.value(), office.value(), {},           printedAt(),
                              options.language, options.paper,  options.logo, {}};
    if (withSecrets) {
        // Logged first: if anything fails after this, the log still says the credentials were asked for.
        QJsonArray accounts;
        for (const HandoverItem &item : input.handover.items) {
            accounts.append(item.accountId);
        }
        Status logged = m_vault.commitChange(session, [&]() -> Result<QList<LogEvent>> {
            return QList<LogEvent>{{LogAction::reportSecretsPrinted(), QStringLiteral("handover:%1").arg(handoverId),
                                    QJsonObject{{QStringLiteral("report"), QStringLiteral("handover")},
                                                {QStringLiteral("number"), input.handover.number},
                                                {QStringLiteral("accounts"), accounts}}}};
        });
        if (!logged) {
            return logged.error();
        }
        Secrets secrets(m_vault);
        for (const HandoverItem &item : input.handover.items) {
            auto password = secrets.reveal(session, item.accountId, SecretKind::Password);
            if (!password) {
                if (password.error().code() == ErrorCode::NotFound) {
                    continue;
                }
                return password.error();
            }
            input.passwords.insert(item.accountId, QString::fromUtf8(password.value().view()));
        }
    }
    auto print = fingerprint();
    if (!print) {
        return print.error();
    }
    input.fingerprint = print.value();
    return buildHandoverReport(input);
}

} // namespace Brankas
