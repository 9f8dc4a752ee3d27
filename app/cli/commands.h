// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "context.h"

#include <QCommandLineParser>
#include <QStringList>

namespace Brankas::Cli {

// One subcommand of brankas-cli. `stdinLines` lists, in order, the lines a script must give on
// standard input; help prints them, because scripts depend on that order.
struct Command
{
    QString name; // "init", "officer add"
    const char *summary;
    QStringList stdinLines;
    void (*addOptions)(QCommandLineParser &parser);
    int (*run)(Context &context, const QCommandLineParser &parser);
};

QList<Command> allCommands();

// Entry point used by main(): parses the global options and runs one command.
int run(const QStringList &arguments, KeyStore &keyStore, const Clock &clock);

// Each command's own file defines these.
Command initCommand();
Command infoCommand();
Command recoverCommand();
Command backupCommand();
Command restoreCommand();
Command recoveryChangeCommand();
Command officerAddCommand();
Command officerListCommand();
Command officerDisableCommand();
Command officerEnableCommand();
Command officerRoleCommand();
Command officerPassphraseCommand();
Command officerResetCommand();
Command vaultCheckCommand();
Command vaultMoveCommand();
Command logListCommand();
Command logVerifyCommand();
Command kecamatanListCommand();
Command kecamatanAddCommand();
Command kecamatanSetCommand();
Command kecamatanRetireCommand();
Command termAddCommand();
Command termExtendCommand();
Command termListCommand();
Command accountAddCommand();
Command accountListCommand();
Command accountSearchCommand();
Command accountShowCommand();
Command accountStatusCommand();
Command accountReviewCommand();
Command accountEditCommand();
Command secretRevealCommand();
Command secretSetCommand();
Command secretHistoryCommand();
Command totpCommand();
Command checkCommand();
Command officeShowCommand();
Command officeSetCommand();
Command handoverCreateCommand();
Command handoverFinalizeCommand();
Command handoverListCommand();
Command reportHandoverCommand();
Command reportRegisterCommand();
Command reportHealthCommand();
Command reportLogCommand();
Command reportRecoverySheetCommand();
Command reportEvaluationCommand();
Command importCommand();
Command exportRegisterCommand();
Command publishCommand();
Command metricsSetCommand();
Command metricsImportCommand();
Command metricsListCommand();
Command evaluationNoteCommand();
Command evaluationNotesCommand();

// Whether the arguments name a command that prints a report or a sheet: those need a QGuiApplication
// (fonts).
bool needsGraphics(const QStringList &arguments);
// Whether they name one that draws charts: Qt Charts needs a QApplication (QGraphicsScene).
bool needsWidgets(const QStringList &arguments);

} // namespace Brankas::Cli
