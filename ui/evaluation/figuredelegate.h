// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStyledItemDelegate>

namespace Brankas {

// Edits one figure of the grid: the editor takes digits only as they are typed (a minus sign, a
// comma or a letter never appears), and an emptied cell means no figure, which is not 0. The
// model writes the value through core, which still checks the upper bound.
class FigureDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    // Twelve digits: just past core's largest figure, so core's message explains a bigger one.
    static constexpr int MaximumDigits = 12;

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    void setEditorData(QWidget *editor, const QModelIndex &index) const override;
    void setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const override;
};

} // namespace Brankas
