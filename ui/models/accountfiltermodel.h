// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <core/domain/accountstatus.h>
#include <core/domain/platform.h>

#include <QAbstractProxyModel>
#include <QStringList>

#include <optional>
#include <vector>

namespace Brankas {

class AccountTableModel;

// What the filter bar asks for; an empty field does not filter.
struct AccountFilterCriteria
{
    // Search words, as AccountSearch (core) reads them: the CLI's search finds the same accounts.
    QString text;
    std::optional<Platform> platform;
    std::optional<AccountStatus> status;
    // Only accounts still live after their active period ended.
    bool pastTermOnly = false;
    qint64 kecamatanId = 0;       // 0: every kecamatan
    std::optional<qint64> termId; // 0: accounts without a term

    bool isEmpty() const
    {
        return text.trimmed().isEmpty() && !platform && !status && !pastTermOnly && kecamatanId == 0 && !termId;
    }
};

// Filters and sorts an AccountTableModel fast enough to run on every keystroke over the national
// register (36,425 accounts): every row's searchable text is lower-cased once when the register
// loads, into one UTF-8 buffer that each typed word is searched through in a single pass; the sort
// order is computed once per header click; and a filter is one walk over plain vectors.
// QSortFilterProxyModel would call data() through QVariant for every row and comparison.
// The source model must be an AccountTableModel; it changes only by resets and dataChanged.
class AccountFilterModel : public QAbstractProxyModel
{
    Q_OBJECT

public:
    explicit AccountFilterModel(QObject *parent = nullptr);

    void setSourceModel(QAbstractItemModel *sourceModel) override;

    const AccountFilterCriteria &criteria() const { return m_criteria; }
    void setCriteria(const AccountFilterCriteria &criteria);
    void setText(const QString &text);

    int shownCount() const { return int(m_rows.size()); }
    int totalCount() const { return int(m_keys.size()); }
    int sortColumn() const { return m_sortColumn; }
    Qt::SortOrder sortOrder() const { return m_sortOrder; }

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    bool hasChildren(const QModelIndex &parent = {}) const override;
    QModelIndex mapToSource(const QModelIndex &proxyIndex) const override;
    QModelIndex mapFromSource(const QModelIndex &sourceIndex) const override;
    // Sorts the whole register once per call; -1 restores the register's own order (kecamatan,
    // platform, handle).
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

Q_SIGNALS:
    // The shown rows changed (a filter, a reload): the "N of M accounts" count follows it.
    void filtered();

private:
    // What the filter reads of each row besides its text, in one cache-friendly place.
    struct RowKey
    {
        qint64 kecamatanId = 0;
        qint64 termId = 0;
        Platform platform = Platform::Instagram;
        AccountStatus status = AccountStatus::Requested;
        bool pastTerm = false;
    };

    void rebuildKeys();
    void rebuildOrder();
    // Filters `candidates` (source rows in display order) into m_rows.
    void applyFilter(const std::vector<int> *candidates);
    bool accepts(const RowKey &key) const;
    // Rows whose text holds every typed word: one pass through the whole text per word.
    std::vector<char> rowsWithAllWords() const;
    bool rowHasAllWords(int row) const;
    void rebuildReverseMap();
    void sourceReset();
    void sourceDataChanged(const QModelIndex &topLeft, const QModelIndex &bottomRight, const QList<int> &roles);

    AccountTableModel *m_accounts = nullptr;
    std::vector<RowKey> m_keys;
    // Each row's AccountSearch::Fields, folded by AccountSearch::fold, separated by 0x1f and ended
    // by a newline (AccountSearch's words hold no control character), so a word never matches
    // across two fields or two rows: a row holds a word exactly when AccountSearch::matches says
    // so. UTF-8: a UTF-8 word only matches whole characters, and it is half the size of UTF-16.
    QByteArray m_text;
    std::vector<qsizetype> m_textStart; // row -> offset in m_text; one more entry for the end
    std::vector<int> m_order;           // every source row, in the current sort order
    std::vector<int> m_rows;            // the shown source rows, in that order
    std::vector<int> m_proxyRowOf;      // source row -> shown row, or -1
    AccountFilterCriteria m_criteria;
    QStringList m_words;                 // AccountSearch(m_criteria.text).words()
    std::vector<QByteArray> m_utf8Words; // the same in UTF-8
    int m_sortColumn = -1;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
    QList<QMetaObject::Connection> m_connections;
};

} // namespace Brankas
