// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "settingscard.h"

class QComboBox;
class QLabel;
class QPushButton;
class QSpinBox;

namespace Brankas {

class BackupFolderField;
class LanguageSwitcher;
class Preferences;

// This PC's own choices (another PC opening the same vault keeps its own): language, when the
// window locks itself, how long a copied password stays on the clipboard, the paper size, and the
// folder automatic backups go into.
class ThisPcSettings : public SettingsCard
{
    Q_OBJECT

public:
    ThisPcSettings(Preferences &preferences, LanguageSwitcher &language, QWidget *parent = nullptr);

    void load();
    void save();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void languageChanged();
    void showDirty();

    Preferences &m_preferences;
    LanguageSwitcher &m_language;
    QLabel *m_languageCaption;
    QComboBox *m_languageBox;
    QLabel *m_idleCaption;
    QSpinBox *m_idle;
    QLabel *m_clipboardCaption;
    QSpinBox *m_clipboard;
    QLabel *m_paperCaption;
    QComboBox *m_paper;
    QLabel *m_backupCaption;
    BackupFolderField *m_backupFolder;
    QPushButton *m_save;
    QLabel *m_state;
};

} // namespace Brankas
