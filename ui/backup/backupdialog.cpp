// SPDX-License-Identifier: GPL-3.0-or-later
#include "backupdialog.h"

#include "../app/preferences.h"
#include "../app/workspace.h"
#include "../look.h"
#include "backupprogressdialog.h"

#include <core/backup/backupformat.h>
#include <core/backup/backupwriter.h>
#include <core/vault/vault.h>

#include <QDialogButtonBox>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QStandardPaths>
#include <QVBoxLayout>

namespace Brankas {

namespace {
// A name a file system on a USB disk or a share takes: the office's, without what Windows refuses.
QString fileNamePart(const QString &text)
{
    QString name = text.simplified();
    static const QString refused = QStringLiteral("<>:\"/\\|?*");
    for (QChar &c : name) {
        if (refused.contains(c) || c.unicode() < 0x20) {
            c = QLatin1Char('-');
        }
    }
    return name.isEmpty() ? QStringLiteral("Brankas") : name;
}
} // namespace

BackupDialog::BackupDialog(Workspace &workspace, QWidget *parent)
    : QDialog(parent)
    , m_workspace(workspace)
    , m_intro(Look::label(this, QStringLiteral("backupIntro")))
    , m_pathLabel(Look::label(this, QString(), false))
    , m_path(new QLineEdit(this))
    , m_choose(new QPushButton(this))
    , m_outcome(Look::label(this, QStringLiteral("backupOutcome")))
{
    setObjectName(QStringLiteral("backupDialog"));
    setStyleSheet(Look::styleSheet());
    setMinimumWidth(560);
    m_path->setObjectName(QStringLiteral("backupPath"));
    m_path->setText(QDir::toNativeSeparators(suggestedPath(workspace)));
    m_path->setMinimumWidth(360);
    m_choose->setObjectName(QStringLiteral("chooseBackupPath"));
    m_outcome->hide();

    auto *pathRow = new QHBoxLayout;
    pathRow->addWidget(m_path, 1);
    pathRow->addWidget(m_choose);
    auto *buttons = new QDialogButtonBox(this);
    m_backUp = buttons->addButton(QString(), QDialogButtonBox::AcceptRole);
    m_backUp->setObjectName(QStringLiteral("backUpButton"));
    m_backUp->setDefault(true);
    m_close = buttons->addButton(QString(), QDialogButtonBox::RejectRole);
    auto *layout = new QVBoxLayout(this);
    layout->setSpacing(10);
    layout->addWidget(m_intro);
    layout->addWidget(m_pathLabel);
    layout->addLayout(pathRow);
    layout->addWidget(m_outcome);
    layout->addStretch(1);
    layout->addWidget(buttons);

    connect(m_choose, &QPushButton::clicked, this, &BackupDialog::choose);
    connect(m_backUp, &QPushButton::clicked, this, &BackupDialog::backUp);
    connect(buttons, &QDialogButtonBox::rejected, this, &BackupDialog::reject);
    connect(m_path, &QLineEdit::textChanged, this,
            [this] { m_backUp->setEnabled(!m_path->text().trimmed().isEmpty()); });
    retranslateUi();
}

QString BackupDialog::suggestedPath(const Workspace &workspace)
{
    QString folder = workspace.preferences().backupFolder();
    if (folder.isEmpty() || !QFileInfo(folder).isDir()) {
        folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    }
    const QString name = fileNamePart(workspace.vault().officeName()) + QLatin1Char(' ') +
                         workspace.clock().nowUtc().toLocalTime().date().toString(Qt::ISODate);
    QString path = QDir(folder).filePath(name + Backup::fileSuffix());
    // A second backup on the same day gets a number rather than a refusal.
    for (int n = 2; QFileInfo::exists(path); ++n) {
        path = QDir(folder).filePath(QStringLiteral("%1 (%2)%3").arg(name).arg(n).arg(Backup::fileSuffix()));
    }
    return path;
}

void BackupDialog::choose()
{
    const QString chosen =
        QFileDialog::getSaveFileName(this, tr("Save the backup as"), QDir::fromNativeSeparators(m_path->text()),
                                     tr("Brankas backups (*%1)").arg(Backup::fileSuffix()));
    if (!chosen.isEmpty()) {
        m_path->setText(QDir::toNativeSeparators(chosen));
    }
}

bool BackupDialog::backUp()
{
    const QString path = QDir::fromNativeSeparators(m_path->text().trimmed());
    BackupProgressDialog progress(tr("Back up now"), tr("Writing the encrypted backup…"), this);
    m_backUp->setEnabled(false);
    auto written = Backup::writeBackup(m_workspace.vault(), m_workspace.session(), path, progress.start());
    progress.close();
    m_backUp->setEnabled(true);
    if (!written) {
        m_refusal = written.error();
        showOutcome(m_refusal.message(), true);
        return false;
    }
    m_refusal = Error();
    m_done = true;
    m_written = written.value().path;
    m_size = written.value().size;
    m_backUp->hide();
    retranslateUi();
    m_close->setFocus();
    return true;
}

void BackupDialog::showOutcome(const QString &text, bool refused)
{
    m_outcome->setObjectName(refused ? QStringLiteral("backupProblem") : QStringLiteral("backupOutcome"));
    m_outcome->setStyleSheet(QString()); // picks up the style sheet's rule for the new name
    m_outcome->setText(refused ? text
                               : tr("The backup is written: %1 (%2). It opens only with the recovery passphrase.")
                                     .arg(QDir::toNativeSeparators(m_written), locale().formattedDataSize(m_size)));
    m_outcome->show();
    adjustSize(); // room for the message, which a window manager would not make by itself
}

void BackupDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
    }
    QDialog::changeEvent(event);
}

void BackupDialog::retranslateUi()
{
    setWindowTitle(tr("Back up now"));
    m_intro->setText(tr("Brankas writes an encrypted copy of the whole vault: the register, the passwords, the "
                        "officers and the archive log. It opens only with the recovery passphrase from the sheet "
                        "in the office safe, so keep it away from this PC, on a USB disk or a network share."));
    m_pathLabel->setText(tr("Backup file:"));
    m_choose->setText(tr("Choose…"));
    m_backUp->setText(tr("Back up"));
    m_close->setText(m_done ? tr("Close") : tr("Cancel"));
    if (m_done) {
        showOutcome(QString(), false);
    } else if (m_refusal.isError()) {
        showOutcome(m_refusal.message(), true);
    }
}

} // namespace Brankas
