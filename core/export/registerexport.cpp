// SPDX-License-Identifier: GPL-3.0-or-later
#include "registerexport.h"

#include "../import/importcolumns.h"
#include "../io/outputfile.h"
#include "../log/logactions.h"
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
                                           ImportField::TwoFactor,   ImportField::Term,     ImportField::State,
                                           ImportField::Holder,      ImportField::Notes};
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

Result<QByteArray> xlsxBytes(const QList<Account> &accounts)
{
    XlsxWriter writer(RegisterExport::headers());
    for (const Account &account : accounts) {
        QVariantList cells;
        for (const QString &cell : RegisterExport::cells(account)) {
            cells << cell;
        }
        cells << account.createdAt.date() << account.activeUntil;
        writer.addRow(cells);
    }
    return writer.finish(QStringLiteral("Register"));
}

QByteArray csvBytes(const QList<Account> &accounts)
{
    QByteArray bytes("\xEF\xBB\xBF");
    QStringList fields;
    for (const QString &header : RegisterExport::headers()) {
        fields << csvField(header);
    }
    bytes += fields.join(QLatin1Char(',')).toUtf8() + "\r\n";
    for (const Account &account : accounts) {
        fields.clear();
        for (const QString &cell : RegisterExport::cells(account)) {
            fields << csvField(cell);
        }
        fields << account.createdAt.date().toString(Qt::ISODate) << account.activeUntil.toString(Qt::ISODate);
        bytes += fields.join(QLatin1Char(',')).toUtf8() + "\r\n";
    }
    return bytes;
}
} // namespace

QStringList RegisterExport::headers()
{
    QStringList headers;
    for (ImportField field : exportedFields()) {
        headers << importFieldHeader(field);
    }
    headers << QString::fromLatin1(RecordedHeader) << QString::fromLatin1(ActiveUntilHeader);
    return headers;
}

QStringList RegisterExport::cells(const Account &account)
{
    return {account.kecamatanCode,
            account.platform == Platform::Other ? account.platformName : platformId(account.platform),
            account.handle,
            account.displayName,
            account.email,
            account.phone,
            twoFactorId(account.twoFactor),
            account.termName,
            statusId(account.status),
            account.holder,
            account.notes};
}

Status RegisterExport::write(const Session &session, const QList<Account> &accounts, const QString &path)
{
    const bool xlsx = path.endsWith(QLatin1String(".xlsx"), Qt::CaseInsensitive);
    if (!xlsx && !path.endsWith(QLatin1String(".csv"), Qt::CaseInsensitive)) {
        return Error(ErrorCode::InvalidInput,
                     QT_TRANSLATE_NOOP("Brankas::Error", "Name the export file .xlsx (Excel) or .csv, not \"%1\"."),
                     {QFileInfo(path).fileName()});
    }
    QByteArray bytes;
    if (xlsx) {
        auto written = xlsxBytes(accounts);
        if (!written) {
            return written.error();
        }
        bytes = std::move(written).value();
    } else {
        bytes = csvBytes(accounts);
    }
    auto file = OutputFile::open(path, OutputFile::Access::Shared);
    if (!file) {
        return file.error();
    }
    if (file.value()->device().write(bytes) != bytes.size()) {
        file.value()->cancel();
        return OutputFile::cannotWrite(path, file.value()->device().errorString());
    }
    // Logged before the file appears under its name: an export the log does not know of never exists.
    Status logged = m_vault.commitChange(session, [&]() -> Result<QList<LogEvent>> {
        return QList<LogEvent>{
            {LogAction::reportExported(), QStringLiteral("register"),
             QJsonObject{{QStringLiteral("report"), QStringLiteral("register")},
                         {QStringLiteral("format"), xlsx ? QStringLiteral("xlsx") : QStringLiteral("csv")},
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
