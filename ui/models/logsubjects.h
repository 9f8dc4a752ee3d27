// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QHash>
#include <QString>

namespace Brankas {

class Vault;

// What an archive log entry is about, in words: "72.05.11 Paleleh Barat · Instagram @x" for an
// account, the handover by its number, the officer by name, "Brankas" for the vault itself;
// never the stored identifier ("handover:3", "vault") an officer cannot read. Remembers what it
// looked up, since a page of the log names the same few things again and again.
class LogSubjects
{
    Q_DECLARE_TR_FUNCTIONS(Brankas::LogSubjects)

public:
    explicit LogSubjects(Vault &vault);

    QString subject(const QString &target);
    QString account(qint64 accountId);
    QString term(qint64 termId);
    // Names in the UI language (terms, "Office details") and the register change: look up anew.
    void clear();

private:
    QString name(const QString &target);
    QString handover(qint64 handoverId);

    Vault &m_vault;
    QHash<QString, QString> m_names;
};

} // namespace Brankas
