// SPDX-License-Identifier: GPL-3.0-or-later
#include "countcard.h"

#include <ui/look.h>

#include <QGridLayout>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QVBoxLayout>

namespace Brankas {

CountCard::CountCard(QWidget *parent)
    : QFrame(parent)
    , m_title(Look::label(this, QStringLiteral("cardTitle"), false))
    , m_grid(new QGridLayout)
{
    setObjectName(QStringLiteral("homeCard"));
    Look::setFont(m_title, 1.1, QFont::DemiBold);
    m_grid->setHorizontalSpacing(10);
    m_grid->setVerticalSpacing(6);
    m_grid->setColumnStretch(3, 1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 12, 16, 14);
    layout->setSpacing(10);
    layout->addWidget(m_title);
    layout->addLayout(m_grid);
    layout->addStretch(1);
}

void CountCard::setTitle(const QString &title)
{
    m_title->setText(title);
}

void CountCard::setRows(const QList<Row> &rows)
{
    qDeleteAll(m_rowWidgets);
    m_rowWidgets.clear();
    qint64 largest = 1;
    for (const Row &row : rows) {
        largest = std::max(largest, row.count);
    }
    const int iconSize = fontMetrics().height() + 2;
    const QLocale locale;
    for (int i = 0; i < rows.size(); ++i) {
        const Row &row = rows.at(i);
        auto *icon = new QLabel(this);
        icon->setPixmap(row.icon.pixmap(iconSize, iconSize));
        auto *name = Look::label(this, QStringLiteral("countName"), false);
        name->setText(row.name);
        auto *count = Look::label(this, QStringLiteral("countValue"), false);
        count->setText(locale.toString(row.count));
        count->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
        Look::setFont(count, 1.0, QFont::DemiBold);
        auto *bar = new QProgressBar(this);
        bar->setObjectName(QStringLiteral("countBar"));
        bar->setTextVisible(false);
        bar->setFixedHeight(8);
        // Per mille, so that a few accounts among thousands still show as a sliver.
        bar->setRange(0, 1000);
        bar->setValue(row.count > 0 ? std::max(8, int(row.count * 1000 / largest)) : 0);
        m_grid->addWidget(icon, i, 0);
        m_grid->addWidget(name, i, 1);
        m_grid->addWidget(count, i, 2);
        m_grid->addWidget(bar, i, 3, Qt::AlignVCenter);
        m_rowWidgets << icon << name << count << bar;
    }
    // Children added to a card already on screen stay hidden until shown.
    for (QWidget *widget : std::as_const(m_rowWidgets)) {
        widget->show();
    }
}

QString CountCard::countText(const QString &name) const
{
    for (qsizetype i = 0; i + 2 < m_rowWidgets.size(); i += 4) {
        const auto *label = qobject_cast<QLabel *>(m_rowWidgets.at(i + 1));
        if (label && label->text() == name) {
            return qobject_cast<QLabel *>(m_rowWidgets.at(i + 2))->text();
        }
    }
    return {};
}

} // namespace Brankas
