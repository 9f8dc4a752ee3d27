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

} // namespace Brankas
