// SPDX-License-Identifier: GPL-3.0-or-later
#include "backuphealth.h"

#include "../vault/vault.h"
#include "autobackup.h"

#include <QCoreApplication>
#include <QSettings>

namespace Brankas::Backup {

QString backupFolderSetting()
{
    return QStringLiteral("backup/folder");
}

QString configuredBackupFolder()
{
    // The same store the window's Preferences use (app/gui/main.cpp).
    return QSettings(QSettings::UserScope, QStringLiteral("Brankas"), QStringLiteral("Brankas"))
        .value(backupFolderSetting())
        .toString();
}

Result<QList<Finding>> backupFindings(Vault &vault, const QString &folder, const QDate &today)
{
    QList<Finding> findings;
    if (!folder.isEmpty()) {
        if (Status usable = checkBackupFolder(folder); !usable) {
            Finding finding;
            finding.rule = QStringLiteral("backup-folder-unavailable");
            finding.severity = Finding::Severity::Warning;
            finding.accountLabel = QCoreApplication::translate("Brankas::HealthCheck", "Vault backups");
            finding.message = usable.error().message();
            findings.append(finding);
        }
    }
    auto last = lastBackupTime(vault);
    if (!last) {
        return last.error();
    }
    const QDate since = last.value() ? last.value()->toLocalTime().date() : vault.createdAt().toLocalTime().date();
    const qint64 days = since.isValid() ? since.daysTo(today) : 0;
    if (days > MaxDaysWithoutBackup) {
        Finding finding;
        finding.rule = QStringLiteral("no-recent-backup");
        finding.severity = Finding::Severity::Warning;
        finding.accountLabel = QCoreApplication::translate("Brankas::HealthCheck", "Vault backups");
        finding.message =
            last.value()
                ? QCoreApplication::translate("Brankas::HealthCheck",
                                              "No backup for %n day(s): the last was written on %1.", nullptr,
                                              int(days))
                      .arg(since.toString(Qt::ISODate))
                : QCoreApplication::translate("Brankas::HealthCheck", "No backup for %n day(s): none was ever written.",
                                              nullptr, int(days));
        findings.append(finding);
    }
    return findings;
}

} // namespace Brankas::Backup
