// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/crypto/binding.h"

#include <QTest>

using namespace Brankas::Crypto;

class TestBinding : public QObject
{
    Q_OBJECT

private slots:
    void layout_data();
    void layout();
    void placesNeverCollide_data();
    void placesNeverCollide();
};

void TestBinding::layout_data()
{
    QTest::addColumn<QString>("vaultId");
    QTest::addColumn<QString>("table");
    QTest::addColumn<qint64>("rowId");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QByteArray>("expectedHex");

    // The layout is part of the vault format: these bytes must never change.
    QTest::newRow("ascii") << QStringLiteral("v") << QStringLiteral("t") << qint64(1) << QStringLiteral("f")
                           << QByteArrayLiteral("6272616e6b61732d6161642d7631"
                                                "0000000176"
                                                "0000000174"
                                                "0000000000000001"
                                                "0000000166");
    QTest::newRow("empty strings, large row") << QString() << QString() << qint64(0x0102030405060708) << QString()
                                              << QByteArrayLiteral("6272616e6b61732d6161642d7631"
                                                                   "00000000"
                                                                   "00000000"
                                                                   "0102030405060708"
                                                                   "00000000");
    QTest::newRow("negative row") << QStringLiteral("v") << QStringLiteral("t") << qint64(-1) << QStringLiteral("f")
                                  << QByteArrayLiteral("6272616e6b61732d6161642d7631"
                                                       "0000000176"
                                                       "0000000174"
                                                       "ffffffffffffffff"
                                                       "0000000166");
    // Lengths count UTF-8 bytes, not characters: "\u00e9" is two bytes.
    QTest::newRow("utf-8") << QStringLiteral(u"\u00e9") << QStringLiteral("ab") << qint64(256) << QStringLiteral("x")
                           << QByteArrayLiteral("6272616e6b61732d6161642d7631"
                                                "00000002c3a9"
                                                "000000026162"
                                                "0000000000000100"
                                                "0000000178");
}

void TestBinding::layout()
{
    QFETCH(QString, vaultId);
    QFETCH(QString, table);
    QFETCH(qint64, rowId);
    QFETCH(QString, field);
    QFETCH(QByteArray, expectedHex);

    QCOMPARE(bindingFor(vaultId, table, rowId, field).toHex(), expectedHex);
}

void TestBinding::placesNeverCollide_data()
{
    QTest::addColumn<QByteArray>("a");
    QTest::addColumn<QByteArray>("b");

    const QString v = QStringLiteral("vault");
    QTest::newRow("table/field boundary") << bindingFor(v, QStringLiteral("ab"), 1, QStringLiteral("c"))
                                          << bindingFor(v, QStringLiteral("a"), 1, QStringLiteral("bc"));
    QTest::newRow("vault/table boundary")
        << bindingFor(QStringLiteral("va"), QStringLiteral("ult"), 1, QStringLiteral("f"))
        << bindingFor(QStringLiteral("vau"), QStringLiteral("lt"), 1, QStringLiteral("f"));
    QTest::newRow("row") << bindingFor(v, QStringLiteral("t"), 1, QStringLiteral("f"))
                         << bindingFor(v, QStringLiteral("t"), 2, QStringLiteral("f"));
    QTest::newRow("field") << bindingFor(v, QStringLiteral("t"), 1, QStringLiteral("password"))
                           << bindingFor(v, QStringLiteral("t"), 1, QStringLiteral("pin"));
}

void TestBinding::placesNeverCollide()
{
    QFETCH(QByteArray, a);
    QFETCH(QByteArray, b);

    QVERIFY(a != b);
}

QTEST_GUILESS_MAIN(TestBinding)
#include "tst_binding.moc"
