// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <core/error.h>
#include <core/evaluation/metricgrid.h>
#include <core/vault/session.h>

#include <QAbstractTableModel>
#include <QDate>

namespace Brankas {

class Vault;

QString figureDisplayName(Figure figure);

// The Evaluasi page's grid: one row per account, a column per month of one year, showing one of
// the four figures at a time. The year is read with one query for the figures and one for the
// accounts (readMetricGrid), so the national register (36,425 accounts, 1.3 million figures over
// three years) opens quickly. An empty cell is a month nobody counted, never 0. Each edit is written
// through core's Metrics::set (checked, one logged change); a refusal is emitted, not swallowed.
class MetricGridModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { KecamatanColumn, AccountColumn, FirstMonthColumn, ColumnCount = FirstMonthColumn + 12 };
    enum Role { AccountIdRole = Qt::UserRole + 1, MonthRole };

    MetricGridModel(Vault &vault, Session session, QObject *parent = nullptr);

    // Reads the accounts the filter finds and their figures of the year.
    Status load(int year, const AccountFilter &filter);
    int year() const { return m_year; }
    void setFigure(Figure figure);
    Figure figure() const { return m_figure; }
    // Viewers read only; core refuses their writes anyway.
    void setEditable(bool editable);
    bool isEditable() const { return m_editable; }
    void retranslate();

    qint64 accountId(int row) const { return m_rows.at(row).accountId; }
    std::optional<qint64> value(int row, int month, Figure figure) const;
    // The first day of the month a column shows, or an invalid date for the other columns.
    QDate monthOf(int column) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    // Takes the text typed (digits, or empty for no figure) and writes it through core.
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

Q_SIGNALS:
    // Core refused an edit; the cell keeps what it had.
    void refused(const Brankas::Error &error);
    // An edit was written (and logged).
    void figuresWritten();

private:
    bool hasBegun(int column) const;

    Vault &m_vault;
    Session m_session;
    QList<MetricGridRow> m_rows;
    int m_year = 0;
    Figure m_figure = Figure::Followers;
    bool m_editable = false;
};

} // namespace Brankas
