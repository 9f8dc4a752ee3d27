// SPDX-License-Identifier: GPL-3.0-or-later
#include "summarypage.h"

#include "../app/messages.h"
#include "../app/vaultplace.h"
#include "../look.h"
#include "adminpage.h"
#include "kecamatanpage.h"
#include "officepage.h"

#include <QApplication>
#include <QFormLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace Brankas {

SummaryPage::SummaryPage(const QString &vaultPath, const OfficePage &office, const KecamatanPage &kecamatan,
                         const AdminPage &admin, Create create, QWidget *parent)
    : SetupPage(QStringLiteral("summaryPage"), parent)
    , m_vaultPath(vaultPath)
    , m_office(office)
    , m_kecamatan(kecamatan)
    , m_admin(admin)
    , m_create(std::move(create))
    , m_officeCaption(Look::label(this, QStringLiteral("summaryOfficeCaption"), false))
    , m_officeName(Look::label(this, QStringLiteral("summaryOffice")))
    , m_areaCaption(Look::label(this, QStringLiteral("summaryAreaCaption"), false))
    , m_area(Look::label(this, QStringLiteral("summaryArea")))
    , m_kecamatanCaption(Look::label(this, QStringLiteral("summaryKecamatanCaption"), false))
    , m_kecamatanCount(Look::label(this, QStringLiteral("summaryKecamatan")))
    , m_adminCaption(Look::label(this, QStringLiteral("summaryAdminCaption"), false))
    , m_adminName(Look::label(this, QStringLiteral("summaryAdmin")))
    , m_fileCaption(Look::label(this, QStringLiteral("summaryFileCaption"), false))
    , m_file(Look::label(this, QStringLiteral("summaryFile")))
    , m_note(Look::label(this, QStringLiteral("summaryNote")))
    , m_working(Look::label(this, QStringLiteral("summaryWorking")))
{
    setCommitPage(true);
    auto *form = new QFormLayout;
    form->setLabelAlignment(Qt::AlignRight | Qt::AlignTop);
    form->setVerticalSpacing(10);
    form->setHorizontalSpacing(16);
    for (QLabel *caption : {m_officeCaption, m_areaCaption, m_kecamatanCaption, m_adminCaption, m_fileCaption}) {
        Look::setMuted(caption);
    }
    for (QLabel *value : {m_officeName, m_area, m_kecamatanCount, m_adminName, m_file}) {
        Look::setFont(value, 1.05, QFont::DemiBold);
        value->setTextInteractionFlags(Qt::TextSelectableByMouse);
    }
    form->addRow(m_officeCaption, m_officeName);
    form->addRow(m_areaCaption, m_area);
    form->addRow(m_kecamatanCaption, m_kecamatanCount);
    form->addRow(m_adminCaption, m_adminName);
    form->addRow(m_fileCaption, m_file);
    body()->addLayout(form);
    body()->addSpacing(12);
    body()->addWidget(m_note);
    body()->addWidget(m_working);
    body()->addStretch(1);
    m_working->hide();
    retranslateUi();
}

void SummaryPage::initializePage()
{
    retranslateUi();
}

bool SummaryPage::validatePage()
{
    m_working->show();
    // Creating derives three keys with scrypt (a few seconds); the officer sees why nothing moves.
    QApplication::setOverrideCursor(Qt::WaitCursor);
    QApplication::processEvents(QEventLoop::ExcludeUserInputEvents);
    const Status created = m_create();
    QApplication::restoreOverrideCursor();
    m_working->hide();
    if (!created) {
        Q_EMIT creationFailed(created.error());
        Messages::showError(this, created.error());
        return false;
    }
    return true;
}

void SummaryPage::retranslateUi()
{
    const bool onServer = VaultPlace::isServer(m_vaultPath);
    setHeading(tr("Ready to create the vault"),
               onServer ? tr("Check the details below. When you choose Create vault, Brankas makes the vault in the "
                             "server's database, encrypted on this PC, and signs you in.")
                        : tr("Check the details below. When you choose Create vault, Brankas makes the encrypted vault "
                             "file and signs you in."));
    m_officeCaption->setText(tr("Office:"));
    m_areaCaption->setText(tr("Area:"));
    m_kecamatanCaption->setText(tr("Kecamatan:"));
    m_adminCaption->setText(tr("Administrator:"));
    m_fileCaption->setText(onServer ? tr("Vault on the server:") : tr("Vault file:"));
    m_officeName->setText(m_office.officeName());
    m_area->setText(m_office.areaName());
    m_kecamatanCount->setText(tr("%n kecamatan", nullptr, m_kecamatan.kecamatanCount()));
    m_adminName->setText(m_admin.adminName());
    m_file->setText(VaultPlace::shown(m_vaultPath));
    m_note->setText(onServer
                        ? tr("Back up the vault regularly (Vault > Back up now, or automatic backups in Settings): "
                             "a backup is an encrypted file that opens with the recovery passphrase, whatever "
                             "happens to the server.")
                        : tr("Back up the vault file regularly, like other important office files. A backup is "
                             "useless without the recovery passphrase, and the passphrase is useless without a copy "
                             "of the file."));
    m_working->setText(tr("Creating the vault, please wait…"));
}

} // namespace Brankas
