// SPDX-License-Identifier: GPL-3.0-or-later
#include "publishlist.h"

#include "reportsource.h"

#include <core/publish/publisher.h>
#include <ui/app/messages.h>
#include <ui/app/workspace.h>

#include <QCoreApplication>
#include <QDir>
#include <QFileDialog>
#include <QLocale>
#include <QMessageBox>
#include <QProgressDialog>
#include <QPushButton>
#include <QStandardPaths>

namespace Brankas {

namespace {
QString text(const char *sourceText)
{
    return QCoreApplication::translate("Brankas::PublishList", sourceText);
}

QString askFolder(QWidget *parent)
{
    QString start = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    if (start.isEmpty()) {
        start = QDir::homePath();
    }
    QFileDialog dialog(parent, text(QT_TRANSLATE_NOOP("Brankas::PublishList", "Folder for the public list")), start);
    dialog.setObjectName(QStringLiteral("publishFolderDialog"));
    dialog.setFileMode(QFileDialog::Directory);
    dialog.setOption(QFileDialog::ShowDirsOnly);
    dialog.setLabelText(QFileDialog::LookIn, text(QT_TRANSLATE_NOOP("Brankas::PublishList", "Folder:")));
    dialog.setLabelText(QFileDialog::FileName, text(QT_TRANSLATE_NOOP("Brankas::PublishList", "Folder name:")));
    dialog.setLabelText(QFileDialog::Accept, text(QT_TRANSLATE_NOOP("Brankas::PublishList", "Publish here")));
    dialog.setLabelText(QFileDialog::Reject, text(QT_TRANSLATE_NOOP("Brankas::PublishList", "Cancel")));
    if (dialog.exec() != QDialog::Accepted || dialog.selectedFiles().isEmpty()) {
        return {};
    }
    return dialog.selectedFiles().constFirst();
}
} // namespace

void publishPublicList(QWidget *parent, Workspace &workspace)
{
    const QString folder = askFolder(parent);
    if (folder.isEmpty()) {
        return;
    }
    if (Status allowed = Publisher::checkFolder(folder); !allowed) {
        Messages::showError(parent, allowed.error());
        return;
    }
    const ReportOptions report = defaultReportOptions(workspace);
    PublishOptions options;
    options.language = report.language;
    options.paper = report.paper;
    options.logo = report.logo;

    Result<Publication> published = [&] {
        // Core gathers and writes in one go: say what is happening before the window waits for it.
        QProgressDialog busy(text(QT_TRANSLATE_NOOP("Brankas::PublishList", "Writing the public list…")), QString(), 0,
                             0, parent);
        busy.setWindowTitle(text(QT_TRANSLATE_NOOP("Brankas::PublishList", "Public list")));
        busy.setWindowModality(Qt::WindowModal);
        busy.setCancelButton(nullptr);
        busy.setMinimumDuration(0);
        busy.setValue(0);
        QCoreApplication::processEvents();
        return Publisher(workspace.vault()).publish(workspace.session(), folder, options);
    }();
    if (!published) {
        Messages::showError(parent, published.error());
        return;
    }
    const Publication &publication = published.value();
    QStringList names;
    for (const QString &file : publication.files) {
        names << QDir::toNativeSeparators(file);
    }
    QMessageBox box(QMessageBox::Information, text(QT_TRANSLATE_NOOP("Brankas::PublishList", "Public list")),
                    QCoreApplication::translate("Brankas::PublishList",
                                                "%n official account(s) active on %1 published in %2.", nullptr,
                                                publication.accounts)
                        .arg(QLocale().toString(publication.asOf, QLocale::LongFormat),
                             QDir::toNativeSeparators(publication.folder)),
                    QMessageBox::Ok, parent);
    box.setObjectName(QStringLiteral("publishedMessage"));
    // Qt's "Show Details…" button has no Indonesian: the file names go in the text itself.
    box.setInformativeText(
        names.join(QLatin1Char('\n')) + QStringLiteral("\n\n") +
        text(QT_TRANSLATE_NOOP("Brankas::PublishList",
                               "Put index.html on the office's website with the other files beside it. The "
                               "archive log records the list's SHA-256:\n%1"))
            .arg(publication.sha256));
    box.setTextInteractionFlags(Qt::TextSelectableByMouse);
    if (QPushButton *ok = qobject_cast<QPushButton *>(box.button(QMessageBox::Ok))) {
        ok->setText(text(QT_TRANSLATE_NOOP("Brankas::PublishList", "Close")));
    }
    box.exec();
    // The log page shows the new register.published entry.
    workspace.notifyRegisterChanged();
}

} // namespace Brankas
