// SPDX-License-Identifier: GPL-3.0-or-later
#include "donepage.h"

#include "../look.h"

#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace Brankas {

namespace {
QFrame *box(QWidget *parent, const QString &objectName, QStyle::StandardPixmap pixmap, QLabel *title, QLabel *text)
{
    auto *frame = new QFrame(parent);
    frame->setObjectName(objectName);
    auto *texts = new QVBoxLayout;
    texts->setSpacing(4);
    if (title) {
        Look::setFont(title, 1.05, QFont::DemiBold);
        texts->addWidget(title);
    }
    texts->addWidget(text);
    auto *layout = new QHBoxLayout(frame);
    layout->setContentsMargins(14, 12, 14, 12);
    layout->setSpacing(12);
    layout->addWidget(Look::icon(frame, pixmap, 32));
    layout->addLayout(texts, 1);
    return frame;
}
} // namespace

DonePage::DonePage(QWidget *parent)
    : SetupPage(QStringLiteral("donePage"), parent)
    , m_ready(Look::label(this, QStringLiteral("doneReady")))
    , m_keychainTitle(Look::label(this, QStringLiteral("keychainTitle")))
    , m_keychainText(Look::label(this, QStringLiteral("keychainText")))
    , m_officeText(Look::label(this, QStringLiteral("officeDetailsProblem")))
    , m_next(Look::label(this, QStringLiteral("doneNext")))
{
    setStyleSheet(Look::styleSheet() +
                  QStringLiteral("#successBox { background: #edf7ef; border: 1px solid #7fb58c; border-radius: 6px; }"
                                 "#successBox QLabel { color: #12361c; }"));
    Look::setFont(m_ready, 1.1);
    QFrame *success = box(this, QStringLiteral("successBox"), QStyle::SP_DialogApplyButton, nullptr, m_ready);
    m_keychainBox =
        box(this, QStringLiteral("errorBox"), QStyle::SP_MessageBoxWarning, m_keychainTitle, m_keychainText);
    m_officeBox = box(this, QStringLiteral("noteBox"), QStyle::SP_MessageBoxInformation, nullptr, m_officeText);
    body()->addWidget(success);
    body()->addWidget(m_keychainBox);
    body()->addWidget(m_officeBox);
    body()->addSpacing(6);
    body()->addWidget(m_next);
    body()->addStretch(1);
    m_keychainBox->hide();
    m_officeBox->hide();
    retranslateUi();
}

void DonePage::setOutcome(const QString &officeName, const Status &keychain, const Status &officeDetails)
{
    m_officeName = officeName;
    m_keychain = keychain;
    m_officeDetails = officeDetails;
    m_keychainBox->setVisible(!keychain.ok());
    m_officeBox->setVisible(!officeDetails.ok());
    retranslateUi();
}

bool DonePage::keychainProblemShown() const
{
    return !m_keychainBox->isHidden();
}

void DonePage::retranslateUi()
{
    setHeading(tr("The vault is ready"), QString());
    m_ready->setText(
        tr("The vault of %1 has been created and you are signed in as its administrator.").arg(m_officeName));
    m_keychainTitle->setText(tr("This PC's keychain did not take the vault key"));
    m_keychainText->setText(
        tr("%1\n\nThe vault is created and safe. Until the keychain works, Brankas asks for the recovery "
           "passphrase when someone signs in on this PC. An administrator can put the key into the keychain "
           "later from Settings.")
            .arg(m_keychain.ok() ? QString() : m_keychain.error().message()));
    m_officeText->setText(tr("The office details could not be saved: %1 You can enter them in Settings.")
                              .arg(m_officeDetails.ok() ? QString() : m_officeDetails.error().message()));
    m_next->setText(tr("Choose Finish to open the register. Next steps: add the other officers, record the terms "
                       "of the Panwaslu Kecamatan and register their accounts."));
}

} // namespace Brankas
