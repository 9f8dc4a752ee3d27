// SPDX-License-Identifier: GPL-3.0-or-later
#include "dialogtour.h"

#include "../accounts/accountdialog.h"
#include "../accounts/bulkstatusdialog.h"
#include "../accounts/statusdialog.h"
#include "../app/workspace.h"
#include "../backup/backupdialog.h"
#include "../backup/restoredialog.h"
#include "../handover/handoverwizard.h"
#include "../import/importfilepage.h"
#include "../import/importwizard.h"
#include "../reports/logextractdialog.h"
#include "../reports/registerreportdialog.h"
#include "../reports/reportpreviewdialog.h"
#include "../reports/reportpreviewpane.h"
#include "../settings/recoverychangedialog.h"
#include "../setup/setupwizard.h"
#include "../signin/servervaultdialog.h"
#include "tourcamera.h"

#include <core/domain/referencedata.h>
#include <core/handover/handovers.h>
#include <core/keychain/memorykeystore.h>
#include <core/register/accounts.h>
#include <core/reports/reports.h>

#include <QFile>
#include <QPushButton>
#include <QTemporaryDir>
#include <QWizard>

namespace Brankas {

namespace {
// Shows each step of a wizard on its own, as the officer reaches it; `steps` empty for all.
void tourWizard(TourCamera &camera, QWizard &wizard, const QString &name, QList<int> steps = {})
{
    if (steps.isEmpty()) {
        steps = wizard.pageIds();
    }
    for (int step : steps) {
        wizard.setStartId(step);
        wizard.restart();
        camera.takeDialog(wizard, name + QStringLiteral("-step%1").arg(step + 1));
    }
    wizard.hide();
}

// An office's sheet as offices type them: a `;` CSV with Indonesian headers, a column Brankas does
// not know, a kecamatan by name, one that does not exist, a repeated row and an account the demo
// already has. The later steps show what the officer sees for it; nothing is recorded.
void tourImport(TourCamera &camera, Workspace &workspace, QWidget *parent)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("akun-panwaslu.csv"));
    QFile file(path);
    if (!dir.isValid() || !file.open(QIODevice::WriteOnly)) {
        return;
    }
    file.write("Kecamatan;Media Sosial;Akun;Nama Akun;No HP;Kata Sandi;Dibuat Oleh\r\n"
               "KEC. MOMUNU;YouTube;@panwaslumomunu;Panwaslu Kecamatan Momunu;0812-4455-1201;contoh-1;Andi\r\n"
               "72.05.02;X;https://x.com/panwaslu_lakea;Panwaslu Lakea;;contoh-2;Andi\r\n"
               "Kecamatan Bokat;Threads;@panwaslu.bokat;Panwaslu Bokat;;contoh-3;Rina\r\n"
               "Kec. Palele;YouTube;@panwaslupaleleh;Panwaslu Paleleh;;contoh-4;Rina\r\n"
               "72.05.02;X;@panwaslu_lakea;Panwaslu Lakea;;contoh-2;Andi\r\n"
               "72.05.07;Instagram;panwaslu tiloan!;Panwaslu Tiloan;;;Rina\r\n");
    file.close();
    ImportWizard wizard(workspace, parent);
    wizard.filePage()->setPath(path);
    tourWizard(camera, wizard, QStringLiteral("import"),
               {ImportWizard::FilePageId, ImportWizard::ColumnsPageId, ImportWizard::PreviewPageId});
}
} // namespace

void tourDialogs(TourCamera &camera, Workspace &workspace, QWidget *parent)
{
    auto account = Accounts(workspace.vault()).find(1);
    {
        AccountDialog dialog(workspace, parent);
        camera.takeDialog(dialog, QStringLiteral("dialog-new-account"));
    }
    if (account) {
        AccountDialog edit(workspace, account.value(), parent);
        camera.takeDialog(edit, QStringLiteral("dialog-edit-account"));
        StatusDialog status(workspace, account.value(), parent);
        camera.takeDialog(status, QStringLiteral("dialog-status"));
        // Five accounts at term end: those that cannot be deactivated are listed with why.
        BulkStatusDialog several(workspace, {1, 2, 3, 4, 5}, parent);
        several.setTarget(AccountStatus::Deactivated);
        several.setReason(QStringLiteral("Masa tugas berakhir"));
        camera.takeDialog(several, QStringLiteral("dialog-status-several"));
    }
    {
        RegisterReportDialog dialog(workspace, parent);
        camera.takeDialog(dialog, QStringLiteral("dialog-register-report"));
    }
    {
        LogExtractDialog dialog(workspace, parent);
        camera.takeDialog(dialog, QStringLiteral("dialog-log-extract"));
    }
    if (workspace.isAdministrator()) {
        RecoveryChangeDialog dialog(workspace, parent);
        camera.takeDialog(dialog, QStringLiteral("dialog-recovery-change"));
    }
    {
        BackupDialog dialog(workspace, parent);
        camera.takeDialog(dialog, QStringLiteral("dialog-backup"));
    }
    {
        // Pictured only: nothing is restored, so a key store of its own is enough.
        MemoryKeyStore keys;
        RestoreDialog dialog(VaultEnvironment{keys, workspace.clock()}, workspace.vault().path(), QString(), parent);
        camera.takeDialog(dialog, QStringLiteral("dialog-restore"));
    }
    {
        // A new handover has no draft yet for the later steps to show.
        HandoverWizard wizard(workspace, 0, parent);
        tourWizard(camera, wizard, QStringLiteral("handover"),
                   {HandoverWizard::KindPageId, HandoverWizard::AccountsPageId, HandoverWizard::PartiesPageId});
    }
    tourImport(camera, workspace, parent);
    auto handovers = Handovers(workspace.vault()).list();
    if (!handovers) {
        return;
    }
    // The demo's draft handover, with its accounts chosen: the later steps show them.
    for (const Handover &handover : handovers.value()) {
        if (!handover.isFinal()) {
            HandoverWizard wizard(workspace, handover.id, parent);
            tourWizard(camera, wizard, QStringLiteral("handover-draft"),
                       {HandoverWizard::AccountsPageId, HandoverWizard::PartiesPageId, HandoverWizard::ChangesPageId,
                        HandoverWizard::PreviewPageId});
            break;
        }
    }
    // A signed berita acara in the report preview, as the Handovers page opens it.
    for (const Handover &handover : handovers.value()) {
        if (handover.isFinal()) {
            ReportPreviewDialog preview(workspace, handover.number, parent);
            ReportSource source;
            const qint64 id = handover.id;
            source.build = [&workspace, id](const ReportOptions &options, bool) {
                return Reports(workspace.vault()).handover(workspace.session(), id, options, false);
            };
            if (preview.pane()->setSource(source)) {
                camera.takeDialog(preview, QStringLiteral("dialog-report-preview"));
            }
            break;
        }
    }
}

void tourSetup(TourCamera &camera, const QString &newVaultPath, VaultEnvironment environment,
               LanguageSwitcher &language)
{
    auto reference = ReferenceData::load();
    if (!reference) {
        return;
    }
    SetupWizard wizard(newVaultPath, environment, reference.value(), language);
    tourWizard(camera, wizard, QStringLiteral("setup"));
}

void tourServerVault(TourCamera &camera, VaultEnvironment environment, LanguageSwitcher &language)
{
    const QString address = QStringLiteral("postgresql://humas@192.168.1.10/brankas");
    {
        ServerVaultDialog dialog(ServerVaultDialog::Purpose::Open, environment);
        dialog.setAddress(address);
        camera.takeDialog(dialog, QStringLiteral("dialog-server-vault"));
        // Refused before any connection: a password inside the address.
        dialog.setAddress(QStringLiteral("postgresql://humas:rahasia@192.168.1.10/brankas"));
        dialog.okButton()->click();
        camera.takeDialog(dialog, QStringLiteral("dialog-server-vault-refused"));
    }
    {
        ServerVaultDialog dialog(ServerVaultDialog::Purpose::Create, environment);
        dialog.setAddress(address);
        camera.takeDialog(dialog, QStringLiteral("dialog-server-vault-new"));
    }
    auto reference = ReferenceData::load();
    if (!reference) {
        return;
    }
    SetupWizard wizard(address, environment, reference.value(), language);
    tourWizard(camera, wizard, QStringLiteral("setup-server"), {SetupWizard::SummaryId});
}

} // namespace Brankas
