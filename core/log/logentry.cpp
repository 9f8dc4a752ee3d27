// SPDX-License-Identifier: GPL-3.0-or-later
#include "logentry.h"

#include <QJsonDocument>

namespace Brankas {

QJsonObject LogEntry::detailsObject() const
{
    return QJsonDocument::fromJson(details.toUtf8()).object();
}

bool LogEntry::isUnattestedDetails(QByteArrayView details)
{
    return details.contains(QByteArrayView("\"recordedLate\":true"));
}

QString formatLogTime(const QDateTime &utc)
{
    return utc.toUTC().toString(Qt::ISODateWithMs);
}

QDateTime parseLogTime(const QString &text)
{
    // Stored times end in "Z", so they parse as UTC already; toUTC() only fixes the spec.
    return QDateTime::fromString(text, Qt::ISODateWithMs).toUTC();
}

} // namespace Brankas
