// SPDX-License-Identifier: GPL-3.0-or-later
#include "backupprogressdialog.h"

#include <QCoreApplication>
#include <QPushButton>

namespace Brankas {

BackupProgressDialog::BackupProgressDialog(const QString &title, const QString &label, QWidget *parent)
    : QProgressDialog(parent)
{
    setObjectName(QStringLiteral("backupProgress"));
    setWindowTitle(title);
    setLabelText(label);
    setCancelButtonText(tr("Cancel"));
    setRange(0, int(Backup::ProgressTotal));
    setMinimumDuration(0);
    setWindowModality(Qt::WindowModal);
    setAutoReset(false);
    setAutoClose(false);
    setMinimumWidth(420);
}

void BackupProgressDialog::setCommitStep(qint64 at, const QString &label)
{
    m_commitsAt = at;
    m_commitLabel = label;
}

Backup::Progress BackupProgressDialog::start()
{
    setValue(0);
    show();
    QCoreApplication::processEvents();
    return [this](qint64 done, qint64 total) { return step(done, total); };
}

bool BackupProgressDialog::step(qint64 done, qint64 total)
{
    if (wasCanceled()) {
        // Core winds down a step that cannot stop at once; the window keeps answering meanwhile.
        QCoreApplication::processEvents();
        return false;
    }
    const int value = total > 0 ? int(done * Backup::ProgressTotal / total) : 0;
    m_reported.append(value);
    if (done >= m_commitsAt && !m_commitLabel.isEmpty()) {
        setLabelText(m_commitLabel);
        setCancelButton(nullptr);
        m_commitLabel.clear();
    }
    setValue(value);
    QCoreApplication::processEvents();
    return !wasCanceled();
}

} // namespace Brankas
