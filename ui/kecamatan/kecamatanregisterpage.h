// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;

namespace Brankas {

class KecamatanTableModel;
class Workspace;

// The Kecamatan page: the office's kecamatan with their secretariat contacts and accounts. An
// operator adds one after a re-districting, edits contacts and retires one that no longer exists
// (never deletes it: accounts and the log refer to it). Viewers read only. (Named apart from the
// setup wizard's KecamatanPage, which previews the reference list.)
class KecamatanRegisterPage : public QWidget
{
    Q_OBJECT

public:
    explicit KecamatanRegisterPage(Workspace &workspace, QWidget *parent = nullptr);

    void reload();
    KecamatanTableModel *model() const { return m_model; }
    QTableView *view() const { return m_table; }
    // Selects the kecamatan with this code (tests, links from other pages).
    bool select(const QString &code);

    // The page's commands; each opens its dialog for the selected kecamatan.
    void addKecamatan();
    void editContacts();
    void retireSelected();

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void retranslateUi();
    void updateButtons();
    int selectedRow() const;

    Workspace &m_workspace;
    bool m_stale = true;
    QLineEdit *m_search;
    QCheckBox *m_showRetired;
    QPushButton *m_add;
    QPushButton *m_edit;
    QPushButton *m_retire;
    QLabel *m_readOnly;
    QTableView *m_table;
    QLabel *m_status;
    KecamatanTableModel *m_model;
    QSortFilterProxyModel *m_proxy;
};

} // namespace Brankas
