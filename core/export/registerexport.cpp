// SPDX-License-Identifier: GPL-3.0-or-later
#include "registerexport.h"

#include "../domain/role.h"
#include "../import/importcolumns.h"
#include "../io/outputfile.h"
#include "../log/logactions.h"
#include "../register/secrets.h"
#include "../vault/officers.h"
#include "../vault/vault.h"
#include "xlsxwriter.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonObject>

#include <algorithm>

namespace Brankas {

namespace {
const QList<ImportField> &exportedFields()
{
    static const QList<ImportField> fields{ImportField::Kecamatan,   ImportField::Platform, ImportField::Handle,
                                           ImportField::DisplayName, ImportField::Email,    ImportField::Phone,
                                           ImportField::TwoFactor,   ImportField::Term,     ImportField::Nature,
                                           ImportField::State,       ImportField::Holder,   ImportField::Notes};
    return fields;
}

// The dates after the importer's columns: it names and ignores them on the way back in.
const char *const RecordedHeader = "Dicatat";
const char *const ActiveUntilHeader = "Aktif Sampai";

// Excel runs a CSV cell that starts with = + - or @ as a formula; a display name or a note typed
// that way must stay text. The apostrophe is Excel's own "this is text" mark, and the importer
// drops it again.
QString csvField(QString text)
{
    if (startsLikeFormula(text)) {
        text.prepend(QLatin1Char('\''));
    }
    if (!text.contains(QLatin1Char(',')) && !text.contains(QLatin1Char('"')) && !text.contains(QLatin1Char('\n')) &&
        !text.contains(QLatin1Char('\r'))) {
        return text;
    }
    QString quoted = text;
    quoted.replace(QLatin1Char('"'), QLatin1String("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

using Passwords = QHash<qint64, QString>;

Result<QByteArray> xlsxBytes(const QList<Account> &accounts, const Passwords *passwords)
{
    XlsxWriter writer(RegisterExport::headers(passwords != nullptr));
    for (const Account &account : accounts) {
        QVariantList cells;
        for (const QString &cell : RegisterExport::cells(account)) {
            cells << cell;
        }
        if (passwords) {
            cells << passwords->value(account.id);
        }
        cells << account.createdAt.date() << account.activeUntil;
        writer.addRow(cells);
    }
    return writer.finish(QStringLiteral("Register"));
}

QString formatOf(const QString &path)
{
    return path.endsWith(QLatin1String(".xlsx"), Qt::CaseInsensitive) ? QStringLiteral("xlsx") : QStringLiteral("csv");
}

Status checkFileName(const QString &path)
{
    if (!path.endsWith(QLatin1String(".xlsx"), Qt::CaseInsensitive) &&
        !path.endsWith(QLatin1String(".csv"), Qt::CaseInsensitive)) {
        return Error(ErrorCode::InvalidInput,
                     QT_TRANSLATE_NOOP("Brankas::Error", "Name the export file .xlsx (Excel) or .csv, not \"%1\"."),
                     {QFileInfo(path).fileName()});
    }
    return {};
}

QByteArray csvBytes(const QList<Account> &accounts, const Passwords *passwords)
{
    QByteArray bytes("\xEF\xBB\xBF");
    QStringList fields;
    for (const QString &header : RegisterExport::headers(passwords != nullptr)) {
        fields << csvField(header);
    }
    bytes += fields.join(QLatin1Char(',')).toUtf8() + "\r\n";
    for (const Account &account : accounts) {
        fields.clear();
        for (const QString &cell : RegisterExport::cells(account)) {
            fields << csvField(cell);
        }
        if (passwords) {
            fields << csvField(passwords->value(account.id));
        }
        fields << account.createdAt.date().toString(Qt::ISODate) << account.activeUntil.toString(Qt::ISODate);
        bytes += fields.join(QLatin1Char(',')).toUtf8() + "\r\n";
    }
    return bytes;
}
} // namespace

QStringList RegisterExport::headers(bool withPasswords)
{
    QStringList headers;
    for (ImportField field : exportedFields()) {
        headers << importFieldHeader(field);
    }
    if (withPasswords) {
        headers << importFieldHeader(ImportField::Password);
    }
    headers << QString::fromLatin1(RecordedHeader) << QString::fromLatin1(ActiveUntilHeader);
    return headers;
}

QStringList RegisterExport::cells(const Account &account)
{
    return {account.kecamatanCode,
            // The importer reads "Lainnya: NAME" as that other platform (a bare name could be a typo).
            account.platform == Platform::Other ? QStringLiteral("Lainnya: ") + account.platformName
                                                : platformId(account.platform),
            account.handle, account.displayName, account.email, account.phone, twoFactorId(account.twoFactor),
            account.termName, natureId(account.nature), statusId(account.status), account.holder, account.notes};
}

Status RegisterExport::write(const Session &session, const QList<Account> &accounts, const QString &path)
{
    if (Status named = checkFileName(path); !named) {
        return named;
    }
    return writeFile(session, accounts, path, nullptr);
}

Status RegisterExport::writeWithPasswords(const Session &session, const QList<Account> &accounts, const QString &path,
                                          QByteArrayView passphraseAgain)
{
    if (!canManageOfficers(session.officer.role)) {
        return Error(ErrorCode::PermissionDenied,
                     QT_TRANSLATE_NOOP("Brankas::Error", "Only an administrator can export the register with its "
                                                         "passwords."));
    }
    if (Status named = checkFileName(path); !named) {
        return named;
    }
    // The passphrase once more: a session left open on an unattended PC does not hand out every
    // password of the office in one file.
    auto again = m_vault.officers().authenticate(session.officer.name, passphraseAgain);
    if (!again) {
        return again.error();
    }
    if (again.value().record.officer.id != session.officer.id) {
        return Error(ErrorCode::WrongPassphrase,
                     QT_TRANSLATE_NOOP("Brankas::Error", "That is not the passphrase of the signed-in officer."));
    }
    // Logged first: if anything fails after this, the log still says the passwords were asked for.
    Status logged = m_vault.commitChange(session, [&]() -> Result<QList<LogEvent>> {
        return QList<LogEvent>{{LogAction::reportExported(), QStringLiteral("register"),
                                QJsonObject{{QStringLiteral("report"), QStringLiteral("register")},
                                            {QStringLiteral("format"), formatOf(path)},
                                            {QStringLiteral("file"), QFileInfo(path).fileName()},
                                            {QStringLiteral("accounts"), qint64(accounts.size())},
                                            {QStringLiteral("passwords"), true}}}};
    });
    if (!logged) {
        return logged;
    }
    Passwords passwords;
    Secrets secrets(m_vault);
    for (const Account &account : accounts) {
        auto password = secrets.reveal(session, account.id, SecretKind::Password);
        if (!password) {
            if (password.error().code() == ErrorCode::NotFound) {
                continue; // an account recorded without a password yet
            }
            return password.error();
        }
        passwords.insert(account.id, QString::fromUtf8(password.value().view()));
    }
    Status written = writeFile(session, accounts, path, &passwords);
    for (QString &password : passwords) {
        password.fill(QChar(0));
    }
    return written;
}

Status RegisterExport::writeFile(const Session &session, const QList<Account> &accounts, const QString &path,
                                 const Passwords *passwords)
{
    const bool xlsx = formatOf(path) == QLatin1String("xlsx");
    QByteArray bytes;
    if (xlsx) {
        auto written = xlsxBytes(accounts, passwords);
        if (!written) {
            return written.error();
        }
        bytes = std::move(written).value();
    } else {
        bytes = csvBytes(accounts, passwords);
    }
    auto file = OutputFile::open(path, passwords ? OutputFile::Access::OwnerOnly : OutputFile::Access::Shared);
    if (!file) {
        return file.error();
    }
    if (file.value()->device().write(bytes) != bytes.size()) {
        file.value()->cancel();
        return OutputFile::cannotWrite(path, file.value()->device().errorString());
    }
    if (passwords) {
        // Already logged, before the passwords were read.
        Status committed = file.value()->commit();
        bytes.fill('\0');
        return committed;
    }
    // Logged before the file appears under its name: an export the log does not know of never exists.
    Status logged = m_vault.commitChange(session, [&]() -> Result<QList<LogEvent>> {
        return QList<LogEvent>{{LogAction::reportExported(), QStringLiteral("register"),
                                QJsonObject{{QStringLiteral("report"), QStringLiteral("register")},
                                            {QStringLiteral("format"), formatOf(path)},
                                            {QStringLiteral("file"), QFileInfo(path).fileName()},
                                            {QStringLiteral("accounts"), qint64(accounts.size())}}}};
    });
    if (!logged) {
        file.value()->cancel();
        return logged;
    }
    return file.value()->commit();
}

} // namespace Brankas
