#include "screenshottour.h"

#include "../app/preferences.h"
#include "../app/workspace.h"
#include "../shell/appwindow.h"
#include "../shell/gatescreen.h"
#include "../shell/workspaceview.h"
#include "../signin/signinpage.h"
#include "demovault.h"

#include <core/i18n/language.h>
#include <core/keychain/memorykeystore.h>
#include <core/register/accounts.h>

#include <QApplication>
#include <QDir>
#include <QTemporaryDir>

namespace Brankas {

namespace {

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
    case Section::ArchiveLog:
        return QStringLiteral("log");
    case Section::Officers:
        return QStringLiteral("officers");
    case Section::Settings:
        return QStringLiteral("settings");
    }
    return QStringLiteral("screen");
}

void settle()
{
    // Pages fill themselves after a zero timer (the dashboard's health check): let them.
    for (int i = 0; i < 5; ++i) {
        QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
    }
}

} // namespace

TourResult renderScreenshotTour(const QString &folder, LanguageSwitcher &language, QSize size)
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
    const auto save = [&](QWidget &widget, const QString &name) {
        settle();
        const QString file = QDir(folder).filePath(name + QStringLiteral(".png"));
        if (widget.grab().save(file, "PNG")) {
            ++result.written;
        } else {
            result.errors.append(file);
        }
    };

    for (Language lang : {Language::Indonesian, Language::English}) {
        language.setLanguage(lang);
        const QString prefix = languageCode(lang) + QLatin1Char('-');
        AppWindow window(path, environment, language, preferences);
        window.setAttribute(Qt::WA_DontShowOnScreen);
        window.resize(size);
        window.show();
        settle();
        window.gate()->signInPage()->setVault(window.vault()->officeName(), window.vault()->path(), {Demo::AdminName},
                                              Demo::AdminName);
        save(window, prefix + QStringLiteral("signin"));
        if (!window.signIn(Demo::AdminName, Demo::AdminPassphrase)) {
            result.errors.append(QStringLiteral("sign-in failed"));
            return result;
        }
        for (Section section : AllSections) {
            window.workspaceView()->showSection(section);
            if (section == Section::Accounts) {
                Q_EMIT window.workspace()->accountRequested(1);
            }
            save(window, prefix + screenName(section));
            if (qEnvironmentVariableIsSet("BRANKAS_TOUR_SIZES")) {
                qWarning("%s %d", qPrintable(screenName(section)),
                         window.workspaceView()->page(section)->minimumSizeHint().width());
            }
        }
    }
    return result;
}

} // namespace Brankas
