// SPDX-License-Identifier: GPL-3.0-or-later
#include "metrics.h"

#include "../register/accounts.h"
#include "../register/permissions.h"
#include "../storage/metricstore.h"
#include "../vault/vault.h"

#include <QJsonObject>

namespace Brankas {

namespace {
QJsonValue figureJson(const std::optional<qint64> &value)
{
    return value ? QJsonValue(double(*value)) : QJsonValue(QJsonValue::Null);
}

// Applies one named figure of the change, noting its old and new value for the log.
void apply(const char *name, std::optional<qint64> &figure, const std::optional<std::optional<qint64>> &change,
           QJsonObject &from, QJsonObject &to)
{
    if (!change || *change == figure) {
        return;
    }
    from.insert(QLatin1String(name), figureJson(figure));
    to.insert(QLatin1String(name), figureJson(*change));
    figure = *change;
}
} // namespace

Status Metrics::checkMonth(const QDate &month, const QDate &today)
{
    if (!month.isValid() || month.year() < 2000) {
        return Error(ErrorCode::InvalidInput,
                     QT_TRANSLATE_NOOP("Brankas::Error", "Give the month as YYYY-MM, e.g. 2025-03, from 2000 on."));
    }
    if (QDate(month.year(), month.month(), 1) > today) {
        return Error(ErrorCode::InvalidInput,
                     QT_TRANSLATE_NOOP("Brankas::Error", "The month %1 has not begun yet: figures are recorded for "
                                                         "months that have."),
                     {monthText(month)});
    }
    return {};
}

Status Metrics::checkFigure(qint64 value)
{
    if (value < 0 || value > MaximumFigure) {
        return Error(ErrorCode::InvalidInput,
                     QT_TRANSLATE_NOOP("Brankas::Error", "A figure is a whole number from 0 to %1; %2 is not. Leave a "
                                                         "figure nobody counted empty instead."),
                     {QString::number(MaximumFigure), QString::number(value)});
    }
    return {};
}

Result<MonthlyFigures> Metrics::set(const Session &session, qint64 accountId, const QDate &month,
                                    const FigureChange &change)
{
    if (Status allowed = requireRegisterRole(session); !allowed) {
        return allowed.error();
    }
    if (change.isEmpty()) {
        return Error(ErrorCode::InvalidInput,
                     QT_TRANSLATE_NOOP("Brankas::Error", "Give at least one figure: followers, posts, reach or "
                                                         "engagement."));
    }
    if (Status valid = checkMonth(month, m_vault.clock().nowUtc().date()); !valid) {
        return valid.error();
    }
    for (const auto *figure : {&change.followers, &change.posts, &change.reach, &change.engagement}) {
        if (*figure && **figure) {
            if (Status valid = checkFigure(***figure); !valid) {
                return valid.error();
            }
        }
    }
    auto account = Accounts(m_vault).find(accountId);
    if (!account) {
        return account.error();
    }
    Storage::MetricStore store(m_vault.database());
    MonthlyFigures figures;
    Status status = m_vault.commitChange(session, [&]() -> Result<QList<LogEvent>> {
        auto current = store.find(accountId, month);
        if (!current) {
            return current.error();
        }
        MonthlyFigures empty;
        empty.accountId = accountId;
        empty.month = QDate(month.year(), month.month(), 1);
        figures = current.value().value_or(empty);
        QJsonObject from;
        QJsonObject to;
        apply("followers", figures.followers, change.followers, from, to);
        apply("posts", figures.posts, change.posts, from, to);
        apply("reach", figures.reach, change.reach, from, to);
        apply("engagement", figures.engagement, change.engagement, from, to);
        if (to.isEmpty()) {
            return QList<LogEvent>(); // nothing changes, so nothing is written or logged
        }
        if (Status put = store.put(figures, m_vault.clock().nowUtc()); !put) {
            return put.error();
        }
        return QList<LogEvent>{{QStringLiteral("metrics.set"), QStringLiteral("account:%1").arg(accountId),
                                QJsonObject{{QStringLiteral("month"), monthText(figures.month)},
                                            {QStringLiteral("from"), from},
                                            {QStringLiteral("to"), to}}}};
    });
    if (!status) {
        return status.error();
    }
    return figures;
}

Result<QList<MonthlyFigures>> Metrics::list(const MetricFilter &filter)
{
    return Storage::MetricStore(m_vault.database()).list(filter);
}

Status Metrics::putMany(const Session &session, const QList<MonthlyFigures> &months, const LogEvent &event)
{
    if (Status allowed = requireRegisterRole(session); !allowed) {
        return allowed;
    }
    Storage::MetricStore store(m_vault.database());
    return m_vault.commitChange(session, [&]() -> Result<QList<LogEvent>> {
        const QDateTime now = m_vault.clock().nowUtc();
        for (const MonthlyFigures &figures : months) {
            if (Status put = store.put(figures, now); !put) {
                return put.error();
            }
        }
        return QList<LogEvent>{event};
    });
}

} // namespace Brankas
