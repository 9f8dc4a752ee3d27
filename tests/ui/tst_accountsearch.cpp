// SPDX-License-Identifier: GPL-3.0-or-later
// One search, in core: the same words find the same accounts in the Accounts table's filter (GUI)
// and through Accounts::list, which `brankas-cli account search` runs. Each row names the accounts
// the words must find, so the two paths cannot agree on a wrong answer.
#include "accounttesting.h"

#include <core/domain/accountsearch.h>
#include <ui/models/accountfiltermodel.h>
#include <ui/models/accounttablemodel.h>

#include <QApplication>
#include <QTest>

using namespace Brankas;
using namespace Brankas::Testing;

class TestAccountSearch : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void bothPathsFindTheSameAccounts_data();
    void bothPathsFindTheSameAccounts();
    void wordsAreSplitAndFolded_data();
    void wordsAreSplitAndFolded();

private:
    QStringList throughCore(const QString &words, int limit = -1);
    QStringList throughTable(const QString &words);

    std::unique_ptr<AccountsOffice> m_office;
    QHash<qint64, QString> m_handles;
};

void TestAccountSearch::initTestCase()
{
    m_office = std::make_unique<AccountsOffice>();
    // Besides the 33 ASCII accounts: letters SQLite's LIKE does not fold, in two fields.
    NewAccount accented = newAccount(QStringLiteral("72.05.07"), Platform::Threads, QStringLiteral("tiloan.resmi"));
    accented.displayName = QStringLiteral("Akun Réservé Tiloan");
    accented.holder = QStringLiteral("Ümi Kalsum");
    accented.nature = AccountNature::Permanent;
    m_office->office.addAccount(accented);
    NewAccount percent = newAccount(QStringLiteral("72.05.08"), Platform::Threads, QStringLiteral("bukal_100"));
    percent.notes = QStringLiteral("catatan tidak dicari");
    // U+0130 lower-cases to an ASCII "i" in Qt: the search keeps it a letter of its own.
    percent.displayName = QStringLiteral("Panwaslu İNDAH");
    m_office->office.addAccount(percent);
    for (const Account &account : valueOf(Accounts(*m_office->office.vault).list({}), "list")) {
        m_handles.insert(account.id, account.handle);
    }
    QCOMPARE(m_handles.size(), 35);
}

void TestAccountSearch::cleanupTestCase()
{
    m_office.reset();
}

QStringList TestAccountSearch::throughCore(const QString &words, int limit)
{
    QStringList handles;
    for (const Account &account :
         valueOf(Accounts(*m_office->office.vault).list({.text = words, .limit = limit}), "search")) {
        handles << account.handle;
    }
    handles.sort();
    return handles;
}

QStringList TestAccountSearch::throughTable(const QString &words)
{
    AccountTableModel table;
    require(table.load(*m_office->office.vault, m_office->office.t.clock.nowUtc().date()), "load");
    AccountFilterModel filter;
    filter.setSourceModel(&table);
    filter.setText(words);
    QStringList handles;
    for (int row = 0; row < filter.rowCount(); ++row) {
        handles << m_handles.value(filter.index(row, 0).data(AccountTableModel::AccountIdRole).toLongLong());
    }
    handles.sort();
    return handles;
}

void TestAccountSearch::bothPathsFindTheSameAccounts_data()
{
    QTest::addColumn<QString>("words");
    QTest::addColumn<QStringList>("expected"); // handles; "*" alone: every account
    const QStringList momunu{QStringLiteral("PwslMomunu"), QStringLiteral("panwaslu.momunu"),
                             QStringLiteral("panwaslu.momunu")};
    const QStringList lakea{QStringLiteral("PwslLakea"), QStringLiteral("panwaslu.lakea"),
                            QStringLiteral("panwaslu.lakea")};
    const QStringList palelehBarat{QStringLiteral("PwslPalelehBara"), QStringLiteral("panwaslu.palelehbarat"),
                                   QStringLiteral("panwaslu.palelehbarat")};
    const QStringList paleleh{QStringLiteral("PwslPaleleh"), QStringLiteral("panwaslu.paleleh"),
                              QStringLiteral("panwaslu.paleleh")};
    QTest::newRow("one word, any case") << "MOMUNU" << momunu;
    QTest::newRow("a handle with @") << "@PwslMomunu" << QStringList{QStringLiteral("PwslMomunu")};
    QTest::newRow("two words of one field") << "kecamatan lakea" << lakea;
    QTest::newRow("two words in another order") << "lakea kecamatan" << lakea;
    QTest::newRow("words of two fields") << "pwsl humas.lakea" << QStringList{QStringLiteral("PwslLakea")};
    QTest::newRow("every word must be there") << "momunu lakea" << QStringList{};
    QTest::newRow("a kecamatan of two words") << "paleleh barat" << palelehBarat;
    QTest::newRow("kecamatan code") << "72.05.02" << lakea;
    QTest::newRow("e-mail") << "humas.momunu@bawaslu" << momunu;
    QTest::newRow("holder") << "sekretariat" << paleleh;
    QTest::newRow("spaces and a tab") << "  momunu\tpanwaslu  " << momunu;
    QTest::newRow("notes are not searched") << "catatan" << QStringList{};
    QTest::newRow("platform is a filter, not a word") << "instagram" << QStringList{};
    QTest::newRow("underscore is a letter") << "l_1" << QStringList{QStringLiteral("bukal_100")};
    QTest::newRow("percent is a letter") << "%" << QStringList{};
    QTest::newRow("accented word, other case") << "RÉSERVÉ" << QStringList{QStringLiteral("tiloan.resmi")};
    QTest::newRow("accented holder") << "ümi" << QStringList{QStringLiteral("tiloan.resmi")};
    QTest::newRow("accents are letters of their own") << "umi" << QStringList{};
    QTest::newRow("ASCII word, accented account") << "AKUN kalsum" << QStringList{QStringLiteral("tiloan.resmi")};
    QTest::newRow("a letter that would fold to ASCII") << "indah" << QStringList{};
    QTest::newRow("that letter typed") << "İNDAH" << QStringList{QStringLiteral("bukal_100")};
    QTest::newRow("only an @") << "@" << QStringList{QStringLiteral("*")};
    QTest::newRow("nothing") << "   " << QStringList{QStringLiteral("*")};
}

void TestAccountSearch::bothPathsFindTheSameAccounts()
{
    QFETCH(QString, words);
    QFETCH(QStringList, expected);
    if (expected == QStringList{QStringLiteral("*")}) {
        expected = m_handles.values();
    }
    expected.sort();
    QCOMPARE(throughCore(words), expected);
    QCOMPARE(throughTable(words), expected);
    // A limit counts the accounts found, not the rows SQL let through.
    if (!expected.isEmpty()) {
        QCOMPARE(throughCore(words, 1).size(), 1);
    }
}

void TestAccountSearch::wordsAreSplitAndFolded_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("words");
    QTest::newRow("spaces") << " Momunu  BARAT " << QStringList{QStringLiteral("momunu"), QStringLiteral("barat")};
    QTest::newRow("@ at the start only") << "@pw a@b" << QStringList{QStringLiteral("pw"), QStringLiteral("a@b")};
    QTest::newRow("control characters split")
        << QStringLiteral("a\x1f"
                          "b\nc\td")
        << QStringList{QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c"), QStringLiteral("d")};
    QTest::newRow("accents kept, case folded") << "ÉRA" << QStringList{QStringLiteral("éra")};
    QTest::newRow("never folded into ASCII") << "İK" << QStringList{QStringLiteral("İk")};
    QTest::newRow("empty") << "" << QStringList{};
}

void TestAccountSearch::wordsAreSplitAndFolded()
{
    QFETCH(QString, text);
    QFETCH(QStringList, words);
    QCOMPARE(AccountSearch(text).words(), words);
}

QTEST_MAIN(TestAccountSearch)
#include "tst_accountsearch.moc"
