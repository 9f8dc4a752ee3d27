// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <core/i18n/language.h>
#include <core/vault/vault.h>

#include <QWizard>

#include <memory>

namespace Brankas {

class AdminPage;
class DonePage;
class KecamatanPage;
class LanguagePage;
class OfficePage;
class RecoveryCheckPage;
class RecoveryPassphrasePage;
class ReferenceData;
class StepList;
class SummaryPage;

// First run: makes the office's vault (language, office, kecamatan, first administrator, recovery
// passphrase written down and checked), signs the administrator in and hands both to the main
// window, so the officer goes straight on to work.
class SetupWizard : public QWizard
{
    Q_OBJECT

public:
    enum PageId { LanguageId, OfficeId, KecamatanId, AdminId, RecoveryId, RecoveryCheckId, SummaryId, DoneId };

    SetupWizard(const QString &vaultPath, VaultEnvironment environment, const ReferenceData &reference,
                LanguageSwitcher &language, QWidget *parent = nullptr);
    ~SetupWizard() override;

    // After the vault is created (accepted()): the open, unlocked vault and the administrator's session.
    bool isCreated() const { return m_vault != nullptr || m_handedOver; }
    std::unique_ptr<Vault> takeVault();
    Session session() const { return m_session; }
    // Whether this PC's keychain took the vault key; the vault exists either way.
    const Status &keychainStatus() const { return m_keychain; }
    const QString &vaultPath() const { return m_vaultPath; }

    void reject() override;

Q_SIGNALS:
    void languageChosen(Brankas::Language language);
    void vaultCreated();

protected:
    void changeEvent(QEvent *event) override;

private:
    Status createVault();
    void retranslateUi();

    const QString m_vaultPath;
    VaultEnvironment m_environment;
    const ReferenceData &m_reference;
    LanguageSwitcher &m_language;
    StepList *m_steps;
    LanguagePage *m_languagePage;
    OfficePage *m_officePage;
    KecamatanPage *m_kecamatanPage;
    AdminPage *m_adminPage;
    RecoveryPassphrasePage *m_recoveryPage;
    RecoveryCheckPage *m_checkPage;
    SummaryPage *m_summaryPage;
    DonePage *m_donePage;
    std::unique_ptr<Vault> m_vault;
    Session m_session;
    Status m_keychain;
    bool m_handedOver = false;
};

} // namespace Brankas
