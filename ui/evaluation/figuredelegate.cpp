// SPDX-License-Identifier: GPL-3.0-or-later
#include "figuredelegate.h"

#include <QLineEdit>
#include <QRegularExpressionValidator>

namespace Brankas {

QWidget *FigureDelegate::createEditor(QWidget *parent, const QStyleOptionViewItem &, const QModelIndex &) const
{
    auto *editor = new QLineEdit(parent);
    editor->setObjectName(QStringLiteral("figureEditor"));
    editor->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    editor->setValidator(
        new QRegularExpressionValidator(QRegularExpression(QStringLiteral("[0-9]{0,%1}").arg(MaximumDigits)), editor));
    editor->setToolTip(tr("Digits only. Leave the cell empty when nobody counted this figure: empty is not 0."));
    return editor;
}

void FigureDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const
{
    static_cast<QLineEdit *>(editor)->setText(index.data(Qt::EditRole).toString());
}

void FigureDelegate::setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const
{
    model->setData(index, static_cast<QLineEdit *>(editor)->text(), Qt::EditRole);
}

} // namespace Brankas
