// SPDX-License-Identifier: GPL-3.0-or-later
// After hardenProcess() a crash writes no core file and the process is not dumpable, so another
// process of the same user can neither attach a debugger nor read /proc/PID/mem. The same is
// checked on a running brankas-cli in tst_hygieneflow.
#include <core/platform/processhardening.h>

#include <QFile>
#include <QRegularExpression>
#include <QTest>

#include <sys/prctl.h>
#include <sys/resource.h>

using namespace Brankas;

class TestProcessHardening : public QObject
{
    Q_OBJECT

private slots:
    void noCoreDumpsAndNotDumpable();
};

void TestProcessHardening::noCoreDumpsAndNotDumpable()
{
    // A test runner may start with dumps allowed; make sure there is something to turn off.
    rlimit unlimited{RLIM_INFINITY, RLIM_INFINITY};
    rlimit current{};
    QCOMPARE(getrlimit(RLIMIT_CORE, &current), 0);
    unlimited.rlim_max = current.rlim_max;
    unlimited.rlim_cur = current.rlim_max;
    setrlimit(RLIMIT_CORE, &unlimited);
    prctl(PR_SET_DUMPABLE, 1, 0, 0, 0);
    QCOMPARE(prctl(PR_GET_DUMPABLE, 0, 0, 0, 0), 1);

    QVERIFY(hardenProcess());

    QCOMPARE(prctl(PR_GET_DUMPABLE, 0, 0, 0, 0), 0);
    QCOMPARE(getrlimit(RLIMIT_CORE, &current), 0);
    QCOMPARE(current.rlim_cur, rlim_t(0));
    QCOMPARE(current.rlim_max, rlim_t(0)); // the hard limit too: nothing in the process can raise it again
    QFile limits(QStringLiteral("/proc/self/limits"));
    QVERIFY(limits.open(QIODevice::ReadOnly));
    const QString text = QString::fromLatin1(limits.readAll());
    QVERIFY2(QRegularExpression(QStringLiteral("Max core file size\\s+0\\s+0\\s")).match(text).hasMatch(),
             qPrintable(text));
    unlimited.rlim_cur = 1;
    unlimited.rlim_max = 1;
    QVERIFY(setrlimit(RLIMIT_CORE, &unlimited) != 0 || geteuid() == 0);
}

QTEST_GUILESS_MAIN(TestProcessHardening)
#include "tst_processhardening.moc"
