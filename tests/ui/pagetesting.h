// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Helpers of the page suites: a translator that marks every Brankas text (so a test sees which
// labels were set again after a language change, whatever the translations say today), and a way
// to fill in a dialog that a page opens with exec().
#include <ui/kecamatan/registerformdialog.h>

#include <QApplication>
#include <QTimer>
#include <QTranslator>

#include <functional>

namespace Brankas::Testing {

class MarkingTranslator final : public QTranslator
{
public:
    QString translate(const char *context, const char *sourceText, const char *, int) const override
    {
        if (!QByteArrayView(context).startsWith("Brankas::")) {
            return {};
        }
        return QStringLiteral("[x] ") + QString::fromUtf8(sourceText);
    }
    bool isEmpty() const override { return false; }
};

// Runs `fill` on the form dialog the next exec() shows, then closes it if `fill` left it open, so
// a failing check never leaves the suite waiting on a modal dialog.
inline void whenFormOpens(std::function<void(RegisterFormDialog &)> fill)
{
    QTimer::singleShot(0, qApp, [fill = std::move(fill)]() {
        auto *dialog = qobject_cast<RegisterFormDialog *>(QApplication::activeModalWidget());
        if (!dialog) {
            qWarning("no form dialog is open");
            return;
        }
        fill(*dialog);
        if (dialog->isVisible()) {
            dialog->reject();
        }
    });
}

} // namespace Brankas::Testing
