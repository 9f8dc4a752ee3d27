// SPDX-License-Identifier: GPL-3.0-or-later
#include "publisher.h"

#include "../crypto/mac.h"
#include "../io/outputfile.h"
#include "../log/logactions.h"
#include "../register/accounts.h"
#include "../register/officesettings.h"
#include "../reports/reportprinter.h"
#include "../vault/vault.h"
#include "publiclistfiles.h"
#include "publiclistreport.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonObject>

#include <future>
#include <memory>
#include <vector>

namespace Brankas {

namespace {
QString shown(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

QString hex(const QByteArray &digest)
{
    return QString::fromLatin1(digest.toHex());
}
} // namespace

const QStringList &Publisher::fileNames()
{
    static const QStringList names{QStringLiteral("index.html"), QStringLiteral("accounts.csv"),
                                   QStringLiteral("accounts.json"), QStringLiteral("accounts.pdf")};
    return names;
}

Status Publisher::checkFolder(const QString &folder)
{
    if (folder.trimmed().isEmpty()) {
        return Error(ErrorCode::InvalidInput,
                     QT_TRANSLATE_NOOP("Brankas::Error", "Give the folder to write the public list into."));
    }
    const QFileInfo info(folder);
    if (info.isSymLink()) {
        return Error(ErrorCode::InvalidInput,
                     QT_TRANSLATE_NOOP("Brankas::Error",
                                       "%1 is a link to another place; Brankas does not write through links. Give "
                                       "the folder itself."),
                     {shown(folder)});
    }
    if (info.exists() && !info.isDir()) {
        return Error(ErrorCode::InvalidInput,
                     QT_TRANSLATE_NOOP("Brankas::Error",
                                       "%1 is a file, not a folder. The public list is four files: give a folder "
                                       "for them (a new name makes a new folder)."),
                     {shown(folder)});
    }
    if (info.exists()) {
        for (const QString &name : fileNames()) {
            if (Status allowed = checkOutputPath(QDir(folder).filePath(name)); !allowed) {
                return allowed;
            }
        }
    }
    return {};
}

Result<PublicList> Publisher::list(const QDate &asOf)
{
    auto office = OfficeSettings(m_vault).get();
    if (!office) {
        return office.error();
    }
    AccountFilter filter;
    filter.status = AccountStatus::Active;
    auto accounts = Accounts(m_vault).list(filter);
    if (!accounts) {
        return accounts.error();
    }
    const QDate day = asOf.isValid() ? asOf : m_vault.clock().nowUtc().toLocalTime().date();
    return publicListOf(accounts.value(), day, office.value().name);
}

Result<Publication> Publisher::publish(const Session &session, const QString &folder, const PublishOptions &options)
{
    if (Status allowed = checkFolder(folder); !allowed) {
        return allowed.error();
    }
    auto gathered = list(options.asOf);
    if (!gathered) {
        return gathered.error();
    }
    const PublicList &publicList = gathered.value();
    auto office = OfficeSettings(m_vault).get();
    if (!office) {
        return office.error();
    }
    auto fingerprint = m_vault.log().headFingerprint();
    if (!fingerprint) {
        return fingerprint.error();
    }
    // Every file is made in memory first, so a refusal anywhere leaves the folder as it was. The
    // page, CSV and JSON are made on another core while this one makes the PDF, which takes longest
    // (the national list: about 0.3 s against 5 s of CPU).
    std::future<QList<QByteArray>> website = std::async(std::launch::async, [&publicList, &options] {
        return QList<QByteArray>{publicListHtml(publicList, options.language), publicListCsv(publicList),
                                 publicListJson(publicList)};
    });
    auto document = buildPublicListReport({publicList, office.value(), fingerprint.value(), m_vault.clock().nowUtc(),
                                           options.language, options.paper, options.logo});
    if (!document) {
        return document.error();
    }
    // Through the compact writer: Qt's takes three times as long for the national list's 7,216 pages.
    auto pdf = compactReportPdf(document.value());
    if (!pdf) {
        return pdf.error();
    }
    QList<QByteArray> contents = website.get();
    contents.append(std::move(pdf).value());

    if (!QFileInfo::exists(folder) && !QDir().mkpath(folder)) {
        return Error(ErrorCode::Io,
                     QT_TRANSLATE_NOOP("Brankas::Error",
                                       "Brankas could not make the folder %1. Check that its parent folder exists "
                                       "and that you may write there."),
                     {shown(folder)});
    }
    Publication publication;
    publication.folder = QDir(folder).absolutePath();
    publication.accounts = int(publicList.accounts.size());
    publication.asOf = publicList.asOf;
    publication.sha256 = hex(Crypto::sha256(contents[2]));

    std::vector<std::unique_ptr<OutputFile>> outputs;
    QJsonObject hashes;
    for (qsizetype i = 0; i < fileNames().size(); ++i) {
        const QString path = QDir(publication.folder).filePath(fileNames()[i]);
        auto file = OutputFile::open(path, OutputFile::Access::Shared);
        if (!file) {
            return file.error(); // the files opened so far are dropped unwritten
        }
        if (file.value()->device().write(contents[i]) != contents[i].size()) {
            return OutputFile::cannotWrite(path, file.value()->device().errorString());
        }
        hashes.insert(fileNames()[i], hex(Crypto::sha256(contents[i])));
        publication.files << path;
        outputs.push_back(std::move(file).value());
    }

    // The record that the list was published, alone in its transaction and written before any file
    // appears under its name: a published list the log does not know of never exists.
    Status logged = m_vault.commitChange(session, [&]() -> Result<QList<LogEvent>> {
        return QList<LogEvent>{{LogAction::registerPublished(), QStringLiteral("register"),
                                QJsonObject{{QStringLiteral("sha256"), publication.sha256},
                                            {QStringLiteral("accounts"), qint64(publication.accounts)},
                                            {QStringLiteral("asOf"), publicList.asOf.toString(Qt::ISODate)},
                                            {QStringLiteral("language"), languageCode(options.language)},
                                            {QStringLiteral("folder"), QFileInfo(publication.folder).fileName()},
                                            {QStringLiteral("files"), hashes}}}};
    });
    if (!logged) {
        return logged.error();
    }
    for (const auto &output : outputs) {
        if (Status committed = output->commit(); !committed) {
            return committed.error();
        }
    }
    return publication;
}

} // namespace Brankas
