// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

namespace Brankas {

// A masa tugas: the period committees serve, formed for one election ("Pemilu 2024") and ended,
// sometimes extended by decree.
struct TermExtension
{
    qint64 id = 0;
    QDate until;
    QString basis; // the legal basis, e.g. a decree number
    QDateTime createdAt;
    QString officer;
};

struct Term
{
    qint64 id = 0;
    QString name;
    QDate formedOn;
    QDate endsOn;
    QList<TermExtension> extensions;

    // The end date with every extension applied (the latest one counts).
    QDate effectiveEnd() const;
};

} // namespace Brankas
