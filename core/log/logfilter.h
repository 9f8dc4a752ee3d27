// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QString>
#include <QStringList>

namespace Brankas {

// Which log entries to read, whatever engine holds them.
struct LogFilter
{
    QDateTime from = {};  // inclusive, UTC; invalid = open
    QDateTime until = {}; // exclusive, UTC; invalid = open
    QString officer = {};
    QString actionPrefix = {};
    QString targetContains = {};
    qint64 afterSeq = 0;
    int limit = -1;
    bool newestFirst = false;
    // Pages newest-first lists (the GUI's log viewer) the way afterSeq pages oldest-first ones.
    qint64 beforeSeq = 0;
    // Exact targets, any of them ("kecamatan:72.05.01", "account:12"): a kecamatan's own entries
    // and its accounts', where targetContains would also match "account:123" for "account:12".
    QStringList targetIn = {};
};

} // namespace Brankas
