// SPDX-License-Identifier: GPL-3.0-or-later
#include "backupfolderfield.h"

#include "../look.h"

#include <core/backup/autobackup.h>

#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace Brankas {

BackupFolderField::BackupFolderField(QWidget *parent)
    : QWidget(parent)
    , m_path(new QLineEdit(this))
    , m_choose(new QPushButton(this))
    , m_none(new QPushButton(this))
    , m_problem(Look::label(this, QStringLiteral("backupFolderProblem"), false))
{
    m_path->setObjectName(QStringLiteral("backupFolder"));
    m_path->setReadOnly(true);
    m_path->setMinimumWidth(320);
    m_choose->setObjectName(QStringLiteral("chooseBackupFolder"));
    m_none->setObjectName(QStringLiteral("noBackupFolder"));
    m_problem->setWordWrap(true);
    m_problem->hide();
    auto *row = new QHBoxLayout;
    row->setContentsMargins(0, 0, 0, 0);
    row->addWidget(m_path, 1);
    row->addWidget(m_choose);
    row->addWidget(m_none);
    auto *column = new QVBoxLayout(this);
    column->setContentsMargins(0, 0, 0, 0);
    column->addLayout(row);
    column->addWidget(m_problem);
    connect(m_choose, &QPushButton::clicked, this, &BackupFolderField::choose);
    connect(m_none, &QPushButton::clicked, this, &BackupFolderField::clear);
    retranslateUi();
}

void BackupFolderField::setFolder(const QString &folder)
{
    m_folder = folder;
    showFolder();
}

void BackupFolderField::choose()
{
    const QString chosen = QFileDialog::getExistingDirectory(this, tr("Folder for automatic backups"), m_folder);
    if (chosen.isEmpty()) {
        return;
    }
    setFolder(chosen);
    Q_EMIT edited();
}

void BackupFolderField::clear()
{
    setFolder(QString());
    Q_EMIT edited();
}

void BackupFolderField::showFolder()
{
    m_path->setText(QDir::toNativeSeparators(m_folder));
    m_none->setEnabled(!m_folder.isEmpty());
    const Status usable = m_folder.isEmpty() ? Status() : Backup::checkBackupFolder(m_folder);
    m_problem->setText(usable ? QString() : usable.error().message());
    m_problem->setVisible(!usable);
}

void BackupFolderField::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
    }
    QWidget::changeEvent(event);
}

void BackupFolderField::retranslateUi()
{
    m_path->setPlaceholderText(tr("No automatic backups on this PC"));
    m_choose->setText(tr("Choose…"));
    m_none->setText(tr("None"));
    showFolder();
}

} // namespace Brankas
