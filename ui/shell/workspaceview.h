// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "section.h"

#include <QMap>
#include <QWidget>

class QLabel;
class QListWidget;
class QPushButton;
class QStackedWidget;

namespace Brankas {

class Workspace;

// The signed-in window's body: the navigation on the left, the page of the chosen section on the
// right, and a top bar naming the page and the officer, with the Lock button always in reach.
class WorkspaceView : public QWidget
{
    Q_OBJECT

public:
    WorkspaceView(Workspace &workspace, QWidget *parent = nullptr);

    void setPage(Section section, QWidget *page);
    QWidget *page(Section section) const { return m_pages.value(section); }
    void showSection(Section section);
    Section currentSection() const { return m_current; }
    // Below this width the navigation shows its icons only (names in tooltips), so the page keeps
    // room for its table on a 1024-pixel screen or a laptop at 125 %.
    static constexpr int CompactBelowWidth = 1200;
    bool isNavigationCompact() const { return m_compact; }
    // As narrow as the page with the compact navigation: the window may always shrink to that.
    QSize minimumSizeHint() const override;

Q_SIGNALS:
    void lockRequested();
    void sectionShown(Section section);

protected:
    void changeEvent(QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    QWidget *buildTopBar();
    QWidget *buildNavigation();
    void retranslateUi();
    void setNavigationCompact(bool compact);

    Workspace &m_workspace;
    QMap<Section, QWidget *> m_pages;
    // What the stack holds for each section: the page inside its scroll area.
    QMap<Section, QWidget *> m_frames;
    Section m_current = Section::Home;
    QListWidget *m_navigation = nullptr;
    QWidget *m_navigationPanel = nullptr;
    QLabel *m_brand = nullptr;
    bool m_compact = false;
    QStackedWidget *m_stack = nullptr;
    QLabel *m_pageTitle = nullptr;
    QLabel *m_officer = nullptr;
    QLabel *m_role = nullptr;
    QPushButton *m_lock = nullptr;
};

} // namespace Brankas
