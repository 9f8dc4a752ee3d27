// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "../crypto/secretbytes.h"
#include "../result.h"

namespace Brankas {

// The recovery passphrase Brankas proposes, in the setup wizard and when an administrator replaces
// it: six made-up Indonesian-sounding words in lower case, separated by spaces.
Result<SecretBytes> proposeRecoveryPassphrase();

} // namespace Brankas
