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
    case Problem::None:
        return QCoreApplication::translate("Brankas::LogVerification",
                                           "The archive log is intact: %n entries, fingerprint %1.", nullptr,
                                           int(entries))
            .arg(fingerprint());
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
    case Problem::Truncated:
        return QCoreApplication::translate("Brankas::LogVerification",
                                           "The archive log was tampered with: entries after entry %1 were "
                                           "removed, or the record of its last entry was altered.")
            .arg(seq);
    }
    return {};
}

} // namespace Brankas
