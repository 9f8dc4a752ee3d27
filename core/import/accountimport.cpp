// SPDX-License-Identifier: GPL-3.0-or-later
#include "accountimport.h"

#include "../log/logactions.h"
#include "../register/accountchecks.h"
#include "../register/terms.h"
#include "../storage/kecamatanstore.h"
#include "../vault/vault.h"
#include "kecamatanmatcher.h"
#include "spreadsheetreader.h"

#include <QCryptographicHash>
#include <QJsonObject>

namespace Brankas {

namespace {
struct RowReader
{
    const SheetRow &row;
    const ColumnMapping &mapping;
    const QStringList &headers;
    QList<ImportProblem> &problems;
    bool failed = false;

    std::optional<int> columnOf(ImportField field) const
    {
        for (auto it = mapping.fields.begin(); it != mapping.fields.end(); ++it) {
            if (it.value() == field) {
                return it.key();
            }
        }
        return std::nullopt;
    }
    QString header(ImportField field) const
    {
        const auto column = columnOf(field);
        return column ? headers[*column].simplified() : importFieldHeader(field);
    }
    QString value(ImportField field) const
    {
        const auto column = columnOf(field);
        QString text = column && *column < row.cells.size() ? row.cells[*column].trimmed() : QString();
        // The export writes '=text as text Excel will not run; the apostrophe is not part of it.
        if (text.startsWith(QLatin1Char('\'')) && startsLikeFormula(text.mid(1))) {
            text.remove(0, 1);
        }
        return text;
    }
    void refuse(ImportField field, const QString &message)
    {
        problems << ImportProblem{row.number, header(field), message};
        failed = true;
    }
    void refuse(ImportField field, const Error &error) { refuse(field, error.message()); }
};

std::optional<Platform> platformFromSheet(const QString &text)
{
    QString key;
    for (const QChar c : text.toLower()) {
        if (c.isLetterOrNumber()) {
            key += c;
        }
    }
    if (key == QLatin1String("xtwitter") || key == QLatin1String("twitterx")) {
        return Platform::X;
    }
    return platformFromId(key);
}

std::optional<TwoFactorMethod> twoFactorFromSheet(const QString &text)
{
    const QString key = text.trimmed().toLower();
    if (key.isEmpty() || key == QLatin1String("-") || key == QLatin1String("tidak") ||
        key == QLatin1String("tidak ada") || key == QLatin1String("no")) {
        return TwoFactorMethod::None;
    }
    if (key == QLatin1String("aplikasi") || key == QLatin1String("authenticator app")) {
        return TwoFactorMethod::AuthenticatorApp;
    }
    return twoFactorFromId(key);
}

// The export writes an account on another platform as "Lainnya: WhatsApp Channel": the prefix
// (Indonesian or English) says the name is that platform's own, not a misspelt known one.
std::optional<QString> otherPlatformName(const QString &text)
{
    const qsizetype colon = text.indexOf(QLatin1Char(':'));
    const QString prefix = text.left(qMax(qsizetype(0), colon)).trimmed().toLower();
    if (colon < 0 || (prefix != QLatin1String("lainnya") && prefix != QLatin1String("other"))) {
        return std::nullopt;
    }
    const QString name = text.mid(colon + 1).simplified();
    return name.isEmpty() ? std::nullopt : std::optional<QString>(name);
}

QString duplicateKey(Platform platform, const QString &platformName, const QString &handle)
{
    return platformId(platform) + QLatin1Char('/') + platformName.toLower() + QLatin1Char('/') + handle.toLower();
}
} // namespace

Result<ImportPreview> AccountImport::preview(const Session &session, const QByteArray &bytes,
                                             const ImportOptions &options)
{
    auto sheet = readSpreadsheet(bytes, options.sheetName);
    if (!sheet) {
        return sheet.error();
    }
    ImportPreview preview;
    preview.sheetName = sheet.value().name;
    preview.sha256 = QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex();
    const QList<SheetRow> &rows = sheet.value().rows;
    const qsizetype headerIndex = findHeaderRow(rows, options.overrides, options.ignoredHeaders);
    if (headerIndex == rows.size()) {
        return Error(ErrorCode::InvalidInput,
                     QT_TRANSLATE_NOOP("Brankas::Error", "The file is empty: there is no row to import."));
    }
    const QStringList &headers = rows[headerIndex].cells;
    auto mapping = mapColumns(headers, options.overrides, options.ignoredHeaders);
    if (!mapping) {
        return mapping.error();
    }
    preview.ignoredColumns = mapping.value().ignored;

    auto kecamatan = Storage::KecamatanStore(m_vault.database()).list(false);
    if (!kecamatan) {
        return kecamatan.error();
    }
    const KecamatanMatcher matcher(kecamatan.value());
    auto terms = Terms(m_vault).list();
    if (!terms) {
        return terms.error();
    }
    AccountChecks checks(m_vault, session);
    QHash<QString, int> firstRowOf;

    for (qsizetype i = headerIndex + 1; i < rows.size(); ++i) {
        const SheetRow &row = rows[i];
        if (row.isBlank()) {
            continue;
        }
        RowReader reader{row, mapping.value(), headers, preview.problems};
        ImportRowPlan plan;
        plan.row = row.number;
        NewAccount &spec = plan.spec;

        auto found = matcher.match(reader.value(ImportField::Kecamatan));
        if (found) {
            spec.kecamatanCode = found.value().code;
        } else {
            reader.refuse(ImportField::Kecamatan, found.error());
        }

        const QString handleText = reader.value(ImportField::Handle);
        const QString platformText = reader.value(ImportField::Platform);
        const std::optional<QString> otherName = otherPlatformName(platformText);
        std::optional<Platform> platform = otherName                ? std::optional<Platform>(Platform::Other)
                                           : platformText.isEmpty() ? platformFromUrl(handleText)
                                                                    : platformFromSheet(platformText);
        if (!platform) {
            reader.refuse(ImportField::Platform,
                          platformText.isEmpty()
                              ? Error(ErrorCode::InvalidInput,
                                      QT_TRANSLATE_NOOP("Brankas::Error", "the platform is empty and the username is "
                                                                          "not a profile address that names it."))
                              : Error(ErrorCode::InvalidInput,
                                      QT_TRANSLATE_NOOP("Brankas::Error",
                                                        "\"%1\" is not a platform; write Instagram, Facebook, X, "
                                                        "TikTok, YouTube or Threads."),
                                      {platformText}));
        } else if (*platform == Platform::Other && !otherName) {
            reader.refuse(ImportField::Platform,
                          Error(ErrorCode::InvalidInput,
                                QT_TRANSLATE_NOOP("Brankas::Error", "accounts on other platforms are recorded one by "
                                                                    "one with `account add --platform-name`.")));
        } else {
            spec.platform = *platform;
            spec.platformName = otherName.value_or(QString());
            auto handle = normalizeHandle(*platform, handleText);
            if (handle) {
                spec.handle = handle.value();
            } else {
                reader.refuse(ImportField::Handle, handle.error());
            }
        }

        spec.displayName = reader.value(ImportField::DisplayName);
        spec.email = reader.value(ImportField::Email);
        if (Status email = Accounts::checkEmail(spec.email); !email) {
            reader.refuse(ImportField::Email, email.error());
        }
        spec.phone = reader.value(ImportField::Phone);
        if (Status phone = Accounts::checkPhone(spec.phone); !phone) {
            reader.refuse(ImportField::Phone, phone.error());
        }
        if (const auto method = twoFactorFromSheet(reader.value(ImportField::TwoFactor))) {
            spec.twoFactor = *method;
        } else {
            reader.refuse(ImportField::TwoFactor,
                          Error(ErrorCode::InvalidInput,
                                QT_TRANSLATE_NOOP("Brankas::Error", "\"%1\" is not a two-factor method; write none, "
                                                                    "sms, app, email or key."),
                                {reader.value(ImportField::TwoFactor)}));
        }
        const QString statusText = reader.value(ImportField::State);
        if (!statusText.isEmpty()) {
            const auto status = statusFromId(statusText);
            if (status) {
                spec.status = *status;
            } else {
                reader.refuse(ImportField::State,
                              Error(ErrorCode::InvalidInput,
                                    QT_TRANSLATE_NOOP("Brankas::Error",
                                                      "\"%1\" is not a status; write active (aktif), requested "
                                                      "(diajukan), suspended (ditangguhkan), deactivated (nonaktif), "
                                                      "held (dipegang-kantor) or closed (ditutup)."),
                                    {statusText}));
            }
        }
        // The sheet is the office's register as it stands: an account deactivated there (or held,
        // closed...) comes in as it is, so that an export imports back unchanged.
        spec.fromRegister = true;
        const QString natureText = reader.value(ImportField::Nature);
        if (!natureText.isEmpty()) {
            if (const auto nature = natureFromId(natureText)) {
                spec.nature = *nature;
            } else {
                reader.refuse(ImportField::Nature,
                              Error(ErrorCode::InvalidInput,
                                    QT_TRANSLATE_NOOP("Brankas::Error", "\"%1\" is not a kind of account; write term "
                                                                        "(masa-tugas) or permanent (tetap)."),
                                    {natureText}));
            }
        }
        const QString termText = reader.value(ImportField::Term);
        spec.termId = options.termId;
        if (!termText.isEmpty()) {
            std::optional<qint64> termId;
            for (const Term &term : terms.value()) {
                if (QString::number(term.id) == termText || term.name.compare(termText, Qt::CaseInsensitive) == 0) {
                    termId = term.id;
                }
            }
            if (termId) {
                spec.termId = termId;
            } else {
                reader.refuse(ImportField::Term,
                              Error(ErrorCode::NotFound,
                                    QT_TRANSLATE_NOOP("Brankas::Error", "there is no term \"%1\"; give its number or "
                                                                        "its name as `term list` shows it."),
                                    {termText}));
            }
        }
        spec.holder = reader.value(ImportField::Holder);
        spec.notes = reader.value(ImportField::Notes);
        const QString password = reader.value(ImportField::Password);
        if (!password.isEmpty()) {
            plan.password = SecretBytes::fromView(password.toUtf8());
            preview.hasPasswords = true;
        }

        if (!reader.failed) {
            const QString key = duplicateKey(spec.platform, spec.platformName, spec.handle);
            if (const int first = firstRowOf.value(key); first > 0) {
                reader.refuse(
                    ImportField::Handle,
                    Error(ErrorCode::AlreadyExists,
                          QT_TRANSLATE_NOOP("Brankas::Error", "the %1 account @%2 is already on row %3 of the sheet."),
                          {platformDisplayName(spec.platform), spec.handle, QString::number(first)}));
                ++preview.duplicates;
            } else {
                firstRowOf.insert(key, row.number);
            }
        }
        if (!reader.failed) {
            // The same checks `account add` makes, the register's own (retired kecamatan, terms,
            // accounts already recorded) included.
            auto prepared = checks.check(spec);
            if (!prepared) {
                if (prepared.error().code() == ErrorCode::AlreadyExists) {
                    ++preview.duplicates;
                    reader.refuse(ImportField::Handle, prepared.error());
                } else if (prepared.error().code() == ErrorCode::PermissionDenied) {
                    return prepared.error();
                } else {
                    preview.problems << ImportProblem{row.number, QString(), prepared.error().message()};
                    reader.failed = true;
                }
            }
        }
        if (reader.failed) {
            ++preview.invalidRows;
        } else {
            preview.valid.push_back(std::move(plan));
        }
    }
    if (preview.hasPasswords && !m_vault.hasSecretsAccess(session)) {
        return Error(ErrorCode::PermissionDenied,
                     QT_TRANSLATE_NOOP("Brankas::Error", "The sheet has a password column, and your sign-in cannot "
                                                         "store secrets. Ask an administrator to import it."));
    }
    return preview;
}

Result<int> AccountImport::record(const Session &session, const ImportPreview &preview, const ImportOptions &options,
                                  bool skipInvalid)
{
    if (preview.invalidRows > 0 && !skipInvalid) {
        return Error(ErrorCode::InvalidInput,
                     QT_TRANSLATE_NOOP("Brankas::Error", "%1 rows of the sheet have problems, so nothing was "
                                                         "recorded. Correct them, or record only the valid rows."),
                     {QString::number(preview.invalidRows)});
    }
    if (preview.valid.empty()) {
        return Error(ErrorCode::InvalidInput,
                     QT_TRANSLATE_NOOP("Brankas::Error", "The sheet has no valid row to record."));
    }
    std::vector<NewAccountEntry> entries;
    entries.reserve(preview.valid.size());
    int passwords = 0;
    for (const ImportRowPlan &plan : preview.valid) {
        entries.push_back(NewAccountEntry{plan.spec, plan.password ? &*plan.password : nullptr});
        passwords += plan.password ? 1 : 0;
    }
    const LogEvent summary{LogAction::registerImported(), QStringLiteral("register"),
                           QJsonObject{{QStringLiteral("file"), options.fileName},
                                       {QStringLiteral("sheet"), preview.sheetName},
                                       {QStringLiteral("sha256"), QString::fromLatin1(preview.sha256)},
                                       {QStringLiteral("recorded"), qint64(entries.size())},
                                       {QStringLiteral("skipped"), preview.invalidRows},
                                       {QStringLiteral("passwords"), passwords}}};
    auto ids = Accounts(m_vault).addMany(session, entries, summary);
    if (!ids) {
        return ids.error();
    }
    return int(ids.value().size());
}

} // namespace Brankas
