// SPDX-License-Identifier: GPL-3.0-or-later
#include "workspaceview.h"

#include "../app/workspace.h"
#include "../layout/verticalscroll.h"
#include "../look.h"

#include <core/domain/role.h>

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QResizeEvent>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace Brankas {

namespace {
constexpr int ExpandedNavigationWidth = 210;
// The item's left border (4), its padding (16), the icon (20), and the list's own frame and margins.
constexpr int CompactNavigationWidth = 72;
} // namespace

WorkspaceView::WorkspaceView(Workspace &workspace, QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
{
    setObjectName(QStringLiteral("workspaceView"));
    QWidget *navigation = buildNavigation();
    QWidget *topBar = buildTopBar();
    m_stack = new QStackedWidget(this);
    m_stack->setObjectName(QStringLiteral("pageStack"));

    auto *right = new QVBoxLayout;
    right->setContentsMargins(0, 0, 0, 0);
    right->setSpacing(0);
    right->addWidget(topBar);
    right->addWidget(m_stack, 1);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(navigation);
    layout->addLayout(right, 1);

    for (Section section : AllSections) {
        // A section whose page is not set yet still has a place in the stack, so indexes match.
        auto *placeholder = new QWidget(m_stack);
        m_stack->addWidget(placeholder);
        m_pages.insert(section, placeholder);
        m_frames.insert(section, placeholder);
    }
    connect(m_navigation, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row >= 0) {
            showSection(AllSections[row]);
        }
    });
    retranslateUi();
}

QWidget *WorkspaceView::buildNavigation()
{
    auto *panel = new QFrame(this);
    panel->setObjectName(QStringLiteral("navigationPanel"));
    m_navigationPanel = panel;
    auto *brand = Look::label(panel, QStringLiteral("navigationBrand"), false);
    m_brand = brand;
    brand->setText(QStringLiteral("Brankas"));
    Look::setFont(brand, 1.5, QFont::Bold);
    m_navigation = new QListWidget(panel);
    m_navigation->setObjectName(QStringLiteral("navigation"));
    m_navigation->setIconSize(QSize(20, 20));
    m_navigation->setFrameShape(QFrame::NoFrame);
    m_navigation->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    for (Section section : AllSections) {
        auto *item = new QListWidgetItem(sectionIcon(section), QString(), m_navigation);
        item->setSizeHint(QSize(0, 40));
    }
    auto *layout = new QVBoxLayout(panel);
    layout->setContentsMargins(0, 16, 0, 12);
    layout->setSpacing(12);
    auto *brandRow = new QHBoxLayout;
    brandRow->setContentsMargins(20, 0, 20, 0);
    brandRow->addWidget(brand);
    layout->addLayout(brandRow);
    layout->addWidget(m_navigation, 1);
    panel->setFixedWidth(ExpandedNavigationWidth);
    return panel;
}

QWidget *WorkspaceView::buildTopBar()
{
    auto *bar = new QFrame(this);
    bar->setObjectName(QStringLiteral("topBar"));
    m_pageTitle = Look::label(bar, QStringLiteral("pageTitle"), false);
    Look::setFont(m_pageTitle, 1.45, QFont::DemiBold);
    m_officer = Look::label(bar, QStringLiteral("officerName"), false);
    Look::setFont(m_officer, 1.0, QFont::DemiBold);
    m_role = Look::label(bar, QStringLiteral("officerRole"), false);
    Look::setMuted(m_role);
    m_lock = new QPushButton(bar);
    m_lock->setObjectName(QStringLiteral("lockButton"));
    m_lock->setIcon(tintedIcon(QStringLiteral("lock"), QColor(0x17, 0x37, 0x5e), QColor(0x17, 0x37, 0x5e)));
    connect(m_lock, &QPushButton::clicked, this, &WorkspaceView::lockRequested);

    auto *who = new QVBoxLayout;
    who->setSpacing(0);
    who->addWidget(m_officer, 0, Qt::AlignRight);
    who->addWidget(m_role, 0, Qt::AlignRight);
    auto *layout = new QHBoxLayout(bar);
    layout->setContentsMargins(24, 12, 16, 12);
    layout->addWidget(m_pageTitle, 1);
    layout->addLayout(who);
    layout->addSpacing(12);
    layout->addWidget(m_lock);
    return bar;
}

void WorkspaceView::setPage(Section section, QWidget *page)
{
    // A page taller than a short screen (a laptop at 125 %) scrolls up and down as a whole; its
    // tables still scroll on their own, and nothing scrolls sideways.
    QWidget *old = m_frames.value(section);
    auto *frame = new VerticalScroll(page, m_stack);
    frame->setObjectName(QStringLiteral("pageFrame"));
    const int index = m_stack->indexOf(old);
    m_stack->insertWidget(index, frame);
    m_stack->removeWidget(old);
    old->deleteLater();
    m_pages.insert(section, page);
    m_frames.insert(section, frame);
    if (section == m_current) {
        m_stack->setCurrentWidget(frame);
    }
}

void WorkspaceView::showSection(Section section)
{
    m_current = section;
    const int row = int(std::find(std::begin(AllSections), std::end(AllSections), section) - std::begin(AllSections));
    if (m_navigation->currentRow() != row) {
        m_navigation->setCurrentRow(row);
    }
    m_stack->setCurrentWidget(m_frames.value(section));
    m_pageTitle->setText(sectionTitle(section));
    Q_EMIT sectionShown(section);
}

QSize WorkspaceView::minimumSizeHint() const
{
    QSize size = QWidget::minimumSizeHint();
    if (!m_compact) {
        size.rwidth() -= ExpandedNavigationWidth - CompactNavigationWidth;
    }
    return size;
}

void WorkspaceView::resizeEvent(QResizeEvent *event)
{
    setNavigationCompact(event->size().width() < CompactBelowWidth);
    QWidget::resizeEvent(event);
}

void WorkspaceView::setNavigationCompact(bool compact)
{
    if (compact == m_compact) {
        return;
    }
    m_compact = compact;
    m_navigationPanel->setFixedWidth(compact ? CompactNavigationWidth : ExpandedNavigationWidth);
    m_brand->setVisible(!compact);
    retranslateUi();
}

void WorkspaceView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
    }
    QWidget::changeEvent(event);
}

void WorkspaceView::retranslateUi()
{
    for (int row = 0; row < m_navigation->count(); ++row) {
        QListWidgetItem *item = m_navigation->item(row);
        const QString title = sectionTitle(AllSections[row]);
        // Compact, the icon stands alone: the name stays for screen readers and in the tooltip.
        item->setText(m_compact ? QString() : title);
        item->setData(Qt::AccessibleTextRole, title);
        item->setToolTip(tr("%1 (Ctrl+%2)").arg(title).arg(row + 1));
    }
    m_pageTitle->setText(sectionTitle(m_current));
    m_officer->setText(m_workspace.session().officer.name);
    m_role->setText(roleDisplayName(m_workspace.session().officer.role));
    m_lock->setText(tr("Lock"));
    m_lock->setToolTip(tr("Lock the vault and wipe its key from memory (Ctrl+L)"));
}

} // namespace Brankas
