// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <core/register/accounts.h>

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;

namespace Brankas {

class Workspace;

// Moves the accounts selected in the table to one status with one reason. For the status chosen
// it shows, before anything is written, how many accounts will change and which cannot (with
// core's reason); the officer then confirms a question that names the count and the refused
// accounts, which stay as they are. Core writes every change in one transaction.
class BulkStatusDialog : public QDialog
{
    Q_OBJECT

public:
    BulkStatusDialog(Workspace &workspace, QList<qint64> accountIds, QWidget *parent = nullptr);

    // What core recorded; empty until accepted.
    const std::optional<BulkStatusChange> &changed() const { return m_changed; }
    // What the status chosen would do, as last checked.
    const std::optional<BulkStatusChange> &plan() const { return m_plan; }

    bool setTarget(AccountStatus status);
    void setReason(const QString &reason);
    QPushButton *okButton() const { return m_ok; }
    // The question the confirmation asks, naming the count and the refused accounts.
    QString confirmationText() const;

    void accept() override;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void checkTarget();
    void updateState();
    AccountStatus target() const;

    Workspace &m_workspace;
    QList<qint64> m_ids;
    std::optional<BulkStatusChange> m_plan;
    std::optional<Error> m_planError;
    std::optional<BulkStatusChange> m_changed;
    QLabel *m_intro;
    QLabel *m_targetLabel;
    QComboBox *m_target;
    QLabel *m_reasonLabel;
    QLineEdit *m_reason;
    QLabel *m_summary;
    QListWidget *m_refused;
    QDialogButtonBox *m_buttons;
    QPushButton *m_ok;
    QPushButton *m_cancel;
};

} // namespace Brankas
