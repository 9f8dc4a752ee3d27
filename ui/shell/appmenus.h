// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "section.h"

#include <core/i18n/language.h>

#include <QObject>

class QAction;
class QMenu;
class QMenuBar;

namespace Brankas {

// The menu bar, so every shortcut is written next to its command (KeePassXC's habit: Ctrl+L
// locks, Ctrl+F finds, Ctrl+B/C/T copy). The account commands belong to the Accounts page and
// are lent to the Account menu while someone is signed in.
class AppMenus : public QObject
{
    Q_OBJECT

public:
    AppMenus(QMenuBar *bar, QObject *parent = nullptr);

    void setSignedIn(bool signedIn);
    void setLanguage(Language language);
    void setAccountActions(const QList<QAction *> &actions);
    void setReportActions(const QList<QAction *> &actions);
    // Vault > Open recent: files and server addresses, newest first.
    void setRecentVaults(const QStringList &vaults);
    void retranslateUi();

    QAction *lockAction() const { return m_lock; }
    QAction *backupAction() const { return m_backUp; }
    QAction *restoreAction() const { return m_restore; }
    QAction *openServerAction() const { return m_openServer; }
    QAction *setUpServerAction() const { return m_setUpServer; }
    QMenu *recentMenu() const { return m_recentMenu; }
    QAction *sectionAction(Section section) const;

Q_SIGNALS:
    void lockRequested();
    void openRequested();
    void openServerRequested();
    void recentRequested(const QString &vault);
    void setUpRequested();
    void setUpServerRequested();
    void backupRequested();
    void restoreRequested();
    void quitRequested();
    void sectionRequested(Section section);
    void languageRequested(Language language);
    void aboutRequested();

private:
    QMenu *m_vaultMenu;
    QMenu *m_accountMenu;
    QMenu *m_reportMenu;
    QMenu *m_viewMenu;
    QMenu *m_languageMenu;
    QMenu *m_helpMenu;
    QAction *m_lock;
    QAction *m_open;
    QAction *m_openServer;
    QMenu *m_recentMenu;
    QAction *m_noRecent;
    QAction *m_setUp;
    QAction *m_setUpServer;
    QAction *m_backUp;
    QAction *m_restore;
    QAction *m_quit;
    QList<QAction *> m_sections;
    QAction *m_indonesian;
    QAction *m_english;
    QAction *m_about;
    QAction *m_noAccountCommands;
};

} // namespace Brankas
