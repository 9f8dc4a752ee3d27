// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "../result.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

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

// The term numbered `id` among `terms`, or why there is none. Over a list read once, so that
// checking many accounts (an import) does not read the terms again for each.
Result<Term> findTerm(const QList<Term> &terms, qint64 id);
// The term that runs on `date` (the latest formed, where terms overlap), if any.
std::optional<Term> currentTerm(const QList<Term> &terms, const QDate &date);

} // namespace Brankas
