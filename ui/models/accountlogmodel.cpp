// SPDX-License-Identifier: GPL-3.0-or-later
#include "accountlogmodel.h"

#include "displaytime.h"
#include "logentrytext.h"
#include "logsubjects.h"

#include <core/domain/account.h>
#include <core/domain/secretkind.h>
#include <core/log/logactions.h>
#include <core/vault/vault.h>

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

namespace Brankas {

namespace {
QString targetOf(qint64 accountId)
{
    return QStringLiteral("account:%1").arg(accountId);
}

QString kindText(const QJsonObject &details)
{
    const auto kind = secretKindFromId(details.value(QStringLiteral("kind")).toString());
    return kind ? secretKindDisplayName(*kind) : details.value(QStringLiteral("kind")).toString();
}

QString statusText(const QJsonValue &value)
{
    const auto status = statusFromId(value.toString());
    return status ? statusDisplayName(*status) : value.toString();
}
} // namespace

AccountLogModel::AccountLogModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

AccountLogModel::~AccountLogModel() = default;

Status AccountLogModel::load(Vault &vault, qint64 accountId)
{
    LogFilter filter;
    filter.targetIn = {targetOf(accountId)}; // exact, and served by the log's target index
    filter.newestFirst = true;
    auto entries = vault.log().entries(filter);
    if (!entries) {
        clear();
        return entries.error();
    }
    m_subjects = std::make_unique<LogSubjects>(vault);
    setEntries(accountId, std::move(entries).value());
    return {};
}

void AccountLogModel::setEntries(qint64 accountId, QList<LogEntry> entries)
{
    beginResetModel();
    m_entries.clear();
    // The store matches "account:1" inside "account:12" too.
    const QString target = targetOf(accountId);
    for (LogEntry &entry : entries) {
        if (entry.target == target) {
            m_entries << std::move(entry);
        }
    }
    std::stable_sort(m_entries.begin(), m_entries.end(),
                     [](const LogEntry &a, const LogEntry &b) { return a.seq > b.seq; });
    if (m_entries.size() > MaximumEntries) {
        m_entries.resize(MaximumEntries);
    }
    endResetModel();
}

int AccountLogModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int AccountLogModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString AccountLogModel::detailsText(const LogEntry &entry, LogSubjects *subjects)
{
    const QJsonObject details = entry.detailsObject();
    if (entry.action == QLatin1String("account.status-changed")) {
        return tr("%1 → %2: %3")
            .arg(statusText(details.value(QStringLiteral("from"))), statusText(details.value(QStringLiteral("to"))),
                 details.value(QStringLiteral("reason")).toString());
    }
    if (entry.action == QLatin1String("account.added")) {
        return statusText(details.value(QStringLiteral("status")));
    }
    if (entry.action == QLatin1String("account.updated")) {
        QStringList fields;
        for (const QString &field : details.keys()) {
            if (field != QLatin1String("handle") && field != QLatin1String("reason")) {
                fields << LogEntryText::fieldName(field);
            }
        }
        const QString changed = tr("Changed: %1").arg(fields.join(QStringLiteral(", ")));
        // A handover's own change says which berita acara made it.
        const QString reason = details.value(QStringLiteral("reason")).toString();
        return reason.isEmpty() ? changed : changed + QStringLiteral(" · ") + reasonDisplayText(reason);
    }
    if (entry.action == QLatin1String("secret.set")) {
        const QString reason = reasonDisplayText(details.value(QStringLiteral("reason")).toString());
        return reason.isEmpty() ? kindText(details) : kindText(details) + QStringLiteral(" · ") + reason;
    }
    // Which secret was shown or copied; the action's words say that it was.
    if (entry.action.startsWith(QLatin1String("secret."))) {
        return kindText(details);
    }
    if (entry.action == QLatin1String("account.reviewed")) {
        return {};
    }
    return LogEntryText::details(entry, subjects);
}

QVariant AccountLogModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const LogEntry &entry = m_entries.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        switch (index.column()) {
        case TimeColumn:
            return DisplayTime::dateTime(entry.at);
        case OfficerColumn:
            return entry.officer;
        case ActionColumn:
            return LogAction::words(entry.action);
        case DetailsColumn:
            return detailsText(entry, m_subjects.get());
        default:
            return {};
        }
    case SeqRole:
        return entry.seq;
    case ActionIdRole:
        return entry.action;
    default:
        return {};
    }
}

QVariant AccountLogModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    switch (section) {
    case TimeColumn:
        return tr("When");
    case OfficerColumn:
        return tr("Officer");
    case ActionColumn:
        return tr("What happened");
    case DetailsColumn:
        return tr("Details");
    default:
        return {};
    }
}

void AccountLogModel::retranslate()
{
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_entries.isEmpty()) {
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
    }
}

} // namespace Brankas
