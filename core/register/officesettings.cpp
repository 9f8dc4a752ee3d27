// SPDX-License-Identifier: GPL-3.0-or-later
#include "officesettings.h"

#include "../handover/handovernumber.h"
#include "../storage/officestore.h"
#include "../vault/vault.h"
#include "accounts.h"

#include "../text/textrules.h"

#include <QRegularExpression>

namespace Brankas {

Result<OfficeDetails> OfficeSettings::get()
{
    return Storage::OfficeStore(m_vault.database()).get();
}

Status OfficeSettings::checkEmailDomain(const QString &domain)
{
    QString d = domain.trimmed().toLower();
    if (d.startsWith(QLatin1Char('@'))) {
        d.remove(0, 1);
    }
    // Labels of letters, digits and inner hyphens, at least two of them: "bawaslu.go.id".
    static const QRegularExpression pattern(
        QStringLiteral("^[a-z0-9]([a-z0-9-]*[a-z0-9])?(\\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)+$"));
    if (pattern.match(d).hasMatch()) {
        return {};
    }
    return Error(ErrorCode::InvalidInput,
                 QT_TRANSLATE_NOOP("Brankas::Error",
                                   "\"%1\" is not an e-mail domain; write the part after the @, e.g. bawaslu.go.id."),
                 {domain.trimmed()});
}

Status OfficeSettings::checkPhoneNumber(const QString &phone)
{
    return Accounts::checkPhone(phone.trimmed());
}

Status OfficeSettings::set(const Session &session, const OfficeDetails &details)
{
    if (!canManageOfficers(session.officer.role)) {
        return Error(ErrorCode::PermissionDenied,
                     QT_TRANSLATE_NOOP("Brankas::Error", "Only an administrator can change the office details."));
    }
    if (details.name.simplified().isEmpty()) {
        return Error(ErrorCode::InvalidInput, QT_TRANSLATE_NOOP("Brankas::Error", "The office needs a name."));
    }
    if (Status clean = checkTexts({{TextRules::OfficeName, details.name.trimmed()},
                                   {TextRules::Address, details.address.trimmed()},
                                   {TextRules::Address, details.website.trimmed()},
                                   {TextRules::PersonName, details.headName.trimmed()},
                                   {TextRules::Position, details.headTitle.trimmed()},
                                   {TextRules::Position, details.officerTitle.trimmed()},
                                   {TextRules::PlaceName, details.city.simplified()}});
        !clean) {
        return clean;
    }
    for (const Status &check :
         {Accounts::checkEmail(details.email.trimmed()), Accounts::checkPhone(details.phone.trimmed())}) {
        if (!check) {
            return check;
        }
    }
    if (!details.handoverNumberTemplate.trimmed().isEmpty()) {
        if (Status valid = checkHandoverNumberTemplate(details.handoverNumberTemplate.trimmed()); !valid) {
            return valid;
        }
    }
    OfficeDetails clean = details;
    clean.city = details.city.simplified();
    clean.handoverNumberTemplate = details.handoverNumberTemplate.trimmed();
    clean.emailDomains.clear();
    for (const QString &domain : details.emailDomains) {
        QString d = domain.trimmed().toLower();
        if (d.startsWith(QLatin1Char('@'))) {
            d.remove(0, 1);
        }
        if (!d.isEmpty() && !d.contains(QLatin1Char(' ')) && !clean.emailDomains.contains(d)) {
            clean.emailDomains << d;
        }
    }
    clean.phoneNumbers.clear();
    for (const QString &phone : details.phoneNumbers) {
        const QString digits = normalizedPhone(phone);
        if (!digits.isEmpty() && !clean.phoneNumbers.contains(digits)) {
            clean.phoneNumbers << digits;
        }
    }
    Storage::OfficeStore store(m_vault.database());
    return m_vault.commitChange(session, [&]() -> Result<QList<LogEvent>> {
        if (Status put = store.put(clean); !put) {
            return put.error();
        }
        return QList<LogEvent>{
            {QStringLiteral("office.updated"), QStringLiteral("office"),
             QJsonObject{{QStringLiteral("name"), clean.name},
                         {QStringLiteral("head"), clean.headName},
                         {QStringLiteral("city"), clean.city},
                         {QStringLiteral("handoverNumber"), clean.handoverNumberTemplate},
                         {QStringLiteral("emailDomains"), clean.emailDomains.join(QLatin1Char(','))},
                         {QStringLiteral("phoneNumbers"), clean.phoneNumbers.join(QLatin1Char(','))}}}};
    });
}

} // namespace Brankas
