// SPDX-License-Identifier: GPL-3.0-or-later
// Every action core writes to the archive log is described once, in core/log/logactions.cpp, with
// its words in both languages; the log refuses one that is not, and core's sources name none.
#include "../common/testvault.h"

#include <core/log/logactions.h>

#include <QDirIterator>
#include <QRegularExpression>
#include <QSet>

using namespace Brankas;
using namespace Brankas::Testing;

class TestLogActions : public QObject
{
    Q_OBJECT

private slots:
    void everyDescriptionHasWordsInBothLanguages();
    void namedActionsAreDescribed();
    void coreSourcesWriteOnlyDescribedActions();
    void undescribedActionIsRefusedAndNothingWritten();
};

void TestLogActions::everyDescriptionHasWordsInBothLanguages()
{
    QSet<QString> seen;
    for (const LogAction::Description &description : LogAction::all()) {
        const QString action = QString::fromLatin1(description.action);
        QVERIFY2(!seen.contains(action), qPrintable(action));
        seen.insert(action);
        QVERIFY2(QRegularExpression(QStringLiteral("^[a-z]+\\.[a-z-]+$")).match(action).hasMatch(), qPrintable(action));
        QVERIFY2(qstrlen(description.english) > 0 && qstrlen(description.indonesian) > 0, qPrintable(action));
        QVERIFY(LogAction::words(action, Language::English) != LogAction::words(action, Language::Indonesian));
        QCOMPARE(LogAction::words(action, Language::English), QString::fromUtf8(description.english));
    }
    QCOMPARE(LogAction::identifiers().size(), qsizetype(LogAction::all().size()));
    // Unknown identifiers read as themselves rather than as nothing.
    QCOMPARE(LogAction::words(u"no.such-action"), QStringLiteral("no.such-action"));
    QVERIFY(!LogAction::isDescribed(u"no.such-action"));
}

void TestLogActions::namedActionsAreDescribed()
{
    const QStringList named{LogAction::vaultCreated(),
                            LogAction::vaultMigrated(),
                            LogAction::unlockedWithRecovery(),
                            LogAction::keychainRestored(),
                            LogAction::signedIn(),
                            LogAction::signInFailed(),
                            LogAction::officerAdded(),
                            LogAction::officerKeysRegistered(),
                            LogAction::signInRefused(),
                            LogAction::officerDisabled(),
                            LogAction::officerEnabled(),
                            LogAction::officerRoleChanged(),
                            LogAction::officerPassphraseChanged(),
                            LogAction::officerPassphraseReset(),
                            LogAction::secretsKeyCreated(),
                            LogAction::secretsAccessGranted(),
                            LogAction::secretsAccessRevoked(),
                            LogAction::logCheckpoint(),
                            LogAction::secretRevealed(),
                            LogAction::secretCopied(),
                            LogAction::handoverCreated(),
                            LogAction::handoverUpdated(),
                            LogAction::handoverDiscarded(),
                            LogAction::handoverFinalized(),
                            LogAction::reportSecretsPrinted()};
    for (const QString &action : named) {
        QVERIFY2(LogAction::isDescribed(action), qPrintable(action));
    }
}

// Looks in core's sources for every string literal shaped like an action ("area.verb") whose area
// is one the log uses, so an action added at a call site without words fails here before any
// officer sees it raw (the log's refusal would only show it when that path runs).
void TestLogActions::coreSourcesWriteOnlyDescribedActions()
{
    QSet<QString> areas;
    for (const QString &action : LogAction::identifiers()) {
        areas.insert(action.section(QLatin1Char('.'), 0, 0));
    }
    const QRegularExpression literal(QStringLiteral("\"([a-z]+)\\.([a-z][a-z-]*)\""));
    const QRegularExpression include(QStringLiteral("^\\s*#\\s*include"));
    QDirIterator files(QStringLiteral(BRANKAS_SOURCE_DIR "/core"), {QStringLiteral("*.cpp"), QStringLiteral("*.h")},
                       QDir::Files, QDirIterator::Subdirectories);
    int candidates = 0;
    QStringList undescribed;
    while (files.hasNext()) {
        QFile file(files.next());
        QVERIFY(file.open(QIODevice::ReadOnly));
        int lineNumber = 0;
        while (!file.atEnd()) {
            const QString line = QString::fromUtf8(file.readLine());
            ++lineNumber;
            if (include.match(line).hasMatch()) {
                continue;
            }
            for (auto it = literal.globalMatch(line); it.hasNext();) {
                const QRegularExpressionMatch match = it.next();
                const QString extension = match.captured(2);
                if (!areas.contains(match.captured(1)) || extension == QLatin1String("h") ||
                    extension == QLatin1String("cpp") || extension == QLatin1String("sql")) {
                    continue;
                }
                ++candidates;
                if (!LogAction::isDescribed(match.captured(0).mid(1).chopped(1))) {
                    undescribed
                        << QStringLiteral("%1:%2: %3").arg(file.fileName()).arg(lineNumber).arg(match.captured(0));
                }
            }
        }
    }
    // The scan finds the call sites (and the list itself), or it proves nothing.
    QVERIFY2(candidates > 2 * int(LogAction::all().size()), qPrintable(QString::number(candidates)));
    QVERIFY2(undescribed.isEmpty(), qPrintable(undescribed.join(QLatin1Char('\n'))));
}

void TestLogActions::undescribedActionIsRefusedAndNothingWritten()
{
    TestVault t;
    auto vault = t.create();
    auto session = vault->signIn(QStringLiteral("Siti"), AdminPassphrase);
    QVERIFY(session.ok());
    const qint64 before = vault->log().verify().value().entries;
    const Status refused = vault->commitChange(session.value(), [] {
        return Result<QList<LogEvent>>(
            QList<LogEvent>{{QStringLiteral("account.status-changed"), QStringLiteral("account:1"), {}},
                            {QStringLiteral("account.teleported"), QStringLiteral("account:1"), {}}});
    });
    QCOMPARE(refused.error().code(), ErrorCode::InvalidInput);
    QVERIFY(refused.error().message().contains(QLatin1String("account.teleported")));
    QCOMPARE(vault->log()
                 .recordPending(QStringLiteral("Siti"),
                                {QStringLiteral("officer.vanished"), QStringLiteral("officer:Siti"), {}})
                 .error()
                 .code(),
             ErrorCode::InvalidInput);
    auto after = vault->log().verify();
    QVERIFY(after.ok() && after.value().intact());
    QCOMPARE(after.value().entries, before);
}

QTEST_GUILESS_MAIN(TestLogActions)
#include "tst_logactions.moc"
