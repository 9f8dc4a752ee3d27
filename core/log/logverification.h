// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

namespace Brankas {

// The outcome of recomputing the archive log's chain.
struct LogVerification
{
    enum class Problem {
        None,
        Edited,       // the entry's content changed after it was written
        Missing,      // the entry was deleted
        Broken,       // entries were inserted, deleted or moved at this point
        Truncated,    // entries after the last one were removed, or the head record was altered
        Emptied,      // every entry was removed
        Unsigned,     // an entry an officer made carries no officer signature
        BadSignature, // a signature does not match what it claims to sign
        WrongSigner,  // an entry names one officer but was signed with another's (or no officer's) key
        ForgedKey,    // an officer key was registered without an administrator's signature
        SigningMoved  // the record of where signing began was altered or removed
    };

    Problem problem = Problem::None;
    qint64 entries = 0;
    qint64 firstBadSeq = 0;
    QByteArray headMac;
    // What the signatures say, for a log that verified.
    qint64 signatures = 0;    // checked one by one this time
    qint64 checkpointSeq = 0; // signatures before it were vouched for by an administrator's checkpoint
    qint64 signedFrom = 1;    // entries before it were written before officers signed
    qint64 unattested = 0;    // entries recorded without the vault key: shown, but not proof
    QString headSigner;       // the officer whose key signed the newest signed entry
    qint64 headSignedSeq = 0; // that entry
    QString problemOfficer;   // the officer a signature problem concerns, when there is one

    bool intact() const { return problem == Problem::None; }
    // The head fingerprint (empty when the log is not intact).
    QString fingerprint() const;
    // One sentence for the officer, in the UI language.
    QString summary() const;
};

} // namespace Brankas
