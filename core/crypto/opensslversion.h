// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace Brankas::Crypto {

// The version of the OpenSSL library loaded at run time ("3.0.17"), which may be newer than the
// headers Brankas was built with; for the About box.
QString openSslVersion();

} // namespace Brankas::Crypto
