// SPDX-License-Identifier: GPL-3.0-or-later
#include "metricgridmodel.h"

#include <core/evaluation/metrics.h>
#include <core/vault/vault.h>
#include <ui/models/accounticons.h>

#include <QCoreApplication>
#include <QGuiApplication>
#include <QLocale>
#include <QPalette>

namespace Brankas {

namespace {
std::optional<std::optional<qint64>> &changeOf(FigureChange &change, Figure figure)
{
    switch (figure) {
    case Figure::Followers:
        return change.followers;
    case Figure::Posts:
        return change.posts;
    case Figure::Reach:
        return change.reach;
    case Figure::Engagement:
        break;
    }
    return change.engagement;
}

const std::optional<qint64> &figureOf(const MonthlyFigures &month, Figure figure)
{
    switch (figure) {
    case Figure::Followers:
        return month.followers;
    case Figure::Posts:
        return month.posts;
    case Figure::Reach:
        return month.reach;
    case Figure::Engagement:
        break;
    }
    return month.engagement;
}
} // namespace

QString figureDisplayName(Figure figure)
{
    switch (figure) {
    case Figure::Followers:
        return QCoreApplication::translate("Brankas::Figure", "Followers at month end");
    case Figure::Posts:
        return QCoreApplication::translate("Brankas::Figure", "Posts");
    case Figure::Reach:
        return QCoreApplication::translate("Brankas::Figure", "Reach or impressions");
    case Figure::Engagement:
        return QCoreApplication::translate("Brankas::Figure", "Engagement (likes, comments, shares)");
    }
    return {};
}

MetricGridModel::MetricGridModel(Vault &vault, Session session, QObject *parent)
    : QAbstractTableModel(parent)
    , m_vault(vault)
    , m_session(std::move(session))
{}

Status MetricGridModel::load(int year, const AccountFilter &filter)
{
    auto rows = readMetricGrid(m_vault, year, filter);
    if (!rows) {
        return rows.error();
    }
    beginResetModel();
    m_year = year;
    m_rows = std::move(rows).value();
    endResetModel();
    return {};
}

void MetricGridModel::setFigure(Figure figure)
{
    if (figure == m_figure) {
        return;
    }
    m_figure = figure;
    if (!m_rows.isEmpty()) {
        Q_EMIT dataChanged(index(0, FirstMonthColumn), index(rowCount() - 1, ColumnCount - 1));
    }
}

void MetricGridModel::setEditable(bool editable)
{
    m_editable = editable;
}

void MetricGridModel::retranslate()
{
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
}

std::optional<qint64> MetricGridModel::value(int row, int month, Figure figure) const
{
    return m_rows.at(row).value(figure, month);
}

QDate MetricGridModel::monthOf(int column) const
{
    if (column < FirstMonthColumn || column >= ColumnCount || m_year == 0) {
        return {};
    }
    return QDate(m_year, column - FirstMonthColumn + 1, 1);
}

bool MetricGridModel::hasBegun(int column) const
{
    // The same day core's Metrics::checkMonth compares against.
    return monthOf(column) <= m_vault.clock().nowUtc().date();
}

int MetricGridModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int MetricGridModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant MetricGridModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const MetricGridRow &row = m_rows.at(index.row());
    if (role == AccountIdRole) {
        return row.accountId;
    }
    switch (index.column()) {
    case KecamatanColumn:
        return role == Qt::DisplayRole || role == Qt::ToolTipRole
                   ? QVariant(QStringLiteral("%1 (%2)").arg(row.kecamatanName, row.kecamatanCode))
                   : QVariant();
    case AccountColumn:
        if (role == Qt::DisplayRole || role == Qt::ToolTipRole) {
            return row.label;
        }
        return role == Qt::DecorationRole ? QVariant(AccountIcons::platform(row.platform)) : QVariant();
    default:
        break;
    }
    const int month = index.column() - FirstMonthColumn + 1;
    const std::optional<qint64> figure = value(index.row(), month, m_figure);
    switch (role) {
    case Qt::DisplayRole:
        return figure ? QLocale().toString(*figure) : QString();
    case Qt::EditRole:
        return figure ? QString::number(*figure) : QString();
    case Qt::TextAlignmentRole:
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    case Qt::BackgroundRole:
        // A month that has not begun takes no figure: shaded like the window, not like a cell.
        return hasBegun(index.column()) ? QVariant() : QVariant(QGuiApplication::palette().window());
    case MonthRole:
        return monthOf(index.column());
    case Qt::ToolTipRole:
    case Qt::AccessibleTextRole: {
        const QString monthName = QLocale().toString(monthOf(index.column()), QStringLiteral("MMMM yyyy"));
        if (!hasBegun(index.column())) {
            return tr("%1, %2: the month has not begun").arg(row.label, monthName);
        }
        return figure ? tr("%1, %2: %3 %4")
                            .arg(row.label, monthName, figureDisplayName(m_figure), QLocale().toString(*figure))
                      : tr("%1, %2: no figure recorded").arg(row.label, monthName);
    }
    default:
        return {};
    }
}

QVariant MetricGridModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || (role != Qt::DisplayRole && role != Qt::ToolTipRole)) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    switch (section) {
    case KecamatanColumn:
        return tr("Kecamatan");
    case AccountColumn:
        return tr("Account");
    default:
        break;
    }
    if (section < FirstMonthColumn || section >= ColumnCount) {
        return {};
    }
    const int month = section - FirstMonthColumn + 1;
    return role == Qt::ToolTipRole ? QLocale().standaloneMonthName(month, QLocale::LongFormat)
                                   : QLocale().standaloneMonthName(month, QLocale::ShortFormat);
}

Qt::ItemFlags MetricGridModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags flags = QAbstractTableModel::flags(index);
    if (index.isValid() && m_editable && index.column() >= FirstMonthColumn && hasBegun(index.column())) {
        flags |= Qt::ItemIsEditable;
    }
    return flags;
}

bool MetricGridModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole ||
        !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid) ||
        !(flags(index) & Qt::ItemIsEditable)) {
        return false;
    }
    const int month = index.column() - FirstMonthColumn + 1;
    const QString text = value.toString().trimmed();
    std::optional<qint64> wanted;
    if (!text.isEmpty()) {
        bool ok = false;
        const qint64 number = text.toLongLong(&ok);
        if (!ok) {
            Q_EMIT refused(Error(ErrorCode::InvalidInput,
                                 QT_TRANSLATE_NOOP("Brankas::Error", "Type a figure as digits only, e.g. 1250, or "
                                                                     "leave the cell empty if nobody counted it.")));
            return false;
        }
        wanted = number;
    }
    if (wanted == this->value(index.row(), month, m_figure)) {
        return true; // nothing changes, so nothing is written or logged
    }
    FigureChange change;
    changeOf(change, m_figure) = wanted;
    MetricGridRow &row = m_rows[index.row()];
    auto written = Metrics(m_vault).set(m_session, row.accountId, monthOf(index.column()), change);
    if (!written) {
        Q_EMIT refused(written.error());
        return false;
    }
    for (Figure figure : AllFigures) {
        row.setValue(figure, month, figureOf(written.value(), figure));
    }
    Q_EMIT dataChanged(index, index);
    Q_EMIT figuresWritten();
    return true;
}

} // namespace Brankas
