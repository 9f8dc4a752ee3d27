// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <core/i18n/language.h>

#include <QObject>
#include <QSettings>

#include <memory>

namespace Brankas {

enum class PaperSize { A4, F4 };

// This PC's choices for the window (not the vault's: another PC opening the same vault keeps its
// own). Stored in a QSettings the caller names, so tests use a temporary INI file.
class Preferences : public QObject
{
    Q_OBJECT

public:
    // Takes ownership of the settings store.
    explicit Preferences(std::unique_ptr<QSettings> settings, QObject *parent = nullptr);
    ~Preferences() override;

    static constexpr int defaultIdleLockMinutes = 5;
    static constexpr int defaultClipboardClearSeconds = 20;

    Language language() const;
    void setLanguage(Language language);
    // 0 never locks on idle; Ctrl+L still does.
    int idleLockMinutes() const;
    void setIdleLockMinutes(int minutes);
    int clipboardClearSeconds() const;
    void setClipboardClearSeconds(int seconds);
    PaperSize paperSize() const;
    void setPaperSize(PaperSize paper);
    // The folder automatic backups go into on this PC (a USB disk, a share); empty: none.
    QString backupFolder() const;
    void setBackupFolder(const QString &folder);
    // How many of the newest automatic backups are kept (besides one a month for a year).
    int backupsKept() const;
    // The vaults opened on this PC, newest first: files and server addresses (never with a
    // password: an address that carries one is not kept, nor read back if the file holds one).
    static constexpr int MaxRecentVaults = 6;
    QStringList recentVaults() const;
    void rememberVault(const QString &vault);
    QString lastOfficer() const;
    void setLastOfficer(const QString &name);
    // Where the window was on this PC's screen (QWidget::saveGeometry), empty the first time.
    QByteArray windowGeometry() const;
    void setWindowGeometry(const QByteArray &geometry);
    // A splitter's positions (QSplitter::saveState) by the splitter's name, empty until moved.
    QByteArray splitterState(const QString &name) const;
    void setSplitterState(const QString &name, const QByteArray &state);
    // The meaning the officer gave each column of a spreadsheet (a field id, or "ignored"), by the
    // sheet's header row, so the next file with the same headers is mapped the same way. Empty
    // when this header row was never imported here.
    QStringList importMapping(const QStringList &headers) const;
    void setImportMapping(const QStringList &headers, const QStringList &meanings);

Q_SIGNALS:
    void changed();

private:
    std::unique_ptr<QSettings> m_settings;
};

} // namespace Brankas
