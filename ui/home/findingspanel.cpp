// SPDX-License-Identifier: GPL-3.0-or-later
#include "findingspanel.h"

#include <ui/look.h>
#include <ui/models/findingmodel.h>

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QTreeView>
#include <QVBoxLayout>

namespace Brankas {

FindingsPanel::FindingsPanel(QWidget *parent)
    : QFrame(parent)
    , m_title(Look::label(this, QStringLiteral("needsActionTitle"), false))
    , m_summary(Look::label(this, QStringLiteral("needsActionSummary")))
    , m_busy(new QProgressBar(this))
    , m_tree(new QTreeView(this))
    , m_detail(new QFrame(this))
    , m_detailTitle(Look::label(m_detail, QStringLiteral("findingTitle")))
    , m_detailText(Look::label(m_detail, QStringLiteral("findingExplanation")))
    , m_open(new QPushButton(m_detail))
    , m_model(new FindingModel(this))
{
    setObjectName(QStringLiteral("homeCard"));
    Look::setFont(m_title, 1.25, QFont::DemiBold);
    Look::setMuted(m_summary);
    Look::setFont(m_detailTitle, 1.0, QFont::DemiBold);

    m_tree->setObjectName(QStringLiteral("findings"));
    m_tree->setModel(m_model);
    m_tree->setUniformRowHeights(true);
    m_tree->setAlternatingRowColors(true);
    m_tree->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_tree->setExpandsOnDoubleClick(true);
    m_tree->setTextElideMode(Qt::ElideRight);
    m_tree->header()->setStretchLastSection(true);
    const QFontMetrics metrics = fontMetrics();
    m_tree->header()->resizeSection(FindingModel::SubjectColumn,
                                    metrics.horizontalAdvance(QStringLiteral("Instagram @panwaslu_palelehbarat")) + 60);
    m_tree->header()->resizeSection(FindingModel::KecamatanColumn,
                                    metrics.horizontalAdvance(QStringLiteral("72.05.11 Paleleh Barat")) + 16);

    m_detail->setObjectName(QStringLiteral("findingDetail"));
    m_open->setObjectName(QStringLiteral("openFinding"));
    m_open->setEnabled(false);
    auto *detailLayout = new QHBoxLayout(m_detail);
    detailLayout->setContentsMargins(12, 8, 12, 8);
    auto *texts = new QVBoxLayout;
    texts->setSpacing(2);
    texts->addWidget(m_detailTitle);
    texts->addWidget(m_detailText);
    detailLayout->addLayout(texts, 1);
    detailLayout->addWidget(m_open, 0, Qt::AlignVCenter);

    auto *heading = new QHBoxLayout;
    heading->addWidget(m_title);
    heading->addSpacing(12);
    heading->addWidget(m_summary, 1, Qt::AlignBottom);
    heading->addWidget(m_busy, 0, Qt::AlignVCenter);
    m_busy->setRange(0, 0);
    m_busy->setFixedWidth(160);
    m_busy->setVisible(false);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 12, 16, 14);
    layout->setSpacing(8);
    layout->addLayout(heading);
    layout->addWidget(m_tree, 1);
    layout->addWidget(m_detail);

    connect(m_tree->selectionModel(), &QItemSelectionModel::currentChanged, this, &FindingsPanel::showCurrent);
    connect(m_tree, &QTreeView::activated, this, &FindingsPanel::activate);
    connect(m_open, &QPushButton::clicked, this, &FindingsPanel::openCurrent);
    retranslateUi();
}

void FindingsPanel::setFindings(QList<Finding> findings)
{
    m_model->setFindings(std::move(findings));
    // Critical findings are the misuse risk: open their group so they cannot be missed; the long
    // lists of warnings stay folded under their rule.
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const QModelIndex severity = m_model->index(row, 0);
        m_tree->expand(severity);
        if (severity.data(FindingModel::SeverityRole).toString() == severityId(Finding::Severity::Critical)) {
            for (int rule = 0; rule < m_model->rowCount(severity); ++rule) {
                m_tree->expand(m_model->index(rule, 0, severity));
            }
        }
    }
    // The first (most severe) finding is selected, so its explanation is on screen from the start.
    QModelIndex first = m_model->index(0, 0);
    while (m_model->rowCount(first) > 0) {
        first = m_model->index(0, 0, first);
    }
    if (first.isValid()) {
        m_tree->setCurrentIndex(first);
    }
    retranslateUi();
}

void FindingsPanel::setBusy(bool busy)
{
    m_busy->setVisible(busy);
    m_tree->setEnabled(!busy);
    if (busy) {
        m_failure.clear();
    }
    retranslateUi();
}

void FindingsPanel::setFailure(const QString &message)
{
    m_failure = message;
    m_busy->setVisible(false);
    retranslateUi();
}

void FindingsPanel::activate(const QModelIndex &index)
{
    const qint64 account = index.data(FindingModel::AccountIdRole).toLongLong();
    if (account > 0) {
        Q_EMIT accountActivated(account);
    }
}

void FindingsPanel::openCurrent()
{
    activate(m_tree->currentIndex());
}

void FindingsPanel::showCurrent()
{
    const QModelIndex current = m_tree->currentIndex();
    const Finding *finding = m_model->finding(current);
    const QString rule = current.data(FindingModel::RuleRole).toString();
    m_open->setEnabled(finding != nullptr);
    if (finding) {
        m_detailTitle->setText(ruleTitle(finding->rule) + QStringLiteral(" — ") + finding->accountLabel +
                               QStringLiteral(", ") + finding->kecamatan);
        m_detailText->setText(finding->message + QLatin1Char('\n') + ruleExplanation(finding->rule));
    } else if (!rule.isEmpty()) {
        m_detailTitle->setText(ruleTitle(rule));
        m_detailText->setText(ruleExplanation(rule));
    } else {
        m_detailTitle->setText(m_model->count() > 0 ? tr("Choose a finding to see what it means.")
                                                    : tr("Nothing needs action today."));
        m_detailText->setText(m_model->count() > 0 ? tr("Double-click a finding or press Enter to open its account.")
                                                   : tr("Every account passed the health check."));
    }
}

void FindingsPanel::retranslateUi()
{
    m_title->setText(tr("Needs action"));
    const QLocale locale;
    const int critical = m_model->count(Finding::Severity::Critical);
    if (!m_failure.isEmpty()) {
        m_summary->setText(tr("The health check could not run: %1").arg(m_failure));
    } else if (m_busy->isVisible()) {
        m_summary->setText(tr("Checking the register…"));
    } else if (m_model->count() == 0) {
        m_summary->setText(tr("No findings."));
    } else {
        m_summary->setText(
            tr("%1 findings, %2 of them critical").arg(locale.toString(m_model->count()), locale.toString(critical)));
    }
    m_open->setText(tr("Open account"));
    m_open->setToolTip(tr("Show this account on the Accounts page (Enter)"));
    m_model->retranslate();
    showCurrent();
}

} // namespace Brankas
