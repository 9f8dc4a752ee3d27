// SPDX-License-Identifier: GPL-3.0-or-later
#include "handoverwizard.h"

#include "handoveraccountspage.h"
#include "handoverchangespage.h"
#include "handoverdonepage.h"
#include "handoverkindpage.h"
#include "handoverpartiespage.h"
#include "handoverpreviewpage.h"

#include <core/handover/handovers.h>
#include <core/register/officesettings.h>
#include <ui/app/messages.h>
#include <ui/app/workspace.h>
#include <ui/look.h>

#include <QEvent>
#include <QGuiApplication>
#include <QScreen>

namespace Brankas {

HandoverWizard::HandoverWizard(Workspace &workspace, qint64 draftId, QWidget *parent)
    : QWizard(parent)
    , m_workspace(workspace)
    , m_kindPage(new HandoverKindPage(this))
    , m_accountsPage(new HandoverAccountsPage(this))
    , m_partiesPage(new HandoverPartiesPage(this))
    , m_changesPage(new HandoverChangesPage(this))
    , m_previewPage(new HandoverPreviewPage(this))
    , m_donePage(new HandoverDonePage(this))
{
    setObjectName(QStringLiteral("handoverWizard"));
    setWizardStyle(QWizard::ModernStyle);
    // A window of its own: it carries the house style even when opened outside the main window.
    setStyleSheet(Look::styleSheet());
    setOption(QWizard::NoBackButtonOnLastPage);
    setOption(QWizard::NoCancelButtonOnLastPage);
    setPage(KindPageId, m_kindPage);
    setPage(AccountsPageId, m_accountsPage);
    setPage(PartiesPageId, m_partiesPage);
    setPage(ChangesPageId, m_changesPage);
    setPage(PreviewPageId, m_previewPage);
    setPage(DonePageId, m_donePage);

    if (auto office = OfficeSettings(workspace.vault()).get()) {
        m_office = office.value();
    }
    m_spec.date = workspace.clock().nowUtc().toLocalTime().date();
    if (draftId > 0) {
        loadDraft(draftId);
    }
    const QRect screen = QGuiApplication::primaryScreen()->availableGeometry();
    resize(qMin(940, screen.width() - 40), qMin(760, screen.height() - 40));
    retranslateUi();
}

void HandoverWizard::loadDraft(qint64 id)
{
    auto found = Handovers(m_workspace.vault()).find(id);
    if (!found) {
        Messages::showError(parentWidget(), found.error());
        return;
    }
    m_handover = std::move(found).value();
    m_spec.kecamatanCode = m_handover.kecamatanCode;
    m_spec.kind = m_handover.kind;
    m_spec.date = m_handover.date;
    m_spec.place = m_handover.place;
    m_spec.from = m_handover.from;
    m_spec.to = m_handover.to;
    m_spec.witness = m_handover.witness;
    m_spec.notes = m_handover.notes;
    m_spec.copies = m_handover.copies;
    m_spec.termId = m_handover.termId > 0 ? std::optional<qint64>(m_handover.termId) : std::nullopt;
    m_spec.accountIds.clear();
    for (const HandoverItem &item : std::as_const(m_handover.items)) {
        m_spec.accountIds.append(item.accountId);
    }
}

Status HandoverWizard::save()
{
    Handovers handovers(m_workspace.vault());
    auto saved = m_handover.id > 0 ? handovers.update(m_workspace.session(), m_handover.id, m_spec)
                                   : handovers.create(m_workspace.session(), m_spec);
    if (!saved) {
        Messages::showError(this, saved.error());
        return saved.error();
    }
    m_handover = std::move(saved).value();
    retranslateUi();
    Q_EMIT handoverSaved(m_handover.id);
    m_workspace.notifyRegisterChanged();
    return {};
}

Status HandoverWizard::refresh()
{
    auto found = Handovers(m_workspace.vault()).find(m_handover.id);
    if (!found) {
        return found.error();
    }
    m_handover = std::move(found).value();
    return {};
}

bool HandoverWizard::finalizeHandover(bool confirmed)
{
    if (m_handover.id <= 0) {
        return false;
    }
    if (!confirmed &&
        !Messages::confirm(this, tr("Finalise handover"),
                           tr("Finalise the handover of %n account(s) of Kecamatan %1?\n\nIt gets its number, the "
                              "accounts' statuses change and the archive log records it. A finalised handover "
                              "cannot be edited afterwards; a later handover can only follow it.",
                              nullptr, int(m_handover.items.size()))
                               .arg(m_handover.kecamatanName),
                           tr("Finalise"))) {
        return false;
    }
    auto final = Handovers(m_workspace.vault()).finalize(m_workspace.session(), m_handover.id);
    if (!final) {
        Messages::showError(this, final.error());
        return false;
    }
    m_handover = std::move(final).value();
    Q_EMIT handoverSaved(m_handover.id);
    Q_EMIT handoverFinalized(m_handover.id);
    m_workspace.notifyRegisterChanged();
    return true;
}

void HandoverWizard::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
    }
    QWizard::changeEvent(event);
}

void HandoverWizard::retranslateUi()
{
    setWindowTitle(tr("Handover of accounts"));
    // Qt has no Indonesian of its own: every button the officer sees is named here.
    setButtonText(QWizard::BackButton, tr("< Back"));
    setButtonText(QWizard::NextButton, tr("Next >"));
    setButtonText(QWizard::CommitButton, tr("Finalise…"));
    setButtonText(QWizard::FinishButton, tr("Close"));
    setButtonText(QWizard::CancelButton, m_handover.id > 0 ? tr("Close (keep draft)") : tr("Cancel"));
    setButtonText(QWizard::HelpButton, tr("Help"));
}

} // namespace Brankas
