// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "../domain/account.h"
#include "../result.h"

#include <QDate>
#include <QList>

namespace Brankas {

class Vault;

// "Perlu tindakan": what in the register needs an officer's action today.
struct Finding
{
    enum class Severity { Critical, Warning, Info };

    QString rule; // stable id: "active-past-term", "no-2fa", ...
    Severity severity = Severity::Warning;
    qint64 accountId = 0;
    QString accountLabel; // "Instagram @panwaslu_momunu"
    QString kecamatan;    // "72.05.01 Momunu"
    QString message;      // this account's case, in the UI language
};

struct HealthOptions
{
    int endingSoonDays = 30;
    int passwordMaxAgeDays = 365;
    int reviewIntervalDays = 365;
};

QString severityId(Finding::Severity severity); // "critical", "warning", "info"
QString severityDisplayName(Finding::Severity severity);
// What a rule is about and why it matters, in plain words, in the UI language.
QString ruleTitle(const QString &rule);
QString ruleExplanation(const QString &rule);
QStringList allRules();

// Runs every rule over the whole register. Reads no secret: password age and reuse come from the
// times and keyed tags stored beside the ciphertexts.
class HealthCheck
{
public:
    explicit HealthCheck(Vault &vault)
        : m_vault(vault)
    {}

    // Findings sorted by severity (critical first), then kecamatan and account.
    Result<QList<Finding>> run(const QDate &today, const HealthOptions &options = {});

private:
    Vault &m_vault;
};

} // namespace Brankas
