// SPDX-License-Identifier: GPL-3.0-or-later
#include "metricsimport.h"

#include "../import/importcolumns.h"
#include "../import/spreadsheetreader.h"
#include "../register/accounts.h"
#include "../storage/metricstore.h"
#include "../vault/vault.h"
#include "metrics.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QJsonObject>

#include <map>

namespace Brankas {

namespace {
QString cell(const SheetRow &row, int column)
{
    QString text = column >= 0 && column < row.cells.size() ? row.cells[column].trimmed() : QString();
    if (text.startsWith(QLatin1Char('\'')) && startsLikeFormula(text.mid(1))) {
        text.remove(0, 1);
    }
    return text;
}

// What the file says of one account's month: a figure is set when a row gave it.
struct MonthSum
{
    MonthlyFigures figures;
    QDate lastFollowerDay;
};

void add(std::optional<qint64> &total, qint64 value)
{
    total = total.value_or(0) + value;
}

// Rows the platforms add under the data: "Total", "Jumlah".
bool isTotalsRow(const QString &firstCell)
{
    const QString key = headerKey(firstCell);
    return key == QLatin1String("total") || key == QLatin1String("jumlah") || key == QLatin1String("totals");
}
} // namespace

Result<MetricsImportPreview> MetricsImport::preview(const QByteArray &bytes, const MetricsImportOptions &options)
{
    auto sheet = readSpreadsheet(bytes, options.sheetName);
    if (!sheet) {
        return sheet.error();
    }
    MetricsImportPreview preview;
    preview.sheetName = sheet.value().name;
    preview.sha256 = QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex();
    const QList<SheetRow> &rows = sheet.value().rows;
    qsizetype headerIndex = 0;
    // Meta's exports start with "sep=," for Excel; blank lines may come first.
    while (headerIndex < rows.size() &&
           (rows[headerIndex].isBlank() ||
            rows[headerIndex].cells.value(0).trimmed().startsWith(QLatin1String("sep="), Qt::CaseInsensitive))) {
        ++headerIndex;
    }
    if (headerIndex == rows.size()) {
        return Error(ErrorCode::InvalidInput,
                     QT_TRANSLATE_NOOP("Brankas::Error", "The file is empty: there is no row to import."));
    }
    const QStringList &headers = rows[headerIndex].cells;
    const auto layout = recogniseMetricsLayout(headers);
    if (!layout) {
        return Error(ErrorCode::InvalidInput,
                     QT_TRANSLATE_NOOP("Brankas::Error",
                                       "Brankas does not recognise these columns as monthly figures: %1. Give a "
                                       "Month column (YYYY-MM) with Followers, Posts, Reach or Engagement, or the "
                                       "file exactly as Meta Business Suite, X, TikTok Studio or YouTube Studio "
                                       "exported it."),
                     {headers.join(QStringLiteral(", "))});
    }
    preview.layout = layout->kind;
    preview.ignoredColumns = layout->ignored;

    Accounts accounts(m_vault);
    if (layout->perAccountRow()) {
        if (layout->account < 0 && !options.accountId) {
            return Error(ErrorCode::InvalidInput,
                         QT_TRANSLATE_NOOP("Brankas::Error", "The sheet has no account column: give the account "
                                                             "with --account ID, or add a column \"ID Akun\"."));
        }
    } else {
        if (!options.accountId) {
            return Error(ErrorCode::InvalidInput,
                         QT_TRANSLATE_NOOP("Brankas::Error", "This is a %1 export, which does not say whose account "
                                                             "it is: give the account with --account ID."),
                         {metricsLayoutName(layout->kind)});
        }
    }
    QHash<qint64, bool> knownAccounts;
    if (options.accountId) {
        auto account = accounts.find(*options.accountId);
        if (!account) {
            return account.error();
        }
        const QList<Platform> platforms = metricsLayoutPlatforms(layout->kind);
        if (!platforms.isEmpty() && !platforms.contains(account.value().platform)) {
            return Error(ErrorCode::InvalidInput,
                         QT_TRANSLATE_NOOP("Brankas::Error", "The file is a %1 export, but account %2 is on %3. "
                                                             "Check that you picked the right file and account."),
                         {metricsLayoutName(layout->kind), QString::number(*options.accountId),
                          platformDisplayName(account.value().platform)});
        }
        knownAccounts.insert(*options.accountId, true);
    }

    const QDate today = m_vault.clock().nowUtc().date();
    std::map<std::pair<qint64, QDate>, MonthSum> sums;
    std::map<std::pair<qint64, QDate>, int> firstRowOf; // Brankas layout: one row per account and month
    for (qsizetype i = headerIndex + 1; i < rows.size(); ++i) {
        const SheetRow &row = rows[i];
        if (row.isBlank() || isTotalsRow(row.cells.value(0))) {
            continue;
        }
        bool failed = false;
        auto refuse = [&](int column, const QString &message) {
            preview.problems << ImportProblem{row.number, column >= 0 ? headers.value(column).simplified() : QString(),
                                              message};
            failed = true;
        };
        qint64 accountId = options.accountId.value_or(0);
        if (layout->account >= 0 && !cell(row, layout->account).isEmpty()) {
            bool ok = false;
            accountId = cell(row, layout->account).toLongLong(&ok);
            if (!ok || accountId <= 0) {
                refuse(layout->account,
                       QCoreApplication::translate("Brankas::Evaluation",
                                                   "not an account number (see: brankas-cli account list)"));
            } else if (!knownAccounts.contains(accountId)) {
                auto account = accounts.find(accountId);
                knownAccounts.insert(accountId, bool(account));
            }
            if (ok && accountId > 0 && !knownAccounts.value(accountId)) {
                refuse(layout->account,
                       QCoreApplication::translate("Brankas::Evaluation", "there is no account with this number"));
            }
        } else if (accountId == 0) {
            refuse(layout->account, QCoreApplication::translate("Brankas::Evaluation", "the account is missing"));
        }
        const QString dateText = cell(row, layout->date);
        QDate day = layout->perAccountRow() ? monthFromText(dateText) : parseExportDate(dateText);
        if (!day.isValid()) {
            refuse(layout->date,
                   layout->perAccountRow()
                       ? QCoreApplication::translate("Brankas::Evaluation", "give the month as YYYY-MM, e.g. 2025-03")
                       : QCoreApplication::translate("Brankas::Evaluation", "not a date Brankas can read"));
        } else if (Status valid = Metrics::checkMonth(day, today); !valid) {
            refuse(layout->date, valid.error().message());
        }
        auto figureAt = [&](int column) -> std::optional<qint64> {
            bool ok = true;
            const auto value = parseFigure(cell(row, column), ok);
            if (!ok) {
                refuse(column, QCoreApplication::translate("Brankas::Evaluation", "not a whole number"));
            } else if (value) {
                if (Status valid = Metrics::checkFigure(*value); !valid) {
                    refuse(column, valid.error().message());
                    return std::nullopt;
                }
            }
            return value;
        };
        const auto followers = layout->followers >= 0 ? figureAt(layout->followers) : std::nullopt;
        const auto posts = layout->posts >= 0 ? figureAt(layout->posts) : std::nullopt;
        std::optional<qint64> reach;
        if (!layout->reach.isEmpty()) {
            reach = figureAt(layout->reach.first());
        }
        std::optional<qint64> engagement;
        for (int column : layout->engagement) {
            if (const auto value = figureAt(column)) {
                add(engagement, *value);
            }
        }
        if (failed) {
            continue;
        }
        const QDate month(day.year(), day.month(), 1);
        const auto key = std::make_pair(accountId, month);
        if (layout->perAccountRow()) {
            if (const auto earlier = firstRowOf.find(key); earlier != firstRowOf.end()) {
                refuse(layout->date,
                       QCoreApplication::translate("Brankas::Evaluation", "the same account and month as row %1")
                           .arg(earlier->second));
                continue;
            }
            firstRowOf.emplace(key, row.number);
        }
        MonthSum &sum = sums[key];
        sum.figures.accountId = accountId;
        sum.figures.month = month;
        if (followers && (!sum.lastFollowerDay.isValid() || day >= sum.lastFollowerDay)) {
            sum.figures.followers = followers;
            sum.lastFollowerDay = day;
        }
        if (layout->perPost()) {
            add(sum.figures.posts, 1);
        } else if (posts) {
            add(sum.figures.posts, *posts);
        }
        if (reach) {
            add(sum.figures.reach, *reach);
        }
        if (engagement) {
            add(sum.figures.engagement, *engagement);
        }
    }
    if (preview.problems.isEmpty() && sums.empty()) {
        return Error(ErrorCode::InvalidInput,
                     QT_TRANSLATE_NOOP("Brankas::Error", "The sheet has no figures to record."));
    }
    Storage::MetricStore store(m_vault.database());
    for (auto &[key, sum] : sums) {
        auto stored = store.find(key.first, key.second);
        if (!stored) {
            return stored.error();
        }
        MonthlyFigures merged = stored.value().value_or(sum.figures);
        // The file's figures replace the vault's; figures the file does not have stay as they were.
        for (auto [target, given] :
             {std::pair{&merged.followers, &sum.figures.followers}, std::pair{&merged.posts, &sum.figures.posts},
              std::pair{&merged.reach, &sum.figures.reach}, std::pair{&merged.engagement, &sum.figures.engagement}}) {
            if (*given) {
                *target = *given;
            }
        }
        if (merged.isEmpty()) {
            continue;
        }
        if (stored.value() &&
            (stored.value()->followers != merged.followers || stored.value()->posts != merged.posts ||
             stored.value()->reach != merged.reach || stored.value()->engagement != merged.engagement)) {
            ++preview.changed;
        }
        preview.months << merged;
    }
    return preview;
}

Result<int> MetricsImport::record(const Session &session, const MetricsImportPreview &preview,
                                  const MetricsImportOptions &options)
{
    if (!preview.problems.isEmpty()) {
        return Error(ErrorCode::InvalidInput,
                     QT_TRANSLATE_NOOP("Brankas::Error", "%1 rows of the sheet have problems, so nothing was "
                                                         "recorded. Correct them and import the file again."),
                     {QString::number(preview.problems.size())});
    }
    QJsonObject details{{QStringLiteral("file"), options.fileName},
                        {QStringLiteral("sheet"), preview.sheetName},
                        {QStringLiteral("layout"), metricsLayoutId(preview.layout)},
                        {QStringLiteral("sha256"), QString::fromLatin1(preview.sha256)},
                        {QStringLiteral("months"), qint64(preview.months.size())},
                        {QStringLiteral("changed"), preview.changed}};
    if (options.accountId) {
        details.insert(QStringLiteral("account"), *options.accountId);
    }
    const LogEvent event{QStringLiteral("metrics.imported"), QStringLiteral("metrics"), details};
    if (Status status = Metrics(m_vault).putMany(session, preview.months, event); !status) {
        return status.error();
    }
    return int(preview.months.size());
}

} // namespace Brankas
