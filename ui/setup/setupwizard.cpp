// SPDX-License-Identifier: GPL-3.0-or-later
#include "setupwizard.h"

#include "../app/messages.h"
#include "../look.h"
#include "adminpage.h"
#include "donepage.h"
#include "kecamatanpage.h"
#include "languagepage.h"
#include "officepage.h"
#include "recoverycheckpage.h"
#include "recoverypassphrasepage.h"
#include "steplist.h"
#include "summarypage.h"

#include <core/domain/referencedata.h>
#include <core/register/officesettings.h>

#include <QAbstractButton>
#include <QEvent>

namespace Brankas {

SetupWizard::SetupWizard(const QString &vaultPath, VaultEnvironment environment, const ReferenceData &reference,
                         LanguageSwitcher &language, QWidget *parent)
    : QWizard(parent)
    , m_vaultPath(vaultPath)
    , m_environment(environment)
    , m_reference(reference)
    , m_language(language)
    , m_steps(new StepList(this))
{
    setObjectName(QStringLiteral("setupWizard"));
    // Classic style everywhere: the pages draw their own headings, so Windows and Linux look alike.
    setWizardStyle(QWizard::ClassicStyle);
    setOptions(QWizard::NoBackButtonOnStartPage | QWizard::NoCancelButtonOnLastPage | QWizard::NoBackButtonOnLastPage);
    setSideWidget(m_steps);

    m_languagePage = new LanguagePage(language, this);
    m_officePage = new OfficePage(reference, this);
    m_kecamatanPage = new KecamatanPage(reference, *m_officePage, this);
    m_adminPage = new AdminPage(this);
    m_recoveryPage = new RecoveryPassphrasePage(vaultPath, *m_officePage, *m_adminPage, this);
    m_checkPage = new RecoveryCheckPage(*m_recoveryPage, this);
    m_summaryPage = new SummaryPage(
        vaultPath, *m_officePage, *m_kecamatanPage, *m_adminPage, [this] { return createVault(); }, this);
    m_donePage = new DonePage(this);
    setPage(LanguageId, m_languagePage);
    setPage(OfficeId, m_officePage);
    setPage(KecamatanId, m_kecamatanPage);
    setPage(AdminId, m_adminPage);
    setPage(RecoveryId, m_recoveryPage);
    setPage(RecoveryCheckId, m_checkPage);
    setPage(SummaryId, m_summaryPage);
    setPage(DoneId, m_donePage);
    setStartId(LanguageId);

    connect(m_languagePage, &LanguagePage::languageChosen, this, &SetupWizard::languageChosen);
    connect(this, &QWizard::currentIdChanged, m_steps, &StepList::setCurrent);
    resize(880, 620);
    retranslateUi();
}

SetupWizard::~SetupWizard()
{
    m_adminPage->clearSecrets();
    m_recoveryPage->clearSecrets();
}

std::unique_ptr<Vault> SetupWizard::takeVault()
{
    if (m_vault) {
        m_handedOver = true;
    }
    return std::move(m_vault);
}

void SetupWizard::reject()
{
    // Once the vault exists, closing the wizard only skips the last page.
    if (isCreated()) {
        accept();
        return;
    }
    if (currentId() != LanguageId &&
        !Messages::confirm(this, tr("Stop the setup?"),
                           tr("Nothing has been created yet. If you stop now, you start the setup again next time."),
                           tr("Stop the setup"))) {
        return;
    }
    QWizard::reject();
}

Status SetupWizard::createVault()
{
    const Regency *regency = m_officePage->regency();
    if (!regency) {
        return Error(ErrorCode::InvalidInput, QT_TRANSLATE_NOOP("Brankas::Error", "Choose the regency or city."));
    }
    const QString adminName = m_adminPage->adminName();
    Status officeDetails;
    {
        const SecretBytes adminPassphrase = m_adminPage->passphrase();
        const SecretBytes recoveryPassphrase = m_recoveryPage->passphrase();
        const NewVault spec{regency->code, adminName, adminPassphrase.view(), recoveryPassphrase.view()};
        auto created = Vault::create(m_vaultPath, spec, m_reference, m_environment);
        if (!created) {
            return created.error();
        }
        m_keychain = created.value().keychain;
        std::unique_ptr<Vault> vault = std::move(created.value().vault);
        auto session = vault->signIn(adminName, adminPassphrase.view());
        if (!session) {
            return session.error();
        }
        m_session = session.value();
        m_vault = std::move(vault);
    }
    // The vault is made and the administrator signed in: the passphrases are no longer needed here.
    m_adminPage->clearSecrets();
    m_recoveryPage->clearSecrets();

    OfficeSettings settings(*m_vault);
    auto details = settings.get();
    if (!details) {
        officeDetails = details.error();
    } else {
        OfficeDetails office = details.value();
        office.name = m_officePage->officeName();
        if (!m_officePage->address().isEmpty()) {
            office.address = m_officePage->address();
        }
        if (!m_officePage->headName().isEmpty()) {
            office.headName = m_officePage->headName();
        }
        officeDetails = settings.set(m_session, office);
    }
    m_donePage->setOutcome(m_officePage->officeName(), m_keychain, officeDetails);
    Q_EMIT vaultCreated();
    return {};
}

void SetupWizard::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
    }
    QWizard::changeEvent(event);
}

void SetupWizard::retranslateUi()
{
    setWindowTitle(tr("Set up Brankas"));
    // Qt has no Indonesian for its own wizard buttons: every button text is ours.
    setButtonText(QWizard::BackButton, tr("< Back"));
    setButtonText(QWizard::NextButton, tr("Next >"));
    setButtonText(QWizard::CommitButton, tr("Create vault"));
    setButtonText(QWizard::FinishButton, tr("Finish"));
    setButtonText(QWizard::CancelButton, tr("Cancel"));
    setButtonText(QWizard::HelpButton, tr("Help"));
    m_steps->setSteps({tr("Language"), tr("Office"), tr("Kecamatan"), tr("Administrator"), tr("Recovery passphrase"),
                       tr("Check"), tr("Create"), tr("Done")});
}

} // namespace Brankas
