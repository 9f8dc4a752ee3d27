// SPDX-License-Identifier: GPL-3.0-or-later
#include <core/clock.h>
#include <core/i18n/language.h>
#include <core/keychain/systemkeystore.h>
#include <core/platform/processhardening.h>
#include <core/vault/vault.h>
#include <core/vault/vaultaddress.h>
#include <ui/app/preferences.h>
#include <ui/app/vaultplace.h>
#include <ui/demo/screenshottour.h>
#include <ui/shell/appwindow.h>

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <QIcon>
#include <QPixmap>
#include <QProcessEnvironment>
#include <QRegularExpression>
#include <QTimer>

namespace {
// Option help, in the Brankas::Gui context: text(QT_TRANSLATE_NOOP("Brankas::Gui", "...")).
QString text(const char *sourceText)
{
    return QCoreApplication::translate("Brankas::Gui", sourceText);
}

std::optional<QSize> parseSize(const QString &size)
{
    static const QRegularExpression format(QStringLiteral("^(\\d+)x(\\d+)$"));
    const auto match = format.match(size);
    if (!match.hasMatch()) {
        qWarning("brankas: --screenshot-size wants WIDTHxHEIGHT, e.g. 1366x768");
        return std::nullopt;
    }
    return QSize(match.captured(1).toInt(), match.captured(2).toInt());
}

// Renders the window offscreen into a PNG (for reviewing the look) and ends.
int saveScreenshot(QWidget &window, const QString &file, QSize size)
{
    window.setAttribute(Qt::WA_DontShowOnScreen);
    window.resize(size);
    window.show();
    for (int i = 0; i < 5; ++i) {
        QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
    }
    if (!window.grab().save(file, "PNG")) {
        qWarning("brankas: cannot write %s", qPrintable(file));
        return 1;
    }
    return 0;
}
} // namespace

int main(int argc, char *argv[])
{
    // Before any passphrase is typed: no core dump and no debugger of the same user can reach it.
    const Brankas::Status hardened = Brankas::hardenProcess();
    QApplication app(argc, argv);
    if (!hardened) {
        qWarning("brankas: %s", qPrintable(hardened.error().message()));
    }
    QApplication::setApplicationName(QStringLiteral("Brankas"));
    QApplication::setOrganizationName(QStringLiteral("Brankas"));
    QApplication::setApplicationVersion(QStringLiteral(BRANKAS_VERSION));
    // The desktop matches the window to its .desktop entry and icon by this name (packaging/).
    QApplication::setDesktopFileName(QStringLiteral(BRANKAS_APP_ID));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/brankas.svg")));

    Brankas::Preferences preferences(
        std::make_unique<QSettings>(QSettings::UserScope, QStringLiteral("Brankas"), QStringLiteral("Brankas")));
    // --lang, then BRANKAS_LANG, then the language chosen last time on this PC; Indonesian by default.
    Brankas::LanguageSwitcher language;
    const QString fromEnvironment = QProcessEnvironment::systemEnvironment().value(QStringLiteral("BRANKAS_LANG"));
    language.setLanguage(Brankas::languageFromCode(fromEnvironment).value_or(preferences.language()));

    QCommandLineParser parser;
    parser.setApplicationDescription(text(QT_TRANSLATE_NOOP(
        "Brankas::Gui", "Register and encrypted password archive of the Panwaslu Kecamatan social-media accounts.")));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption vaultOption(
        QStringLiteral("vault"),
        text(QT_TRANSLATE_NOOP("Brankas::Gui",
                               "The vault file or server address (default: the vault opened last, or %1)."))
            .arg(QDir::toNativeSeparators(Brankas::defaultVaultPath())),
        QStringLiteral("PATH"), Brankas::defaultVaultPath());
    const QCommandLineOption languageOption(QStringLiteral("lang"),
                                            text(QT_TRANSLATE_NOOP("Brankas::Gui", "Language: id (default) or en.")),
                                            QStringLiteral("id|en"));
    const QCommandLineOption screenshotOption(
        QStringLiteral("screenshot"),
        text(QT_TRANSLATE_NOOP("Brankas::Gui", "Save a picture of the window as a PNG file and quit.")),
        QStringLiteral("FILE"));
    const QCommandLineOption tourOption(
        QStringLiteral("screenshots"),
        text(QT_TRANSLATE_NOOP("Brankas::Gui", "Save pictures of the main screens, dialogs and wizard steps, signed "
                                               "in to a demo vault, in both languages, into a folder, and quit. Fails "
                                               "when one of them needs more room than the screen gives.")),
        QStringLiteral("FOLDER"));
    const QCommandLineOption sizeOption(
        QStringLiteral("screenshot-size"),
        text(QT_TRANSLATE_NOOP("Brankas::Gui", "The screen those pictures are for, in logical pixels (default: "
                                               "1366x768; 1280x720 for 1920x1080 at 150 %, with QT_SCALE_FACTOR=1.5). "
                                               "The window fills it less a taskbar and a title bar.")),
        QStringLiteral("WxH"), QStringLiteral("1366x768"));
    parser.addOptions({vaultOption, languageOption, screenshotOption, tourOption, sizeOption});
    parser.process(app);

    if (parser.isSet(languageOption)) {
        const auto chosen = Brankas::languageFromCode(parser.value(languageOption));
        if (!chosen) {
            qWarning("brankas: unknown language \"%s\"; use id or en.", qPrintable(parser.value(languageOption)));
        }
        language.setLanguage(chosen.value_or(Brankas::Language::Indonesian));
    }
    const auto size = parseSize(parser.value(sizeOption));
    if (!size) {
        return 2;
    }
    if (parser.isSet(tourOption)) {
        const auto tour = Brankas::renderScreenshotTour(parser.value(tourOption), language, *size);
        for (const QString &line : tour.measured) {
            qInfo("%s", qPrintable(line));
        }
        for (const QString &crowded : tour.crowded) {
            qWarning("brankas: too little room: %s", qPrintable(crowded));
        }
        for (const QString &keyboard : tour.keyboard) {
            qWarning("brankas: keyboard: %s", qPrintable(keyboard));
        }
        for (const QString &error : tour.errors) {
            qWarning("brankas: %s", qPrintable(error));
        }
        return tour.errors.isEmpty() && tour.crowded.isEmpty() && tour.keyboard.isEmpty() ? 0 : 1;
    }

    Brankas::SystemKeyStore keyStore;
    Brankas::SystemClock clock;
    QString vaultPath = parser.value(vaultOption);
    // As brankas-cli: a malformed address, or one with a password in it, is refused before anything
    // shows it (a password never reaches the window, its settings or its recent list).
    if (auto address = Brankas::VaultAddress::parse(vaultPath); parser.isSet(vaultOption) && !address) {
        qWarning("brankas: %s", qPrintable(address.error().message()));
        return 2;
    }
    if (!parser.isSet(vaultOption)) {
        // The vault opened last on this PC (a PC of an office whose vault is on a server opens
        // that one), while it is still there; the default file otherwise.
        const QStringList recent = preferences.recentVaults();
        if (!recent.isEmpty() && (Brankas::VaultPlace::isServer(recent.first()) || QFileInfo::exists(recent.first()))) {
            vaultPath = recent.first();
        }
    }
    Brankas::AppWindow window(vaultPath.isEmpty() ? Brankas::defaultVaultPath() : vaultPath,
                              Brankas::VaultEnvironment{keyStore, clock, {}}, language, preferences);
    if (parser.isSet(screenshotOption)) {
        return saveScreenshot(window, parser.value(screenshotOption), *size);
    }
    window.showRemembered();
    window.setUpIfNoVault();
    return QApplication::exec();
}
