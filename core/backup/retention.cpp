// SPDX-License-Identifier: GPL-3.0-or-later
#include "retention.h"

#include <QSet>

#include <algorithm>

namespace Brankas::Backup {

namespace {
int monthIndex(const QDate &date)
{
    return date.year() * 12 + date.month() - 1;
}
} // namespace

QStringList backupsToRemove(QList<StoredBackup> backups, const QDateTime &now, int keepLast)
{
    std::sort(backups.begin(), backups.end(), [](const StoredBackup &a, const StoredBackup &b) {
        return a.createdAt != b.createdAt ? a.createdAt > b.createdAt : a.fileName > b.fileName;
    });
    const int thisMonth = monthIndex(now.toUTC().date());
    QSet<int> monthsKept;
    QStringList remove;
    for (qsizetype i = 0; i < backups.size(); ++i) {
        const int month = monthIndex(backups[i].createdAt.toUTC().date());
        const bool inYear = month <= thisMonth && month > thisMonth - 12;
        bool keep = i < keepLast;
        if (inYear && !monthsKept.contains(month)) {
            monthsKept.insert(month); // the newest of its month, whether or not it is also among the last
            keep = true;
        }
        if (!keep) {
            remove.append(backups[i].fileName);
        }
    }
    return remove;
}

} // namespace Brankas::Backup
