// SPDX-License-Identifier: GPL-3.0-or-later
// Reports > "Public list of official accounts…" in the window, driven as an officer would: the
// folder dialog, the files, the closing message with the SHA-256, the log entry. (Folders that must
// not be written are refused in core: tst_publisher.) BRANKAS_SHOTS keeps pictures of the dialogs.
#include "../ui/handovertesting.h"

#include <core/i18n/language.h>
#include <core/log/logactions.h>
#include <ui/reports/reportactions.h>

#include <QAction>
#include <QDir>
#include <QFileDialog>
#include <QTest>

using namespace Brankas;
using namespace Brankas::Testing;

namespace {
void shoot(QWidget &widget, const char *name)
{
    const QString folder = qEnvironmentVariable("BRANKAS_SHOTS");
    if (!folder.isEmpty()) {
        widget.grab().save(folder + QLatin1Char('/') + QString::fromLatin1(name) + QStringLiteral(".png"));
    }
}

// Picks `folder` in the next folder dialog that shows.
void chooseFolderInNextDialog(const QString &folder)
{
    QTimer::singleShot(10, [folder] {
        for (QWidget *widget : QApplication::topLevelWidgets()) {
            if (auto *dialog = qobject_cast<QFileDialog *>(widget); dialog && dialog->isVisible()) {
                QCOMPARE(dialog->objectName(), QStringLiteral("publishFolderDialog"));
                shoot(*dialog, "publish-folder");
                dialog->setDirectory(QFileInfo(folder).absolutePath());
                dialog->selectFile(folder);
                static_cast<QDialog *>(dialog)->accept(); // QFileDialog::accept checks the choice
                return;
            }
        }
        chooseFolderInNextDialog(folder);
    });
}

// Like answerNextMessageBox, and keeps a picture of the box first.
void shootAndCloseNextMessageBox(QString *seenText, QString *informative)
{
    QTimer::singleShot(10, [seenText, informative] {
        for (QWidget *widget : QApplication::topLevelWidgets()) {
            if (auto *box = qobject_cast<QMessageBox *>(widget); box && box->isVisible()) {
                *seenText = box->text();
                *informative = box->informativeText();
                shoot(*box, "publish-done");
                box->buttons().constFirst()->click();
                return;
            }
        }
        shootAndCloseNextMessageBox(seenText, informative);
    });
}
} // namespace

class TestPublishAction : public QObject
{
    Q_OBJECT

private slots:
    void publishesFromTheReportsMenu();
};

void TestPublishAction::publishesFromTheReportsMenu()
{
    LanguageSwitcher language; // the English catalogue: its plurals
    QVERIFY(language.setLanguage(Language::English));
    HandoverDesk desk;
    auto workspace = desk.workspace(desk.ani); // viewers make reports
    QWidget window;
    ReportActions actions(*workspace, &window);
    QAction *publish = actions.action(ReportKind::PublicList);
    QVERIFY(publish);
    QCOMPARE(publish->text(), QStringLiteral("&Public list of official accounts…"));
    const QString folder = desk.t.dir.filePath(QStringLiteral("akun-resmi"));
    QVERIFY(QDir().mkpath(folder));
    const qsizetype before = desk.logged(LogAction::registerPublished());

    chooseFolderInNextDialog(folder);
    QString seen;
    QString informative;
    shootAndCloseNextMessageBox(&seen, &informative);
    publish->trigger();

    QCOMPARE(desk.logged(LogAction::registerPublished()), before + 1);
    QVERIFY2(seen.contains(QStringLiteral("2 official accounts")), qPrintable(seen));
    for (const char *name : {"index.html", "accounts.csv", "accounts.json", "accounts.pdf"}) {
        QVERIFY2(QFileInfo(QDir(folder).filePath(QString::fromLatin1(name))).size() > 0, name);
        QVERIFY2(informative.contains(QDir::toNativeSeparators(QDir(folder).filePath(QString::fromLatin1(name)))),
                 name);
    }
    const QString sha = desk.lastLogEntry().detailsObject().value(QStringLiteral("sha256")).toString();
    QCOMPARE(sha.size(), 64);
    QVERIFY(informative.contains(sha));
    // In the window's language (English here): the page says so.
    QFile page(QDir(folder).filePath(QStringLiteral("index.html")));
    QVERIFY(page.open(QIODevice::ReadOnly));
    QVERIFY(page.readAll().contains("<html lang=\"en\">"));
}

QTEST_MAIN(TestPublishAction)
#include "tst_publishaction.moc"
