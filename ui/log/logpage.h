// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <core/log/logverification.h>

#include <QWidget>

#include <memory>
#include <optional>

class QLabel;
class QPushButton;
class QTableView;

namespace Brankas {

class LogEntryModel;
class LogFilterBar;
class LogSubjects;
class Workspace;

// Log arsip: the archive log, newest first, with filters, and Verify, which recomputes the whole
// hash chain and says either that the log is intact (with the head fingerprint reports print) or
// which entry was tampered with first.
class LogPage : public QWidget
{
    Q_OBJECT

public:
    explicit LogPage(Workspace &workspace, QWidget *parent = nullptr);
    ~LogPage() override;

    // Reads the officers, kecamatan and the newest entries again (done on every show: sign-ins,
    // reveals and copies add entries without changing the register).
    void reload();
    LogEntryModel *model() const { return m_model; }
    LogFilterBar *filterBar() const { return m_filters; }
    // Recomputes the chain on the GUI thread (the vault's connection is not thread-safe), keeping
    // the window alive through a progress dialog that can cancel. Shows the outcome and returns it
    // (empty when the check could not run or was cancelled).
    std::optional<LogVerification> verify();

Q_SIGNALS:
    // After Verify, with the sentence shown to the officer (for tests and the status bar).
    void verified(bool intact, const QString &summary);

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void retranslateUi();
    void loadChoices();
    void applyFilters();
    void updateStatusLine();
    void showVerification(bool intact, const QString &summary);
    void openAccount(const QModelIndex &index);

    Workspace &m_workspace;
    LogFilterBar *m_filters;
    QPushButton *m_verify;
    QLabel *m_resultIcon;
    QLabel *m_result;
    QWidget *m_resultBox;
    QTableView *m_table;
    QLabel *m_status;
    LogEntryModel *m_model;
    qint64 m_total = 0;
    // What the About column shows for each target, read from the register once per target.
    std::unique_ptr<LogSubjects> m_subjects;
};

} // namespace Brankas
