// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;

namespace Brankas {

// The folder automatic backups go into on this PC: shown as a path, chosen with the system's folder
// dialog, or none. Says at once when the chosen folder cannot be written.
class BackupFolderField : public QWidget
{
    Q_OBJECT

public:
    explicit BackupFolderField(QWidget *parent = nullptr);

    QString folder() const { return m_folder; }
    void setFolder(const QString &folder);

Q_SIGNALS:
    void edited();

protected:
    void changeEvent(QEvent *event) override;

private:
    void choose();
    void clear();
    void showFolder();
    void retranslateUi();

    QString m_folder;
    QLineEdit *m_path;
    QPushButton *m_choose;
    QPushButton *m_none;
    QLabel *m_problem;
};

} // namespace Brankas
