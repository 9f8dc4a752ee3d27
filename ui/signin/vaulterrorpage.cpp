// SPDX-License-Identifier: GPL-3.0-or-later
#include "vaulterrorpage.h"

#include "../look.h"

#include <QEvent>
#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace Brankas {

VaultErrorPage::VaultErrorPage(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("errorPage"));
    auto *errorBox = new QFrame(this);
    errorBox->setObjectName(QStringLiteral("errorBox"));
    m_title = Look::label(errorBox, QStringLiteral("errorTitle"));
    Look::setFont(m_title, 1.2, QFont::DemiBold);
    m_message = Look::label(errorBox, QStringLiteral("errorMessage"));
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_untouched = Look::label(errorBox, QStringLiteral("errorUntouched"));
    m_retry = new QPushButton(this);
    m_retry->setObjectName(QStringLiteral("retryOpen"));

    auto *texts = new QVBoxLayout;
    texts->setSpacing(8);
    texts->addWidget(m_title);
    texts->addWidget(m_message);
    texts->addWidget(m_untouched);
    auto *boxLayout = new QHBoxLayout(errorBox);
    boxLayout->setContentsMargins(16, 16, 18, 16);
    boxLayout->setSpacing(14);
    boxLayout->addWidget(Look::icon(errorBox, QStyle::SP_MessageBoxCritical, 32));
    boxLayout->addLayout(texts, 1);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_retry);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(12);
    layout->addWidget(errorBox);
    layout->addLayout(buttons);
    layout->addStretch(1);
    connect(m_retry, &QPushButton::clicked, this, &VaultErrorPage::retryRequested);
    retranslateUi();
}

void VaultErrorPage::setError(const Error &error, bool onServer)
{
    m_error = error;
    m_onServer = onServer;
    retranslateUi();
}

void VaultErrorPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
    }
    QWidget::changeEvent(event);
}

void VaultErrorPage::retranslateUi()
{
    m_message->setText(m_error.message());
    m_retry->setText(tr("Try again"));
    const QString retry = m_retry->text().remove(QLatin1Char('&'));
    if (m_onServer) {
        m_title->setText(tr("Brankas cannot open the vault on the server"));
        m_untouched->setText(tr("Nothing on the server was changed. Click \"%1\" once the server can be reached (or "
                                "its administrator has put it right), or open another vault.")
                                 .arg(retry));
        return;
    }
    m_title->setText(tr("Brankas cannot open this file as a vault"));
    m_untouched->setText(tr("Brankas left the file as it was. Choose another file, or click \"%1\" once the file "
                            "has been put right (or the other program has closed it).")
                             .arg(retry));
}

} // namespace Brankas
