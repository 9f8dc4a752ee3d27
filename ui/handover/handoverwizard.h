// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <core/domain/office.h>
#include <core/handover/handover.h>
#include <core/result.h>

#include <QWizard>

namespace Brankas {

class HandoverAccountsPage;
class HandoverChangesPage;
class HandoverDonePage;
class HandoverKindPage;
class HandoverPartiesPage;
class HandoverPreviewPage;
class Workspace;

// Serah terima, step by step: kecamatan and kind -> accounts -> parties -> new passwords and
// recovery contacts -> the berita acara previewed -> finalise -> print or save. The draft is saved
// in the vault from the parties step on (core needs both parties' names to record one), and on
// every step after, so closing the wizard keeps it for later.
class HandoverWizard : public QWizard
{
    Q_OBJECT

public:
    enum PageId { KindPageId, AccountsPageId, PartiesPageId, ChangesPageId, PreviewPageId, DonePageId };

    // draftId 0 starts a new handover; otherwise continues that draft.
    HandoverWizard(Workspace &workspace, qint64 draftId = 0, QWidget *parent = nullptr);

    Workspace &workspace() const { return m_workspace; }
    const OfficeDetails &office() const { return m_office; }
    // What the steps fill in; save() records it.
    NewHandover &spec() { return m_spec; }
    qint64 handoverId() const { return m_handover.id; }
    // The draft as last saved (or the handover once final).
    const Handover &handover() const { return m_handover; }

    // Creates the draft or updates it from spec(); shows a refusal and returns it.
    Status save();
    // Reads the handover again (after a page changed one of its accounts).
    Status refresh();
    // Asks (unless `confirmed`) and finalises. Shows a refusal; returns whether it is final.
    bool finalizeHandover(bool confirmed = false);

    HandoverKindPage *kindPage() const { return m_kindPage; }
    HandoverAccountsPage *accountsPage() const { return m_accountsPage; }
    HandoverPartiesPage *partiesPage() const { return m_partiesPage; }
    HandoverChangesPage *changesPage() const { return m_changesPage; }
    HandoverPreviewPage *previewPage() const { return m_previewPage; }
    HandoverDonePage *donePage() const { return m_donePage; }

Q_SIGNALS:
    // After every save and at finalisation, so the list shows it.
    void handoverSaved(qint64 handoverId);
    void handoverFinalized(qint64 handoverId);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void loadDraft(qint64 id);

    Workspace &m_workspace;
    OfficeDetails m_office;
    NewHandover m_spec;
    Handover m_handover;
    HandoverKindPage *m_kindPage;
    HandoverAccountsPage *m_accountsPage;
    HandoverPartiesPage *m_partiesPage;
    HandoverChangesPage *m_changesPage;
    HandoverPreviewPage *m_previewPage;
    HandoverDonePage *m_donePage;
};

} // namespace Brankas
