// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "backupwriter.h"

namespace Brankas::Backup {

// A backup or a restore is several steps of very different lengths (SQLite's copy, the encryption,
// scrypt, the archive log's verification); the officer sees one bar. Each step fills its own share
// of ProgressTotal, in proportion to how far it has come, and what is reported never goes back.
// Once the officer has cancelled, every step is told so; the callback is only called again with
// the value it cancelled at, so that a window keeps answering while a step winds down.
class ProgressPhases
{
public:
    explicit ProgressPhases(const Progress &progress)
        : m_progress(progress)
    {}

    // A callback for one step that fills [from, to] of the total as the step's done/total grows.
    Progress step(qint64 from, qint64 to);
    // The bar reaches `at`; false when the officer has cancelled.
    bool reach(qint64 at);
    bool cancelled() const { return m_cancelled; }

private:
    const Progress &m_progress;
    qint64 m_reported = -1;
    bool m_cancelled = false;
};

} // namespace Brankas::Backup
