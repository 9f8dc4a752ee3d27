// SPDX-License-Identifier: GPL-3.0-or-later
// The pieces that make the window fit small screens: the flow layout of filter bars and tiles,
// the splitter that stacks its panes, and the checks the screenshot tour fails on.
#include <ui/app/preferences.h>
#include <ui/layout/adaptivesplitter.h>
#include <ui/layout/flowlayout.h>
#include <ui/layout/keyboardcheck.h>
#include <ui/layout/roomcheck.h>

#include <QHBoxLayout>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QStyle>
#include <QTemporaryDir>
#include <QTest>

using namespace Brankas;

namespace {
// A widget that wants exactly this size, like a button with a fixed text.
class Block : public QWidget
{
public:
    Block(QSize size, QWidget *parent = nullptr)
        : QWidget(parent)
        , m_size(size)
    {
        setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
    }
    QSize sizeHint() const override { return m_size; }
    QSize minimumSizeHint() const override { return m_size; }

private:
    QSize m_size;
};

std::unique_ptr<Preferences> temporaryPreferences(const QTemporaryDir &dir)
{
    return std::make_unique<Preferences>(
        std::make_unique<QSettings>(dir.filePath(QStringLiteral("prefs.ini")), QSettings::IniFormat));
}
} // namespace

class TestLayouts : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void flowLayoutWrapsRows_data();
    void flowLayoutWrapsRows();
    void flowLayoutGivesSpareRoomToExpandingItems();
    void splitterStacksWhenNarrowAndRemembersEachArrangement();
    void roomCheckFindsWhatDoesNotFit();
    void keyboardCheckFindsUnnamedAndUnreachableControls();
    void preferencesKeepWindowGeometryAndSplitters();
};

void TestLayouts::flowLayoutWrapsRows_data()
{
    QTest::addColumn<int>("width");
    QTest::addColumn<int>("rows");
    // Five blocks of 100x20 with 10 between them: 540 wide in one row.
    QTest::newRow("one row") << 540 << 1;
    QTest::newRow("a pixel short") << 539 << 2;
    QTest::newRow("two per row") << 250 << 3;
    QTest::newRow("narrower than a block") << 60 << 5;
}

void TestLayouts::flowLayoutWrapsRows()
{
    QFETCH(int, width);
    QFETCH(int, rows);
    QWidget bar;
    auto *layout = new FlowLayout(&bar, 10);
    QList<Block *> blocks;
    for (int i = 0; i < 5; ++i) {
        blocks << new Block(QSize(100, 20));
        layout->addWidget(blocks.last());
    }
    QCOMPARE(layout->minimumSize(), QSize(100, 20));
    QCOMPARE(layout->sizeHint(), QSize(540, 20));
    QCOMPARE(layout->heightForWidth(width), rows * 20 + (rows - 1) * 10);
    layout->setGeometry(QRect(0, 0, width, layout->heightForWidth(width)));
    QSet<int> tops;
    for (Block *block : blocks) {
        QVERIFY2(block->geometry().right() < std::max(width, 100), qPrintable(QString::number(block->x())));
        tops.insert(block->y());
    }
    QCOMPARE(tops.size(), rows);
    // Hidden items take no room.
    blocks.last()->hide();
    blocks.at(3)->hide();
    QCOMPARE(layout->sizeHint(), QSize(320, 20));
}

void TestLayouts::flowLayoutGivesSpareRoomToExpandingItems()
{
    QWidget bar;
    auto *layout = new FlowLayout(&bar, 10);
    auto *search = new QLineEdit;
    auto *fixed = new Block(QSize(100, search->sizeHint().height()));
    layout->addWidget(search);
    layout->addWidget(fixed);
    layout->setGeometry(QRect(0, 0, 800, 40));
    QCOMPARE(fixed->width(), 100);
    QCOMPARE(search->width() + 10 + fixed->width(), 800);

    QWidget tiles;
    auto *tileLayout = new FlowLayout(&tiles, 10);
    tileLayout->setStretchItems(true);
    auto *a = new Block(QSize(100, 20));
    auto *b = new Block(QSize(150, 30));
    a->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Preferred);
    tileLayout->addWidget(a);
    tileLayout->addWidget(b);
    tileLayout->setGeometry(QRect(0, 0, 460, 30));
    // Tiles share the row and are as tall as the tallest.
    QCOMPARE(a->width() + b->width(), 450);
    QCOMPARE(a->height(), 30);
}

void TestLayouts::splitterStacksWhenNarrowAndRemembersEachArrangement()
{
    QTemporaryDir dir;
    auto preferences = temporaryPreferences(dir);
    QWidget page;
    page.setAttribute(Qt::WA_DontShowOnScreen);
    auto *splitter = new AdaptiveSplitter(*preferences, QStringLiteral("test"), &page);
    auto *table = new QWidget;
    table->setMinimumWidth(300);
    auto *detail = new QWidget;
    detail->setMinimumWidth(250);
    splitter->addWidget(table);
    splitter->addWidget(detail);
    splitter->setDefaultSizes({400, 300}, {200, 200});
    // It can always stack: its minimum is the wider pane.
    QCOMPARE(splitter->minimumSizeHint().width(), 300);
    page.show(); // hidden widgets get their resize events only when shown

    splitter->resize(800, 400);
    QCOMPARE(splitter->orientation(), Qt::Horizontal);
    splitter->resize(500, 400);
    QCOMPARE(splitter->orientation(), Qt::Vertical);
    QVERIFY(detail->y() > table->y());
    QCOMPARE(detail->width(), 500);

    // The officer moves the handle while stacked; side by side keeps its own sizes.
    splitter->setSizes({100, 300});
    Q_EMIT splitter->splitterMoved(100, 1);
    QVERIFY(!preferences->splitterState(QStringLiteral("test-stacked")).isEmpty());
    QVERIFY(preferences->splitterState(QStringLiteral("test-sideBySide")).isEmpty());
    splitter->resize(800, 400);
    QCOMPARE(splitter->orientation(), Qt::Horizontal);
    splitter->resize(500, 400);
    QCOMPARE(splitter->orientation(), Qt::Vertical);
    QVERIFY2(table->height() < detail->height(),
             qPrintable(QStringLiteral("%1 %2").arg(table->height()).arg(detail->height())));

    // Another splitter of the same name (the page made again after the next sign-in) starts there too.
    QWidget again;
    again.setAttribute(Qt::WA_DontShowOnScreen);
    again.show();
    auto *restored = new AdaptiveSplitter(*preferences, QStringLiteral("test"), &again);
    for (int minimum : {300, 250}) {
        restored->addWidget(new QWidget);
        restored->widget(restored->count() - 1)->setMinimumWidth(minimum);
    }
    restored->setDefaultSizes({400, 300}, {200, 200});
    restored->show();
    restored->resize(500, 400);
    QCOMPARE(restored->orientation(), Qt::Vertical);
    QVERIFY2(restored->sizes().at(0) < restored->sizes().at(1),
             qPrintable(QStringLiteral("%1 %2").arg(restored->sizes().at(0)).arg(restored->sizes().at(1))));
}

void TestLayouts::roomCheckFindsWhatDoesNotFit()
{
    QWidget window;
    auto *layout = new QHBoxLayout(&window);
    layout->addWidget(new Block(QSize(500, 40)));
    window.setAttribute(Qt::WA_DontShowOnScreen);
    window.show();
    window.resize(600, 100);
    QVERIFY(RoomCheck::problems(window, QSize(600, 100)).isEmpty());
    const QStringList tooSmallScreen = RoomCheck::problems(window, QSize(400, 100));
    QCOMPARE(tooSmallScreen.size(), 1);
    QVERIFY2(tooSmallScreen.first().contains(QLatin1String("needs")), qPrintable(tooSmallScreen.first()));

    // A child squeezed below its layout's minimum (it would be clipped) is named.
    QWidget outer;
    outer.setAttribute(Qt::WA_DontShowOnScreen);
    auto *inner = new QWidget(&outer);
    inner->setObjectName(QStringLiteral("innerPanel"));
    (new QHBoxLayout(inner))->addWidget(new Block(QSize(300, 20)));
    inner->setGeometry(0, 0, 200, 40);
    outer.show();
    outer.resize(400, 100);
    const QStringList squeezed = RoomCheck::problems(outer, QSize(400, 100));
    QCOMPARE(squeezed.size(), 1);
    QVERIFY2(squeezed.first().contains(QLatin1String("innerPanel")), qPrintable(squeezed.first()));

    // Scrolling sideways is a problem outside tables.
    QScrollArea area;
    area.setAttribute(Qt::WA_DontShowOnScreen);
    area.setWidget(new Block(QSize(900, 20)));
    area.resize(300, 200);
    area.show();
    QTest::qWait(10);
    const QStringList sideways = RoomCheck::problems(area, QSize(400, 300));
    QVERIFY2(sideways.join(u'\n').contains(QLatin1String("scrolls sideways")), qPrintable(sideways.join(u'\n')));
}

void TestLayouts::keyboardCheckFindsUnnamedAndUnreachableControls()
{
    QWidget window;
    window.setAttribute(Qt::WA_DontShowOnScreen);
    auto *layout = new QHBoxLayout(&window);
    auto *iconOnly = new QPushButton;
    iconOnly->setObjectName(QStringLiteral("iconOnly"));
    iconOnly->setIcon(window.style()->standardIcon(QStyle::SP_DialogApplyButton));
    auto *worded = new QPushButton(QStringLiteral("Save"));
    auto *field = new QLineEdit;
    field->setClearButtonEnabled(true); // its clear button is Qt's own, named by the field
    field->setText(QStringLiteral("x"));
    layout->addWidget(iconOnly);
    layout->addWidget(worded);
    layout->addWidget(field);
    window.show();
    QCOMPARE(KeyboardCheck::unnamedButtons(window).size(), 2); // no accessible name, no tooltip
    iconOnly->setAccessibleName(QStringLiteral("Verify"));
    QCOMPARE(KeyboardCheck::unnamedButtons(window).size(), 1);
    iconOnly->setToolTip(QStringLiteral("Verify the archive log"));
    QVERIFY(KeyboardCheck::unnamedButtons(window).isEmpty());

    QVERIFY(KeyboardCheck::unreachable(window).isEmpty());
    worded->setFocusPolicy(Qt::ClickFocus);
    QCOMPARE(KeyboardCheck::unreachable(window).size(), 1);
    worded->setEnabled(false); // a disabled control is skipped by Tab on purpose
    QVERIFY(KeyboardCheck::unreachable(window).isEmpty());
}

void TestLayouts::preferencesKeepWindowGeometryAndSplitters()
{
    QTemporaryDir dir;
    {
        auto preferences = temporaryPreferences(dir);
        QVERIFY(preferences->windowGeometry().isEmpty());
        preferences->setWindowGeometry(QByteArrayLiteral("geometry"));
        preferences->setSplitterState(QStringLiteral("accounts-stacked"), QByteArrayLiteral("state"));
    }
    auto again = temporaryPreferences(dir);
    QCOMPARE(again->windowGeometry(), QByteArrayLiteral("geometry"));
    QCOMPARE(again->splitterState(QStringLiteral("accounts-stacked")), QByteArrayLiteral("state"));
    QVERIFY(again->splitterState(QStringLiteral("accounts-sideBySide")).isEmpty());
}

QTEST_MAIN(TestLayouts)
#include "tst_layouts.moc"
