// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QTableView>

namespace Brankas {

// The register's table: whole rows, fixed row heights (it never measures 36,425 rows), column
// widths that fit the usual texts, and a header menu that shows or hides columns.
class AccountTableView : public QTableView
{
    Q_OBJECT

public:
    explicit AccountTableView(QWidget *parent = nullptr);

    // Expects an AccountTableModel or a proxy of one (its columns).
    void setModel(QAbstractItemModel *model) override;

protected:
    void changeEvent(QEvent *event) override;

private:
    void setUpColumns();
    void retranslateUi();

    QList<QAction *> m_columnToggles;
};

} // namespace Brankas
