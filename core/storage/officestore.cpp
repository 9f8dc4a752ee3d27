// SPDX-License-Identifier: GPL-3.0-or-later
#include "officestore.h"

#include "bindvalue.h"
#include "database.h"
#include "sqlerror.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace Brankas::Storage {

namespace {
QStringList splitList(const QString &text)
{
    return text.split(QLatin1Char(','), Qt::SkipEmptyParts);
}
} // namespace

Result<OfficeDetails> OfficeStore::get()
{
    QSqlQuery query(m_db.connection());
    if (!query.exec(QStringLiteral(
            "SELECT name, address, phone, email, website, head_name, head_title, "
            "officer_title, email_domains, phone_numbers, city, handover_number_template FROM office WHERE id = 1"))) {
        return fromSqlError(query.lastError());
    }
    if (!query.next()) {
        return Error(ErrorCode::NotFound, QT_TRANSLATE_NOOP("Brankas::Error", "The office details are not set."));
    }
    OfficeDetails office;
    office.name = query.value(0).toString();
    office.address = query.value(1).toString();
    office.phone = query.value(2).toString();
    office.email = query.value(3).toString();
    office.website = query.value(4).toString();
    office.headName = query.value(5).toString();
    office.headTitle = query.value(6).toString();
    office.officerTitle = query.value(7).toString();
    office.emailDomains = splitList(query.value(8).toString());
    office.phoneNumbers = splitList(query.value(9).toString());
    office.city = query.value(10).toString();
    office.handoverNumberTemplate = query.value(11).toString();
    return office;
}

Status OfficeStore::put(const OfficeDetails &office)
{
    QSqlQuery query(m_db.connection());
    query.prepare(QStringLiteral(
        "INSERT INTO office (id, name, address, phone, email, website, head_name, head_title, officer_title, "
        "email_domains, phone_numbers, city, handover_number_template) VALUES (1, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
        "coalesce(nullif(?, ''), '{seq}/BA/HM.02/{regency}/{month-roman}/{year}')) ON CONFLICT (id) DO UPDATE SET "
        "name = excluded.name, address = excluded.address, phone = excluded.phone, email = excluded.email, "
        "website = excluded.website, head_name = excluded.head_name, head_title = excluded.head_title, "
        "officer_title = excluded.officer_title, email_domains = excluded.email_domains, "
        "phone_numbers = excluded.phone_numbers, city = excluded.city, "
        "handover_number_template = excluded.handover_number_template"));
    for (const QString &value :
         {office.name, office.address, office.phone, office.email, office.website, office.headName, office.headTitle,
          office.officerTitle, office.emailDomains.join(QLatin1Char(',')), office.phoneNumbers.join(QLatin1Char(',')),
          office.city, office.handoverNumberTemplate}) {
        query.addBindValue(text(value));
    }
    if (!query.exec()) {
        return fromSqlError(query.lastError());
    }
    return {};
}

} // namespace Brankas::Storage
