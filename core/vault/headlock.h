// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace Brankas {

// When a change takes the archive log head's lock, which makes the other writers of a server
// vault wait until it commits (SQLite's BEGIN IMMEDIATE holds the whole file for any change).
enum class HeadLock {
    // Before the change runs: it re-reads what it changes inside its transaction (a status moved
    // by another PC meanwhile is refused), which only holds if no other writer comes between that
    // read and the commit.
    ForWholeChange,
    // For its log entries only: a change that adds new rows and re-reads nothing another PC could
    // change meanwhile (a new account; the unique indexes still refuse a second one with the same
    // name). Other PCs' changes run while it writes its rows.
    ForLogEntries,
};

} // namespace Brankas
