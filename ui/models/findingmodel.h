// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <core/register/healthcheck.h>

#include <QAbstractItemModel>

namespace Brankas {

// The health check's findings as a tree an officer can scan: severity (critical first), then the
// rule ("Active past its term"), then each account. Group rows carry counts, so a collapsed tree
// still says how much needs action.
class FindingModel : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum Column { SubjectColumn, KecamatanColumn, DetailsColumn, ColumnCount };
    enum Role {
        AccountIdRole = Qt::UserRole + 1, // 0 on group rows
        SeverityRole,                     // severityId(): "critical", "warning", "info"
        RuleRole                          // the rule id; empty on severity rows
    };

    explicit FindingModel(QObject *parent = nullptr);

    void setFindings(QList<Finding> findings);
    int count(Finding::Severity severity) const;
    int count() const { return int(m_findings.size()); }
    // The finding a row shows, or null on a group row.
    const Finding *finding(const QModelIndex &index) const;
    // Rule titles and severity names are read in the UI language at paint time; this repaints them.
    void retranslate();

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    enum class Kind { Root, Severity, Rule, Finding };
    struct Node
    {
        Kind kind = Kind::Root;
        int parent = -1;
        int row = 0;
        Finding::Severity severity = Finding::Severity::Info;
        QString rule = {};
        int finding = -1; // index into m_findings
        QList<int> children = {};
        int total = 0; // findings below a group
    };

    const Node *nodeOf(const QModelIndex &index) const;
    int addNode(Node node);
    QVariant displayText(const Node &node, int column) const;
    QVariant decoration(const Node &node, int column) const;

    QList<Finding> m_findings;
    QList<Node> m_nodes; // m_nodes[0] is the invisible root
};

} // namespace Brankas
