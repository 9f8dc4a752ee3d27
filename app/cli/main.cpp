#include "commands.h"

#include <core/clock.h>
#include <core/keychain/systemkeystore.h>

#include <QCoreApplication>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("brankas-cli"));
    QCoreApplication::setApplicationVersion(QStringLiteral(BRANKAS_VERSION));
    Brankas::SystemKeyStore keyStore;
    Brankas::SystemClock clock;
    return Brankas::Cli::run(QCoreApplication::arguments(), keyStore, clock);
}
