// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QLabel;
class QPushButton;
class QTableView;

namespace Brankas {

class TermTableModel;
class Workspace;

// Masa tugas: the terms with their period, extensions by decree and where each stands today. An
// operator adds the next term and records an extension with its legal basis; accounts follow.
class TermsPage : public QWidget
{
    Q_OBJECT

public:
    explicit TermsPage(Workspace &workspace, QWidget *parent = nullptr);

    void reload();
    TermTableModel *model() const { return m_model; }
    QTableView *view() const { return m_table; }
    bool select(qint64 termId);

    void addTerm();
    void extendSelected();

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void retranslateUi();
    void showSelected();
    int selectedRow() const;

    Workspace &m_workspace;
    bool m_stale = true;
    QPushButton *m_add;
    QPushButton *m_extend;
    QLabel *m_readOnly;
    QTableView *m_table;
    QLabel *m_detailTitle;
    QLabel *m_detail;
    TermTableModel *m_model;
};

} // namespace Brankas
