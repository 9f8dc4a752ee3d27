// SPDX-License-Identifier: GPL-3.0-or-later
#include "logverification.h"

#include "logchain.h"

#include <QCoreApplication>

namespace Brankas {

QString LogVerification::fingerprint() const
{
    return intact() && !headMac.isEmpty() ? LogChain::fingerprint(headMac) : QString();
}

QString LogVerification::summary() const
{
    const QString seq = QString::number(firstBadSeq);
    switch (problem) {
    case Problem::None: {
        QStringList sentences;
        sentences << QCoreApplication::translate("Brankas::LogVerification",
                                                 "The archive log is intact: %n entries, fingerprint %1.", nullptr,
                                                 int(entries))
                         .arg(fingerprint());
        if (!headSigner.isEmpty()) {
            sentences << QCoreApplication::translate("Brankas::LogVerification",
                                                     "Entry %1, the newest signed one, was signed by %2.")
                             .arg(QString::number(headSignedSeq), headSigner);
        }
        if (checkpointSeq > 0) {
            sentences << QCoreApplication::translate("Brankas::LogVerification",
                                                     "Signatures before the administrator's checkpoint at entry %1 "
                                                     "were taken as checked then; %n after it were checked now.",
                                                     nullptr, int(signatures))
                             .arg(QString::number(checkpointSeq));
        }
        if (signedFrom > 1) {
            sentences << QCoreApplication::translate("Brankas::LogVerification",
                                                     "Entries 1 to %1 were written before officers signed entries; "
                                                     "the chain alone protects them.")
                             .arg(QString::number(signedFrom - 1));
        }
        if (unattested > 0) {
            sentences << QCoreApplication::translate("Brankas::LogVerification",
                                                     "%n entries were recorded without the vault key: they show what "
                                                     "was reported, but are not proof.",
                                                     nullptr, int(unattested));
        }
        return sentences.join(QLatin1Char(' '));
    }
    case Problem::Edited:
        return QCoreApplication::translate("Brankas::LogVerification",
                                           "The archive log was tampered with: entry %1 was edited.")
            .arg(seq);
    case Problem::Missing:
        return QCoreApplication::translate("Brankas::LogVerification",
                                           "The archive log was tampered with: entry %1 was deleted.")
            .arg(seq);
    case Problem::Broken:
        return QCoreApplication::translate("Brankas::LogVerification",
                                           "The archive log was tampered with at entry %1: entries were "
                                           "inserted, deleted or moved there.")
            .arg(seq);
    case Problem::Emptied:
        return QCoreApplication::translate("Brankas::LogVerification",
                                           "The archive log was tampered with: every entry was removed.");
    case Problem::Unsigned:
        return QCoreApplication::translate("Brankas::LogVerification",
                                           "The archive log was tampered with: entry %1, in the name of %2, carries no "
                                           "officer signature.")
            .arg(seq, problemOfficer);
    case Problem::BadSignature:
        return QCoreApplication::translate("Brankas::LogVerification",
                                           "The archive log was tampered with: the signature over entry %1 does not "
                                           "match it.")
            .arg(seq);
    case Problem::WrongSigner:
        return QCoreApplication::translate("Brankas::LogVerification",
                                           "The archive log was tampered with: entry %1 names %2, but %2's key did not "
                                           "sign it.")
            .arg(seq, problemOfficer);
    case Problem::ForgedKey:
        return QCoreApplication::translate("Brankas::LogVerification",
                                           "The archive log was tampered with: entry %1 gives %2 a signing key that no "
                                           "administrator approved.")
            .arg(seq, problemOfficer);
    case Problem::SigningMoved:
        return QCoreApplication::translate("Brankas::LogVerification",
                                           "The archive log was tampered with: the record of where officer signatures "
                                           "begin was altered.");
    case Problem::Truncated:
        return QCoreApplication::translate("Brankas::LogVerification",
                                           "The archive log was tampered with: entries after entry %1 were "
                                           "removed, or the record of its last entry was altered.")
            .arg(seq);
    }
    return {};
}

} // namespace Brankas
