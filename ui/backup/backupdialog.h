// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <core/error.h>

#include <QDialog>

class QLabel;
class QLineEdit;
class QPushButton;

namespace Brankas {

class Workspace;

// "Back up now": one encrypted backup of the open vault into a file the officer chooses (by default
// in the folder for automatic backups, named after the office and the day), with a bar while it is
// written. The dialog stays open to say where the backup went and how large it is, or why core
// refused it.
class BackupDialog : public QDialog
{
    Q_OBJECT

public:
    explicit BackupDialog(Workspace &workspace, QWidget *parent = nullptr);

    // Where the backup goes unless the officer chooses otherwise.
    static QString suggestedPath(const Workspace &workspace);

    QLineEdit *pathField() const { return m_path; }
    QPushButton *backUpButton() const { return m_backUp; }
    QLabel *outcome() const { return m_outcome; }
    // Whether a backup was written.
    bool backedUp() const { return m_done; }

    // Writes the backup (the Back up button); false leaves the reason in the dialog.
    bool backUp();

protected:
    void changeEvent(QEvent *event) override;

private:
    void choose();
    void showOutcome(const QString &text, bool refused);
    void retranslateUi();

    Workspace &m_workspace;
    Error m_refusal;
    QString m_written;
    qint64 m_size = 0;
    bool m_done = false;
    QLabel *m_intro;
    QLabel *m_pathLabel;
    QLineEdit *m_path;
    QPushButton *m_choose;
    QLabel *m_outcome;
    QPushButton *m_backUp;
    QPushButton *m_close;
};

} // namespace Brankas
