// SPDX-License-Identifier: GPL-3.0-or-later
#include "keyboardcheck.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractSpinBox>
#include <QComboBox>
#include <QLineEdit>
#include <QRegularExpression>
#include <QTabBar>
#include <QWidget>

#include <algorithm>

namespace Brankas::KeyboardCheck {

namespace {
QString nameOf(const QWidget &widget)
{
    QStringList path;
    for (const QWidget *each = &widget; each; each = each->parentWidget()) {
        if (!each->objectName().isEmpty()) {
            path.prepend(each->objectName());
        }
    }
    return QString::fromLatin1(widget.metaObject()->className()) + QLatin1Char(' ') + path.join(QLatin1Char('/'));
}

// Parts Qt builds into its own controls (a line edit's clear button, a tab bar's scroll arrows, a
// combo's or spin box's editor, a table's header, a tool bar's overflow button): the control they
// belong to is what is named and focused.
bool isPartOfQtControl(const QWidget &widget)
{
    const QWidget *parent = widget.parentWidget();
    return parent && (qobject_cast<const QLineEdit *>(parent) || qobject_cast<const QTabBar *>(parent) ||
                      qobject_cast<const QComboBox *>(parent) || qobject_cast<const QAbstractSpinBox *>(parent) ||
                      qobject_cast<const QAbstractItemView *>(parent) ||
                      widget.objectName() == QLatin1String("qt_toolbar_ext_button"));
}

// Tab enters a group of radio buttons at one of them and the arrow keys move within it: Qt keeps
// only that one in the Tab chain on purpose. The group is reachable when one of it is.
bool isInReachableRadioGroup(const QWidget &widget)
{
    const auto *button = qobject_cast<const QAbstractButton *>(&widget);
    if (!button || !button->isCheckable() || !button->autoExclusive() || !widget.parentWidget()) {
        return false;
    }
    const auto siblings = widget.parentWidget()->findChildren<QAbstractButton *>(Qt::FindDirectChildrenOnly);
    return std::any_of(siblings.begin(), siblings.end(), [](const QAbstractButton *sibling) {
        return sibling->isCheckable() && sibling->autoExclusive() && (sibling->focusPolicy() & Qt::TabFocus);
    });
}

template <typename Check> void walk(const QWidget &widget, QStringList &found, Check check)
{
    if (!widget.isVisible()) {
        return;
    }
    if (!isPartOfQtControl(widget)) {
        check(widget, found);
    }
    for (const QObject *child : widget.children()) {
        if (const auto *childWidget = qobject_cast<const QWidget *>(child); childWidget && !childWidget->isWindow()) {
            walk(*childWidget, found, check);
        }
    }
}
} // namespace

QStringList unnamedButtons(const QWidget &window)
{
    QStringList found;
    walk(window, found, [](const QWidget &widget, QStringList &problems) {
        // "+" or "−" says no more to a screen reader than an icon does.
        static const QRegularExpression word(QStringLiteral("\\w"));
        const auto *button = qobject_cast<const QAbstractButton *>(&widget);
        if (!button || button->text().contains(word)) {
            return;
        }
        if (button->accessibleName().isEmpty()) {
            problems << nameOf(widget) + QStringLiteral(" shows only an icon and has no accessible name");
        }
        if (button->toolTip().isEmpty()) {
            problems << nameOf(widget) + QStringLiteral(" shows only an icon and has no tooltip");
        }
    });
    return found;
}

QStringList unreachable(const QWidget &window)
{
    QStringList found;
    walk(window, found, [](const QWidget &widget, QStringList &problems) {
        const bool control = qobject_cast<const QAbstractButton *>(&widget) ||
                             qobject_cast<const QLineEdit *>(&widget) || qobject_cast<const QComboBox *>(&widget) ||
                             qobject_cast<const QAbstractSpinBox *>(&widget) ||
                             qobject_cast<const QAbstractItemView *>(&widget);
        if (control && widget.isEnabled() && !(widget.focusPolicy() & Qt::TabFocus) &&
            !isInReachableRadioGroup(widget)) {
            problems << nameOf(widget) + QStringLiteral(" cannot be reached with the Tab key");
        }
    });
    return found;
}

} // namespace Brankas::KeyboardCheck
