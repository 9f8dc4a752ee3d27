#pragma once

#include <QWidget>

class QLabel;
class QPushButton;
class QTableView;

namespace Brankas {

class OfficerModel;
class Workspace;

// Petugas: who may open this vault and with which role. Administrators add officers here (name,
// role, passphrase typed twice with its strength shown); everyone else sees the list only.
class OfficersPage : public QWidget
{
    Q_OBJECT

public:
    explicit OfficersPage(Workspace &workspace, QWidget *parent = nullptr);

    void reload();
    OfficerModel *model() const { return m_model; }
    QTableView *view() const { return m_table; }
    void addOfficer();

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void retranslateUi();

    Workspace &m_workspace;
    bool m_stale = true;
    QPushButton *m_add;
    QLabel *m_note;
    QTableView *m_table;
    QLabel *m_roles;
    OfficerModel *m_model;
};

} // namespace Brankas
