// SPDX-License-Identifier: GPL-3.0-or-later
#include "appmenus.h"

#include "../app/vaultplace.h"

#include <QAction>
#include <QActionGroup>
#include <QMenu>
#include <QMenuBar>

namespace Brankas {

AppMenus::AppMenus(QMenuBar *bar, QObject *parent)
    : QObject(parent)
    , m_vaultMenu(bar->addMenu(QString()))
    , m_accountMenu(bar->addMenu(QString()))
    , m_reportMenu(bar->addMenu(QString()))
    , m_viewMenu(bar->addMenu(QString()))
    , m_languageMenu(new QMenu(bar))
    , m_helpMenu(bar->addMenu(QString()))
{
    m_lock = m_vaultMenu->addAction(QString(), this, &AppMenus::lockRequested);
    m_lock->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
    m_lock->setShortcutContext(Qt::ApplicationShortcut);
    m_vaultMenu->addSeparator();
    m_open = m_vaultMenu->addAction(QString(), this, &AppMenus::openRequested);
    m_open->setShortcut(QKeySequence::Open);
    m_openServer = m_vaultMenu->addAction(QString(), this, &AppMenus::openServerRequested);
    m_recentMenu = m_vaultMenu->addMenu(QString());
    m_recentMenu->setObjectName(QStringLiteral("recentVaults"));
    m_noRecent = m_recentMenu->addAction(QString());
    m_noRecent->setEnabled(false);
    m_setUp = m_vaultMenu->addAction(QString(), this, &AppMenus::setUpRequested);
    m_setUpServer = m_vaultMenu->addAction(QString(), this, &AppMenus::setUpServerRequested);
    m_vaultMenu->addSeparator();
    m_backUp = m_vaultMenu->addAction(QString(), this, &AppMenus::backupRequested);
    m_restore = m_vaultMenu->addAction(QString(), this, &AppMenus::restoreRequested);
    m_vaultMenu->addSeparator();
    m_quit = m_vaultMenu->addAction(QString(), this, &AppMenus::quitRequested);
    m_quit->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Q));
    m_quit->setMenuRole(QAction::QuitRole);

    m_noAccountCommands = m_accountMenu->addAction(QString());
    m_noAccountCommands->setEnabled(false);

    int number = 1;
    for (Section section : AllSections) {
        QAction *action = m_viewMenu->addAction(QString(), this, [this, section] { Q_EMIT sectionRequested(section); });
        action->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_0 + number++)));
        m_sections.append(action);
    }
    m_viewMenu->addSeparator();
    m_viewMenu->addMenu(m_languageMenu);
    auto *languages = new QActionGroup(this);
    // Names of languages in themselves: never translated.
    m_indonesian = m_languageMenu->addAction(QStringLiteral("Bahasa Indonesia"), this,
                                             [this] { Q_EMIT languageRequested(Language::Indonesian); });
    m_english = m_languageMenu->addAction(QStringLiteral("English"), this,
                                          [this] { Q_EMIT languageRequested(Language::English); });
    for (QAction *action : {m_indonesian, m_english}) {
        action->setCheckable(true);
        languages->addAction(action);
    }

    m_about = m_helpMenu->addAction(QString(), this, &AppMenus::aboutRequested);
    m_about->setShortcut(QKeySequence::HelpContents);
    m_about->setMenuRole(QAction::AboutRole);
    retranslateUi();
    setSignedIn(false);
}

void AppMenus::setSignedIn(bool signedIn)
{
    m_lock->setEnabled(signedIn);
    m_backUp->setEnabled(signedIn);
    m_accountMenu->menuAction()->setVisible(signedIn);
    m_reportMenu->menuAction()->setVisible(signedIn);
    for (QAction *action : std::as_const(m_sections)) {
        action->setEnabled(signedIn);
    }
    if (!signedIn) {
        setAccountActions({});
        setReportActions({});
    }
}

void AppMenus::setLanguage(Language language)
{
    m_indonesian->setChecked(language == Language::Indonesian);
    m_english->setChecked(language == Language::English);
}

void AppMenus::setAccountActions(const QList<QAction *> &actions)
{
    m_accountMenu->clear();
    m_noAccountCommands = m_accountMenu->addAction(tr("No account commands"));
    m_noAccountCommands->setEnabled(false);
    m_noAccountCommands->setVisible(actions.isEmpty());
    // The actions keep their own owner (the Accounts page): the menu only shows them.
    for (QAction *action : actions) {
        if (action == nullptr) {
            m_accountMenu->addSeparator();
        } else {
            m_accountMenu->addAction(action);
        }
    }
}

void AppMenus::setReportActions(const QList<QAction *> &actions)
{
    m_reportMenu->clear();
    m_reportMenu->addActions(actions);
}

void AppMenus::setRecentVaults(const QStringList &vaults)
{
    m_recentMenu->clear();
    m_noRecent = m_recentMenu->addAction(tr("No vault opened yet"));
    m_noRecent->setEnabled(false);
    m_noRecent->setVisible(vaults.isEmpty());
    int number = 1;
    for (const QString &vault : vaults) {
        // "&1" gives each a key; an address's own "&" must not become one.
        const QString shown = VaultPlace::shown(vault).replace(QLatin1Char('&'), QStringLiteral("&&"));
        QAction *action = m_recentMenu->addAction(QStringLiteral("&%1  %2").arg(number++).arg(shown), this,
                                                  [this, vault] { Q_EMIT recentRequested(vault); });
        action->setData(vault);
    }
}

QAction *AppMenus::sectionAction(Section section) const
{
    const auto at = std::find(std::begin(AllSections), std::end(AllSections), section) - std::begin(AllSections);
    return m_sections.value(int(at));
}

void AppMenus::retranslateUi()
{
    m_vaultMenu->setTitle(tr("&Vault"));
    m_accountMenu->setTitle(tr("&Account"));
    m_reportMenu->setTitle(tr("&Reports"));
    m_viewMenu->setTitle(tr("&View"));
    m_languageMenu->setTitle(tr("&Language"));
    m_helpMenu->setTitle(tr("&Help"));
    m_lock->setText(tr("&Lock"));
    m_lock->setToolTip(tr("Lock the vault and wipe its key from memory (Ctrl+L)"));
    m_open->setText(tr("&Open another vault file…"));
    m_openServer->setText(tr("Open a vault on a ser&ver…"));
    m_recentMenu->setTitle(tr("Open rec&ent"));
    m_noRecent->setText(tr("No vault opened yet"));
    m_setUp->setText(tr("&Set up a new vault…"));
    m_setUpServer->setText(tr("Set up a new vault on a server…"));
    m_backUp->setText(tr("&Back up now…"));
    m_restore->setText(tr("&Restore from backup…"));
    m_quit->setText(tr("&Quit"));
    m_noAccountCommands->setText(tr("No account commands"));
    for (int i = 0; i < m_sections.size(); ++i) {
        m_sections[i]->setText(sectionTitle(AllSections[i]));
    }
    m_about->setText(tr("&About Brankas"));
}

} // namespace Brankas
