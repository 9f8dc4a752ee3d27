// SPDX-License-Identifier: GPL-3.0-or-later
#include "settingspage.h"

#include "../app/messages.h"
#include "../app/preferences.h"
#include "../app/workspace.h"
#include "../look.h"
#include "../reports/reportoutput.h"
#include "../reports/reportsource.h"
#include "officesettingsform.h"
#include "recoverychangedialog.h"
#include "thispcsettings.h"

#include <core/reports/reports.h>
#include <core/vault/vault.h>

#include <QDir>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

namespace Brankas {

namespace {
constexpr int CardMaximumWidth = 860;
}

SettingsPage::SettingsPage(Workspace &workspace, LanguageSwitcher &language, QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
{
    setObjectName(QStringLiteral("settingsPage"));
    setStyleSheet(Look::styleSheet());
    auto *scroll = new QScrollArea(this);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidgetResizable(true);
    auto *content = new QWidget(scroll);
    content->setObjectName(QStringLiteral("content"));

    m_title = Look::label(content, QStringLiteral("settingsTitle"), false);
    Look::setFont(m_title, 1.7, QFont::DemiBold);
    m_thisPc = new ThisPcSettings(workspace.preferences(), language, content);
    m_office = new OfficeSettingsForm(workspace, content);
    m_backup = buildBackupCard();
    if (workspace.isAdministrator()) {
        m_recovery = buildRecoveryCard();
    }

    auto *column = new QVBoxLayout;
    column->setSpacing(18);
    column->addWidget(m_title);
    column->addWidget(m_thisPc);
    column->addWidget(m_office);
    column->addWidget(m_backup);
    if (m_recovery) {
        column->addWidget(m_recovery);
    }
    auto *columnWidget = new QWidget(content);
    columnWidget->setLayout(column);
    columnWidget->setMaximumWidth(CardMaximumWidth);
    auto *row = new QHBoxLayout;
    row->addStretch(1);
    row->addWidget(columnWidget, 100);
    row->addStretch(1);
    auto *contentLayout = new QVBoxLayout(content);
    contentLayout->setContentsMargins(28, 20, 28, 28);
    contentLayout->addLayout(row);
    contentLayout->addStretch(1);
    scroll->setWidget(content);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(scroll);
    retranslateUi();
}

SettingsPage::~SettingsPage() = default;

SettingsCard *SettingsPage::buildBackupCard()
{
    auto *card = new SettingsCard(QStringLiteral("backups"), this);
    m_backUpNow = new QPushButton(card);
    m_backUpNow->setObjectName(QStringLiteral("backUpNow"));
    m_restore = new QPushButton(card);
    m_restore->setObjectName(QStringLiteral("restoreFromBackup"));
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_backUpNow);
    buttons->addWidget(m_restore);
    buttons->addStretch(1);
    card->body()->addLayout(buttons);
    connect(m_backUpNow, &QPushButton::clicked, &m_workspace, &Workspace::backupRequested);
    connect(m_restore, &QPushButton::clicked, &m_workspace, &Workspace::restoreRequested);
    return card;
}

SettingsCard *SettingsPage::buildRecoveryCard()
{
    auto *card = new SettingsCard(QStringLiteral("recovery"), this);
    m_print = new QPushButton(card);
    m_print->setObjectName(QStringLiteral("printRecoverySheet"));
    m_savePdf = new QPushButton(card);
    m_savePdf->setObjectName(QStringLiteral("saveRecoverySheet"));
    m_change = new QPushButton(card);
    m_change->setObjectName(QStringLiteral("changeRecovery"));
    m_keychainText = Look::label(card, QStringLiteral("keychainExplanation"));
    Look::setMuted(m_keychainText);
    m_keychain = new QPushButton(card);
    m_keychain->setObjectName(QStringLiteral("restoreKeychain"));
    m_recoveryState = Look::label(card, QStringLiteral("recoveryState"));
    Look::setMuted(m_recoveryState);

    auto *sheetButtons = new QHBoxLayout;
    sheetButtons->addWidget(m_print);
    sheetButtons->addWidget(m_savePdf);
    sheetButtons->addStretch(1);
    sheetButtons->addWidget(m_change);
    auto *keychainRow = new QHBoxLayout;
    keychainRow->addWidget(m_keychainText, 1);
    keychainRow->addWidget(m_keychain, 0, Qt::AlignVCenter);
    card->body()->addLayout(sheetButtons);
    card->body()->addSpacing(8);
    card->body()->addLayout(keychainRow);
    card->body()->addWidget(m_recoveryState);

    connect(m_print, &QPushButton::clicked, this, &SettingsPage::printRecoverySheet);
    connect(m_savePdf, &QPushButton::clicked, this, &SettingsPage::saveRecoverySheet);
    connect(m_change, &QPushButton::clicked, this, &SettingsPage::changeRecovery);
    connect(m_keychain, &QPushButton::clicked, this, &SettingsPage::restoreKeychain);
    return card;
}

Result<ReportDocument> SettingsPage::blankRecoverySheet() const
{
    // No passphrase: Brankas does not know it, and never prints it unasked.
    return Reports(m_workspace.vault()).recoverySheet(m_workspace.session(), defaultReportOptions(m_workspace));
}

void SettingsPage::printRecoverySheet()
{
    auto sheet = blankRecoverySheet();
    if (!sheet) {
        Messages::showError(this, sheet.error());
        return;
    }
    if (ReportOutput::print(this, sheet.value())) {
        m_recoveryState->setText(tr("The recovery sheet went to the printer. Write the passphrase on it by hand."));
    }
}

void SettingsPage::saveRecoverySheet()
{
    auto sheet = blankRecoverySheet();
    if (!sheet) {
        Messages::showError(this, sheet.error());
        return;
    }
    const QString path = ReportOutput::askPdfPath(this, tr("Brankas recovery sheet"));
    if (path.isEmpty()) {
        return;
    }
    if (ReportOutput::savePdf(this, sheet.value(), path)) {
        m_recoveryState->setText(tr("Saved as %1.").arg(QDir::toNativeSeparators(path)));
    }
}

void SettingsPage::changeRecovery()
{
    RecoveryChangeDialog dialog(m_workspace, this);
    if (dialog.exec() == QDialog::Accepted) {
        m_recoveryState->setText(tr("The recovery passphrase is replaced: the old sheet opens nothing any more. "
                                    "Destroy it, and keep the new one in the office safe."));
    }
}

void SettingsPage::restoreKeychain()
{
    if (Status restored = m_workspace.vault().restoreKeychain(m_workspace.session()); !restored) {
        Messages::showError(this, restored.error());
        return;
    }
    m_recoveryState->setText(tr("This PC's keychain now holds the vault key."));
}

void SettingsPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
    }
    QWidget::changeEvent(event);
}

void SettingsPage::retranslateUi()
{
    m_title->setText(tr("Settings"));
    m_backup->setTitle(tr("Backups"),
                       tr("Besides the automatic backups, write one now, for instance onto a USB disk to keep "
                          "outside the office. A backup opens only with the recovery passphrase; restoring one "
                          "needs an administrator of the backed-up vault as well."));
    m_backUpNow->setText(tr("Back up now…"));
    m_restore->setText(tr("Restore from backup…"));
    if (!m_recovery) {
        return;
    }
    m_recovery->setTitle(tr("Recovery"),
                         tr("The recovery sheet is kept in the office safe. Print a new one if it is lost or worn: "
                            "it has a box in which you write the recovery passphrase by hand, because Brankas "
                            "never prints it on its own. If the sheet may have been seen by someone else, replace "
                            "the recovery passphrase: the old sheet then opens nothing."));
    m_print->setText(tr("Print recovery sheet…"));
    m_savePdf->setText(tr("Save as PDF…"));
    m_change->setText(tr("Replace recovery passphrase…"));
    m_keychainText->setText(tr("If this PC asks for the recovery passphrase at every sign-in, put the vault key "
                               "back into its keychain."));
    m_keychain->setText(tr("Put key in this PC's keychain"));
    m_recoveryState->clear();
}

} // namespace Brankas
