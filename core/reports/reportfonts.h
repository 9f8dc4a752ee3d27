// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "../result.h"

namespace Brankas {

// The family of the fonts bundled for reports (Liberation Sans, metric-compatible with the Arial of
// Indonesian official letters). Loads them from the resources on first use, so a PDF has the same
// text on every machine, and has text at all on one without fonts. Needs a QGuiApplication.
Result<QString> reportFontFamily();

} // namespace Brankas
