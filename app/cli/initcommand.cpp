// SPDX-License-Identifier: GPL-3.0-or-later
#include "commands.h"
#include "output.h"

#include <core/domain/referencedata.h>
#include <core/vault/vaultaddress.h>

#include <QDir>
#include <QFileInfo>

namespace Brankas::Cli {

namespace {
void addOptions(QCommandLineParser &parser)
{
    parser.addOption({QStringLiteral("regency"),
                      CliText::tr("Kemendagri code of the office's regency or city, e.g. 72.05 (Kabupaten Buol)."),
                      QStringLiteral("CODE")});
    parser.addOption(
        {QStringLiteral("admin"), CliText::tr("Name of the first administrator."), QStringLiteral("NAME")});
    parser.addOption({QStringLiteral("server"),
                      CliText::tr("Create the vault on a PostgreSQL server instead of in a file: "
                                  "postgresql://USER@HOST[:PORT]/DATABASE[?sslmode=require]. The database must exist "
                                  "and be empty. The server's password comes from ~/.pgpass, a client certificate or "
                                  "the server's own rules; otherwise Brankas asks for it once (the first line of "
                                  "standard input, before the passphrases) and keeps it in this computer's keychain."),
                      QStringLiteral("URL")});
}

int run(Context &context, const QCommandLineParser &parser)
{
    if (!parser.isSet(QStringLiteral("regency")) || !parser.isSet(QStringLiteral("admin"))) {
        printNotice(CliText::tr("brankas-cli init: give --regency CODE and --admin NAME."));
        return UsageError;
    }
    auto reference = ReferenceData::load();
    if (!reference) {
        return fail(reference.error());
    }
    // Refuse a bad regency or an existing file before asking for passphrases.
    if (auto regency = reference.value().findRegency(parser.value(QStringLiteral("regency"))); !regency) {
        return fail(regency.error());
    }
    if (parser.isSet(QStringLiteral("server"))) {
        auto address = VaultAddress::parse(parser.value(QStringLiteral("server")));
        if (!address || !address.value().isServer()) {
            printNotice(CliText::tr("brankas-cli init: --server takes a server address, "
                                    "postgresql://USER@HOST[:PORT]/DATABASE."));
            if (!address) {
                printError(address.error());
            }
            return UsageError;
        }
        context.vaultPath = address.value().toString();
    }
    // --server URL and --vault URL make the same vault.
    if (auto address = VaultAddress::parse(context.vaultPath); address && address.value().isServer()) {
        if (Status enrolled = context.enrolServerPassword(); !enrolled) {
            return fail(enrolled.error());
        }
    } else if (QFileInfo::exists(context.vaultPath)) {
        return fail(Error(ErrorCode::AlreadyExists,
                          QT_TRANSLATE_NOOP("Brankas::Error",
                                            "There is already a file at %1; Brankas will not overwrite it. Choose "
                                            "another name, or open that vault."),
                          {QDir::toNativeSeparators(context.vaultPath)}));
    }
    const QString admin = parser.value(QStringLiteral("admin"));
    auto adminPassphrase = context.passphrases.read(CliText::tr("passphrase of administrator %1").arg(admin), true);
    if (!adminPassphrase) {
        return fail(adminPassphrase.error());
    }
    if (context.passphrases.isInteractive()) {
        printNotice(CliText::tr("Now choose the recovery passphrase: at least four or five words. It will be printed "
                                "on the recovery sheet and kept in the office safe; it is the only way into the "
                                "vault on another computer."));
    }
    auto recoveryPassphrase = context.passphrases.read(CliText::tr("recovery passphrase"), true);
    if (!recoveryPassphrase) {
        return fail(recoveryPassphrase.error());
    }
    NewVault spec{parser.value(QStringLiteral("regency")), admin, adminPassphrase.value().view(),
                  recoveryPassphrase.value().view()};
    auto created = Vault::create(context.vaultPath, spec, reference.value(), context.environment());
    if (!created) {
        return fail(created.error());
    }
    Vault &vault = *created.value().vault;
    const Regency regency = vault.regency();
    printLine(labelled({
        {CliText::tr("Vault created"), QDir::toNativeSeparators(vault.path())},
        {CliText::tr("Office"),
         QStringLiteral("%1 (%2), %3").arg(vault.officeName(), regency.code, vault.provinceName())},
        {CliText::tr("Vault id"), vault.id()},
        {CliText::tr("Administrator"), admin.trimmed()},
    }));
    if (created.value().keychain) {
        printLine(CliText::tr("The vault key is stored in this computer's keychain (%1).")
                      .arg(context.keyStore().backendName()));
    } else {
        printNotice(created.value().keychain.error().message());
        printNotice(CliText::tr("The vault was created, but its key could not be stored in this computer's keychain: "
                                "until an administrator runs brankas-cli recover, the recovery passphrase is needed "
                                "to open it."));
    }
    printLine(CliText::tr("Keep the recovery passphrase on paper in the office safe: without it, the vault cannot be "
                          "opened on another computer."));
    return Success;
}
} // namespace

Command initCommand()
{
    return Command{QStringLiteral("init"),
                   QT_TRANSLATE_NOOP("Brankas::Cli::CliText", "create a new vault for a regency or city office"),
                   {CliText::tr("the first administrator's passphrase"), CliText::tr("the recovery passphrase")},
                   addOptions,
                   run};
}

} // namespace Brankas::Cli
