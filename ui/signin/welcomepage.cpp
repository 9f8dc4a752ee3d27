// SPDX-License-Identifier: GPL-3.0-or-later
#include "welcomepage.h"

#include "../app/vaultplace.h"
#include "../look.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace Brankas {

WelcomePage::WelcomePage(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("welcomePage"));
    m_title = Look::label(this, QStringLiteral("welcomeTitle"));
    Look::setFont(m_title, 1.5, QFont::DemiBold);
    m_intro = Look::label(this, QStringLiteral("welcomeIntro"));
    m_steps = Look::label(this, QStringLiteral("welcomeSteps"));
    m_path = Look::label(this, QStringLiteral("welcomePath"));
    m_path->setTextInteractionFlags(Qt::TextSelectableByMouse);
    Look::setMuted(m_path);
    m_setUp = new QPushButton(this);
    m_setUp->setObjectName(QStringLiteral("setUpButton"));
    m_setUp->setDefault(true);
    m_setUpServer = new QPushButton(this);
    m_setUpServer->setObjectName(QStringLiteral("setUpServerButton"));
    m_setUpServer->setFlat(true);
    m_otherHint = Look::label(this, QStringLiteral("welcomeOtherHint"));
    Look::setMuted(m_otherHint);
    m_openOther = new QPushButton(this);
    m_openOther->setObjectName(QStringLiteral("openOtherButton"));
    m_restore = new QPushButton(this);
    m_restore->setObjectName(QStringLiteral("restoreButton"));
    m_openServer = new QPushButton(this);
    m_openServer->setObjectName(QStringLiteral("openServerButton"));

    auto *primary = new QHBoxLayout;
    primary->addWidget(m_setUp);
    primary->addWidget(m_setUpServer);
    primary->addStretch(1);
    auto *secondary = new QHBoxLayout;
    secondary->addWidget(m_openOther);
    secondary->addWidget(m_openServer);
    secondary->addWidget(m_restore);
    secondary->addStretch(1);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(8);
    layout->addWidget(m_title);
    layout->addWidget(m_intro);
    layout->addWidget(m_steps);
    layout->addSpacing(8);
    layout->addLayout(primary);
    layout->addWidget(m_path);
    layout->addSpacing(20);
    layout->addWidget(m_otherHint);
    layout->addLayout(secondary);
    layout->addStretch(1);

    connect(m_setUp, &QPushButton::clicked, this, &WelcomePage::setUpRequested);
    connect(m_openOther, &QPushButton::clicked, this, &WelcomePage::openOtherRequested);
    connect(m_restore, &QPushButton::clicked, this, &WelcomePage::restoreRequested);
    connect(m_openServer, &QPushButton::clicked, this, &WelcomePage::openServerRequested);
    connect(m_setUpServer, &QPushButton::clicked, this, &WelcomePage::setUpServerRequested);
    retranslateUi();
}

void WelcomePage::setVaultPath(const QString &path)
{
    m_vaultPath = path;
    retranslateUi();
}

void WelcomePage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
    }
    QWidget::changeEvent(event);
}

void WelcomePage::retranslateUi()
{
    m_title->setText(tr("Welcome to Brankas"));
    m_intro->setText(tr("Brankas keeps the register of the Panwaslu Kecamatan social-media accounts and an "
                        "encrypted archive of their passwords, for the office and not for one person."));
    m_steps->setText(tr("Setting up takes a few minutes: choose the office, name the first administrator, and "
                        "print the recovery sheet for the office safe."));
    m_setUp->setText(tr("Set up this office's vault…"));
    m_setUpServer->setText(tr("…or on the office's server"));
    m_path->setText(tr("The vault will be kept in %1").arg(VaultPlace::shown(m_vaultPath)));
    m_otherHint->setText(tr("Moving to a new PC? Copy the vault file from the old one and open it here, or restore "
                            "it from a backup: the recovery passphrase opens either. Is the office's vault on a "
                            "server? Open it by its address."));
    m_openOther->setText(tr("Open a vault file…"));
    m_openServer->setText(tr("Open a vault on a server…"));
    m_restore->setText(tr("Restore from a backup…"));
}

} // namespace Brankas
