// SPDX-License-Identifier: GPL-3.0-or-later
#include "summarytile.h"

#include <ui/look.h>

#include <QGridLayout>
#include <QLabel>
#include <QLocale>
#include <QStyle>

namespace Brankas {

SummaryTile::SummaryTile(QWidget *parent)
    : QFrame(parent)
    , m_icon(new QLabel(this))
    , m_value(Look::label(this, QStringLiteral("tileValue"), false))
    , m_caption(Look::label(this, QStringLiteral("tileCaption")))
{
    // Class selectors do not match namespaced classes in style sheets; the property does.
    setProperty("homeTile", true);
    setProperty("alert", false);
    Look::setFont(m_value, 1.9, QFont::Bold);
    Look::setMuted(m_caption);
    m_caption->setMinimumWidth(fontMetrics().averageCharWidth() * 12);
    auto *layout = new QGridLayout(this);
    layout->setContentsMargins(14, 10, 14, 10);
    layout->setHorizontalSpacing(10);
    layout->setVerticalSpacing(0);
    layout->addWidget(m_icon, 0, 0, 2, 1, Qt::AlignVCenter);
    layout->addWidget(m_value, 0, 1);
    layout->addWidget(m_caption, 1, 1);
    layout->setColumnStretch(1, 1);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
}

void SummaryTile::setIcon(const QIcon &icon)
{
    const int size = fontMetrics().height() * 2;
    m_icon->setPixmap(icon.pixmap(size, size));
}

void SummaryTile::setValue(qint64 value)
{
    // Negative: not counted yet (the page is still reading the register).
    m_value->setText(value < 0 ? QStringLiteral("–") : QLocale().toString(value));
}

void SummaryTile::setCaption(const QString &caption)
{
    m_caption->setText(caption);
}

void SummaryTile::setAlert(bool alert)
{
    if (property("alert").toBool() == alert) {
        return;
    }
    setProperty("alert", alert);
    // The style sheet selects on the property; it is read again only on a re-polish.
    style()->unpolish(this);
    style()->polish(this);
}

QString SummaryTile::valueText() const
{
    return m_value->text();
}

QString SummaryTile::caption() const
{
    return m_caption->text();
}

} // namespace Brankas
