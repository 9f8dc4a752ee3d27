// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QPageLayout>
#include <QPageSize>
#include <QString>

#include <optional>

namespace Brankas {

// A4, and F4 (215 x 330 mm) which Indonesian offices use. Qt's "Folio" is 210 x 330 and fuzzy
// matching turns 215 x 330 into another size, so F4 is an exact custom size.
enum class Paper { A4, F4 };

QString paperId(Paper paper); // "a4", "f4"
std::optional<Paper> paperFromId(const QString &id);
QPageSize pageSizeFor(Paper paper);
// Portrait, with a wider left margin for binding.
QPageLayout pageLayoutFor(Paper paper);

} // namespace Brankas
