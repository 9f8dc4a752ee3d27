// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <core/register/secrets.h>

#include <QAbstractTableModel>
#include <QList>

#include <optional>

namespace Brankas {

class Vault;

// When each value of an account's secrets was set, by whom and why: never the value itself (the
// history Secrets hands out has none). Shows passwords only by default; any kind or all kinds on
// request.
class PasswordHistoryModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { SetAtColumn, KindColumn, OfficerColumn, ReasonColumn, ColumnCount };

    explicit PasswordHistoryModel(QObject *parent = nullptr);

    // std::nullopt shows every kind.
    void setKind(std::optional<SecretKind> kind) { m_kind = kind; }
    Status load(Vault &vault, qint64 accountId);
    void setVersions(QList<SecretVersion> versions); // any order; shown newest first
    void clear() { setVersions({}); }
    const QList<SecretVersion> &versions() const { return m_versions; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    void retranslate();

private:
    std::optional<SecretKind> m_kind = SecretKind::Password;
    QList<SecretVersion> m_versions;
};

} // namespace Brankas
