// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "../error.h"

namespace Brankas {

// What this PC's keychain can do for a vault, as `info` and the sign-in screen report it.
struct KeychainState
{
    enum class Kind { Ready, Missing, Unavailable, Denied, Timeout, Mismatch };
    Kind kind = Kind::Unavailable;
    QString backend;
    Error error; // why it is not Ready

    bool ready() const { return kind == Kind::Ready; }
    QString id() const;          // stable word for scripts: ready, missing, unavailable, ...
    QString description() const; // one sentence in the UI language
};

} // namespace Brankas
