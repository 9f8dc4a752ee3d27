// SPDX-License-Identifier: GPL-3.0-or-later
#include <core/text/csv.h>

#include <QTest>

using namespace Brankas;

namespace {
QList<QStringList> table(std::initializer_list<std::initializer_list<const char *>> rows)
{
    QList<QStringList> result;
    for (const auto &row : rows) {
        QStringList fields;
        for (const char *field : row) {
            fields << QString::fromUtf8(field);
        }
        result << fields;
    }
    return result;
}
} // namespace

class TestCsv : public QObject
{
    Q_OBJECT

private slots:
    void parses_data();
    void parses();
    void malformedRowsNameTheirLine_data();
    void malformedRowsNameTheirLine();
};

void TestCsv::parses_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QList<QStringList>>("rows");
    QTest::newRow("plain") << QStringLiteral("a,b\n1,2\n") << table({{"a", "b"}, {"1", "2"}});
    QTest::newRow("CRLF and no final newline") << QStringLiteral("a,b\r\n1,2") << table({{"a", "b"}, {"1", "2"}});
    QTest::newRow("quoted comma and quote") << QStringLiteral("\"Ra\"\"as\",\"x, y\"\n") << table({{"Ra\"as", "x, y"}});
    QTest::newRow("newline inside quotes")
        << QStringLiteral("\"line 1\nline 2\",z\n") << table({{"line 1\nline 2", "z"}});
    QTest::newRow("empty fields") << QStringLiteral(",,\n") << table({{"", "", ""}});
    QTest::newRow("blank lines skipped") << QStringLiteral("a\n\nb\n") << table({{"a"}, {"b"}});
    QTest::newRow("empty quoted") << QStringLiteral("\"\",x\n") << table({{"", "x"}});
}

void TestCsv::parses()
{
    QFETCH(QString, text);
    QFETCH(QList<QStringList>, rows);
    auto parsed = parseCsv(text);
    QVERIFY2(parsed.ok(), qPrintable(parsed.error().untranslatedMessage()));
    QCOMPARE(parsed.value(), rows);
}

void TestCsv::malformedRowsNameTheirLine_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("line");
    QTest::newRow("unclosed quote") << QStringLiteral("a,b\n\"open,c\n") << QStringLiteral("Line 2");
    QTest::newRow("quote inside field") << QStringLiteral("a\nb\nab\"c\n") << QStringLiteral("Line 3");
    QTest::newRow("text after quote") << QStringLiteral("\"a\"b\n") << QStringLiteral("Line 1");
}

void TestCsv::malformedRowsNameTheirLine()
{
    QFETCH(QString, text);
    QFETCH(QString, line);
    auto parsed = parseCsv(text);
    QCOMPARE(parsed.error().code(), ErrorCode::InvalidInput);
    QVERIFY2(parsed.error().untranslatedMessage().startsWith(line), qPrintable(parsed.error().untranslatedMessage()));
}

QTEST_GUILESS_MAIN(TestCsv)
#include "tst_csv.moc"
