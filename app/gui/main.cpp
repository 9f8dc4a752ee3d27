#include <core/clock.h>
#include <core/i18n/language.h>
#include <core/keychain/systemkeystore.h>
#include <core/vault/vault.h>
#include <ui/startwindow.h>

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QPixmap>
#include <QProcessEnvironment>
#include <QRegularExpression>

namespace {
// Option help, in the Brankas::Gui context: text(QT_TRANSLATE_NOOP("Brankas::Gui", "...")).
QString text(const char *sourceText)
{
    return QCoreApplication::translate("Brankas::Gui", sourceText);
}

// Renders the window offscreen into a PNG (for the README and for reviewing the look) and ends.
int saveScreenshot(QWidget &window, const QString &file, const QString &size)
{
    static const QRegularExpression format(QStringLiteral("^(\\d+)x(\\d+)$"));
    const auto match = format.match(size);
    if (!match.hasMatch()) {
        qWarning("brankas: --screenshot-size wants WIDTHxHEIGHT, e.g. 1366x768");
        return 2;
    }
    window.setAttribute(Qt::WA_DontShowOnScreen);
    window.resize(match.captured(1).toInt(), match.captured(2).toInt());
    window.show();
    QCoreApplication::processEvents();
    if (!window.grab().save(file, "PNG")) {
        qWarning("brankas: cannot write %s", qPrintable(file));
        return 1;
    }
    return 0;
}
} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("Brankas"));
    QApplication::setOrganizationName(QString());
    QApplication::setApplicationVersion(QStringLiteral(BRANKAS_VERSION));

    // Indonesian unless BRANKAS_LANG or --lang says otherwise, as for brankas-cli.
    Brankas::LanguageSwitcher language;
    const QString fromEnvironment = QProcessEnvironment::systemEnvironment().value(QStringLiteral("BRANKAS_LANG"));
    language.setLanguage(Brankas::languageFromCode(fromEnvironment).value_or(Brankas::Language::Indonesian));

    QCommandLineParser parser;
    parser.setApplicationDescription(text(QT_TRANSLATE_NOOP(
        "Brankas::Gui", "Register and encrypted password archive of the Panwaslu Kecamatan social-media accounts.")));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption vaultOption(QStringLiteral("vault"),
                                         text(QT_TRANSLATE_NOOP("Brankas::Gui", "The vault file (default: %1)."))
                                             .arg(QDir::toNativeSeparators(Brankas::defaultVaultPath())),
                                         QStringLiteral("PATH"), Brankas::defaultVaultPath());
    const QCommandLineOption languageOption(QStringLiteral("lang"),
                                            text(QT_TRANSLATE_NOOP("Brankas::Gui", "Language: id (default) or en.")),
                                            QStringLiteral("id|en"));
    const QCommandLineOption screenshotOption(
        QStringLiteral("screenshot"),
        text(QT_TRANSLATE_NOOP("Brankas::Gui", "Save a picture of the window as a PNG file and quit.")),
        QStringLiteral("FILE"));
    const QCommandLineOption sizeOption(
        QStringLiteral("screenshot-size"),
        text(QT_TRANSLATE_NOOP("Brankas::Gui", "Size of that picture (default: 1366x768).")), QStringLiteral("WxH"),
        QStringLiteral("1366x768"));
    parser.addOptions({vaultOption, languageOption, screenshotOption, sizeOption});
    parser.process(app);

    if (parser.isSet(languageOption)) {
        const auto chosen = Brankas::languageFromCode(parser.value(languageOption));
        if (!chosen) {
            qWarning("brankas: unknown language \"%s\"; use id or en.", qPrintable(parser.value(languageOption)));
        }
        language.setLanguage(chosen.value_or(Brankas::Language::Indonesian));
    }

    Brankas::SystemKeyStore keyStore;
    Brankas::SystemClock clock;
    const QString vaultPath = parser.value(vaultOption);
    Brankas::StartWindow window(vaultPath.isEmpty() ? Brankas::defaultVaultPath() : vaultPath,
                                Brankas::VaultEnvironment{keyStore, clock, {}}, language);
    if (parser.isSet(screenshotOption)) {
        return saveScreenshot(window, parser.value(screenshotOption), parser.value(sizeOption));
    }
    window.show();
    return QApplication::exec();
}
