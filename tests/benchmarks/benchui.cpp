// SPDX-License-Identifier: GPL-3.0-or-later
// brankas-bench-ui: how the Accounts screen copes with a vault made by brankas-bench-gen.
//
//   brankas-bench-ui --vault PATH [--runs N] [--search TEXT]
//
// Reads the administrator's ("Admin") passphrase and then the recovery passphrase from standard
// input, one per line, like brankas-bench. Measures loading the register into AccountTableModel,
// building AccountFilterModel, each keystroke of typing TEXT (default "momunu") into the filter and
// deleting it again, each platform, status, kecamatan and term choice, sorting by each column, the
// same keystrokes with a QTableView painting the result, then the whole AccountsPage: built after
// sign-in, typed into, and one account's detail panel (histories and its own archive-log entries).
// Prints median and maximum times and the peak resident memory. Runs with QT_QPA_PLATFORM=offscreen.

#include "benchcommon.h"

#include <core/register/accounts.h>
#include <core/vault/vault.h>
#include <ui/accounts/accountfilterbar.h>
#include <ui/accounts/accountspage.h>
#include <ui/app/preferences.h>
#include <ui/app/secretclipboard.h>
#include <ui/app/workspace.h>
#include <ui/models/accountfiltermodel.h>
#include <ui/models/accountlogmodel.h>
#include <ui/models/accounttablemodel.h>

#include <QApplication>
#include <QClipboard>
#include <QCommandLineParser>
#include <QHeaderView>
#include <QLineEdit>
#include <QSettings>
#include <QTableView>
#include <QTemporaryDir>

#include <algorithm>

using namespace Brankas;
using namespace Brankas::Bench;

namespace {

const QString Program = QStringLiteral("brankas-bench-ui");
const QString AdminName = QStringLiteral("Admin");

// Types `text` one character at a time and deletes it again; returns the time of each keystroke.
template <typename SetText>
void typeAndDelete(const QString &text, int runs, SetText setText, QList<double> &typing, QList<double> &deleting,
                   QList<double> *firstKey = nullptr)
{
    for (int run = 0; run < runs; ++run) {
        setText(QString());
        for (qsizetype length = 1; length <= text.size(); ++length) {
            const double spent = timed([&] { setText(text.left(length)); });
            typing << spent;
            if (length == 1 && firstKey) {
                *firstKey << spent;
            }
        }
        for (qsizetype length = text.size() - 1; length >= 0; --length) {
            deleting << timed([&] { setText(text.left(length)); });
        }
    }
}

int run(const QString &path, int runs, const QString &search)
{
    auto signedIn = openSignedIn(path, AdminName);
    if (!signedIn) {
        return failWith(Program, signedIn.error());
    }
    Vault &vault = *signedIn.value()->vault;
    const Clock &clock = signedIn.value()->clock;
    const Session &session = signedIn.value()->session;
    const QDate today = clock.nowUtc().date();
    // Sign-in's scrypt (128 MiB) sets the process peak; the screen's own peak is measured from here.
    PeakMemory memory;
    const double signInPeak = memory.phase();
    const bool phases = memory.resetPhase();
    const double before = memory.phase();
    say(QStringLiteral("Vault:      %1").arg(path));
    say(QStringLiteral("Before:     %1 MiB resident after open, unlock and sign-in (peak %2 MiB, scrypt)")
            .arg(before, 0, 'f', 1)
            .arg(signInPeak, 0, 'f', 1));

    // The register into the table model, and the filter's precomputed keys.
    QList<double> loads, keys;
    AccountTableModel model;
    AccountFilterModel filter;
    for (int i = 0; i < runs; ++i) {
        filter.setSourceModel(nullptr);
        Status loaded;
        loads << timed([&] { loaded = model.load(vault, today); });
        if (!loaded) {
            return failWith(Program, loaded.error());
        }
        keys << timed([&] { filter.setSourceModel(&model); });
    }
    say(QStringLiteral("Accounts:   %1").arg(thousands(model.rowCount())));
    reportTimes(QStringLiteral("AccountTableModel::load (Accounts::list)"), loads);
    reportTimes(QStringLiteral("AccountFilterModel keys + order"), keys);

    QList<double> typing, deleting, first;
    typeAndDelete(
        search, runs, [&](const QString &text) { filter.setText(text); }, typing, deleting, &first);
    filter.setText(search);
    const int found = filter.rowCount();
    filter.setText(QString());
    reportTimes(QStringLiteral("keystroke, typing \"%1\"").arg(search), typing,
                QStringLiteral("-> %1 accounts").arg(found));
    reportTimes(QStringLiteral("  of which the first character"), first);
    reportTimes(QStringLiteral("keystroke, deleting it"), deleting);

    QList<double> platforms, statuses, kecamatan, terms, pastTerm;
    for (int i = 0; i < runs; ++i) {
        for (const Platform platform : allPlatforms()) {
            AccountFilterCriteria criteria;
            criteria.platform = platform;
            platforms << timed([&] { filter.setCriteria(criteria); });
            platforms << timed([&] { filter.setCriteria({}); });
        }
        for (const AccountStatus status : allStatuses()) {
            AccountFilterCriteria criteria;
            criteria.status = status;
            statuses << timed([&] { filter.setCriteria(criteria); });
            statuses << timed([&] { filter.setCriteria({}); });
        }
        AccountFilterCriteria criteria;
        criteria.pastTermOnly = true;
        pastTerm << timed([&] { filter.setCriteria(criteria); });
        pastTerm << timed([&] { filter.setCriteria({}); });
        criteria = {};
        criteria.kecamatanId = model.account(model.rowCount() / 2).kecamatanId;
        kecamatan << timed([&] { filter.setCriteria(criteria); });
        kecamatan << timed([&] { filter.setCriteria({}); });
        criteria = {};
        criteria.termId = model.account(0).termId;
        terms << timed([&] { filter.setCriteria(criteria); });
        terms << timed([&] { filter.setCriteria({}); });
    }
    reportTimes(QStringLiteral("platform combo (choose, then All)"), platforms);
    reportTimes(QStringLiteral("status combo (choose, then All)"), statuses);
    reportTimes(QStringLiteral("\"past its term\" (choose, then All)"), pastTerm);
    reportTimes(QStringLiteral("kecamatan combo (choose, then All)"), kecamatan);
    reportTimes(QStringLiteral("term combo (choose, then All)"), terms);

    QList<double> sorts;
    for (int column = 0; column < AccountTableModel::ColumnCount; ++column) {
        sorts << timed([&] { filter.sort(column, Qt::AscendingOrder); });
        sorts << timed([&] { filter.sort(column, Qt::DescendingOrder); });
    }
    filter.sort(-1);
    reportTimes(QStringLiteral("sort by a column (header click)"), sorts);

    // The same keystrokes with a table view laying out and painting the rows it shows.
    {
        QTableView view;
        view.setModel(&filter);
        view.verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
        view.resize(800, 640);
        view.show();
        QCoreApplication::processEvents();
        QList<double> viewTyping, viewDeleting;
        typeAndDelete(
            search, runs,
            [&](const QString &text) {
                filter.setText(text);
                view.viewport()->repaint();
            },
            viewTyping, viewDeleting);
        reportTimes(QStringLiteral("keystroke + table repaint, typing"), viewTyping);
        reportTimes(QStringLiteral("keystroke + table repaint, deleting"), viewDeleting);
    }
    filter.setSourceModel(nullptr);
    model.setAccounts({}, today);

    // The whole page, as the main window builds it after sign-in.
    QTemporaryDir settingsDir;
    Preferences preferences(
        std::make_unique<QSettings>(settingsDir.filePath(QStringLiteral("b.ini")), QSettings::IniFormat));
    SecretClipboard clipboard(QGuiApplication::clipboard(), clock);
    Workspace workspace(vault, session, preferences, clipboard);
    QList<double> pages, pageTyping, pageDeleting, details, logs;
    for (int i = 0; i < std::min(runs, 3); ++i) {
        std::unique_ptr<AccountsPage> page;
        pages << timed([&] {
            page = std::make_unique<AccountsPage>(workspace);
            page->resize(1366, 700);
            page->show();
            QCoreApplication::processEvents();
        });
        typeAndDelete(
            search, 1,
            [&](const QString &text) {
                page->filterBar()->searchField()->setText(text);
                QCoreApplication::processEvents();
            },
            pageTyping, pageDeleting);
        const qint64 id = page->accountModel()->account(page->accountModel()->rowCount() / 3).id;
        details << timed([&] {
            page->showAccount(id);
            QCoreApplication::processEvents();
        });
        AccountLogModel log;
        logs << timed([&] { static_cast<void>(log.load(vault, id)); });
    }
    reportTimes(QStringLiteral("AccountsPage built and shown"), pages);
    reportTimes(QStringLiteral("page keystroke (+ selection, paint), typing"), pageTyping);
    reportTimes(QStringLiteral("page keystroke, deleting"), pageDeleting);
    reportTimes(QStringLiteral("detail panel for one account"), details);
    reportTimes(QStringLiteral("its archive-log tab (read when opened)"), logs);
    say(QStringLiteral("Peak RSS:   %1 MiB while the models, views and pages above were in use%2; %3 MiB for the "
                       "whole process")
            .arg(memory.phase(), 0, 'f', 1)
            .arg(phases ? QString() : QStringLiteral(" (process-wide: phases not measurable here)"))
            .arg(memory.process(), 0, 'f', 1));
    return 0;
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Measures the Accounts screen on a Brankas vault. Standard input: "
                                                    "the administrator's passphrase, then the recovery passphrase."));
    parser.addHelpOption();
    parser.addOptions(
        {{QStringLiteral("vault"), QStringLiteral("The vault file (sign-ins are appended to its log)."),
          QStringLiteral("PATH")},
         {QStringLiteral("runs"), QStringLiteral("Runs of each measurement (default 7)."), QStringLiteral("N")},
         {QStringLiteral("search"), QStringLiteral("Text typed into the filter (default \"momunu\")."),
          QStringLiteral("TEXT")}});
    parser.process(app);
    const QString path = parser.value(QStringLiteral("vault"));
    if (path.isEmpty()) {
        return failWith(Program, Error(ErrorCode::InvalidInput, "give --vault PATH"));
    }
    const int runs =
        parser.isSet(QStringLiteral("runs")) ? std::max(1, parser.value(QStringLiteral("runs")).toInt()) : 7;
    const QString search =
        parser.isSet(QStringLiteral("search")) ? parser.value(QStringLiteral("search")) : QStringLiteral("momunu");
    return run(path, runs, search);
}
