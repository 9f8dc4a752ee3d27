// SPDX-License-Identifier: GPL-3.0-or-later
#include "pagefixture.h"
#include "pagetesting.h"

#include <core/register/healthcheck.h>
#include <ui/home/countcard.h>
#include <ui/home/findingspanel.h>
#include <ui/home/homepage.h>
#include <ui/home/summarytile.h>
#include <ui/models/findingmodel.h>

#include <QAbstractItemModelTester>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTreeView>

using namespace Brankas;
using namespace Brankas::Testing;

namespace {
QModelIndex findAccount(const QAbstractItemModel &model, qint64 accountId, const QModelIndex &parent = {})
{
    for (int row = 0; row < model.rowCount(parent); ++row) {
        const QModelIndex index = model.index(row, 0, parent);
        if (index.data(FindingModel::AccountIdRole).toLongLong() == accountId) {
            return index;
        }
        if (const QModelIndex found = findAccount(model, accountId, index); found.isValid()) {
            return found;
        }
    }
    return {};
}
} // namespace

class TestHomePage : public QObject
{
    Q_OBJECT

private slots:
    void findingModelPassesTheModelTester();
    void healthCheckWaitsUntilThePageIsShown();
    void tilesAndCardsShowTheCounts();
    void findingsAreGroupedBySeverityCriticalFirst();
    void enterOnAFindingRequestsItsAccount();
    void openButtonAndDoubleClickRequestTheAccount();
    void registerChangeReloads();
    void languageChangeRetranslates();
};

void TestHomePage::findingModelPassesTheModelTester()
{
    PageFixture fixture;
    FindingModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    auto findings = HealthCheck(fixture.vault()).run(QDate(2024, 2, 14));
    QVERIFY(findings);
    QVERIFY(findings->size() > 10);
    model.setFindings(findings.value());
    QCOMPARE(model.count(), findings->size());
    QCOMPARE(model.count(Finding::Severity::Critical), 1);
    model.retranslate();
    model.setFindings({});
    QCOMPARE(model.rowCount(), 0);
}

void TestHomePage::healthCheckWaitsUntilThePageIsShown()
{
    PageFixture fixture;
    HomePage page(*fixture.workspace);
    QSignalSpy loaded(&page, &HomePage::loaded);
    QVERIFY(!page.isLoaded());
    QCoreApplication::processEvents();
    QCOMPARE(loaded.count(), 0); // nothing read while the page is hidden
    page.resize(1366, 768);
    page.show();
    QVERIFY(!page.isLoaded()); // first paint before the health check
    QVERIFY(loaded.wait(5000));
    QVERIFY(page.isLoaded());
}

void TestHomePage::tilesAndCardsShowTheCounts()
{
    PageFixture fixture;
    HomePage page(*fixture.workspace);
    page.reload();
    auto accounts = Accounts(fixture.vault()).list({});
    QVERIFY(accounts);
    QMap<AccountStatus, int> byStatus;
    for (const Account &account : accounts.value()) {
        ++byStatus[account.status];
    }
    QCOMPARE(page.findChild<SummaryTile *>(QStringLiteral("tileTotal"))->valueText(), QStringLiteral("45"));
    QCOMPARE(page.statusTile(AccountStatus::Active)->valueText(), QString::number(byStatus[AccountStatus::Active]));
    QCOMPARE(page.statusTile(AccountStatus::Suspended)->valueText(),
             QString::number(byStatus[AccountStatus::Suspended]));
    QCOMPARE(page.statusTile(AccountStatus::Requested)->valueText(),
             QString::number(byStatus[AccountStatus::Requested]));
    QCOMPARE(page.statusTile(AccountStatus::Active)->caption(), statusDisplayName(AccountStatus::Active));
    QCOMPARE(page.actionTile()->valueText(), QStringLiteral("1"));
    QVERIFY(page.actionTile()->property("alert").toBool());
    QCOMPARE(page.platformCard()->countText(platformDisplayName(Platform::Instagram)), QStringLiteral("11"));
    QCOMPARE(page.platformCard()->countText(platformDisplayName(Platform::YouTube)), QStringLiteral("1"));

    // Terms ending soon: Pemilu 2024 ends 16 days after the fixed clock; Pemilu 2019 is over.
    QStringList terms;
    for (const QLabel *label : page.findChildren<QLabel *>(QStringLiteral("termName"))) {
        terms << label->text().section(QLatin1Char('\n'), 0, 0);
    }
    QCOMPARE(terms, (QStringList{QStringLiteral("Pemilu 2024"), QStringLiteral("Pemilihan 2024")}));
    const auto days = page.findChildren<QLabel *>(QStringLiteral("termDaysLeft"));
    QVERIFY(!days.isEmpty());
    QVERIFY2(days.first()->text().contains(QLatin1String("16")), qPrintable(days.first()->text()));
}

void TestHomePage::findingsAreGroupedBySeverityCriticalFirst()
{
    PageFixture fixture;
    HomePage page(*fixture.workspace);
    page.reload();
    FindingModel *model = page.findings()->model();
    QVERIFY(model->rowCount() >= 2);
    const QModelIndex critical = model->index(0, 0);
    QCOMPARE(critical.data(FindingModel::SeverityRole).toString(), QStringLiteral("critical"));
    const QModelIndex rule = model->index(0, 0, critical);
    QCOMPARE(rule.data(FindingModel::RuleRole).toString(), QStringLiteral("active-past-term"));
    QVERIFY(rule.data().toString().startsWith(ruleTitle(QStringLiteral("active-past-term"))));
    QCOMPARE(rule.data(Qt::ToolTipRole).toString(), ruleExplanation(QStringLiteral("active-past-term")));
    const QModelIndex finding = model->index(0, 0, rule);
    QCOMPARE(finding.data(FindingModel::AccountIdRole).toLongLong(), fixture.pastTermAccount);
    // The most severe finding is selected and explained from the start.
    QCOMPARE(page.findings()->view()->currentIndex(), finding);
    const auto *explanation = page.findChild<QLabel *>(QStringLiteral("findingExplanation"));
    QVERIFY(explanation->text().contains(ruleExplanation(QStringLiteral("active-past-term"))));
    QCOMPARE(page.findChild<QLabel *>(QStringLiteral("needsActionTitle"))->text(), QStringLiteral("Needs action"));
}

void TestHomePage::enterOnAFindingRequestsItsAccount()
{
    PageFixture fixture;
    HomePage page(*fixture.workspace);
    page.resize(1366, 768);
    page.show();
    page.reload();
    QSignalSpy requested(fixture.workspace.get(), &Workspace::accountRequested);
    QTreeView *view = page.findings()->view();
    const QModelIndex finding = findAccount(*view->model(), fixture.pastTermAccount);
    QVERIFY(finding.isValid());
    view->setFocus();
    view->setCurrentIndex(finding);
    QTest::keyClick(view, Qt::Key_Return);
    QCOMPARE(requested.count(), 1);
    QCOMPARE(requested.first().first().toLongLong(), fixture.pastTermAccount);

    // A group row only folds and unfolds.
    view->setCurrentIndex(view->model()->index(0, 0));
    QTest::keyClick(view, Qt::Key_Return);
    QCOMPARE(requested.count(), 1);
}

void TestHomePage::openButtonAndDoubleClickRequestTheAccount()
{
    PageFixture fixture;
    HomePage page(*fixture.workspace);
    page.resize(1366, 768);
    page.show();
    page.reload();
    QSignalSpy requested(fixture.workspace.get(), &Workspace::accountRequested);
    QTreeView *view = page.findings()->view();
    // Some warning finding of another account.
    const QModelIndex warnings = view->model()->index(1, 0);
    const QModelIndex rule = view->model()->index(0, 0, warnings);
    view->expand(rule);
    const QModelIndex finding = view->model()->index(0, 0, rule);
    const qint64 account = finding.data(FindingModel::AccountIdRole).toLongLong();
    QVERIFY(account > 0);
    view->setCurrentIndex(finding);
    auto *open = page.findChild<QPushButton *>(QStringLiteral("openFinding"));
    QVERIFY(open->isEnabled());
    QTest::mouseClick(open, Qt::LeftButton);
    QCOMPARE(requested.count(), 1);
    QCOMPARE(requested.last().first().toLongLong(), account);

    view->scrollTo(finding);
    const QPoint center = view->visualRect(finding).center();
    // A double click arrives after the press and release of its first click.
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, center);
    QTest::mouseDClick(view->viewport(), Qt::LeftButton, {}, center);
    QCOMPARE(requested.count(), 2);
    QCOMPARE(requested.last().first().toLongLong(), account);

    view->setCurrentIndex(rule);
    QVERIFY(!open->isEnabled());
}

void TestHomePage::registerChangeReloads()
{
    PageFixture fixture;
    HomePage page(*fixture.workspace);
    page.resize(1366, 768);
    page.show();
    page.reload();
    fixture.office.changeStatus(fixture.pastTermAccount, AccountStatus::Deactivated,
                                QStringLiteral("Masa tugas berakhir"));
    QSignalSpy loaded(&page, &HomePage::loaded);
    fixture.workspace->notifyRegisterChanged();
    QVERIFY(loaded.wait(5000));
    QCOMPARE(page.actionTile()->valueText(), QStringLiteral("0"));
    QVERIFY(!page.actionTile()->property("alert").toBool());
    QCOMPARE(page.statusTile(AccountStatus::Deactivated)->valueText(), QStringLiteral("1"));
}

void TestHomePage::languageChangeRetranslates()
{
    PageFixture fixture;
    HomePage page(*fixture.workspace);
    page.resize(1366, 768);
    page.show();
    page.reload();
    QSignalSpy loaded(&page, &HomePage::loaded);
    MarkingTranslator marking;
    QCoreApplication::installTranslator(&marking); // Qt sends LanguageChange to every widget
    QCoreApplication::processEvents();
    QCOMPARE(page.findChild<QLabel *>(QStringLiteral("needsActionTitle"))->text(), QStringLiteral("[x] Needs action"));
    QVERIFY(page.findChild<QPushButton *>(QStringLiteral("openFinding"))->text().startsWith(QLatin1String("[x] ")));
    QVERIFY(page.findChild<SummaryTile *>(QStringLiteral("tileTotal"))->caption().startsWith(QLatin1String("[x] ")));
    QVERIFY(page.findings()->model()->headerData(0, Qt::Horizontal).toString().startsWith(QLatin1String("[x] ")));
    // The findings' sentences come from core in the new language: the page asks for them again.
    QVERIFY(loaded.count() > 0 || loaded.wait(5000));
    QCoreApplication::removeTranslator(&marking);
    QCoreApplication::processEvents();
    QCOMPARE(page.findChild<QLabel *>(QStringLiteral("needsActionTitle"))->text(), QStringLiteral("Needs action"));
}

QTEST_MAIN(TestHomePage)
#include "tst_homepage.moc"
