// SPDX-License-Identifier: GPL-3.0-or-later
// Publishing the public list from a vault whose accounts carry every kind of personal data and
// secret: only the accounts official today get out, none of that data does (checked in every file,
// and in the PDF's text), the publication is logged alone with the list's SHA-256, and a folder or
// file that must not be written is refused with nothing written and nothing logged.
#include "../register/registertesting.h"
#include "../reports/pdftools.h"

#include <core/crypto/mac.h>
#include <core/log/logactions.h>
#include <core/publish/publisher.h>
#include <core/storage/vaultfile.h>

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

using namespace Brankas;
using namespace Brankas::Testing;

namespace {
// What must never reach a public file.
const QStringList PersonalData{
    QStringLiteral("momunu.rahasia@gmail.com"),
    QStringLiteral("081234567890"),
    QStringLiteral("6281234567890"),
    QStringLiteral("Andi Pemegang Akun"),
    QStringLiteral("catatan pribadi"),
    QStringLiteral("Sandi#Rahasia-2024"),
    QStringLiteral("JBSWY3DPEHPK3PXP"),
    QStringLiteral("kode-pemulihan-111"),
    QStringLiteral("paleleh.rahasia@yahoo.com"),
    QStringLiteral("085298765432"),
    QStringLiteral("Budi Pemegang"),
};

QByteArray readAll(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        qFatal("cannot read %s", qPrintable(path));
    }
    return file.readAll();
}

struct Fixture
{
    Office office;
    QDate today;

    Fixture()
    {
        today = office.t.clock.nowUtc().toLocalTime().date();
        const Term current =
            office.addTerm(QStringLiteral("Pemilihan Berjalan"), today.addDays(-30), today.addDays(300));
        const Term ended = office.addTerm(QStringLiteral("Pemilu Lalu"), today.addDays(-400), today.addDays(-1));
        const Term endsToday = office.addTerm(QStringLiteral("Berakhir Hari Ini"), today.addDays(-100), today);

        auto spec = [&](const char *kecamatan, Platform platform, const char *handle, const Term &term) {
            NewAccount account = newAccount(QString::fromLatin1(kecamatan), platform, QString::fromLatin1(handle));
            account.termId = term.id;
            account.email = QStringLiteral("momunu.rahasia@gmail.com");
            account.phone = QStringLiteral("081234567890");
            account.notes = QStringLiteral("catatan pribadi: kata sandi ada di laci");
            return account;
        };
        // Official today, with every secret Brankas keeps.
        const Account official =
            office.addAccount(spec("72.05.01", Platform::Instagram, "panwaslu.momunu", current), "Sandi#Rahasia-2024");
        Secrets secrets(*office.vault);
        require(
            secrets.set(office.budi, official.id, SecretKind::Totp, secret("JBSWY3DPEHPK3PXP"), QStringLiteral("2FA")),
            "set totp");
        require(secrets.set(office.budi, official.id, SecretKind::RecoveryCodes, secret("kode-pemulihan-111"),
                            QStringLiteral("2FA")),
                "set recovery codes");
        // Its term ends today: still official.
        NewAccount lastDay = spec("72.05.02", Platform::Facebook, "panwaslupaleleh", endsToday);
        lastDay.email = QStringLiteral("paleleh.rahasia@yahoo.com");
        lastDay.phone = QStringLiteral("085298765432");
        office.addAccount(lastDay);
        // Its term ended yesterday: active on paper, no longer official.
        office.addAccount(spec("72.05.01", Platform::Facebook, "panwaslumomunu", ended));
        // Deactivated, held by the office, requested, suspended: none official.
        const Account deactivated = office.addAccount(spec("72.05.01", Platform::X, "pwsl_momunu", current));
        office.changeStatus(deactivated.id, AccountStatus::Deactivated);
        NewAccount permanent = spec("72.05.01", Platform::YouTube, "panwaslumomunu", current);
        permanent.nature = AccountNature::Permanent;
        permanent.holder = QStringLiteral("Andi Pemegang Akun");
        const Account held = office.addAccount(permanent);
        office.changeStatus(held.id, AccountStatus::Held);
        NewAccount requested = spec("72.05.01", Platform::TikTok, "panwaslu.momunu", current);
        requested.status = AccountStatus::Requested;
        office.addAccount(requested);
        NewAccount suspendedSpec = spec("72.05.02", Platform::Instagram, "panwaslu.paleleh", current);
        suspendedSpec.holder = QStringLiteral("Budi Pemegang");
        const Account suspended = office.addAccount(suspendedSpec);
        office.changeStatus(suspended.id, AccountStatus::Suspended);
    }

    QStringList listed()
    {
        auto list = Publisher(*office.vault).list();
        if (!list) {
            qFatal("list: %s", qPrintable(list.error().untranslatedMessage()));
        }
        QStringList handles;
        for (const PublicAccount &account : list.value().accounts) {
            handles << account.platformId + QLatin1Char(':') + account.handle;
        }
        return handles;
    }
};
} // namespace

class TestPublisher : public QObject
{
    Q_OBJECT

private slots:
    void listsOnlyAccountsActiveNow();
    void termEndedYesterdayDropsOffTheNextDay();
    void publishesFourFilesWithoutPersonalData();
    void publicationIsLoggedAloneWithTheListsHash();
    void viewersPublishToo();
    void refusesWhatMustNotBeWritten_data();
    void refusesWhatMustNotBeWritten();
};

void TestPublisher::listsOnlyAccountsActiveNow()
{
    Fixture f;
    QCOMPARE(f.listed(),
             (QStringList{QStringLiteral("instagram:panwaslu.momunu"), QStringLiteral("facebook:panwaslupaleleh")}));
}

void TestPublisher::termEndedYesterdayDropsOffTheNextDay()
{
    Fixture f;
    f.office.t.clock.advance(qint64(24) * 3600 * 1000);
    QCOMPARE(f.listed(), QStringList{QStringLiteral("instagram:panwaslu.momunu")});
    // And a list asked for an earlier day is that day's.
    auto earlier = Publisher(*f.office.vault).list(f.today.addDays(-1));
    QVERIFY(earlier);
    QCOMPARE(earlier.value().accounts.size(), 3); // the term that ended "yesterday" was current then
}

void TestPublisher::publishesFourFilesWithoutPersonalData()
{
    if (QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty()) {
        QSKIP("pdftotext (poppler-utils) is not installed");
    }
    Fixture f;
    QTemporaryDir dir;
    const QString folder = dir.filePath(QStringLiteral("situs/akun-resmi")); // made on the way
    auto published = Publisher(*f.office.vault).publish(f.office.ani, folder, {});
    QVERIFY2(published, qPrintable(published ? QString() : published.error().untranslatedMessage()));
    QCOMPARE(published.value().accounts, 2);
    QCOMPARE(published.value().files.size(), 4);
    for (const QString &name : Publisher::fileNames()) {
        const QString path = QDir(folder).filePath(name);
        QVERIFY2(published.value().files.contains(path), qPrintable(path));
        const QByteArray bytes = readAll(path);
        QVERIFY(!bytes.isEmpty());
        for (const QString &personal : PersonalData) {
            QVERIFY2(!bytes.contains(personal.toUtf8()), qPrintable(name + QStringLiteral(": ") + personal));
        }
        if (name.endsWith(QLatin1String(".pdf"))) {
            continue;
        }
        // Every account that is listed is in every file, and none of the others.
        for (const char *handle : {"panwaslu.momunu", "panwaslupaleleh"}) {
            QVERIFY2(bytes.contains(handle), qPrintable(name));
        }
        for (const char *handle : {"panwaslumomunu", "pwsl_momunu", "panwaslu.paleleh"}) {
            QVERIFY2(!bytes.contains(handle), qPrintable(name + QStringLiteral(": ") + QLatin1String(handle)));
        }
    }
    // The PDF is compressed: its text, as a reader extracts it.
    const QString pdf = QDir(folder).filePath(QStringLiteral("accounts.pdf"));
    const QString text = pdfText(pdf);
    QVERIFY2(text.contains(QStringLiteral("@panwaslu.momunu")), qPrintable(text.left(400)));
    QVERIFY(text.contains(QStringLiteral("PANWASLU KECAMATAN MOMUNU")));
    QVERIFY(text.contains(QStringLiteral("www.facebook.com/panwaslupaleleh")));
    QVERIFY(!text.contains(QStringLiteral("panwaslumomunu")));
    for (const QString &personal : PersonalData) {
        QVERIFY2(!text.contains(personal), qPrintable(personal));
    }
    QCOMPARE(pdfPages(pdf), 2); // a page per kecamatan, to pin up at its office
    QVERIFY(pdfInfoField(pdf, QStringLiteral("Page size")).startsWith(QStringLiteral("595.276 x 841.89")));
    keepSample(pdf, QStringLiteral("public-list.pdf"));
}

void TestPublisher::publicationIsLoggedAloneWithTheListsHash()
{
    Fixture f;
    QTemporaryDir dir;
    const qint64 before = f.office.logCount();
    PublishOptions options;
    options.language = Language::English;
    options.paper = Paper::F4;
    auto published = Publisher(*f.office.vault).publish(f.office.budi, dir.path(), options);
    QVERIFY(published);
    QCOMPARE(f.office.logCount(), before + 1);
    const LogEntry entry = f.office.lastLogEntry();
    QCOMPARE(entry.action, LogAction::registerPublished());
    QCOMPARE(entry.officer, QStringLiteral("Budi"));
    QVERIFY(LogAction::isDescribed(entry.action));
    const QJsonObject details = entry.detailsObject();
    const QByteArray json = readAll(dir.filePath(QStringLiteral("accounts.json")));
    const QString sha = QString::fromLatin1(Crypto::sha256(json).toHex());
    QCOMPARE(details.value(QStringLiteral("sha256")).toString(), sha);
    QCOMPARE(published.value().sha256, sha);
    QCOMPARE(details.value(QStringLiteral("accounts")).toInt(), 2);
    QCOMPARE(details.value(QStringLiteral("language")).toString(), QStringLiteral("en"));
    QCOMPARE(details.value(QStringLiteral("asOf")).toString(), f.today.toString(Qt::ISODate));
    const QJsonObject files = details.value(QStringLiteral("files")).toObject();
    for (const QString &name : Publisher::fileNames()) {
        QCOMPARE(files.value(name).toString(),
                 QString::fromLatin1(Crypto::sha256(readAll(dir.filePath(name))).toHex()));
    }
    QCOMPARE(QJsonDocument::fromJson(json).object().value(QStringLiteral("accounts")).toArray().size(), 2);
    QVERIFY(readAll(dir.filePath(QStringLiteral("index.html"))).contains("<html lang=\"en\">"));
}

void TestPublisher::viewersPublishToo()
{
    Fixture f;
    QTemporaryDir dir;
    QVERIFY(Publisher(*f.office.vault).publish(f.office.ani, dir.path(), {}));
    QCOMPARE(f.office.lastLogEntry().officer, QStringLiteral("Ani"));
}

void TestPublisher::refusesWhatMustNotBeWritten_data()
{
    QTest::addColumn<QString>("setup");
    QTest::newRow("the folder is a file") << QStringLiteral("folder-file");
    QTest::newRow("the folder is a link") << QStringLiteral("folder-link");
    QTest::newRow("index.html is a link to another file") << QStringLiteral("file-link");
    QTest::newRow("accounts.json is a folder") << QStringLiteral("file-folder");
    QTest::newRow("accounts.pdf is a copy of the vault") << QStringLiteral("file-vault");
    QTest::newRow("no folder given") << QStringLiteral("empty");
}

void TestPublisher::refusesWhatMustNotBeWritten()
{
    QFETCH(QString, setup);
    Fixture f;
    QTemporaryDir dir;
    QString folder = dir.filePath(QStringLiteral("situs"));
    QVERIFY(QDir().mkpath(folder));
    const QString outside = dir.filePath(QStringLiteral("jangan-ditimpa.txt"));
    {
        QFile file(outside);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("isi lama");
    }
    if (setup == QLatin1String("folder-file")) {
        folder = outside;
    } else if (setup == QLatin1String("folder-link")) {
        folder = dir.filePath(QStringLiteral("tautan"));
        QVERIFY(QFile::link(dir.filePath(QStringLiteral("situs")), folder));
    } else if (setup == QLatin1String("file-link")) {
        QVERIFY(QFile::link(outside, QDir(folder).filePath(QStringLiteral("index.html"))));
    } else if (setup == QLatin1String("file-folder")) {
        QVERIFY(QDir(folder).mkdir(QStringLiteral("accounts.json")));
    } else if (setup == QLatin1String("file-vault")) {
        QVERIFY(QFile::copy(f.office.vault->path(), QDir(folder).filePath(QStringLiteral("accounts.pdf"))));
    } else {
        folder.clear();
    }
    const qint64 before = f.office.logCount();
    auto published = Publisher(*f.office.vault).publish(f.office.budi, folder, {});
    QVERIFY(!published);
    QCOMPARE(published.error().code(), ErrorCode::InvalidInput);
    QVERIFY(!published.error().message().isEmpty());
    QCOMPARE(f.office.logCount(), before);
    QCOMPARE(readAll(outside), QByteArray("isi lama"));
    for (const QString &name : Publisher::fileNames()) {
        const QFileInfo info(QDir(dir.filePath(QStringLiteral("situs"))).filePath(name));
        QVERIFY2(!info.exists() || info.isSymLink() || info.isDir() || name == QLatin1String("accounts.pdf"),
                 qPrintable(name));
    }
    if (setup == QLatin1String("file-vault")) {
        QVERIFY(Storage::isVaultOrCompanion(QDir(folder).filePath(QStringLiteral("accounts.pdf"))));
    }
}

QTEST_MAIN(TestPublisher)
#include "tst_publisher.moc"
