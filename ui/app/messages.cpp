// SPDX-License-Identifier: GPL-3.0-or-later
#include "messages.h"

#include <QCoreApplication>
#include <QMessageBox>
#include <QPushButton>

namespace Brankas::Messages {

namespace {
QString text(const char *sourceText)
{
    return QCoreApplication::translate("Brankas::Messages", sourceText);
}
} // namespace

void showError(QWidget *parent, const Error &error)
{
    QMessageBox box(QMessageBox::Warning, text(QT_TRANSLATE_NOOP("Brankas::Messages", "Brankas")), error.message(),
                    QMessageBox::NoButton, parent);
    box.addButton(text(QT_TRANSLATE_NOOP("Brankas::Messages", "OK")), QMessageBox::AcceptRole);
    box.exec();
}

bool confirm(QWidget *parent, const QString &title, const QString &question, const QString &acceptText)
{
    QMessageBox box(QMessageBox::Question, title, question, QMessageBox::NoButton, parent);
    QPushButton *accept = box.addButton(acceptText, QMessageBox::AcceptRole);
    QPushButton *cancel =
        box.addButton(text(QT_TRANSLATE_NOOP("Brankas::Messages", "Cancel")), QMessageBox::RejectRole);
    box.setDefaultButton(cancel);
    box.exec();
    return box.clickedButton() == accept;
}

} // namespace Brankas::Messages
