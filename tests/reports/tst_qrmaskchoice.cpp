// SPDX-License-Identifier: GPL-3.0-or-later
// QrCode and QrMaskChoice (core/reports/qrcode.h, qrmaskchoice.h): the format information against
// the standard's table, the symbols QrCode makes against libqrencode's own, module for module, and
// the rectangles a symbol is painted as.
#include <core/reports/qrcode.h>
#include <core/reports/qrmaskchoice.h>

#include <QRandomGenerator>
#include <QtTest>

#include <qrencode.h>

#include <memory>
#include <vector>

using namespace Brankas;

namespace {
using Encoded = std::unique_ptr<QRcode, decltype(&QRcode_free)>;

Encoded libqrencode(const QByteArray &bytes)
{
    return Encoded(QRcode_encodeData(int(bytes.size()), reinterpret_cast<const unsigned char *>(bytes.constData()), 0,
                                     QR_ECLEVEL_M),
                   &QRcode_free);
}

// The mask libqrencode chose, read back from the format information it wrote (bits 10 to 12 of
// the unmasked format, at row 8 from the right edge: bits 0 to 7).
int maskOf(const QRcode &code)
{
    quint32 format = 0;
    for (int bit = 0; bit < 8; ++bit) {
        format |= quint32(code.data[8 * code.width + code.width - 1 - bit] & 1) << bit;
    }
    for (int bit = 8; bit < 15; ++bit) {
        format |= quint32(code.data[(code.width - 7 + bit - 8) * code.width + 8] & 1) << bit;
    }
    return int(((format ^ 0x5412U) >> 10) & 7U);
}

QByteArray randomAddress(QRandomGenerator &random, int length)
{
    static const QByteArray alphabet("abcdefghijklmnopqrstuvwxyz0123456789._-@/ABCDEFGHIJKLMNOPQRSTUVWXYZ");
    QByteArray bytes = QByteArrayLiteral("https://www.instagram.com/");
    while (bytes.size() < length) {
        bytes.append(alphabet.at(random.bounded(int(alphabet.size()))));
    }
    return bytes.left(length);
}
} // namespace

class TestQrMaskChoice : public QObject
{
    Q_OBJECT

private slots:
    void formatInformation_data();
    void formatInformation();
    void symbolsAreLibqrencodes_data();
    void symbolsAreLibqrencodes();
    void everyMaskIsChosen();
    void widerSymbolsAreLibqrencodesToo();
    void emptyAndOversizedAreRefused();
    void rectanglesCoverTheDarkModulesOnce();
};

void TestQrMaskChoice::formatInformation_data()
{
    // ISO/IEC 18004:2015, table C.1 (format information after masking with 101010000010010).
    QTest::addColumn<int>("level");
    QTest::addColumn<int>("mask");
    QTest::addColumn<quint32>("bits");
    const auto row = [](const char *name, QrMaskChoice::Level level, int mask, const char *bits) {
        QTest::newRow(name) << int(level) << mask << quint32(QByteArray(bits).toUInt(nullptr, 2));
    };
    row("L0", QrMaskChoice::Level::L, 0, "111011111000100");
    row("M0", QrMaskChoice::Level::M, 0, "101010000010010");
    row("M1", QrMaskChoice::Level::M, 1, "101000100100101");
    row("M2", QrMaskChoice::Level::M, 2, "101111001111100");
    row("M3", QrMaskChoice::Level::M, 3, "101101101001011");
    row("M4", QrMaskChoice::Level::M, 4, "100010111111001");
    row("M5", QrMaskChoice::Level::M, 5, "100000011001110");
    row("M6", QrMaskChoice::Level::M, 6, "100111110010111");
    row("M7", QrMaskChoice::Level::M, 7, "100101010100000");
    row("Q0", QrMaskChoice::Level::Q, 0, "011010101011111");
    row("H0", QrMaskChoice::Level::H, 0, "001011010001001");
}

void TestQrMaskChoice::formatInformation()
{
    QFETCH(int, level);
    QFETCH(int, mask);
    QFETCH(quint32, bits);
    QCOMPARE(QrMaskChoice::formatInformation(QrMaskChoice::Level(level), mask), bits);
}

void TestQrMaskChoice::symbolsAreLibqrencodes_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::newRow("instagram") << QByteArrayLiteral("https://www.instagram.com/panwaslu.kec.meukek");
    QTest::newRow("youtube") << QByteArrayLiteral("https://www.youtube.com/@panwaslu-meukek");
    QTest::newRow("x") << QByteArrayLiteral("https://x.com/pwsl_meukek");
    QTest::newRow("one byte") << QByteArrayLiteral("a");
    QTest::newRow("utf-8") << QStringLiteral("https://www.tiktok.com/@panwaslu_ñ_é").toUtf8();
    QTest::newRow("nul and high bytes") << QByteArray("a\0b\xff\x80z", 6);
    // Every length from version 1 to version 11's widest at level M, random addresses.
    QRandomGenerator random(20261202);
    for (int length = 1; length <= 251; ++length) {
        QTest::addRow("random %d", length) << randomAddress(random, length);
    }
}

void TestQrMaskChoice::symbolsAreLibqrencodes()
{
    QFETCH(QByteArray, bytes);
    const Encoded theirs = libqrencode(bytes);
    QVERIFY(theirs);
    auto mine = QrCode::encode(bytes);
    QVERIFY(mine.ok());
    QCOMPARE(mine.value().size(), theirs->width);
    QCOMPARE(mine.value().size(), QrCode::sizeFor(bytes.size()));
    for (int y = 0; y < theirs->width; ++y) {
        for (int x = 0; x < theirs->width; ++x) {
            if (mine.value().isDark(x, y) != ((theirs->data[y * theirs->width + x] & 1) != 0)) {
                QFAIL(qPrintable(QStringLiteral("module (%1, %2) differs; libqrencode chose mask %3")
                                     .arg(x)
                                     .arg(y)
                                     .arg(maskOf(*theirs))));
            }
        }
    }
}

void TestQrMaskChoice::everyMaskIsChosen()
{
    // The agreement above means something only if the choice varies: across a few hundred
    // addresses libqrencode picks each of the eight masks, and so must the symbols made here.
    QRandomGenerator random(7);
    QSet<int> masks;
    for (int i = 0; i < 400 && masks.size() < 8; ++i) {
        const QByteArray bytes = randomAddress(random, 30 + random.bounded(60));
        const Encoded theirs = libqrencode(bytes);
        QVERIFY(theirs);
        masks.insert(maskOf(*theirs));
        auto mine = QrCode::encode(bytes);
        QVERIFY(mine.ok());
        for (int y = 0; y < theirs->width; ++y) {
            for (int x = 0; x < theirs->width; ++x) {
                QCOMPARE(mine.value().isDark(x, y), (theirs->data[y * theirs->width + x] & 1) != 0);
            }
        }
    }
    QCOMPARE(masks.size(), 8);
}

void TestQrMaskChoice::widerSymbolsAreLibqrencodesToo()
{
    // Past version 11 the rows do not fit 64 bits: libqrencode chooses, and the result is the same.
    QRandomGenerator random(11);
    for (const int length : {252, 300, 600, 2000}) {
        const QByteArray bytes = randomAddress(random, length);
        const Encoded theirs = libqrencode(bytes);
        QVERIFY(theirs);
        QVERIFY(theirs->width > QrMaskChoice::MaxWidth);
        auto mine = QrCode::encode(bytes);
        QVERIFY(mine.ok());
        QCOMPARE(mine.value().size(), theirs->width);
        for (int y = 0; y < theirs->width; ++y) {
            for (int x = 0; x < theirs->width; ++x) {
                QCOMPARE(mine.value().isDark(x, y), (theirs->data[y * theirs->width + x] & 1) != 0);
            }
        }
    }
}

void TestQrMaskChoice::emptyAndOversizedAreRefused()
{
    QVERIFY(!QrCode::encode(QByteArrayView()).ok());
    const auto tooLong = QrCode::encode(QByteArray(3000, 'a'));
    QVERIFY(!tooLong.ok());
    QVERIFY(tooLong.error().message().contains(QStringLiteral("too long")));
    QVERIFY(!QrMaskChoice::choose(nullptr, 65, QrMaskChoice::Level::M));
}

void TestQrMaskChoice::rectanglesCoverTheDarkModulesOnce()
{
    // The public list paints a code as its rectangles: together they must be its dark modules,
    // each covered once, and fewer than the runs of its rows (runs under runs are merged).
    QRandomGenerator random(3);
    for (const int length : {20, 45, 80, 251, 400}) {
        auto code = QrCode::encode(randomAddress(random, length));
        QVERIFY(code.ok());
        const int size = code.value().size();
        std::vector<int> covered(size_t(size) * size_t(size), 0);
        int runs = 0;
        for (const QrCode::Rect &rect : code.value().rects()) {
            QVERIFY(rect.width > 0 && rect.height > 0);
            for (int y = rect.y; y < rect.y + rect.height; ++y) {
                for (int x = rect.x; x < rect.x + rect.width; ++x) {
                    QVERIFY(x < size && y < size);
                    ++covered[size_t(y) * size_t(size) + size_t(x)];
                }
            }
        }
        for (int y = 0; y < size; ++y) {
            for (int x = 0; x < size; ++x) {
                QCOMPARE(covered[size_t(y) * size_t(size) + size_t(x)], code.value().isDark(x, y) ? 1 : 0);
                runs += code.value().isDark(x, y) && (x == 0 || !code.value().isDark(x - 1, y)) ? 1 : 0;
            }
        }
        QVERIFY(qsizetype(code.value().rects().size()) < runs);
    }
}

QTEST_GUILESS_MAIN(TestQrMaskChoice)
#include "tst_qrmaskchoice.moc"
