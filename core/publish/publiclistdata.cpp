// SPDX-License-Identifier: GPL-3.0-or-later
// The public list as accounts.json and accounts.csv.
#include "../import/importcolumns.h"
#include "../text/csv.h"
#include "publiclistfiles.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace Brankas {

namespace {
QJsonValue dateValue(const QDate &date)
{
    return date.isValid() ? QJsonValue(date.toString(Qt::ISODate)) : QJsonValue(QJsonValue::Null);
}

QString dateText(const QDate &date)
{
    return date.isValid() ? date.toString(Qt::ISODate) : QString();
}

// Excel runs a cell that starts with = + - or @ as a formula; the apostrophe keeps it text.
QString spreadsheetSafe(const QString &text)
{
    return startsLikeFormula(text) ? QLatin1Char('\'') + text : text;
}
} // namespace

QByteArray publicListJson(const PublicList &list)
{
    QJsonArray accounts;
    for (const PublicAccount &account : list.accounts) {
        accounts.append(QJsonObject{
            {QStringLiteral("kecamatanCode"), account.kecamatanCode},
            {QStringLiteral("kecamatan"), account.kecamatanName},
            {QStringLiteral("platform"), account.platformId},
            {QStringLiteral("platformName"), account.platformName},
            {QStringLiteral("handle"), account.handle},
            {QStringLiteral("url"), account.url.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(account.url)},
            {QStringLiteral("activeFrom"), dateValue(account.activeFrom)},
            {QStringLiteral("activeUntil"), dateValue(account.activeUntil)},
        });
    }
    const QJsonObject root{{QStringLiteral("format"), QStringLiteral("brankas-public-accounts")},
                           {QStringLiteral("version"), 1},
                           {QStringLiteral("office"), list.officeName},
                           {QStringLiteral("asOf"), dateValue(list.asOf)},
                           {QStringLiteral("accounts"), accounts}};
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

QStringList publicListCsvHeaders()
{
    return {QStringLiteral("kecamatanCode"), QStringLiteral("kecamatan"),  QStringLiteral("platform"),
            QStringLiteral("platformName"),  QStringLiteral("handle"),     QStringLiteral("url"),
            QStringLiteral("activeFrom"),    QStringLiteral("activeUntil")};
}

QByteArray publicListCsv(const PublicList &list)
{
    QString text = csvRecord(publicListCsvHeaders());
    for (const PublicAccount &account : list.accounts) {
        text += csvRecord({account.kecamatanCode, spreadsheetSafe(account.kecamatanName), account.platformId,
                           spreadsheetSafe(account.platformName), spreadsheetSafe(account.handle), account.url,
                           dateText(account.activeFrom), dateText(account.activeUntil)});
    }
    return QByteArray("\xEF\xBB\xBF") + text.toUtf8();
}

} // namespace Brankas
