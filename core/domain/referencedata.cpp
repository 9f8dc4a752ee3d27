// SPDX-License-Identifier: GPL-3.0-or-later
#include "referencedata.h"

#include "../text/csv.h"

#include <QFile>

#include <algorithm>

namespace Brankas {

namespace {
Result<QList<QStringList>> readTable(const QString &name, int columns)
{
    QFile file(QStringLiteral(":/data/idn-area/") + name);
    if (!file.open(QIODevice::ReadOnly)) {
        return Error(ErrorCode::Io,
                     QT_TRANSLATE_NOOP("Brankas::Error", "Brankas is missing one of its own files (%1); reinstall it."),
                     {name});
    }
    auto rows = parseCsv(QString::fromUtf8(file.readAll()));
    if (!rows) {
        return rows.error();
    }
    QList<QStringList> table = std::move(rows).value();
    if (!table.isEmpty()) {
        table.removeFirst(); // header
    }
    for (const QStringList &row : table) {
        if (row.size() != columns) {
            return Error(
                ErrorCode::Io,
                QT_TRANSLATE_NOOP("Brankas::Error", "Brankas is missing one of its own files (%1); reinstall it."),
                {name});
        }
    }
    return table;
}

int editDistance(QStringView a, QStringView b)
{
    QList<int> previous(b.size() + 1);
    QList<int> current(b.size() + 1);
    for (qsizetype j = 0; j <= b.size(); ++j) {
        previous[j] = int(j);
    }
    for (qsizetype i = 1; i <= a.size(); ++i) {
        current[0] = int(i);
        for (qsizetype j = 1; j <= b.size(); ++j) {
            const int substitution = previous[j - 1] + (a[i - 1].toLower() == b[j - 1].toLower() ? 0 : 1);
            current[j] = std::min({previous[j] + 1, current[j - 1] + 1, substitution});
        }
        std::swap(previous, current);
    }
    return previous[b.size()];
}
} // namespace

Result<ReferenceData> ReferenceData::load()
{
    ReferenceData data;
    auto provinces = readTable(QStringLiteral("provinces.csv"), 2);
    auto regencies = readTable(QStringLiteral("regencies.csv"), 3);
    auto districts = readTable(QStringLiteral("districts.csv"), 3);
    for (const auto *table : {&provinces, &regencies, &districts}) {
        if (!*table) {
            return table->error();
        }
    }
    for (const QStringList &row : provinces.value()) {
        data.m_provinces.append(Province{row[0], row[1]});
    }
    for (const QStringList &row : regencies.value()) {
        data.m_regencies.append(Regency{row[0], row[1], row[2]});
    }
    data.m_kecamatan.reserve(districts.value().size());
    for (const QStringList &row : districts.value()) {
        data.m_kecamatan.append(Kecamatan{row[0], row[1], row[2]});
    }
    return data;
}

const Province *ReferenceData::province(const QString &code) const
{
    auto it = std::find_if(m_provinces.cbegin(), m_provinces.cend(), [&](const Province &p) { return p.code == code; });
    return it == m_provinces.cend() ? nullptr : &*it;
}

const Regency *ReferenceData::regency(const QString &code) const
{
    auto it = std::find_if(m_regencies.cbegin(), m_regencies.cend(), [&](const Regency &r) { return r.code == code; });
    return it == m_regencies.cend() ? nullptr : &*it;
}

QList<Kecamatan> ReferenceData::kecamatanOf(const QString &regencyCode) const
{
    QList<Kecamatan> result;
    for (const Kecamatan &kecamatan : m_kecamatan) {
        if (kecamatan.regencyCode == regencyCode) {
            result.append(kecamatan);
        }
    }
    return result;
}

QList<Regency> ReferenceData::nearestRegencies(const QString &text, int count) const
{
    const QString needle = text.trimmed();
    QList<std::pair<int, const Regency *>> scored;
    for (const Regency &regency : m_regencies) {
        int score = std::min(editDistance(needle, regency.code), editDistance(needle, regency.name) + 1);
        if (!needle.isEmpty() && regency.name.contains(needle, Qt::CaseInsensitive)) {
            score = 0;
        }
        scored.append({score, &regency});
    }
    std::stable_sort(scored.begin(), scored.end(), [](const auto &a, const auto &b) { return a.first < b.first; });
    QList<Regency> result;
    for (qsizetype i = 0; i < scored.size() && result.size() < count; ++i) {
        result.append(*scored[i].second);
    }
    return result;
}

Result<Regency> ReferenceData::findRegency(const QString &code) const
{
    if (const Regency *found = regency(code.trimmed())) {
        return *found;
    }
    QStringList suggestions;
    for (const Regency &regency : nearestRegencies(code, 3)) {
        suggestions << QStringLiteral("%1 %2").arg(regency.code, regency.name);
    }
    return Error(ErrorCode::NotFound,
                 QT_TRANSLATE_NOOP("Brankas::Error", "There is no regency or city with code \"%1\". Did you mean: %2?"),
                 {code, suggestions.join(QStringLiteral("; "))});
}

QString ReferenceData::attribution()
{
    return QStringLiteral("idn-area-data 4.0.1, Open Database License (ODbL) 1.0");
}

} // namespace Brankas
