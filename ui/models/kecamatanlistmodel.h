// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <core/domain/kecamatanrecord.h>
#include <core/result.h>

#include <QAbstractListModel>
#include <QList>

namespace Brankas {

class Vault;

// The office's kecamatan by name, for combo boxes (filters, the account dialog). Optionally starts
// with an "All kecamatan" row whose id is 0.
class KecamatanListModel : public QAbstractListModel
{
    Q_OBJECT

public:
    enum Role { KecamatanIdRole = Qt::UserRole + 1, CodeRole, RetiredRole };

    explicit KecamatanListModel(QObject *parent = nullptr);

    Status load(Vault &vault, bool includeRetired = true);
    void setKecamatan(QList<KecamatanRecord> kecamatan); // shown by name
    void setAllRow(bool shown);
    const QList<KecamatanRecord> &kecamatan() const { return m_kecamatan; }
    // The row of a kecamatan (0 for the "All" row when shown), or -1.
    int rowOfId(qint64 id) const;
    int rowOfCode(const QString &code) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    void retranslate();

private:
    int offset() const { return m_allRow ? 1 : 0; }

    QList<KecamatanRecord> m_kecamatan;
    bool m_allRow = false;
};

} // namespace Brankas
