// SPDX-License-Identifier: GPL-3.0-or-later
#include "commands.h"
#include "output.h"
#include "parsing.h"

#include <core/vault/vault.h>

#include <QDir>
#include <QJsonObject>

namespace Brankas::Cli {

namespace {
// Needs no passphrase: it shows nothing secret, and it opens the vault read-only, so it works
// while the GUI has the vault open.
int run(Context &context, const QCommandLineParser &parser)
{
    auto opened = Vault::open(context.vaultPath, Vault::Access::ReadOnly, context.environment());
    if (!opened) {
        return fail(opened.error());
    }
    Vault &vault = *opened.value();
    auto counts = vault.counts();
    if (!counts) {
        return fail(counts.error());
    }
    const KeychainState keychain = vault.keychainState();
    const Regency regency = vault.regency();
    if (parser.isSet(QStringLiteral("json"))) {
        printJson(QJsonDocument(QJsonObject{
            {QStringLiteral("path"), QDir::toNativeSeparators(vault.path())},
            {QStringLiteral("vaultId"), vault.id()},
            {QStringLiteral("office"), vault.officeName()},
            {QStringLiteral("regencyCode"), regency.code},
            {QStringLiteral("regencyName"), regency.name},
            {QStringLiteral("provinceName"), vault.provinceName()},
            {QStringLiteral("createdAt"), vault.createdAt().toString(Qt::ISODateWithMs)},
            {QStringLiteral("schemaVersion"), vault.schemaVersion()},
            {QStringLiteral("officers"), counts.value().officers},
            {QStringLiteral("logEntries"), counts.value().logEntries},
            {QStringLiteral("keychain"), QJsonObject{{QStringLiteral("state"), keychain.id()},
                                                     {QStringLiteral("backend"), keychain.backend},
                                                     {QStringLiteral("message"), keychain.description()}}},
        }));
        return Success;
    }
    printLine(labelled({
        {CliText::tr("Vault"), QDir::toNativeSeparators(vault.path())},
        {CliText::tr("Vault id"), vault.id()},
        {CliText::tr("Office"),
         QStringLiteral("%1 (%2), %3").arg(vault.officeName(), regency.code, vault.provinceName())},
        {CliText::tr("Created"), QLocale().toString(vault.createdAt().toLocalTime(), QLocale::LongFormat)},
        {CliText::tr("Vault format"), CliText::tr("%1 (this version of Brankas reads up to %2)")
                                          .arg(vault.schemaVersion())
                                          .arg(Vault::latestSchemaVersion())},
        {CliText::tr("Officers"), QString::number(counts.value().officers)},
        {CliText::tr("Log entries"), QString::number(counts.value().logEntries)},
        {CliText::tr("Keychain"), keychain.description()},
    }));
    return Success;
}
} // namespace

Command infoCommand()
{
    return Command{
        QStringLiteral("info"),
        QT_TRANSLATE_NOOP("Brankas::Cli::CliText", "show the vault's id, office, format, counts and keychain state"),
        {},
        addJsonOption,
        run};
}

} // namespace Brankas::Cli
