// SPDX-License-Identifier: GPL-3.0-or-later
#include "pages.h"

#include "../accounts/accountspage.h"
#include "../app/workspace.h"
#include "../evaluation/evaluationpage.h"
#include "../handover/handoverspage.h"
#include "../home/homepage.h"
#include "../import/importaction.h"
#include "../kecamatan/kecamatanregisterpage.h"
#include "../log/logpage.h"
#include "../officers/officerspage.h"
#include "../reports/reportactions.h"
#include "../settings/settingspage.h"
#include "../terms/termspage.h"
#include "workspaceview.h"

namespace Brankas {

PageActions populatePages(WorkspaceView &view, Workspace &workspace, LanguageSwitcher &language)
{
    auto *accounts = new AccountsPage(workspace, &view);
    view.setPage(Section::Home, new HomePage(workspace, &view));
    view.setPage(Section::Kecamatan, new KecamatanRegisterPage(workspace, &view));
    view.setPage(Section::Accounts, accounts);
    view.setPage(Section::Terms, new TermsPage(workspace, &view));
    view.setPage(Section::Handovers, new HandoversPage(workspace, &view));
    view.setPage(Section::Evaluation, new EvaluationPage(workspace, &view));
    view.setPage(Section::ArchiveLog, new LogPage(workspace, &view));
    view.setPage(Section::Officers, new OfficersPage(workspace, &view));
    view.setPage(Section::Settings, new SettingsPage(workspace, language, &view));

    // A finding on Home, an entry in the log: whatever names an account can open it.
    QObject::connect(&workspace, &Workspace::accountRequested, accounts, [&view, accounts](qint64 accountId) {
        view.showSection(Section::Accounts);
        accounts->showAccount(accountId);
    });
    return PageActions{accounts->accountActions() + importActions(workspace, &view), reportActions(workspace, &view)};
}

} // namespace Brankas
