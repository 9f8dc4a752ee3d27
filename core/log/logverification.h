#pragma once

#include <QByteArray>
#include <QString>

namespace Brankas {

// The outcome of recomputing the archive log's chain.
struct LogVerification
{
    enum class Problem {
        None,
        Edited,   // the entry's content changed after it was written
        Missing,  // the entry was deleted
        Broken,   // entries were inserted, deleted or moved at this point
        Truncated // entries after the last one were removed, or the head record was altered
    };

    Problem problem = Problem::None;
    qint64 entries = 0;
    qint64 firstBadSeq = 0;
    QByteArray headMac;

    bool intact() const { return problem == Problem::None; }
    // The head fingerprint (empty when the log is not intact).
    QString fingerprint() const;
    // One sentence for the officer, in the UI language.
    QString summary() const;
};

} // namespace Brankas
