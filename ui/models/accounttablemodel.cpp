// SPDX-License-Identifier: GPL-3.0-or-later
#include "accounttablemodel.h"

#include "accounticons.h"
#include "displaytime.h"

#include <core/register/accounts.h>

#include <QBrush>
#include <QColor>
#include <QFont>

namespace Brankas {

AccountTableModel::AccountTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

Status AccountTableModel::load(Vault &vault, const QDate &today)
{
    auto accounts = Accounts(vault).list({});
    if (!accounts) {
        return accounts.error();
    }
    setAccounts(std::move(accounts).value(), today);
    return {};
}

void AccountTableModel::setAccounts(QList<Account> accounts, const QDate &today)
{
    beginResetModel();
    m_accounts = std::move(accounts);
    m_today = today;
    m_rowById.clear();
    m_rowById.reserve(m_accounts.size());
    for (int row = 0; row < m_accounts.size(); ++row) {
        m_rowById.insert(m_accounts.at(row).id, row);
    }
    endResetModel();
}

bool AccountTableModel::isPastTerm(int row) const
{
    const Account &account = m_accounts.at(row);
    return isLive(account.status) && account.activeUntil.isValid() && m_today.isValid() &&
           account.activeUntil < m_today;
}

int AccountTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_accounts.size());
}

int AccountTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString AccountTableModel::platformText(const Account &account)
{
    return account.platform == Platform::Other && !account.platformName.isEmpty()
               ? account.platformName
               : platformDisplayName(account.platform);
}

QString AccountTableModel::handleText(const Account &account)
{
    return QLatin1Char('@') + account.handle;
}

QVariant AccountTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const Account &account = m_accounts.at(index.row());
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole:
        return display(account, column, isPastTerm(index.row()));
    case Qt::DecorationRole:
        if (column == PlatformColumn) {
            return AccountIcons::platform(account.platform);
        }
        if (column == StatusColumn) {
            return isPastTerm(index.row()) ? AccountIcons::warning() : AccountIcons::status(account.status);
        }
        return {};
    case Qt::ToolTipRole:
        switch (column) {
        case HandleColumn:
            return account.displayName.isEmpty() ? account.url()
                                                 : account.displayName + QLatin1Char('\n') + account.url();
        case KecamatanColumn:
            return account.kecamatanCode;
        case StatusColumn:
            return isPastTerm(index.row())
                       ? tr("Still %1 although its active period ended on %2: deactivate it or extend the term.")
                             .arg(statusDisplayName(account.status), DisplayTime::longDate(account.activeUntil))
                       : statusDisplayName(account.status);
        case ActiveUntilColumn:
            return account.periodSetByHand ? tr("Active period set by hand") : tr("Active period follows the term");
        default:
            return {};
        }
    case Qt::ForegroundRole:
        if (column == StatusColumn && isPastTerm(index.row())) {
            return QBrush(QColor(0xb3, 0x26, 0x1e));
        }
        return {};
    case Qt::FontRole:
        if (column == HandleColumn || (column == StatusColumn && isPastTerm(index.row()))) {
            QFont font;
            font.setWeight(QFont::DemiBold);
            return font;
        }
        return {};
    case AccountIdRole:
        return account.id;
    case SortRole:
        return sortValue(account, column);
    case PastTermRole:
        return isPastTerm(index.row());
    default:
        return {};
    }
}

QVariant AccountTableModel::display(const Account &account, int column, bool pastTerm) const
{
    switch (column) {
    case PlatformColumn:
        return platformText(account);
    case HandleColumn:
        return handleText(account);
    case KecamatanColumn:
        return account.kecamatanName;
    case StatusColumn:
        return pastTerm ? tr("%1 – past term").arg(statusDisplayName(account.status))
                        : statusDisplayName(account.status);
    case TermColumn:
        return account.termId == 0 ? tr("No term") : account.termName;
    case ActiveUntilColumn:
        return DisplayTime::date(account.activeUntil);
    case HolderColumn:
        return account.holder;
    case ChangedColumn:
        return DisplayTime::date(account.updatedAt.toLocalTime().date());
    default:
        return {};
    }
}

QVariant AccountTableModel::sortValue(const Account &account, int column) const
{
    switch (column) {
    case PlatformColumn:
        return int(account.platform);
    case HandleColumn:
        return account.handle.toLower();
    case KecamatanColumn:
        return account.kecamatanName.toLower();
    case StatusColumn:
        return int(account.status);
    case TermColumn:
        return account.termName.toLower();
    case ActiveUntilColumn:
        return account.activeUntil;
    case HolderColumn:
        return account.holder.toLower();
    case ChangedColumn:
        return account.updatedAt;
    default:
        return {};
    }
}

QVariant AccountTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole || section < 0 || section >= ColumnCount) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    switch (section) {
    case PlatformColumn:
        return tr("Platform");
    case HandleColumn:
        return tr("Account");
    case KecamatanColumn:
        return tr("Kecamatan");
    case StatusColumn:
        return tr("Status");
    case TermColumn:
        return tr("Term");
    case ActiveUntilColumn:
        return tr("Active until");
    case HolderColumn:
        return tr("Holder");
    case ChangedColumn:
        return tr("Last changed");
    default:
        return {};
    }
}

void AccountTableModel::retranslate()
{
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_accounts.isEmpty()) {
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
    }
}

} // namespace Brankas
