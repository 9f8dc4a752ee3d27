// SPDX-License-Identifier: GPL-3.0-or-later
#include "homepage.h"

#include "countcard.h"
#include "findingspanel.h"
#include "summarytile.h"
#include "termscard.h"

#include <core/backup/backuphealth.h>
#include <core/register/accounts.h>
#include <core/register/healthcheck.h>
#include <core/register/terms.h>
#include <core/vault/vault.h>
#include <ui/app/preferences.h>
#include <ui/app/workspace.h>
#include <ui/layout/flowlayout.h>
#include <ui/look.h>
#include <ui/models/accounticons.h>
#include <ui/models/findingmodel.h>

#include <QApplication>
#include <QEvent>
#include <QHBoxLayout>
#include <QStyle>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>

namespace Brankas {

namespace {
// The dashboard's own cards and tiles; the shared style sheet knows nothing of them.
QString homeStyleSheet()
{
    return QStringLiteral(R"(
#homeCard, *[homeTile="true"] {
    background: palette(base); border: 1px solid palette(mid); border-radius: 8px;
}
*[homeTile="true"][alert="true"] { border: 3px solid #b3261e; background: #fdeceb; }
*[homeTile="true"][alert="true"] QLabel { color: #4a100c; }
#homeCard QLabel, *[homeTile="true"] QLabel { background: transparent; }
#findingDetail { background: palette(alternate-base); border-radius: 6px; }
#findingDetail QLabel { background: transparent; }
#countBar { border: none; background: palette(alternate-base); border-radius: 4px; }
#countBar::chunk { background: #3f6fa8; border-radius: 4px; }
)");
}
} // namespace

HomePage::HomePage(Workspace &workspace, QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_totalTile(new SummaryTile(this))
    , m_actionTile(new SummaryTile(this))
    , m_findings(new FindingsPanel(this))
    , m_platforms(new CountCard(this))
    , m_terms(new TermsCard(this))
{
    setStyleSheet(homeStyleSheet());
    m_totalTile->setObjectName(QStringLiteral("tileTotal"));
    m_totalTile->setIcon(style()->standardIcon(QStyle::SP_FileDialogDetailedView));
    m_actionTile->setObjectName(QStringLiteral("tileNeedsAction"));
    m_actionTile->setIcon(AccountIcons::warning());

    // The tiles wrap to a second row when the window is narrow (a projector, a laptop at 150 %).
    auto *tileRow = new QWidget(this);
    auto *tiles = new FlowLayout(tileRow, 10);
    tiles->setStretchItems(true);
    tiles->addWidget(m_totalTile);
    // The statuses an office watches; closed accounts are history and counted on the Accounts page.
    for (AccountStatus status : {AccountStatus::Active, AccountStatus::Suspended, AccountStatus::Held,
                                 AccountStatus::Deactivated, AccountStatus::Requested}) {
        auto *tile = new SummaryTile(tileRow);
        tile->setObjectName(QStringLiteral("tileStatus-") + statusId(status));
        tile->setIcon(AccountIcons::status(status));
        m_statusTiles.insert(status, tile);
        tiles->addWidget(tile);
    }
    tiles->addWidget(m_actionTile);

    auto *content = new QHBoxLayout;
    content->setSpacing(12);
    auto *side = new QVBoxLayout;
    side->setSpacing(12);
    side->addWidget(m_platforms);
    side->addWidget(m_terms, 1);
    content->addWidget(m_findings, 3);
    content->addLayout(side, 1);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 14, 16, 14);
    layout->setSpacing(12);
    layout->addWidget(tileRow);
    layout->addLayout(content, 1);

    connect(m_findings, &FindingsPanel::accountActivated, &m_workspace, &Workspace::accountRequested);
    connect(&m_workspace, &Workspace::registerChanged, this, [this]() {
        m_stale = true;
        if (isVisible()) {
            scheduleReload();
        }
    });
    retranslateUi();
}

void HomePage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_stale) {
        scheduleReload();
    }
}

void HomePage::scheduleReload()
{
    if (m_scheduled) {
        return;
    }
    m_scheduled = true;
    m_findings->setBusy(true);
    // After the first paint: the page appears at once with its busy bar, then fills in.
    QTimer::singleShot(0, this, [this]() {
        m_scheduled = false;
        if (m_stale) {
            reload();
        }
    });
}

void HomePage::reload()
{
    m_stale = false;
    m_findings->setBusy(true);
    if (!loadCounts()) {
        return;
    }
    // The counts are on screen while the health check, the longer half, runs.
    if (isVisible()) {
        repaint();
    }
    runHealthCheck();
}

bool HomePage::loadCounts()
{
    const QDate today = m_workspace.clock().nowUtc().toLocalTime().date();
    QApplication::setOverrideCursor(Qt::BusyCursor);
    auto accounts = Accounts(m_workspace.vault()).list({});
    auto terms = Terms(m_workspace.vault()).list();
    QApplication::restoreOverrideCursor();
    if (!accounts || !terms) {
        m_findings->setFailure(!accounts ? accounts.error().message() : terms.error().message());
        return false;
    }
    m_statusCounts.clear();
    m_platformCounts.clear();
    m_total = accounts->size();
    for (const Account &account : accounts.value()) {
        ++m_statusCounts[account.status];
        ++m_platformCounts[int(account.platform)];
    }
    m_terms->setTerms(terms.value(), today);
    showStatusCounts();
    showPlatformCounts();
    return true;
}

void HomePage::runHealthCheck()
{
    const QDate today = m_workspace.clock().nowUtc().toLocalTime().date();
    QApplication::setOverrideCursor(Qt::BusyCursor);
    auto findings = HealthCheck(m_workspace.vault()).run(today);
    auto backups = Backup::backupFindings(m_workspace.vault(), m_workspace.preferences().backupFolder(), today);
    QApplication::restoreOverrideCursor();
    if (!findings || !backups) {
        m_findings->setFailure(!findings ? findings.error().message() : backups.error().message());
        return;
    }
    findings.value().append(backups.value());
    std::stable_sort(findings.value().begin(), findings.value().end(),
                     [](const Finding &a, const Finding &b) { return a.severity < b.severity; });
    m_findings->setFindings(std::move(findings).value());
    m_findings->setBusy(false);
    showStatusCounts();
    Q_EMIT loaded();
}

void HomePage::showStatusCounts()
{
    const bool counted = m_total >= 0;
    m_totalTile->setValue(counted ? m_total : -1);
    m_totalTile->setCaption(tr("Accounts in the register"));
    for (auto it = m_statusTiles.begin(); it != m_statusTiles.end(); ++it) {
        it.value()->setValue(counted ? m_statusCounts.value(it.key()) : -1);
        it.value()->setCaption(statusDisplayName(it.key()));
    }
    const bool checked = counted && !m_stale && !m_scheduled;
    const int critical = m_findings->model()->count(Finding::Severity::Critical);
    m_actionTile->setValue(checked ? critical : -1);
    m_actionTile->setCaption(tr("Critical findings"));
    m_actionTile->setAlert(checked && critical > 0);
    m_actionTile->setToolTip(tr("Accounts still active after their term ended: the misuse risk to remove first"));
    evenTileHeights();
}

void HomePage::evenTileHeights()
{
    // Captions wrap differently in each language; the row of tiles keeps one height.
    QList<SummaryTile *> tiles = m_statusTiles.values();
    tiles << m_totalTile << m_actionTile;
    int height = 0;
    for (SummaryTile *tile : tiles) {
        tile->setMinimumHeight(0);
        height = std::max(height, tile->sizeHint().height());
    }
    for (SummaryTile *tile : tiles) {
        tile->setMinimumHeight(height);
    }
}

void HomePage::showPlatformCounts()
{
    QList<CountCard::Row> rows;
    for (Platform platform : allPlatforms()) {
        const qint64 count = m_platformCounts.value(int(platform));
        // Rare platforms appear once they are used, so the card stays short.
        if (count > 0 || platform <= Platform::YouTube) {
            rows.append({AccountIcons::platform(platform), platformDisplayName(platform), count});
        }
    }
    m_platforms->setRows(rows);
}

void HomePage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
        // Findings carry sentences written by core in the language of the time: ask for them again.
        if (!m_stale) {
            m_stale = true;
            if (isVisible()) {
                scheduleReload();
            }
        }
    }
    QWidget::changeEvent(event);
}

void HomePage::retranslateUi()
{
    m_platforms->setTitle(tr("Accounts by platform"));
    showStatusCounts();
    showPlatformCounts();
    m_terms->retranslateUi();
    m_findings->retranslateUi();
}

} // namespace Brankas
