// SPDX-License-Identifier: GPL-3.0-or-later
#include "pagefixture.h"
#include "pagetesting.h"

#include <core/log/logactions.h>
#include <core/storage/database.h>
#include <ui/log/logfilterbar.h>
#include <ui/log/logpage.h>
#include <ui/models/logentrymodel.h>
#include <ui/models/logentrytext.h>

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QDateEdit>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollBar>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTableView>

using namespace Brankas;
using namespace Brankas::Testing;

namespace {
// Appends many entries in one transaction, as the benchmark generator does, so paging has pages.
void appendEntries(Vault &vault, const Session &budi, int count)
{
    auto transaction = Storage::Transaction::begin(vault.database());
    QVERIFY(transaction);
    QList<LogEvent> events;
    for (int i = 0; i < count; ++i) {
        events.append({QStringLiteral("secret.copied"), QStringLiteral("account:1"),
                       QJsonObject{{QStringLiteral("kind"), QStringLiteral("password")}}});
    }
    const auto signer = vault.signerFor(budi);
    QVERIFY(signer);
    QVERIFY(vault.log().appendAll(QStringLiteral("Budi"), events, &*signer));
    QVERIFY(transaction.value()->commit());
}

// A tamperer edits an entry with plain SQL after dropping the append-only triggers.
void tamper(Vault &vault, const QString &statement)
{
    QSqlQuery query(vault.database().connection());
    QVERIFY(query.exec(QStringLiteral("DROP TRIGGER archive_log_no_update")));
    QVERIFY2(query.exec(statement), qPrintable(statement));
}

QStringList column(const QAbstractItemModel &model, int column)
{
    QStringList values;
    for (int row = 0; row < model.rowCount(); ++row) {
        values << model.index(row, column).data().toString();
    }
    return values;
}

QMessageBox *verifyMessage(LogPage &page)
{
    return page.findChild<QMessageBox *>(QStringLiteral("verifyMessage"));
}
} // namespace

class TestLogPage : public QObject
{
    Q_OBJECT

private slots:
    void modelPassesTheModelTesterWhilePaging();
    void entriesReadAsWords();
    void filtersByOfficerActionKecamatanAndDate();
    void activatingAnAccountEntryRequestsTheAccount();
    void verifyOnAnIntactLogShowsTheFingerprint();
    void verifyOnATamperedLogNamesTheEntry();
    void languageChangeRetranslates();
    void changesElsewhereLeaveOlderEntriesInView();
};

void TestLogPage::modelPassesTheModelTesterWhilePaging()
{
    PageFixture fixture;
    appendEntries(fixture.vault(), fixture.office.budi, LogEntryModel::PageSize + 120);
    const qint64 total = fixture.office.logCount();
    LogEntryModel model(fixture.vault().log());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QVERIFY(model.setFilter({}));
    QCOMPARE(model.rowCount(), LogEntryModel::PageSize);
    QVERIFY(model.canFetchMore({}));
    QCOMPARE(model.index(0, 0).data(LogEntryModel::SeqRole).toLongLong(), total); // newest first
    model.fetchMore({});
    QCOMPARE(model.rowCount(), total);
    QVERIFY(!model.canFetchMore({}));
    // Pages meet without a gap or an overlap.
    for (int row = 0; row < model.rowCount(); ++row) {
        QCOMPARE(model.index(row, 0).data(LogEntryModel::SeqRole).toLongLong(), total - row);
    }
    model.retranslate();
    QVERIFY(model.setFilter({.officer = QStringLiteral("Nobody")}));
    QCOMPARE(model.rowCount(), 0);
}

void TestLogPage::entriesReadAsWords()
{
    PageFixture fixture;
    LogPage page(*fixture.workspace);
    page.reload(); // done on every show
    LogEntryModel *model = page.model();
    const QStringList actions = column(*model, LogEntryModel::ActionColumn);
    QVERIFY(actions.contains(QStringLiteral("Account recorded")));
    QVERIFY(actions.contains(QStringLiteral("Term added")));
    QVERIFY(!actions.contains(QStringLiteral("account.added")));
    const int newest = 0; // the YouTube account of Pemilu 2019 and its password
    QCOMPARE(model->index(newest + 1, LogEntryModel::SubjectColumn).data().toString(),
             QStringLiteral("72.05.01 Momunu · YouTube @panwaslumomunu"));
    const QString details = model->index(newest + 1, LogEntryModel::DetailsColumn).data().toString();
    QVERIFY2(details.contains(QLatin1String("platform: YouTube")), qPrintable(details));
    QVERIFY(model->index(0, LogEntryModel::TimeColumn).data().toString().contains(QLatin1String("2024")));
    // Every known action has words of its own.
    for (const QString &action : LogAction::identifiers()) {
        QVERIFY2(LogAction::words(action) != action, qPrintable(action));
    }
}

void TestLogPage::filtersByOfficerActionKecamatanAndDate()
{
    PageFixture fixture;
    LogPage page(*fixture.workspace);
    page.reload();
    LogFilterBar *filters = page.filterBar();
    LogEntryModel *model = page.model();
    const qint64 total = fixture.office.logCount();
    QCOMPARE(model->rowCount(), total);

    filters->setOfficer(QStringLiteral("Siti"));
    QVERIFY(model->rowCount() > 0);
    QCOMPARE(column(*model, LogEntryModel::OfficerColumn).removeDuplicates(), model->rowCount() - 1);
    QCOMPARE(model->index(0, LogEntryModel::OfficerColumn).data().toString(), QStringLiteral("Siti"));
    filters->setOfficer({});

    filters->setAction(QStringLiteral("term.added"));
    QCOMPARE(model->rowCount(), 3);
    QCOMPARE(column(*model, LogEntryModel::ActionColumn), QStringList(3, QStringLiteral("Term added")));
    filters->setAction({});

    // Every action core can write can be filtered on, in words (report.secrets-printed was missing).
    auto *actionBox = filters->findChild<QComboBox *>(QStringLiteral("logAction"));
    QVERIFY(actionBox);
    for (const QString &action : LogAction::identifiers()) {
        const int item = actionBox->findData(action);
        QVERIFY2(item > 0, qPrintable(action));
        QCOMPARE(actionBox->itemText(item), LogAction::words(action));
    }

    // A kecamatan's entries are those of its accounts: four accounts, each recorded, three with a
    // first password, one of them suspended.
    filters->setKecamatanCode(QStringLiteral("72.05.02"));
    QVERIFY(model->rowCount() >= 4);
    for (const QString &subject : column(*model, LogEntryModel::SubjectColumn)) {
        QVERIFY2(subject.startsWith(QLatin1String("72.05.02 Lakea")), qPrintable(subject));
    }
    filters->setKecamatanCode({});

    // Every entry was written on 14 February 2024 (the fixed clock).
    filters->setDateRange(QDate(2024, 2, 15), {});
    QCOMPARE(model->rowCount(), 0);
    filters->setDateRange(QDate(2024, 2, 14), QDate(2024, 2, 14));
    QCOMPARE(model->rowCount(), total);
    // The calendars start at the first entry: the day before it reads "Any date".
    QCOMPARE(page.findChild<QDateEdit *>(QStringLiteral("logFrom"))->minimumDate(), QDate(2024, 2, 13));

    filters->reset();
    QCOMPARE(model->rowCount(), total);
    QVERIFY(page.findChild<QLabel *>(QStringLiteral("logStatus"))->text().contains(QString::number(total)));
}

void TestLogPage::activatingAnAccountEntryRequestsTheAccount()
{
    PageFixture fixture;
    LogPage page(*fixture.workspace);
    page.resize(1366, 768);
    page.show();
    QSignalSpy requested(fixture.workspace.get(), &Workspace::accountRequested);
    auto *table = page.findChild<QTableView *>(QStringLiteral("logTable"));
    table->setFocus();
    table->setCurrentIndex(page.model()->index(0, 0));
    QTest::keyClick(table, Qt::Key_Return);
    QCOMPARE(requested.count(), 1);
    QCOMPARE(requested.first().first().toLongLong(), fixture.pastTermAccount);
}

void TestLogPage::verifyOnAnIntactLogShowsTheFingerprint()
{
    PageFixture fixture;
    LogPage page(*fixture.workspace);
    page.resize(1366, 768);
    page.show();
    QSignalSpy verified(&page, &LogPage::verified);
    QTest::mouseClick(page.findChild<QPushButton *>(QStringLiteral("verifyLog")), Qt::LeftButton);
    QCOMPARE(verified.count(), 1);
    QVERIFY(verified.first().at(0).toBool());
    const QString fingerprint = fixture.vault().log().headFingerprint().value();
    QVERIFY(!fingerprint.isEmpty());
    const auto *result = page.findChild<QLabel *>(QStringLiteral("verifyResult"));
    QVERIFY(result->isVisible());
    QVERIFY2(result->text().contains(fingerprint), qPrintable(result->text()));
    QMessageBox *box = verifyMessage(page);
    QVERIFY(box);
    QCOMPARE(box->icon(), QMessageBox::Information);
    QVERIFY(box->text().contains(fingerprint));
    box->close();
}

void TestLogPage::verifyOnATamperedLogNamesTheEntry()
{
    PageFixture fixture;
    tamper(fixture.vault(), QStringLiteral("UPDATE archive_log SET details = '{\"to\":\"active\"}' WHERE seq = 12"));
    LogPage page(*fixture.workspace);
    page.resize(1366, 768);
    page.show();
    const auto verification = page.verify();
    QVERIFY(verification);
    QVERIFY(!verification->intact());
    QCOMPARE(verification->problem, LogVerification::Problem::Edited);
    QCOMPARE(verification->firstBadSeq, 12);
    const auto *result = page.findChild<QLabel *>(QStringLiteral("verifyResult"));
    QCOMPARE(result->text(), verification->summary());
    QVERIFY(result->text().contains(QLatin1String("entry 12")));
    QCOMPARE(page.findChild<QWidget *>(QStringLiteral("errorBox")), result->parentWidget());
    QMessageBox *box = verifyMessage(page);
    QVERIFY(box);
    QCOMPARE(box->icon(), QMessageBox::Critical);
    QVERIFY(box->text().contains(QLatin1String("entry 12")));
    box->close();
}

void TestLogPage::languageChangeRetranslates()
{
    PageFixture fixture;
    LogPage page(*fixture.workspace);
    page.reload();
    MarkingTranslator marking;
    QCoreApplication::installTranslator(&marking);
    QCoreApplication::processEvents();
    QCOMPARE(page.findChild<QPushButton *>(QStringLiteral("verifyLog"))->text(), QStringLiteral("[x] Verify"));
    QCOMPARE(page.model()->headerData(LogEntryModel::TimeColumn, Qt::Horizontal).toString(),
             QStringLiteral("[x] Time"));
    QVERIFY(page.model()->index(0, LogEntryModel::ActionColumn).data().toString().startsWith(QLatin1String("[x] ")));
    QCOMPARE(page.findChild<QPushButton *>(QStringLiteral("logResetFilters"))->text(), QStringLiteral("[x] Reset"));
    QCoreApplication::removeTranslator(&marking);
    QCoreApplication::processEvents();
    QCOMPARE(page.findChild<QPushButton *>(QStringLiteral("verifyLog"))->text(), QStringLiteral("Verify"));
}

// Another PC signs in while the officer reads older entries: the list does not jump back to the top.
// At the top, or after a change made here, it shows the newest entries.
void TestLogPage::changesElsewhereLeaveOlderEntriesInView()
{
    PageFixture fixture;
    appendEntries(fixture.vault(), fixture.office.budi, LogEntryModel::PageSize);
    LogPage page(*fixture.workspace);
    page.setAttribute(Qt::WA_DontShowOnScreen);
    page.resize(1200, 600);
    page.show();
    auto *table = page.findChild<QTableView *>(QStringLiteral("logTable"));
    QVERIFY(table);
    QScrollBar *scroll = table->verticalScrollBar();
    QTRY_VERIFY(scroll->maximum() > 0);
    scroll->setValue(scroll->maximum() / 2);
    const int reading = scroll->value();
    const qint64 newestShown = page.model()->index(0, 0).data(LogEntryModel::SeqRole).toLongLong();

    appendEntries(fixture.vault(), fixture.office.budi, 1);
    fixture.workspace->notifyChangedElsewhere();
    QCOMPARE(scroll->value(), reading);
    QCOMPARE(page.model()->index(0, 0).data(LogEntryModel::SeqRole).toLongLong(), newestShown);

    scroll->setValue(0);
    fixture.workspace->notifyChangedElsewhere();
    QCOMPARE(page.model()->index(0, 0).data(LogEntryModel::SeqRole).toLongLong(), newestShown + 1);
    scroll->setValue(scroll->maximum() / 2);
    appendEntries(fixture.vault(), fixture.office.budi, 1);
    fixture.workspace->notifyRegisterChanged();
    QCOMPARE(page.model()->index(0, 0).data(LogEntryModel::SeqRole).toLongLong(), newestShown + 2);
}

QTEST_MAIN(TestLogPage)
#include "tst_logpage.moc"
