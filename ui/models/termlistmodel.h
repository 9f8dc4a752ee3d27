// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <core/domain/term.h>
#include <core/result.h>

#include <QAbstractListModel>
#include <QList>

#include <optional>

namespace Brankas {

class Vault;

// The masa tugas, most recently formed first, for combo boxes. Optionally starts with an "All
// terms" row (TermIdRole is an invalid QVariant) and a "No term" row (TermIdRole 0).
class TermListModel : public QAbstractListModel
{
    Q_OBJECT

public:
    enum Role { TermIdRole = Qt::UserRole + 1 };

    explicit TermListModel(QObject *parent = nullptr);

    Status load(Vault &vault);
    void setTerms(QList<Term> terms);
    void setExtraRows(bool allRow, bool noTermRow);
    const QList<Term> &terms() const { return m_terms; }
    // The row for a term id (0: the "No term" row), std::nullopt the "All" row; -1 if absent.
    int rowOf(std::optional<qint64> termId) const;
    // What a row stands for: std::nullopt for "All terms".
    std::optional<qint64> termIdAt(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    void retranslate();

private:
    int offset() const { return (m_allRow ? 1 : 0) + (m_noTermRow ? 1 : 0); }

    QList<Term> m_terms;
    bool m_allRow = false;
    bool m_noTermRow = false;
};

} // namespace Brankas
