// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <core/backup/backupwriter.h>

#include <QProgressDialog>

namespace Brankas {

// The bar of a backup or a restore. Both run on the window's thread (a vault's database connection
// cannot leave it), so each step of the bar lets Qt paint and notice the Cancel button; the
// window stays responsive while SQLite copies, the file is encrypted and the log is verified.
class BackupProgressDialog : public QProgressDialog
{
    Q_OBJECT

public:
    BackupProgressDialog(const QString &title, const QString &label, QWidget *parent);

    // From `at` on the operation no longer stops: the bar says `label` instead of offering Cancel.
    void setCommitStep(qint64 at, const QString &label);

    // Shows the dialog at once (the first step may be scrypt, a second without a callback) and
    // returns the callback to give core.
    Backup::Progress start();
    // The values core reported, for tests.
    const QList<int> &reported() const { return m_reported; }

private:
    bool step(qint64 done, qint64 total);

    qint64 m_commitsAt = Backup::ProgressTotal + 1;
    QString m_commitLabel;
    QList<int> m_reported;
};

} // namespace Brankas
