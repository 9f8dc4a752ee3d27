// SPDX-License-Identifier: GPL-3.0-or-later
#include "accounttesting.h"

#include <core/log/logactions.h>
#include <ui/models/accountfiltermodel.h>
#include <ui/models/accountlogmodel.h>
#include <ui/models/accounttablemodel.h>
#include <ui/models/kecamatanlistmodel.h>
#include <ui/models/logentrytext.h>
#include <ui/models/passwordhistorymodel.h>
#include <ui/models/statushistorymodel.h>
#include <ui/models/termlistmodel.h>

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QSignalSpy>

using namespace Brankas;
using namespace Brankas::Testing;

namespace {
using Mode = QAbstractItemModelTester::FailureReportingMode;

// Every string any role of any cell shows, to prove a secret never appears in a model.
QStringList everyText(const QAbstractItemModel &model)
{
    QStringList texts;
    for (int row = 0; row < model.rowCount(); ++row) {
        for (int column = 0; column < model.columnCount(); ++column) {
            for (const int role : {int(Qt::DisplayRole), int(Qt::ToolTipRole), int(Qt::UserRole + 1)}) {
                texts << model.index(row, column).data(role).toString();
            }
        }
    }
    return texts;
}

QList<qint64> shownIds(const AccountFilterModel &filter)
{
    QList<qint64> ids;
    for (int row = 0; row < filter.rowCount(); ++row) {
        ids << filter.index(row, 0).data(AccountTableModel::AccountIdRole).toLongLong();
    }
    return ids;
}

// What the filter must show, worked out the slow and obvious way.
QList<qint64> expectedIds(const AccountTableModel &model, const AccountFilterCriteria &criteria)
{
    QStringList words = criteria.text.toLower().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    for (QString &word : words) {
        if (word.startsWith(QLatin1Char('@'))) {
            word.remove(0, 1);
        }
    }
    QList<qint64> ids;
    for (int row = 0; row < model.rowCount(); ++row) {
        const Account &a = model.account(row);
        const QString text =
            QStringList{a.handle, a.displayName, a.kecamatanName, a.kecamatanCode, a.email, a.phone, a.holder}
                .join(QChar(0x1f))
                .toLower();
        bool ok = (!criteria.platform || a.platform == *criteria.platform) &&
                  (!criteria.status || a.status == *criteria.status) &&
                  (!criteria.pastTermOnly || model.isPastTerm(row)) &&
                  (criteria.kecamatanId == 0 || a.kecamatanId == criteria.kecamatanId) &&
                  (!criteria.termId || a.termId == *criteria.termId);
        for (const QString &word : words) {
            ok = ok && text.contains(word);
        }
        if (ok) {
            ids << a.id;
        }
    }
    std::sort(ids.begin(), ids.end());
    return ids;
}

QList<qint64> sorted(QList<qint64> ids)
{
    std::sort(ids.begin(), ids.end());
    return ids;
}
} // namespace

class TestAccountModels : public QObject
{
    Q_OBJECT

private slots:
    void accountTableShowsTheRegister();
    void accountTableMarksAccountsPastTheirTerm();
    void filterMatchesWhatItShould_data();
    void filterMatchesWhatItShould();
    void typingOnNarrowsAndBackspaceWidens();
    void sortingKeepsFilterAndSelection();
    void filterFollowsAReload();
    void statusHistoryIsNewestFirst();
    void passwordHistoryHoldsNoValues();
    void accountLogHasOnlyThisAccountsEntries();
    void kecamatanListHasAnAllRow();
    void termListHasAllAndNoTermRows();
};

void TestAccountModels::accountTableShowsTheRegister()
{
    AccountsOffice office;
    AccountTableModel model;
    QAbstractItemModelTester tester(&model, Mode::Fatal);
    QVERIFY(model.load(*office.office.vault, office.office.t.clock.nowUtc().date()).ok());
    QCOMPARE(model.rowCount(), 33);
    QCOMPARE(model.columnCount(), int(AccountTableModel::ColumnCount));
    const int row = model.rowOf(office.momunuInstagram);
    QVERIFY(row >= 0);
    QCOMPARE(model.index(row, AccountTableModel::HandleColumn).data().toString(), QStringLiteral("@panwaslu.momunu"));
    QCOMPARE(model.index(row, AccountTableModel::KecamatanColumn).data().toString(), QStringLiteral("Momunu"));
    QCOMPARE(model.index(row, AccountTableModel::PlatformColumn).data().toString(), QStringLiteral("Instagram"));
    QCOMPARE(model.index(row, AccountTableModel::TermColumn).data().toString(), QStringLiteral("Pemilu 2024"));
    QCOMPARE(model.index(row, AccountTableModel::StatusColumn).data().toString(),
             statusDisplayName(AccountStatus::Active));
    // Colour-blind safe: the status carries an icon and its name, and the platform its icon.
    QVERIFY(!model.index(row, AccountTableModel::StatusColumn).data(Qt::DecorationRole).value<QIcon>().isNull());
    QVERIFY(!model.index(row, AccountTableModel::PlatformColumn).data(Qt::DecorationRole).value<QIcon>().isNull());
    QVERIFY(!model.index(row, 0).data(Qt::DecorationRole).value<QIcon>().pixmap(16, 16).isNull());
    QCOMPARE(model.index(row, 0).data(AccountTableModel::AccountIdRole).toLongLong(), office.momunuInstagram);
    QVERIFY(!everyText(model).join(QLatin1Char('\n')).contains(QString::fromUtf8(MomunuPassword)));
    model.retranslate();
}

void TestAccountModels::accountTableMarksAccountsPastTheirTerm()
{
    AccountsOffice office;
    AccountTableModel model;
    QAbstractItemModelTester tester(&model, Mode::Fatal);
    QVERIFY(model.load(*office.office.vault, office.office.t.clock.nowUtc().date()).ok());
    const int row = model.rowOf(office.lakeaX);
    QVERIFY(model.isPastTerm(row));
    QVERIFY(model.index(row, 0).data(AccountTableModel::PastTermRole).toBool());
    const QString status = model.index(row, AccountTableModel::StatusColumn).data().toString();
    QVERIFY2(status.contains(statusDisplayName(AccountStatus::Active)) && status.size() > 8, qPrintable(status));
    QVERIFY(!model.isPastTerm(model.rowOf(office.momunuInstagram)));
    int pastTerm = 0;
    for (int i = 0; i < model.rowCount(); ++i) {
        pastTerm += model.isPastTerm(i) ? 1 : 0;
    }
    QCOMPARE(pastTerm, 1);
}

void TestAccountModels::filterMatchesWhatItShould_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("platform"); // -1: any
    QTest::addColumn<int>("status");   // -1: any
    QTest::addColumn<bool>("pastTerm");
    QTest::addColumn<int>("expected");
    QTest::newRow("everything") << QString() << -1 << -1 << false << 33;
    QTest::newRow("kecamatan name") << QStringLiteral("momunu") << -1 << -1 << false << 3;
    QTest::newRow("any case") << QStringLiteral("MoMuNu") << -1 << -1 << false << 3;
    QTest::newRow("at sign") << QStringLiteral("@panwaslu.lakea") << -1 << -1 << false << 2;
    QTest::newRow("two words") << QStringLiteral("paleleh barat") << -1 << -1 << false << 3;
    QTest::newRow("e-mail") << QStringLiteral("humas.biau@") << -1 << -1 << false << 3;
    QTest::newRow("kecamatan code") << QStringLiteral("72.05.10") << -1 << -1 << false << 3;
    QTest::newRow("holder") << QStringLiteral("sekretariat") << -1 << -1 << false << 3;
    QTest::newRow("no match") << QStringLiteral("jakarta") << -1 << -1 << false << 0;
    QTest::newRow("platform") << QString() << int(Platform::X) << -1 << false << 11;
    QTest::newRow("platform and text") << QStringLiteral("paleleh") << int(Platform::Instagram) << -1 << false << 2;
    QTest::newRow("status") << QString() << -1 << int(AccountStatus::Suspended) << false << 1;
    QTest::newRow("past term") << QString() << -1 << -1 << true << 1;
}

void TestAccountModels::filterMatchesWhatItShould()
{
    QFETCH(QString, text);
    QFETCH(int, platform);
    QFETCH(int, status);
    QFETCH(bool, pastTerm);
    QFETCH(int, expected);
    AccountsOffice office;
    AccountTableModel model;
    QVERIFY(model.load(*office.office.vault, office.office.t.clock.nowUtc().date()).ok());
    AccountFilterModel filter;
    QAbstractItemModelTester tester(&filter, Mode::Fatal);
    filter.setSourceModel(&model);
    AccountFilterCriteria criteria;
    criteria.text = text;
    if (platform >= 0) {
        criteria.platform = Platform(platform);
    }
    if (status >= 0) {
        criteria.status = AccountStatus(status);
    }
    criteria.pastTermOnly = pastTerm;
    filter.setCriteria(criteria);
    QCOMPARE(filter.rowCount(), expected);
    QCOMPARE(filter.shownCount(), expected);
    QCOMPARE(filter.totalCount(), 33);
    QCOMPARE(sorted(shownIds(filter)), expectedIds(model, criteria));
}

void TestAccountModels::typingOnNarrowsAndBackspaceWidens()
{
    AccountsOffice office;
    AccountTableModel model;
    QVERIFY(model.load(*office.office.vault, office.office.t.clock.nowUtc().date()).ok());
    AccountFilterModel filter;
    QAbstractItemModelTester tester(&filter, Mode::Fatal);
    filter.setSourceModel(&model);
    QSignalSpy filtered(&filter, &AccountFilterModel::filtered);
    const QString typed = QStringLiteral("paleleh bar");
    for (int length = 1; length <= typed.size(); ++length) {
        filter.setText(typed.left(length));
        AccountFilterCriteria criteria;
        criteria.text = typed.left(length);
        QCOMPARE(sorted(shownIds(filter)), expectedIds(model, criteria));
    }
    QCOMPARE(filter.rowCount(), 3);
    for (int length = typed.size() - 1; length >= 0; --length) {
        filter.setText(typed.left(length));
        AccountFilterCriteria criteria;
        criteria.text = typed.left(length);
        QCOMPARE(sorted(shownIds(filter)), expectedIds(model, criteria));
    }
    QCOMPARE(filter.rowCount(), 33);
    // A kecamatan and a term narrow too; the "No term" choice finds none here.
    AccountFilterCriteria criteria;
    criteria.kecamatanId = model.account(model.rowOf(office.momunuInstagram)).kecamatanId;
    criteria.termId = office.pemilu2024.id;
    filter.setCriteria(criteria);
    QCOMPARE(filter.rowCount(), 3);
    criteria.termId = 0;
    filter.setCriteria(criteria);
    QCOMPARE(filter.rowCount(), 0);
    QVERIFY(filtered.count() > 0);
}

void TestAccountModels::sortingKeepsFilterAndSelection()
{
    AccountsOffice office;
    AccountTableModel model;
    QVERIFY(model.load(*office.office.vault, office.office.t.clock.nowUtc().date()).ok());
    AccountFilterModel filter;
    QAbstractItemModelTester tester(&filter, Mode::Fatal);
    filter.setSourceModel(&model);
    filter.setText(QStringLiteral("panwaslu."));
    QCOMPARE(filter.rowCount(), 22); // Instagram and Facebook handles
    const QPersistentModelIndex kept = filter.mapFromSource(model.index(model.rowOf(office.bokatFacebook), 1));
    QVERIFY(kept.isValid());

    filter.sort(AccountTableModel::HandleColumn, Qt::DescendingOrder);
    QCOMPARE(filter.rowCount(), 22);
    QVERIFY(kept.isValid());
    QCOMPARE(kept.data(AccountTableModel::AccountIdRole).toLongLong(), office.bokatFacebook);
    QString previous;
    for (int row = 0; row < filter.rowCount(); ++row) {
        const QString handle = filter.index(row, AccountTableModel::HandleColumn).data().toString().toLower();
        QVERIFY2(previous.isEmpty() || previous >= handle, qPrintable(previous + QStringLiteral(" < ") + handle));
        previous = handle;
    }
    for (int column = 0; column < AccountTableModel::ColumnCount; ++column) {
        filter.sort(column, Qt::AscendingOrder);
        QCOMPARE(filter.rowCount(), 22);
    }
    filter.sort(AccountTableModel::StatusColumn, Qt::AscendingOrder);
    QCOMPARE(AccountStatus(filter.index(0, AccountTableModel::StatusColumn).data(AccountTableModel::SortRole).toInt()),
             AccountStatus::Active);
    filter.sort(-1);
    QCOMPARE(filter.index(0, AccountTableModel::KecamatanColumn).data().toString(), QStringLiteral("Biau"));
}

void TestAccountModels::filterFollowsAReload()
{
    AccountsOffice office;
    AccountTableModel model;
    QVERIFY(model.load(*office.office.vault, office.office.t.clock.nowUtc().date()).ok());
    AccountFilterModel filter;
    QAbstractItemModelTester tester(&filter, Mode::Fatal);
    filter.setSourceModel(&model);
    filter.setText(QStringLiteral("momunu"));
    QCOMPARE(filter.rowCount(), 3);
    NewAccount spec = newAccount(QStringLiteral("72.05.01"), Platform::TikTok, QStringLiteral("panwaslu.momunu"));
    office.office.addAccount(spec);
    QVERIFY(model.load(*office.office.vault, office.office.t.clock.nowUtc().date()).ok());
    QCOMPARE(filter.rowCount(), 4);
    QCOMPARE(filter.totalCount(), 34);
    model.retranslate();
}

void TestAccountModels::statusHistoryIsNewestFirst()
{
    AccountsOffice office;
    StatusHistoryModel model;
    QAbstractItemModelTester tester(&model, Mode::Fatal);
    QVERIFY(model.load(*office.office.vault, office.bokatFacebook).ok());
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.index(0, StatusHistoryModel::ReasonColumn).data().toString(), QStringLiteral("Diretas"));
    QVERIFY(model.index(0, StatusHistoryModel::ChangeColumn)
                .data()
                .toString()
                .contains(statusDisplayName(AccountStatus::Suspended)));
    QCOMPARE(model.index(0, StatusHistoryModel::OfficerColumn).data().toString(), QStringLiteral("Budi"));
    QVERIFY(!model.index(0, StatusHistoryModel::ChangeColumn).data(Qt::DecorationRole).value<QIcon>().isNull());
    QCOMPARE(model.index(1, StatusHistoryModel::ReasonColumn).data().toString(), reasonDisplayText(RecordedReason));
    model.retranslate();
    model.clear();
    QCOMPARE(model.rowCount(), 0);
}

void TestAccountModels::passwordHistoryHoldsNoValues()
{
    AccountsOffice office;
    office.office.t.clock.advance(3600 * 1000);
    require(Secrets(*office.office.vault)
                .set(office.office.budi, office.momunuInstagram, SecretKind::Password, secret("Baru-Sekali-2024"),
                     QStringLiteral("Serah terima")),
            "rotate");
    PasswordHistoryModel model;
    QAbstractItemModelTester tester(&model, Mode::Fatal);
    QVERIFY(model.load(*office.office.vault, office.momunuInstagram).ok());
    QCOMPARE(model.rowCount(), 2); // passwords only: the TOTP key is not listed
    QCOMPARE(model.index(0, PasswordHistoryModel::ReasonColumn).data().toString(), QStringLiteral("Serah terima"));
    QCOMPARE(model.index(0, PasswordHistoryModel::OfficerColumn).data().toString(), QStringLiteral("Budi"));
    QVERIFY(model.index(0, PasswordHistoryModel::SetAtColumn).data().toString().size() > 10);
    const QString all = everyText(model).join(QLatin1Char('\n'));
    QVERIFY(!all.contains(QStringLiteral("Baru-Sekali-2024")));
    QVERIFY(!all.contains(QString::fromUtf8(MomunuPassword)));

    PasswordHistoryModel everyKind;
    QAbstractItemModelTester everyTester(&everyKind, Mode::Fatal);
    everyKind.setKind(std::nullopt);
    QVERIFY(everyKind.load(*office.office.vault, office.momunuInstagram).ok());
    QCOMPARE(everyKind.rowCount(), 3);
    QVERIFY(!everyText(everyKind).join(QLatin1Char('\n')).contains(QString::fromUtf8(TotpSeed)));
    everyKind.retranslate();
}

void TestAccountModels::accountLogHasOnlyThisAccountsEntries()
{
    AccountsOffice office;
    // Account 1 and account 11 ... 19 share the text "account:1": only the first is its own.
    QVERIFY(office.momunuInstagram == 1);
    auto revealed = Secrets(*office.office.vault).reveal(office.office.budi, 1, SecretKind::Password);
    QVERIFY(revealed.ok());
    AccountLogModel model;
    QAbstractItemModelTester tester(&model, Mode::Fatal);
    QVERIFY(model.load(*office.office.vault, 1).ok());
    QVERIFY(model.rowCount() >= 3); // added, password and TOTP set, revealed
    for (int row = 0; row < model.rowCount(); ++row) {
        QCOMPARE(model.entries().at(row).target, QStringLiteral("account:1"));
    }
    QCOMPARE(model.index(0, AccountLogModel::ActionColumn).data(AccountLogModel::ActionIdRole).toString(),
             QStringLiteral("secret.revealed"));
    QCOMPARE(model.index(0, AccountLogModel::OfficerColumn).data().toString(), QStringLiteral("Budi"));
    QVERIFY(!model.index(0, AccountLogModel::ActionColumn).data().toString().isEmpty());
    QVERIFY(!everyText(model).join(QLatin1Char('\n')).contains(QString::fromUtf8(MomunuPassword)));

    QVERIFY(model.load(*office.office.vault, office.bokatFacebook).ok());
    bool statusChange = false;
    for (int row = 0; row < model.rowCount(); ++row) {
        if (model.index(row, 0).data(AccountLogModel::ActionIdRole).toString() ==
            QLatin1String("account.status-changed")) {
            statusChange =
                model.index(row, AccountLogModel::DetailsColumn).data().toString().contains(QStringLiteral("Diretas"));
        }
    }
    QVERIFY(statusChange);
    model.retranslate();

    // Actions the model does not phrase itself (a handover naming the account) read as in the log
    // viewer, never as their stored identifier.
    for (int row = 0; row < model.rowCount(); ++row) {
        const QString id =
            model.index(row, AccountLogModel::ActionColumn).data(AccountLogModel::ActionIdRole).toString();
        QCOMPARE(model.index(row, AccountLogModel::ActionColumn).data().toString(), LogAction::words(id));
        QVERIFY2(model.index(row, AccountLogModel::ActionColumn).data().toString() != id, qPrintable(id));
    }
}

void TestAccountModels::kecamatanListHasAnAllRow()
{
    AccountsOffice office;
    KecamatanListModel model;
    QAbstractItemModelTester tester(&model, Mode::Fatal);
    QVERIFY(model.load(*office.office.vault).ok());
    QCOMPARE(model.rowCount(), 11);
    QCOMPARE(model.index(0).data().toString(), QStringLiteral("Biau")); // by name
    model.setAllRow(true);
    QCOMPARE(model.rowCount(), 12);
    QCOMPARE(model.index(0).data(KecamatanListModel::KecamatanIdRole).toLongLong(), 0);
    QCOMPARE(model.rowOfId(0), 0);
    const int momunu = model.rowOfCode(QStringLiteral("72.05.01"));
    QCOMPARE(model.index(momunu).data().toString(), QStringLiteral("Momunu"));
    QCOMPARE(model.rowOfId(model.index(momunu).data(KecamatanListModel::KecamatanIdRole).toLongLong()), momunu);
    model.setAllRow(false);
    QCOMPARE(model.rowCount(), 11);
    model.retranslate();
}

void TestAccountModels::termListHasAllAndNoTermRows()
{
    AccountsOffice office;
    TermListModel model;
    QAbstractItemModelTester tester(&model, Mode::Fatal);
    QVERIFY(model.load(*office.office.vault).ok());
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.index(0).data().toString(), QStringLiteral("Pemilu 2024")); // newest first
    model.setExtraRows(true, true);
    QCOMPARE(model.rowCount(), 4);
    QCOMPARE(model.termIdAt(0), std::nullopt);
    QCOMPARE(model.termIdAt(1), std::optional<qint64>(0));
    QCOMPARE(model.termIdAt(2), std::optional<qint64>(office.pemilu2024.id));
    QCOMPARE(model.rowOf(office.pemilu2019.id), 3);
    QCOMPARE(model.rowOf(std::nullopt), 0);
    QCOMPARE(model.rowOf(0), 1);
    QVERIFY(!model.index(2).data(Qt::ToolTipRole).toString().isEmpty());
    model.retranslate();
}

QTEST_MAIN(TestAccountModels)
#include "tst_accountmodels.moc"
