// SPDX-License-Identifier: GPL-3.0-or-later
#include "commands.h"

#include <core/clock.h>
#include <core/keychain/systemkeystore.h>
#include <core/platform/processhardening.h>

#include <QApplication>
#include <QCoreApplication>
#include <QGuiApplication>

#include <cstdio>
#include <memory>

int main(int argc, char *argv[])
{
    // Before any passphrase is read: no core dump and no debugger of the same user can reach it.
    const Brankas::Status hardened = Brankas::hardenProcess();
    QStringList arguments;
    for (int i = 0; i < argc; ++i) {
        arguments << QString::fromLocal8Bit(argv[i]);
    }
    // Reports lay out text with fonts, which needs a QGuiApplication; brankas-cli runs without a
    // display, so it uses the offscreen platform unless told otherwise. Other commands stay GUI-free.
    std::unique_ptr<QCoreApplication> app;
    if (Brankas::Cli::needsGraphics(arguments)) {
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) {
            qputenv("QT_QPA_PLATFORM", "offscreen");
        }
        if (Brankas::Cli::needsWidgets(arguments)) {
            app = std::make_unique<QApplication>(argc, argv);
        } else {
            app = std::make_unique<QGuiApplication>(argc, argv);
        }
    } else {
        app = std::make_unique<QCoreApplication>(argc, argv);
    }
    QCoreApplication::setApplicationName(QStringLiteral("brankas-cli"));
    QCoreApplication::setApplicationVersion(QStringLiteral(BRANKAS_VERSION));
    if (!hardened) {
        std::fprintf(stderr, "brankas-cli: %s\n", qPrintable(hardened.error().message()));
    }
    Brankas::SystemKeyStore keyStore;
    Brankas::SystemClock clock;
    return Brankas::Cli::run(QCoreApplication::arguments(), keyStore, clock);
}
