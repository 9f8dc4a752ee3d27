// SPDX-License-Identifier: GPL-3.0-or-later
#include "gatescreen.h"

#include "../look.h"
#include "../signin/recoverypage.h"
#include "../signin/signinpage.h"
#include "../signin/vaulterrorpage.h"
#include "../signin/welcomepage.h"

#include <core/domain/referencedata.h>

#include <QButtonGroup>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

namespace Brankas {

namespace {
constexpr int CardWidth = 640;
}

GateScreen::GateScreen(Language language, QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("gateScreen"));
    QWidget *header = buildHeader(language);
    auto *scroll = new QScrollArea(this);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidgetResizable(true);
    auto *content = new QWidget(scroll);
    content->setObjectName(QStringLiteral("content"));
    auto *row = new QHBoxLayout;
    row->addStretch(1);
    row->addWidget(buildCard());
    row->addStretch(1);
    auto *contentLayout = new QVBoxLayout(content);
    contentLayout->setContentsMargins(32, 40, 32, 20);
    contentLayout->addLayout(row);
    contentLayout->addStretch(1);
    m_footer = Look::label(content, QStringLiteral("gateFooter"), false);
    Look::setMuted(m_footer);
    contentLayout->addWidget(m_footer, 0, Qt::AlignHCenter);
    scroll->setWidget(content);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(header);
    layout->addWidget(scroll, 1);
    retranslateUi();
    showCard(Card::Welcome);
}

QWidget *GateScreen::buildHeader(Language language)
{
    auto *header = new QFrame(this);
    header->setObjectName(QStringLiteral("header"));
    m_appName = Look::label(header, QStringLiteral("appName"), false);
    Look::setFont(m_appName, 1.9, QFont::Bold);
    m_appDescription = Look::label(header, QStringLiteral("appDescription"));

    m_indonesian = new QPushButton(QStringLiteral("Bahasa Indonesia"), header); // names of languages in
    m_english = new QPushButton(QStringLiteral("English"), header);             // themselves: not translated
    m_indonesian->setObjectName(QStringLiteral("languageIndonesian"));
    m_english->setObjectName(QStringLiteral("languageEnglish"));
    auto *languages = new QButtonGroup(header);
    for (QPushButton *button : {m_indonesian, m_english}) {
        button->setCheckable(true);
        button->setCursor(Qt::PointingHandCursor);
        button->setFocusPolicy(Qt::TabFocus);
        languages->addButton(button);
    }
    setLanguage(language);
    connect(m_indonesian, &QPushButton::clicked, this, [this] { Q_EMIT languageRequested(Language::Indonesian); });
    connect(m_english, &QPushButton::clicked, this, [this] { Q_EMIT languageRequested(Language::English); });

    m_about = new QPushButton(header);
    m_about->setObjectName(QStringLiteral("aboutButton"));
    m_about->setCursor(Qt::PointingHandCursor);
    m_about->setFocusPolicy(Qt::TabFocus);
    connect(m_about, &QPushButton::clicked, this, &GateScreen::aboutRequested);

    auto *titles = new QVBoxLayout;
    titles->setSpacing(2);
    titles->addWidget(m_appName);
    titles->addWidget(m_appDescription);
    auto *layout = new QHBoxLayout(header);
    layout->setContentsMargins(32, 16, 32, 16);
    layout->setSpacing(8);
    layout->addLayout(titles, 1);
    layout->addSpacing(24);
    layout->addWidget(m_indonesian);
    layout->addWidget(m_english);
    layout->addSpacing(16);
    layout->addWidget(m_about);
    return header;
}

QWidget *GateScreen::buildCard()
{
    auto *card = new QFrame(this);
    card->setObjectName(QStringLiteral("card"));
    card->setFixedWidth(CardWidth);
    // Hidden pages take no room in a box layout, so the card is as tall as the page it shows
    // (a stacked widget would be as tall as the tallest).
    m_welcome = new WelcomePage(card);
    m_signIn = new SignInPage(card);
    m_recovery = new RecoveryPage(card);
    m_error = new VaultErrorPage(card);
    m_openOther = new QPushButton(card);
    m_openOther->setObjectName(QStringLiteral("openOtherVault"));
    m_openOther->setFlat(true);
    connect(m_openOther, &QPushButton::clicked, this, &GateScreen::openOtherRequested);
    connect(m_welcome, &WelcomePage::openOtherRequested, this, &GateScreen::openOtherRequested);
    m_openServer = new QPushButton(card);
    m_openServer->setObjectName(QStringLiteral("openServerVault"));
    m_openServer->setFlat(true);
    connect(m_openServer, &QPushButton::clicked, this, &GateScreen::openServerRequested);
    connect(m_welcome, &WelcomePage::openServerRequested, this, &GateScreen::openServerRequested);

    auto *bottom = new QHBoxLayout;
    bottom->addStretch(1);
    bottom->addWidget(m_openServer);
    bottom->addWidget(m_openOther);
    auto *layout = new QVBoxLayout(card);
    layout->setContentsMargins(36, 30, 36, 20);
    layout->setSpacing(16);
    for (QWidget *page : {static_cast<QWidget *>(m_welcome), static_cast<QWidget *>(m_signIn),
                          static_cast<QWidget *>(m_recovery), static_cast<QWidget *>(m_error)}) {
        layout->addWidget(page);
    }
    layout->addLayout(bottom);
    return card;
}

void GateScreen::showCard(Card card)
{
    m_card = card;
    QWidget *const pages[] = {m_welcome, m_signIn, m_recovery, m_error};
    for (QWidget *page : pages) {
        page->setVisible(page == pages[int(card)]);
    }
    // The welcome card offers its own way to another file; a second button would only repeat it.
    m_openOther->setVisible(card != Card::Welcome);
    m_openServer->setVisible(card != Card::Welcome);
}

void GateScreen::setLanguage(Language language)
{
    m_indonesian->setChecked(language == Language::Indonesian);
    m_english->setChecked(language == Language::English);
}

void GateScreen::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
    }
    QWidget::changeEvent(event);
}

void GateScreen::retranslateUi()
{
    m_appName->setText(QStringLiteral("Brankas"));
    m_appDescription->setText(
        tr("Register and encrypted password archive of the Panwaslu Kecamatan social-media accounts"));
    m_indonesian->setToolTip(tr("Show Brankas in Indonesian"));
    m_english->setToolTip(tr("Show Brankas in English"));
    m_about->setText(tr("About"));
    m_about->setToolTip(tr("About Brankas (F1)"));
    m_openOther->setText(tr("Open another vault file…"));
    m_openServer->setText(tr("Open a vault on a server…"));
    m_footer->setText(
        tr("Brankas %1  |  Area data: %2").arg(QStringLiteral(BRANKAS_VERSION), ReferenceData::attribution()));
}

} // namespace Brankas
