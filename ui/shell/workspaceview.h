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

Q_SIGNALS:
    void lockRequested();
    void sectionShown(Section section);

protected:
    void changeEvent(QEvent *event) override;

private:
    QWidget *buildTopBar();
    QWidget *buildNavigation();
    void retranslateUi();

    Workspace &m_workspace;
    QMap<Section, QWidget *> m_pages;
    Section m_current = Section::Home;
    QListWidget *m_navigation = nullptr;
    QStackedWidget *m_stack = nullptr;
    QLabel *m_pageTitle = nullptr;
    QLabel *m_officer = nullptr;
    QLabel *m_role = nullptr;
    QPushButton *m_lock = nullptr;
};

} // namespace Brankas
