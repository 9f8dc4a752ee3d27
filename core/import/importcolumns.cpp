// SPDX-License-Identifier: GPL-3.0-or-later
#include "importcolumns.h"

#include <QMap>
#include <QSet>

namespace Brankas {

namespace {
struct FieldNames
{
    ImportField field;
    const char *id;
    const char *header;
    QList<const char *> names; // header keys: lower case, letters and digits only
};

const QList<FieldNames> &fieldNames()
{
    static const QList<FieldNames> names{
        {ImportField::Kecamatan, "kecamatan", "Kecamatan", {"kecamatan", "kodekecamatan", "kec", "district"}},
        {ImportField::Platform, "platform", "Platform", {"platform", "mediasosial", "medsos", "socialmedia"}},
        {ImportField::Handle,
         "handle",
         "Username",
         {"username", "namapengguna", "akun", "handle", "url", "link", "tautan", "alamatakun"}},
        {ImportField::DisplayName, "display-name", "Nama Akun", {"namaakun", "displayname", "namatampilan"}},
        {ImportField::Email, "email", "Email", {"email", "emailpemulihan", "surel", "recoveryemail"}},
        {ImportField::Phone,
         "phone",
         "No HP",
         {"nohp", "nomorhp", "telepon", "nomorwa", "nowa", "phone", "telp", "notelepon", "nomortelepon"}},
        {ImportField::Password, "password", "Password", {"password", "katasandi", "sandi"}},
        {ImportField::TwoFactor,
         "two-factor",
         "2FA",
         {"2fa", "verifikasidualangkah", "twofactor", "twofactorauthentication"}},
        {ImportField::Term, "term", "Masa Tugas", {"masatugas", "term"}},
        {ImportField::Nature, "nature", "Sifat", {"sifat", "sifatakun", "nature"}},
        {ImportField::State, "status", "Status", {"status"}},
        {ImportField::Holder, "holder", "Pemegang", {"pemegang", "holder", "pemegangakun"}},
        {ImportField::Notes, "notes", "Keterangan", {"keterangan", "catatan", "notes", "note"}},
    };
    return names;
}

Error mappingError(const char *text, QStringList arguments)
{
    return Error(ErrorCode::InvalidInput, text, std::move(arguments));
}
} // namespace

QList<ImportField> allImportFields()
{
    QList<ImportField> fields;
    for (const FieldNames &names : fieldNames()) {
        fields << names.field;
    }
    return fields;
}

QString importFieldId(ImportField field)
{
    return QString::fromLatin1(fieldNames()[int(field)].id);
}

QString importFieldHeader(ImportField field)
{
    return QString::fromLatin1(fieldNames()[int(field)].header);
}

std::optional<ImportField> importFieldFromId(const QString &id)
{
    const QString key = id.trimmed().toLower();
    for (const FieldNames &names : fieldNames()) {
        if (key == QLatin1String(names.id)) {
            return names.field;
        }
    }
    return fieldForHeader(id);
}

QString headerKey(const QString &header)
{
    QString key;
    for (const QChar c : header.toLower()) {
        if (c.isLetterOrNumber()) {
            key += c;
        }
    }
    return key;
}

std::optional<ImportField> fieldForHeader(const QString &header)
{
    const QString key = headerKey(header);
    for (const FieldNames &names : fieldNames()) {
        for (const char *name : names.names) {
            if (key == QLatin1String(name)) {
                return names.field;
            }
        }
    }
    return std::nullopt;
}

bool startsLikeFormula(const QString &text)
{
    return !text.isEmpty() && QStringLiteral("=+-@").contains(text.front());
}

Result<std::pair<QString, ImportField>> parseColumnOverride(const QString &text)
{
    const qsizetype equals = text.lastIndexOf(QLatin1Char('='));
    const auto field = equals > 0 ? importFieldFromId(text.mid(equals + 1)) : std::nullopt;
    if (!field) {
        QStringList ids;
        for (const FieldNames &names : fieldNames()) {
            ids << QString::fromLatin1(names.id);
        }
        return mappingError(QT_TRANSLATE_NOOP("Brankas::Error", "\"%1\" is not a column mapping. Write "
                                                                "HEADER=FIELD, where FIELD is one of: %2."),
                            {text, ids.join(QStringLiteral(", "))});
    }
    return std::make_pair(text.left(equals).trimmed(), *field);
}

Result<ColumnMapping> mapColumns(const QStringList &headers, const QHash<QString, ImportField> &overrides,
                                 const QStringList &ignoredHeaders)
{
    ColumnMapping mapping;
    QSet<QString> ignoredKeys;
    for (const QString &header : ignoredHeaders) {
        ignoredKeys.insert(headerKey(header));
    }
    QHash<QString, ImportField> overrideKeys;
    for (auto it = overrides.begin(); it != overrides.end(); ++it) {
        overrideKeys.insert(headerKey(it.key()), it.value());
    }
    QHash<QString, bool> usedOverrides;
    QMap<ImportField, int> columnOf;
    for (int i = 0; i < headers.size(); ++i) {
        const QString key = headerKey(headers[i]);
        if (key.isEmpty()) {
            continue; // a trailing or spacer column without a header
        }
        std::optional<ImportField> field;
        if (ignoredKeys.contains(key) && !overrideKeys.contains(key)) {
            field = std::nullopt;
        } else if (overrideKeys.contains(key)) {
            field = overrideKeys.value(key);
            usedOverrides.insert(key, true);
        } else {
            field = fieldForHeader(headers[i]);
        }
        if (!field) {
            mapping.ignored << headers[i].simplified();
            continue;
        }
        if (columnOf.contains(*field)) {
            return mappingError(
                QT_TRANSLATE_NOOP("Brankas::Error", "The columns \"%1\" and \"%2\" both hold %3. Rename one, or map it "
                                                    "with --map \"HEADER=FIELD\"."),
                {headers[columnOf.value(*field)].simplified(), headers[i].simplified(), importFieldId(*field)});
        }
        columnOf.insert(*field, i);
        mapping.fields.insert(i, *field);
    }
    for (auto it = overrideKeys.begin(); it != overrideKeys.end(); ++it) {
        if (!usedOverrides.contains(it.key())) {
            QString named;
            for (auto given = overrides.begin(); given != overrides.end(); ++given) {
                if (headerKey(given.key()) == it.key()) {
                    named = given.key();
                }
            }
            return mappingError(QT_TRANSLATE_NOOP("Brankas::Error", "The sheet has no column \"%1\" to map."), {named});
        }
    }
    if (!columnOf.contains(ImportField::Kecamatan) || !columnOf.contains(ImportField::Handle)) {
        return mappingError(QT_TRANSLATE_NOOP("Brankas::Error",
                                              "The sheet needs at least a Kecamatan column and a Username (or URL) "
                                              "column; its header row has: %1."),
                            {headers.join(QStringLiteral(", "))});
    }
    return mapping;
}

qsizetype findHeaderRow(const QList<SheetRow> &rows, const QHash<QString, ImportField> &overrides,
                        const QStringList &ignoredHeaders)
{
    // Titles and notes above a register take a few rows; a header further down is not looked for.
    constexpr int RowsLookedAt = 10;
    qsizetype first = rows.size();
    int looked = 0;
    for (qsizetype i = 0; i < rows.size() && looked < RowsLookedAt; ++i) {
        if (rows[i].isBlank()) {
            continue;
        }
        if (first == rows.size()) {
            first = i;
        }
        ++looked;
        if (mapColumns(rows[i].cells, overrides, ignoredHeaders)) {
            return i;
        }
    }
    return first;
}

} // namespace Brankas
