// SPDX-License-Identifier: GPL-3.0-or-later
#include "../register/registertesting.h"

#include <core/evaluation/evaluationnotes.h>

#include <QJsonObject>
#include <QTest>

using namespace Brankas;
using namespace Brankas::Testing;

class TestEvaluationNotes : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void addAndList();
    void categoriesRoundTrip();
    void refusals_data();
    void refusals();
    void viewerCannotAdd();
    void editCorrectsAndLogs();
    void editRefusals();

private:
    std::unique_ptr<Office> m_office;
};

void TestEvaluationNotes::init()
{
    m_office = std::make_unique<Office>();
    m_office->t.clock.set(QDateTime(QDate(2025, 1, 15), QTime(9, 0), QTimeZone::utc()));
}

void TestEvaluationNotes::cleanup()
{
    m_office.reset();
}

void TestEvaluationNotes::addAndList()
{
    EvaluationNotes notes(*m_office->vault);
    auto achievement = notes.add(m_office->budi, QStringLiteral("72.05.02"), 2024, NoteKind::Achievement, std::nullopt,
                                 QStringLiteral("  Live pengawasan\n tiap tahapan  "));
    QVERIFY2(achievement.ok(), qPrintable(achievement.error().untranslatedMessage()));
    QCOMPARE(achievement.value().text, QStringLiteral("Live pengawasan tiap tahapan"));
    const LogEntry entry = m_office->lastLogEntry();
    QCOMPARE(entry.action, QStringLiteral("evaluation.note-added"));
    QCOMPARE(entry.target, QStringLiteral("kecamatan:72.05.02"));
    QCOMPARE(entry.detailsObject().value(QStringLiteral("kind")).toString(), QStringLiteral("achievement"));
    auto obstacle = notes.add(m_office->budi, QStringLiteral("72.05.01"), 2024, NoteKind::Obstacle,
                              ObstacleCategory::AccountLocked, QStringLiteral("Akun diretas bulan Mei"));
    QVERIFY(obstacle.ok());
    QCOMPARE(m_office->lastLogEntry().detailsObject().value(QStringLiteral("category")).toString(),
             QStringLiteral("account-locked"));
    QVERIFY(notes
                .add(m_office->budi, QStringLiteral("72.05.01"), 2023, NoteKind::Achievement, std::nullopt,
                     QStringLiteral("Lama"))
                .ok());
    const auto year = notes.list(2024).value();
    QCOMPARE(year.size(), 2);
    QCOMPARE(year.first().kecamatanCode, QStringLiteral("72.05.01")); // by code, not by insertion
    QCOMPARE(year.first().category, std::optional<ObstacleCategory>(ObstacleCategory::AccountLocked));
    QVERIFY(!year.last().category);
    QCOMPARE(year.last().officer, QStringLiteral("Budi"));
    QCOMPARE(notes.list(std::nullopt).value().size(), 3);
    QVERIFY(m_office->vault->log().verify().value().intact());
}

void TestEvaluationNotes::categoriesRoundTrip()
{
    for (ObstacleCategory category : allObstacleCategories()) {
        QCOMPARE(obstacleCategoryFromId(obstacleCategoryId(category)), std::optional<ObstacleCategory>(category));
        QVERIFY(!obstacleCategoryDisplayName(category).isEmpty());
    }
    QCOMPARE(allObstacleCategories().size(), 5);
    QVERIFY(!obstacleCategoryFromId(QStringLiteral("weather")));
    QCOMPARE(noteKindFromId(QStringLiteral("Kendala")), std::optional<NoteKind>(NoteKind::Obstacle));
}

void TestEvaluationNotes::refusals_data()
{
    QTest::addColumn<QString>("kecamatan");
    QTest::addColumn<int>("year");
    QTest::addColumn<int>("kind");
    QTest::addColumn<int>("category"); // -1: none
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("code");
    const int obstacle = int(NoteKind::Obstacle);
    const int achievement = int(NoteKind::Achievement);
    const int invalid = int(ErrorCode::InvalidInput);
    QTest::newRow("obstacle without category")
        << QStringLiteral("72.05.01") << 2024 << obstacle << -1 << QStringLiteral("Tidak ada HP") << invalid;
    QTest::newRow("achievement with category")
        << QStringLiteral("72.05.01") << 2024 << achievement << 0 << QStringLiteral("Bagus") << invalid;
    QTest::newRow("empty text") << QStringLiteral("72.05.01") << 2024 << achievement << -1 << QStringLiteral("   ")
                                << invalid;
    QTest::newRow("next year") << QStringLiteral("72.05.01") << 2026 << achievement << -1 << QStringLiteral("Bagus")
                               << invalid;
    QTest::newRow("ancient year") << QStringLiteral("72.05.01") << 1999 << achievement << -1 << QStringLiteral("Bagus")
                                  << invalid;
    QTest::newRow("bidi override") << QStringLiteral("72.05.01") << 2024 << achievement << -1
                                   << QStringLiteral("ok \u202egnp.exe") << invalid;
    QTest::newRow("too long") << QStringLiteral("72.05.01") << 2024 << achievement << -1
                              << QString(601, QLatin1Char('a')) << invalid;
    QTest::newRow("unknown kecamatan") << QStringLiteral("99.99.99") << 2024 << achievement << -1
                                       << QStringLiteral("Bagus") << int(ErrorCode::NotFound);
}

void TestEvaluationNotes::refusals()
{
    QFETCH(QString, kecamatan);
    QFETCH(int, year);
    QFETCH(int, kind);
    QFETCH(int, category);
    QFETCH(QString, text);
    QFETCH(int, code);
    const qint64 before = m_office->logCount();
    auto refused =
        EvaluationNotes(*m_office->vault)
            .add(m_office->budi, kecamatan, year, NoteKind(kind),
                 category < 0 ? std::nullopt : std::optional<ObstacleCategory>(ObstacleCategory(category)), text);
    QVERIFY(!refused.ok());
    QCOMPARE(int(refused.error().code()), code);
    QCOMPARE(m_office->rows("evaluation_note"), 0);
    QCOMPARE(m_office->logCount(), before);
}

void TestEvaluationNotes::viewerCannotAdd()
{
    auto refused = EvaluationNotes(*m_office->vault)
                       .add(m_office->ani, QStringLiteral("72.05.01"), 2024, NoteKind::Achievement, std::nullopt,
                            QStringLiteral("Bagus"));
    QCOMPARE(refused.error().code(), ErrorCode::PermissionDenied);
    QCOMPARE(m_office->rows("evaluation_note"), 0);
}

void TestEvaluationNotes::editCorrectsAndLogs()
{
    EvaluationNotes notes(*m_office->vault);
    const EvaluationNote obstacle = notes
                                        .add(m_office->budi, QStringLiteral("72.05.01"), 2024, NoteKind::Obstacle,
                                             ObstacleCategory::Other, QStringLiteral("Akun diretas bulan Mei"))
                                        .value();
    const qint64 before = m_office->logCount();
    auto edited = notes.edit(m_office->siti, obstacle.id, ObstacleCategory::AccountLocked,
                             QStringLiteral(" Akun diretas\n bulan Juni "));
    QVERIFY2(edited.ok(), qPrintable(edited.error().untranslatedMessage()));
    QCOMPARE(edited.value().text, QStringLiteral("Akun diretas bulan Juni"));
    QCOMPARE(m_office->logCount(), before + 1);
    const LogEntry entry = m_office->lastLogEntry();
    QCOMPARE(entry.action, QStringLiteral("evaluation.note-changed"));
    QCOMPARE(entry.target, QStringLiteral("kecamatan:72.05.01"));
    const QJsonObject details = entry.detailsObject();
    QCOMPARE(details.value(QStringLiteral("from")).toObject().value(QStringLiteral("text")).toString(),
             QStringLiteral("Akun diretas bulan Mei"));
    QCOMPARE(details.value(QStringLiteral("to")).toObject().value(QStringLiteral("category")).toString(),
             QStringLiteral("account-locked"));
    const auto listed = notes.list(2024).value();
    QCOMPARE(listed.size(), 1);
    QCOMPARE(listed.first().text, QStringLiteral("Akun diretas bulan Juni"));
    QCOMPARE(listed.first().category, std::optional<ObstacleCategory>(ObstacleCategory::AccountLocked));
    QCOMPARE(listed.first().kind, NoteKind::Obstacle);
    QCOMPARE(listed.first().officer, QStringLiteral("Budi")); // who wrote it first; the log says who corrected
    // The same text again changes nothing and logs nothing.
    QVERIFY(notes
                .edit(m_office->budi, obstacle.id, ObstacleCategory::AccountLocked,
                      QStringLiteral("Akun diretas "
                                     "bulan Juni"))
                .ok());
    QCOMPARE(m_office->logCount(), before + 1);
    QVERIFY(m_office->vault->log().verify().value().intact());
}

void TestEvaluationNotes::editRefusals()
{
    EvaluationNotes notes(*m_office->vault);
    const EvaluationNote achievement = notes
                                           .add(m_office->budi, QStringLiteral("72.05.01"), 2024, NoteKind::Achievement,
                                                std::nullopt, QStringLiteral("Bagus"))
                                           .value();
    const qint64 before = m_office->logCount();
    QCOMPARE(notes.edit(m_office->ani, achievement.id, std::nullopt, QStringLiteral("Diubah")).error().code(),
             ErrorCode::PermissionDenied);
    QCOMPARE(notes.edit(m_office->budi, achievement.id + 100, std::nullopt, QStringLiteral("Diubah")).error().code(),
             ErrorCode::NotFound);
    QCOMPARE(notes.edit(m_office->budi, achievement.id, std::nullopt, QStringLiteral("  ")).error().code(),
             ErrorCode::InvalidInput);
    QCOMPARE(
        notes.edit(m_office->budi, achievement.id, ObstacleCategory::Other, QStringLiteral("Diubah")).error().code(),
        ErrorCode::InvalidInput);
    QCOMPARE(
        notes.edit(m_office->budi, achievement.id, std::nullopt, QStringLiteral("ok \u202egnp.exe")).error().code(),
        ErrorCode::InvalidInput);
    QCOMPARE(m_office->logCount(), before);
    QCOMPARE(notes.list(2024).value().first().text, QStringLiteral("Bagus"));
}

QTEST_GUILESS_MAIN(TestEvaluationNotes)
#include "tst_evaluationnotes.moc"
