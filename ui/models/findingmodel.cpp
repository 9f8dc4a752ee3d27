// SPDX-License-Identifier: GPL-3.0-or-later
#include "findingmodel.h"

#include <QApplication>
#include <QFont>
#include <QIcon>
#include <QLocale>
#include <QStyle>

namespace Brankas {

namespace {
QIcon severityIcon(Finding::Severity severity)
{
    // Three different shapes (cross, triangle, "i"), so the severity reads without its colour.
    switch (severity) {
    case Finding::Severity::Critical:
        return QApplication::style()->standardIcon(QStyle::SP_MessageBoxCritical);
    case Finding::Severity::Warning:
        return QApplication::style()->standardIcon(QStyle::SP_MessageBoxWarning);
    case Finding::Severity::Info:
        return QApplication::style()->standardIcon(QStyle::SP_MessageBoxInformation);
    }
    return {};
}
} // namespace

FindingModel::FindingModel(QObject *parent)
    : QAbstractItemModel(parent)
{
    m_nodes.append(Node{});
}

int FindingModel::addNode(Node node)
{
    Node &parent = m_nodes[node.parent];
    node.row = int(parent.children.size());
    const int id = int(m_nodes.size());
    parent.children.append(id);
    m_nodes.append(std::move(node));
    return id;
}

void FindingModel::setFindings(QList<Finding> findings)
{
    beginResetModel();
    m_findings = std::move(findings);
    // Core sorts by severity; sorting again here keeps the tree right whatever the caller passes.
    std::stable_sort(m_findings.begin(), m_findings.end(),
                     [](const Finding &a, const Finding &b) { return int(a.severity) < int(b.severity); });
    m_nodes.clear();
    m_nodes.append(Node{});
    int severityNode = -1;
    QHash<QString, int> ruleNodes; // rule id -> node, within the current severity
    for (int i = 0; i < m_findings.size(); ++i) {
        const Finding &finding = m_findings.at(i);
        if (severityNode < 0 || m_nodes.at(severityNode).severity != finding.severity) {
            severityNode = addNode(Node{.kind = Kind::Severity, .parent = 0, .severity = finding.severity});
            ruleNodes.clear();
        }
        int ruleNode = ruleNodes.value(finding.rule, -1);
        if (ruleNode < 0) {
            ruleNode = addNode(
                Node{.kind = Kind::Rule, .parent = severityNode, .severity = finding.severity, .rule = finding.rule});
            ruleNodes.insert(finding.rule, ruleNode);
        }
        addNode(Node{.kind = Kind::Finding,
                     .parent = ruleNode,
                     .severity = finding.severity,
                     .rule = finding.rule,
                     .finding = i});
        ++m_nodes[ruleNode].total;
        ++m_nodes[severityNode].total;
    }
    endResetModel();
}

int FindingModel::count(Finding::Severity severity) const
{
    for (int child : m_nodes.first().children) {
        if (m_nodes.at(child).severity == severity) {
            return m_nodes.at(child).total;
        }
    }
    return 0;
}

const Finding *FindingModel::finding(const QModelIndex &index) const
{
    const Node *node = nodeOf(index);
    return node && node->kind == Kind::Finding ? &m_findings.at(node->finding) : nullptr;
}

void FindingModel::retranslate()
{
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    // Group rows hold translated titles; every level repaints.
    std::function<void(const QModelIndex &)> touch = [&](const QModelIndex &parent) {
        const int rows = rowCount(parent);
        if (rows == 0) {
            return;
        }
        Q_EMIT dataChanged(index(0, 0, parent), index(rows - 1, ColumnCount - 1, parent));
        for (int row = 0; row < rows; ++row) {
            const QModelIndex child = index(row, 0, parent);
            if (nodeOf(child)->kind != Kind::Finding) {
                touch(child);
            }
        }
    };
    touch({});
}

const FindingModel::Node *FindingModel::nodeOf(const QModelIndex &index) const
{
    if (!index.isValid()) {
        return &m_nodes.first();
    }
    const auto id = qsizetype(index.internalId());
    return id > 0 && id < m_nodes.size() ? &m_nodes.at(id) : nullptr;
}

QModelIndex FindingModel::index(int row, int column, const QModelIndex &parent) const
{
    const Node *node = nodeOf(parent);
    if (!node || row < 0 || row >= node->children.size() || column < 0 || column >= ColumnCount ||
        (parent.isValid() && parent.column() != 0)) {
        return {};
    }
    return createIndex(row, column, quintptr(node->children.at(row)));
}

QModelIndex FindingModel::parent(const QModelIndex &child) const
{
    const Node *node = nodeOf(child);
    if (!child.isValid() || !node || node->parent <= 0) {
        return {};
    }
    return createIndex(m_nodes.at(node->parent).row, 0, quintptr(node->parent));
}

int FindingModel::rowCount(const QModelIndex &parent) const
{
    if (parent.isValid() && parent.column() != 0) {
        return 0;
    }
    const Node *node = nodeOf(parent);
    return node ? int(node->children.size()) : 0;
}

int FindingModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

QVariant FindingModel::displayText(const Node &node, int column) const
{
    const QLocale locale;
    switch (node.kind) {
    case Kind::Severity:
        return column == SubjectColumn
                   ? tr("%1 (%2)").arg(severityDisplayName(node.severity), locale.toString(node.total))
                   : QVariant();
    case Kind::Rule:
        if (column == SubjectColumn) {
            return tr("%1 (%2)").arg(ruleTitle(node.rule), locale.toString(node.total));
        }
        return column == DetailsColumn ? QVariant(ruleExplanation(node.rule)) : QVariant();
    case Kind::Finding: {
        const Finding &finding = m_findings.at(node.finding);
        switch (column) {
        case SubjectColumn:
            return finding.accountLabel;
        case KecamatanColumn:
            return finding.kecamatan;
        case DetailsColumn:
            return finding.message;
        }
        return {};
    }
    case Kind::Root:
        break;
    }
    return {};
}

QVariant FindingModel::decoration(const Node &node, int column) const
{
    if (column != SubjectColumn || node.kind != Kind::Severity) {
        return {};
    }
    return severityIcon(node.severity);
}

QVariant FindingModel::data(const QModelIndex &index, int role) const
{
    const Node *node = nodeOf(index);
    if (!index.isValid() || !node || node->kind == Kind::Root) {
        return {};
    }
    switch (role) {
    case Qt::DisplayRole:
        return displayText(*node, index.column());
    case Qt::ToolTipRole:
        return node->kind == Kind::Severity ? QVariant() : QVariant(ruleExplanation(node->rule));
    case Qt::DecorationRole:
        return decoration(*node, index.column());
    case Qt::FontRole:
        if (node->kind != Kind::Finding && index.column() == SubjectColumn) {
            QFont font;
            font.setBold(true);
            return font;
        }
        return {};
    case AccountIdRole:
        return node->kind == Kind::Finding ? m_findings.at(node->finding).accountId : qint64(0);
    case SeverityRole:
        return severityId(node->severity);
    case RuleRole:
        return node->rule;
    }
    return {};
}

QVariant FindingModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return {};
    }
    switch (section) {
    case SubjectColumn:
        return tr("Finding");
    case KecamatanColumn:
        return tr("Kecamatan");
    case DetailsColumn:
        return tr("Details");
    }
    return {};
}

} // namespace Brankas
