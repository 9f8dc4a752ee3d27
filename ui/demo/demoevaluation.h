// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <core/result.h>
#include <core/vault/session.h>

namespace Brankas {

class Vault;

namespace Demo {

// The demo office's monthly figures for this year (January to October; November not counted yet,
// and a few months nobody counted) and a few evaluation notes, for the Evaluasi page.
Status addDemoEvaluation(Vault &vault, const Session &admin);

} // namespace Demo
} // namespace Brankas
