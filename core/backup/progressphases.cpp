// SPDX-License-Identifier: GPL-3.0-or-later
#include "progressphases.h"

#include <QtGlobal>

namespace Brankas::Backup {

Progress ProgressPhases::step(qint64 from, qint64 to)
{
    return [this, from, to](qint64 done, qint64 total) {
        const qint64 share = total > 0 ? (to - from) * qBound<qint64>(0, done, total) / total : 0;
        return reach(from + share);
    };
}

bool ProgressPhases::reach(qint64 at)
{
    if (m_cancelled) {
        // A step that cannot stop at once (SQLite's copy) keeps calling: the same value again lets
        // the window stay responsive until it ends, and the answer no longer matters.
        if (m_progress) {
            m_progress(m_reported, ProgressTotal);
        }
        return false;
    }
    // Only a step forward is worth a call: the GUI repaints on each, and the bar has 1,000 steps.
    if (m_progress && at > m_reported) {
        m_reported = qMin(at, ProgressTotal);
        m_cancelled = !m_progress(m_reported, ProgressTotal);
    }
    return !m_cancelled;
}

} // namespace Brankas::Backup
