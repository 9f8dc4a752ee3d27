// SPDX-License-Identifier: GPL-3.0-or-later
#include "screenshottour.h"

#include "../accounts/accountspage.h"
#include "../app/preferences.h"
#include "../app/workspace.h"
#include "../evaluation/evaluationpage.h"
#include "../shell/appwindow.h"
#include "../shell/gatescreen.h"
#include "../shell/workspaceview.h"
#include "../signin/signinpage.h"
#include "demovault.h"
#include "dialogtour.h"
#include "tourcamera.h"

#include <core/i18n/language.h>
#include <core/keychain/memorykeystore.h>

#include <QAbstractScrollArea>
#include <QDir>
#include <QScrollBar>
#include <QTabWidget>
#include <QTemporaryDir>

namespace Brankas {

namespace {

// A taskbar (40) and a window's title bar (32) at 100 %, in logical pixels as at any scale.
constexpr int TaskbarAndTitleBar = 72;

QString screenName(Section section)
{
    switch (section) {
    case Section::Home:
        return QStringLiteral("home");
    case Section::Kecamatan:
        return QStringLiteral("kecamatan");
    case Section::Accounts:
        return QStringLiteral("accounts");
    case Section::Terms:
        return QStringLiteral("terms");
    case Section::Handovers:
        return QStringLiteral("handovers");
    case Section::Evaluation:
        return QStringLiteral("evaluation");
    case Section::ArchiveLog:
        return QStringLiteral("log");
    case Section::Officers:
        return QStringLiteral("officers");
    case Section::Settings:
        return QStringLiteral("settings");
    }
    return QStringLiteral("screen");
}

} // namespace

QSize roomOnScreen(QSize screen)
{
    return {screen.width(), screen.height() - TaskbarAndTitleBar};
}

TourResult renderScreenshotTour(const QString &folder, LanguageSwitcher &language, QSize screen)
{
    TourResult result;
    QDir().mkpath(folder);
    QTemporaryDir work;
    MemoryKeyStore keyStore;
    FixedClock clock(Demo::demoNow());
    // Cheap scrypt: the demo is rebuilt on every run and protects nothing.
    const VaultEnvironment environment{keyStore, clock, Crypto::ScryptParams{1u << 12, 8, 1}};
    const QString path = work.filePath(QStringLiteral("demo.brankas"));
    {
        auto demo = Demo::createDemoVault(path, environment, clock);
        if (!demo) {
            result.errors.append(demo.error().message());
            return result;
        }
    }
    Preferences preferences(
        std::make_unique<QSettings>(work.filePath(QStringLiteral("brankas.ini")), QSettings::IniFormat));
    const QSize room = roomOnScreen(screen);
    TourCamera camera(folder, room, result);

    for (Language lang : {Language::Indonesian, Language::English}) {
        language.setLanguage(lang);
        camera.setPrefix(languageCode(lang) + QLatin1Char('-'));
        tourSetup(camera, work.filePath(QStringLiteral("new.brankas")), environment, language);
        tourServerVault(camera, environment, language);
        {
            // A PC without a vault: the welcome card, with the ways to a vault on a server.
            AppWindow welcome(work.filePath(QStringLiteral("none.brankas")), environment, language, preferences);
            welcome.setAttribute(Qt::WA_DontShowOnScreen);
            welcome.resize(room);
            welcome.show();
            settle();
            camera.take(welcome, QStringLiteral("welcome"));
        }
        AppWindow window(path, environment, language, preferences);
        window.setAttribute(Qt::WA_DontShowOnScreen);
        window.resize(room);
        window.show();
        settle();
        window.gate()->signInPage()->setVault(window.vault()->officeName(), window.vault()->path(), {Demo::AdminName},
                                              Demo::AdminName);
        camera.take(window, QStringLiteral("signin"));
        if (!window.signIn(Demo::AdminName, Demo::AdminPassphrase)) {
            result.errors.append(QStringLiteral("sign-in failed"));
            return result;
        }
        for (Section section : AllSections) {
            window.workspaceView()->showSection(section);
            if (section == Section::Accounts) {
                Q_EMIT window.workspace()->accountRequested(1);
            }
            camera.take(window, screenName(section));
            if (auto *evaluation = qobject_cast<EvaluationPage *>(window.workspaceView()->page(section))) {
                // The notes and the charts are tabs of the same page.
                evaluation->tabs()->setCurrentIndex(1);
                camera.take(window, QStringLiteral("evaluation-notes"));
                evaluation->tabs()->setCurrentIndex(2);
                camera.take(window, QStringLiteral("evaluation-charts"));
                evaluation->tabs()->setCurrentIndex(0);
            }
            // The page by itself: what it needs within the window, and whether it has to scroll.
            QWidget *page = window.workspaceView()->page(section);
            const QSize needed = page->minimumSizeHint();
            const auto *frame = qobject_cast<QAbstractScrollArea *>(page->parentWidget()->parentWidget());
            const bool scrolls = frame && frame->verticalScrollBar()->isVisible();
            result.measured << QStringLiteral("%1%2 page %3x%4: needs %5x%6%7")
                                   .arg(languageCode(lang) + QLatin1Char('-'), screenName(section))
                                   .arg(page->width())
                                   .arg(page->height())
                                   .arg(needed.width())
                                   .arg(needed.height())
                                   .arg(scrolls ? QStringLiteral(", scrolls up and down") : QString());
        }
        // Several rows selected, for one status change.
        window.workspaceView()->showSection(Section::Accounts);
        if (auto *accounts = window.findChild<AccountsPage *>()) {
            QItemSelectionModel *selection = accounts->table()->selectionModel();
            for (int row = 0; row < 5 && row < accounts->table()->model()->rowCount(); ++row) {
                selection->select(accounts->table()->model()->index(row, 0),
                                  QItemSelectionModel::Select | QItemSelectionModel::Rows);
            }
            camera.take(window, QStringLiteral("accounts-several-selected"));
            selection->clearSelection();
        }
        tourDialogs(camera, *window.workspace(), &window);
    }
    return result;
}

} // namespace Brankas
