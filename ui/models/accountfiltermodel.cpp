// SPDX-License-Identifier: GPL-3.0-or-later
#include "accountfiltermodel.h"

#include "accounttablemodel.h"

#include <core/domain/accountsearch.h>

#include <algorithm>
#include <functional>
#include <limits>
#include <string_view>

namespace Brankas {

namespace {
// Between fields, so a word typed never matches across the end of one field and the start of the next.
constexpr char FieldSeparator = '\x1f';
constexpr char RowEnd = '\n';

bool sameExceptText(const AccountFilterCriteria &a, const AccountFilterCriteria &b)
{
    return a.platform == b.platform && a.status == b.status && a.pastTermOnly == b.pastTermOnly &&
           a.kecamatanId == b.kecamatanId && a.termId == b.termId;
}
} // namespace

AccountFilterModel::AccountFilterModel(QObject *parent)
    : QAbstractProxyModel(parent)
{}

void AccountFilterModel::setSourceModel(QAbstractItemModel *sourceModel)
{
    auto *accounts = qobject_cast<AccountTableModel *>(sourceModel);
    Q_ASSERT_X(accounts || !sourceModel, "AccountFilterModel", "the source must be an AccountTableModel");
    beginResetModel();
    for (const auto &connection : std::as_const(m_connections)) {
        disconnect(connection);
    }
    m_connections.clear();
    QAbstractProxyModel::setSourceModel(accounts);
    m_accounts = accounts;
    if (m_accounts) {
        m_connections << connect(m_accounts, &QAbstractItemModel::modelAboutToBeReset, this,
                                 &AccountFilterModel::beginResetModel)
                      << connect(m_accounts, &QAbstractItemModel::modelReset, this, &AccountFilterModel::sourceReset)
                      << connect(m_accounts, &QAbstractItemModel::dataChanged, this,
                                 &AccountFilterModel::sourceDataChanged)
                      << connect(m_accounts, &QAbstractItemModel::headerDataChanged, this,
                                 &AccountFilterModel::headerDataChanged);
    }
    rebuildKeys();
    rebuildOrder();
    applyFilter(nullptr);
    endResetModel();
    Q_EMIT filtered();
}

void AccountFilterModel::sourceReset()
{
    rebuildKeys();
    rebuildOrder();
    applyFilter(nullptr);
    endResetModel();
    Q_EMIT filtered();
}

void AccountFilterModel::sourceDataChanged(const QModelIndex &topLeft, const QModelIndex &bottomRight,
                                           const QList<int> &roles)
{
    // Only retranslation changes data in place, and it touches no field the filter reads.
    if (m_rows.empty() || !topLeft.isValid() || !bottomRight.isValid()) {
        return;
    }
    Q_EMIT dataChanged(index(0, topLeft.column()), index(rowCount() - 1, bottomRight.column()), roles);
}

void AccountFilterModel::rebuildKeys()
{
    m_keys.clear();
    m_text.clear();
    m_textStart.clear();
    if (!m_accounts) {
        return;
    }
    const QList<Account> &accounts = m_accounts->accounts();
    m_keys.reserve(size_t(accounts.size()));
    m_textStart.reserve(size_t(accounts.size()) + 1);
    m_text.reserve(accounts.size() * 112);
    for (int row = 0; row < accounts.size(); ++row) {
        const Account &account = accounts.at(row);
        m_textStart.push_back(m_text.size());
        for (QString Account::*field : AccountSearch::Fields) {
            m_text += AccountSearch::fold(account.*field).toUtf8();
            m_text += FieldSeparator;
        }
        m_text += RowEnd;
        RowKey key;
        key.kecamatanId = account.kecamatanId;
        key.termId = account.termId;
        key.platform = account.platform;
        key.status = account.status;
        key.pastTerm = m_accounts->isPastTerm(row);
        m_keys.push_back(key);
    }
    m_textStart.push_back(m_text.size());
}

void AccountFilterModel::rebuildOrder()
{
    m_order.resize(m_keys.size());
    for (size_t i = 0; i < m_order.size(); ++i) {
        m_order[i] = int(i);
    }
    if (!m_accounts) {
        return;
    }
    const QList<Account> &accounts = m_accounts->accounts();
    // The register's own order first, so rows that tie on the chosen column stay in it.
    std::vector<QString> kecamatan(m_keys.size()), handle(m_keys.size());
    for (size_t i = 0; i < m_keys.size(); ++i) {
        kecamatan[i] = accounts.at(qsizetype(i)).kecamatanName.toLower();
        handle[i] = accounts.at(qsizetype(i)).handle.toLower();
    }
    std::stable_sort(m_order.begin(), m_order.end(), [&](int a, int b) {
        if (const int c = kecamatan[size_t(a)].compare(kecamatan[size_t(b)]); c != 0) {
            return c < 0;
        }
        if (accounts.at(a).platform != accounts.at(b).platform) {
            return accounts.at(a).platform < accounts.at(b).platform;
        }
        return handle[size_t(a)] < handle[size_t(b)];
    });
    if (m_sortColumn < 0) {
        return;
    }

    // One comparable key per row for the chosen column, then one stable sort.
    std::vector<QString> text(m_keys.size());
    std::vector<qint64> number(m_keys.size());
    for (size_t i = 0; i < m_keys.size(); ++i) {
        const Account &account = accounts.at(qsizetype(i));
        switch (m_sortColumn) {
        case AccountTableModel::PlatformColumn:
            number[i] = int(account.platform);
            text[i] = AccountTableModel::platformText(account).toLower();
            break;
        case AccountTableModel::HandleColumn:
            text[i] = handle[i];
            break;
        case AccountTableModel::KecamatanColumn:
            text[i] = kecamatan[i];
            break;
        case AccountTableModel::StatusColumn:
            number[i] = int(account.status);
            break;
        case AccountTableModel::TermColumn:
            text[i] = account.termName.toLower();
            break;
        case AccountTableModel::ActiveUntilColumn:
            // Accounts without a period sort after every date.
            number[i] =
                account.activeUntil.isValid() ? account.activeUntil.toJulianDay() : std::numeric_limits<qint64>::max();
            break;
        case AccountTableModel::HolderColumn:
            text[i] = account.holder.toLower();
            break;
        case AccountTableModel::ChangedColumn:
            number[i] = account.updatedAt.toMSecsSinceEpoch();
            break;
        default:
            break;
        }
    }
    auto less = [&](int a, int b) {
        if (number[size_t(a)] != number[size_t(b)]) {
            return number[size_t(a)] < number[size_t(b)];
        }
        return text[size_t(a)].compare(text[size_t(b)]) < 0;
    };
    if (m_sortOrder == Qt::AscendingOrder) {
        std::stable_sort(m_order.begin(), m_order.end(), less);
    } else {
        std::stable_sort(m_order.begin(), m_order.end(), [&](int a, int b) { return less(b, a); });
    }
}

bool AccountFilterModel::accepts(const RowKey &key) const
{
    if (m_criteria.platform && key.platform != *m_criteria.platform) {
        return false;
    }
    if (m_criteria.status && key.status != *m_criteria.status) {
        return false;
    }
    if (m_criteria.pastTermOnly && !key.pastTerm) {
        return false;
    }
    if (m_criteria.kecamatanId != 0 && key.kecamatanId != m_criteria.kecamatanId) {
        return false;
    }
    if (m_criteria.termId && key.termId != *m_criteria.termId) {
        return false;
    }
    return true;
}

std::vector<char> AccountFilterModel::rowsWithAllWords() const
{
    const std::string_view text(m_text.constData(), size_t(m_text.size()));
    std::vector<char> all(m_keys.size(), 1);
    std::vector<char> found(m_keys.size());
    for (const QByteArray &word : m_utf8Words) {
        const std::string_view needle(word.constData(), size_t(word.size()));
        std::fill(found.begin(), found.end(), 0);
        // string_view::find looks for the first byte with memchr: most of the text is skipped in
        // vector-sized steps, and after a hit the search goes on from the next row.
        size_t row = 0;
        for (size_t at = text.find(needle); at != std::string_view::npos;
             at = text.find(needle, size_t(m_textStart[row + 1]))) {
            while (size_t(m_textStart[row + 1]) <= at) {
                ++row;
            }
            found[row] = 1;
        }
        for (size_t i = 0; i < all.size(); ++i) {
            all[i] = char(all[i] & found[i]);
        }
    }
    return all;
}

bool AccountFilterModel::rowHasAllWords(int row) const
{
    const std::string_view text(m_text.constData() + m_textStart[size_t(row)],
                                size_t(m_textStart[size_t(row) + 1] - m_textStart[size_t(row)]));
    return std::all_of(m_utf8Words.begin(), m_utf8Words.end(), [&text](const QByteArray &word) {
        return text.find(std::string_view(word.constData(), size_t(word.size()))) != std::string_view::npos;
    });
}

void AccountFilterModel::applyFilter(const std::vector<int> *candidates)
{
    const std::vector<int> &from = candidates ? *candidates : m_order;
    std::vector<int> rows;
    if (m_criteria.isEmpty() || (m_utf8Words.empty() && !m_criteria.platform && !m_criteria.status &&
                                 !m_criteria.pastTermOnly && m_criteria.kecamatanId == 0 && !m_criteria.termId)) {
        rows = from;
    } else {
        rows.reserve(from.size());
        // Few rows left (typing on): search just those; otherwise one pass through all the text.
        const bool wholeText = !m_utf8Words.empty() && from.size() * 8 > m_keys.size();
        const std::vector<char> withWords = wholeText ? rowsWithAllWords() : std::vector<char>();
        for (const int row : from) {
            if (!accepts(m_keys[size_t(row)])) {
                continue;
            }
            if (wholeText ? withWords[size_t(row)] != 0 : rowHasAllWords(row)) {
                rows.push_back(row);
            }
        }
    }
    m_rows = std::move(rows);
    rebuildReverseMap();
}

void AccountFilterModel::rebuildReverseMap()
{
    m_proxyRowOf.assign(m_keys.size(), -1);
    for (size_t i = 0; i < m_rows.size(); ++i) {
        m_proxyRowOf[size_t(m_rows[i])] = int(i);
    }
}

void AccountFilterModel::setCriteria(const AccountFilterCriteria &criteria)
{
    const QStringList words = AccountSearch(criteria.text).words();
    // Typing on narrows the rows already shown: a row that lacks "momu" lacks "momunu" too.
    const QString oldText = m_criteria.text.toLower();
    const bool narrowing =
        sameExceptText(criteria, m_criteria) && !m_words.isEmpty() && criteria.text.toLower().startsWith(oldText);
    if (sameExceptText(criteria, m_criteria) && words == m_words) {
        m_criteria = criteria;
        return;
    }
    beginResetModel();
    m_criteria = criteria;
    m_words = words;
    m_utf8Words.clear();
    for (const QString &word : words) {
        m_utf8Words.push_back(word.toUtf8());
    }
    if (narrowing) {
        const std::vector<int> shown = m_rows;
        applyFilter(&shown);
    } else {
        applyFilter(nullptr);
    }
    endResetModel();
    Q_EMIT filtered();
}

void AccountFilterModel::setText(const QString &text)
{
    AccountFilterCriteria criteria = m_criteria;
    criteria.text = text;
    setCriteria(criteria);
}

void AccountFilterModel::sort(int column, Qt::SortOrder order)
{
    if (column == m_sortColumn && order == m_sortOrder) {
        return;
    }
    Q_EMIT layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    const QModelIndexList persistent = persistentIndexList();
    QList<QModelIndex> sources;
    sources.reserve(persistent.size());
    for (const QModelIndex &index : persistent) {
        sources << mapToSource(index);
    }
    m_sortColumn = column;
    m_sortOrder = order;
    rebuildOrder();
    applyFilter(nullptr);
    QModelIndexList moved;
    moved.reserve(sources.size());
    for (const QModelIndex &source : std::as_const(sources)) {
        moved << mapFromSource(source);
    }
    changePersistentIndexList(persistent, moved);
    Q_EMIT layoutChanged({}, QAbstractItemModel::VerticalSortHint);
}

QModelIndex AccountFilterModel::index(int row, int column, const QModelIndex &parent) const
{
    if (parent.isValid() || row < 0 || row >= rowCount() || column < 0 || column >= columnCount()) {
        return {};
    }
    return createIndex(row, column);
}

QModelIndex AccountFilterModel::parent(const QModelIndex &) const
{
    return {};
}

int AccountFilterModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int AccountFilterModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() || !m_accounts ? 0 : m_accounts->columnCount();
}

bool AccountFilterModel::hasChildren(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_rows.empty();
}

QModelIndex AccountFilterModel::mapToSource(const QModelIndex &proxyIndex) const
{
    if (!proxyIndex.isValid() || !m_accounts || proxyIndex.model() != this || proxyIndex.row() >= rowCount()) {
        return {};
    }
    return m_accounts->index(m_rows[size_t(proxyIndex.row())], proxyIndex.column());
}

QModelIndex AccountFilterModel::mapFromSource(const QModelIndex &sourceIndex) const
{
    if (!sourceIndex.isValid() || sourceIndex.model() != m_accounts ||
        size_t(sourceIndex.row()) >= m_proxyRowOf.size()) {
        return {};
    }
    const int row = m_proxyRowOf[size_t(sourceIndex.row())];
    return row < 0 ? QModelIndex() : index(row, sourceIndex.column());
}

} // namespace Brankas
