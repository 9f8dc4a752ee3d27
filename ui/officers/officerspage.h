// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QLabel;
class QPushButton;
class QTableView;

namespace Brankas {

struct Officer;
class OfficerModel;
class Workspace;

// Petugas: who may open this vault and with which role. Administrators add officers here (name,
// role, passphrase typed twice with its strength shown), close and open their access, change their
// role and give them a temporary passphrase; every officer can change their own passphrase.
class OfficersPage : public QWidget
{
    Q_OBJECT

public:
    explicit OfficersPage(Workspace &workspace, QWidget *parent = nullptr);

    void reload();
    OfficerModel *model() const { return m_model; }
    QTableView *view() const { return m_table; }
    void addOfficer();
    // On the officer selected in the table (nothing without a selection).
    void closeSelected();
    void openSelected();
    void changeRoleOfSelected();
    void resetSelected();
    void changeOwnPassphrase();

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void retranslateUi();
    void updateActions();
    const Officer *selected() const;
    void afterChange(bool changed);

    Workspace &m_workspace;
    bool m_stale = true;
    QPushButton *m_add;
    QPushButton *m_close;
    QPushButton *m_open;
    QPushButton *m_role;
    QPushButton *m_reset;
    QPushButton *m_ownPassphrase;
    QLabel *m_note;
    QTableView *m_table;
    QLabel *m_roles;
    OfficerModel *m_model;
};

} // namespace Brankas
