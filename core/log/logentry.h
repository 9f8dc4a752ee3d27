// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QString>

namespace Brankas {

// One line of the archive log. `details` is compact JSON and never holds a secret; the MAC is
// taken over the stored text exactly, so the bytes that were signed are the bytes that are read.
struct LogEntry
{
    qint64 seq = 0;
    QDateTime at; // UTC
    QString officer;
    QString action;
    QString target;
    QString details; // compact JSON object
    QByteArray mac;

    QJsonObject detailsObject() const;
    // Recorded while the vault key was not there (a pending event folded into the chain later):
    // the chain proves when Brankas took it in, not that it happened as it says.
    bool isUnattested() const { return isUnattestedDetails(details.toUtf8()); }
    static bool isUnattestedDetails(QByteArrayView details);
};

// What an officer did, before it has a place in the chain.
struct LogEvent
{
    QString action;
    QString target;
    QJsonObject details;
};

QString formatLogTime(const QDateTime &utc);
QDateTime parseLogTime(const QString &text);

} // namespace Brankas
