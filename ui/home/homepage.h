// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <core/domain/accountstatus.h>

#include <QMap>
#include <QWidget>

namespace Brankas {

class CountCard;
class FindingsPanel;
class SummaryTile;
class TermsCard;
class Workspace;

// Beranda: the dashboard. Tiles with the accounts by status on top, the health check's findings
// ("Needs action") below, beside the accounts by platform and the terms ending soon. Reading a
// national register takes a second or so, so the page never does it before it is first painted:
// it loads just after it is shown (and again when the register changes), counts first, then the
// health check, with a busy bar in the findings' heading meanwhile.
class HomePage : public QWidget
{
    Q_OBJECT

public:
    explicit HomePage(Workspace &workspace, QWidget *parent = nullptr);

    // Reads the register and runs the health check now.
    void reload();
    bool isLoaded() const { return !m_stale; }
    FindingsPanel *findings() const { return m_findings; }
    SummaryTile *statusTile(AccountStatus status) const { return m_statusTiles.value(status); }
    SummaryTile *actionTile() const { return m_actionTile; }
    CountCard *platformCard() const { return m_platforms; }

Q_SIGNALS:
    void loaded();

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void retranslateUi();
    void scheduleReload();
    bool loadCounts();
    void runHealthCheck();
    void showStatusCounts();
    void showPlatformCounts();
    void evenTileHeights();

    Workspace &m_workspace;
    SummaryTile *m_totalTile;
    QMap<AccountStatus, SummaryTile *> m_statusTiles;
    SummaryTile *m_actionTile;
    FindingsPanel *m_findings;
    CountCard *m_platforms;
    TermsCard *m_terms;
    QMap<AccountStatus, qint64> m_statusCounts;
    QMap<int, qint64> m_platformCounts; // by int(Platform)
    qint64 m_total = -1;                // -1 until the first load
    bool m_stale = true;
    bool m_scheduled = false;
};

} // namespace Brankas
