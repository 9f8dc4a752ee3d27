// SPDX-License-Identifier: GPL-3.0-or-later
#include "metricgrid.h"

#include "../register/accounts.h"
#include "../storage/metricyearstore.h"
#include "../vault/vault.h"

#include <QHash>

namespace Brankas {

Result<QList<MetricGridRow>> readMetricGrid(Vault &vault, int year, const AccountFilter &filter)
{
    auto accounts = Accounts(vault).list(filter);
    if (!accounts) {
        return accounts.error();
    }
    QList<MetricGridRow> rows;
    rows.reserve(accounts.value().size());
    QHash<qint64, qsizetype> rowOf;
    rowOf.reserve(accounts.value().size());
    QList<qint64> ids;
    ids.reserve(accounts.value().size());
    for (const Account &account : accounts.value()) {
        MetricGridRow row;
        row.accountId = account.id;
        row.kecamatanCode = account.kecamatanCode;
        row.kecamatanName = account.kecamatanName;
        row.platform = account.platform;
        row.label = account.label();
        row.values.fill(MetricGridRow::None);
        rowOf.insert(account.id, rows.size());
        ids.append(account.id);
        rows.append(std::move(row));
    }
    const bool filtered = !filter.kecamatanCode.isEmpty() || filter.platform || filter.status || filter.termId != 0 ||
                          !filter.text.trimmed().isEmpty();
    Status read = Storage::MetricYearStore(vault.database())
                      .forEach(year, filtered ? &ids : nullptr, [&](const Storage::MonthCells &cells) {
                          const auto at = rowOf.constFind(cells.accountId);
                          if (at == rowOf.constEnd() || cells.month < 1 || cells.month > 12) {
                              return;
                          }
                          MetricGridRow &row = rows[*at];
                          for (int figure = 0; figure < 4; ++figure) {
                              row.values[MetricGridRow::index(Figure(figure), cells.month)] =
                                  cells.values[size_t(figure)];
                          }
                      });
    if (!read) {
        return read.error();
    }
    return rows;
}

} // namespace Brankas
