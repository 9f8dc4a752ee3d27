// SPDX-License-Identifier: GPL-3.0-or-later
#include "term.h"

namespace Brankas {

QDate Term::effectiveEnd() const
{
    QDate end = endsOn;
    for (const TermExtension &extension : extensions) {
        if (extension.until > end) {
            end = extension.until;
        }
    }
    return end;
}

Result<Term> findTerm(const QList<Term> &terms, qint64 id)
{
    for (const Term &term : terms) {
        if (term.id == id) {
            return term;
        }
    }
    return Error(ErrorCode::NotFound,
                 QT_TRANSLATE_NOOP("Brankas::Error", "There is no term with number %1. See: brankas-cli term list"),
                 {QString::number(id)});
}

std::optional<Term> currentTerm(const QList<Term> &terms, const QDate &date)
{
    std::optional<Term> found;
    for (const Term &term : terms) {
        if (term.formedOn <= date && date <= term.effectiveEnd() && (!found || term.formedOn >= found->formedOn)) {
            found = term;
        }
    }
    return found;
}

} // namespace Brankas
