// SPDX-License-Identifier: GPL-3.0-or-later
#include "preferences.h"

#include <core/backup/backuphealth.h>
#include <core/backup/retention.h>
#include <core/import/importcolumns.h>
#include <core/vault/vaultaddress.h>

#include <QCryptographicHash>
#include <QFileInfo>
#include <QtGlobal>

namespace Brankas {

namespace {
const auto languageKey = QStringLiteral("ui/language");
const auto idleKey = QStringLiteral("security/idleLockMinutes");
const auto clipboardKey = QStringLiteral("security/clipboardClearSeconds");
const auto paperKey = QStringLiteral("reports/paper");
const auto officerKey = QStringLiteral("ui/lastOfficer");
const auto geometryKey = QStringLiteral("ui/windowGeometry");
const auto splitterGroup = QStringLiteral("ui/splitters/");
const auto keptKey = QStringLiteral("backup/keepLast");
const auto recentKey = QStringLiteral("ui/recentVaults");

// A file by its absolute path, an address in its normal form; nothing for what is no vault's place
// (an address with a password among them).
QString normalPlace(const QString &vault)
{
    const auto address = VaultAddress::parse(vault);
    if (!address) {
        return {};
    }
    return address.value().isServer() ? address.value().toString() : QFileInfo(vault).absoluteFilePath();
}

const auto importGroup = QStringLiteral("import/mappings/");

// Headers compared the way the importer compares them ("No. HP" = "no hp"); hashed so that the
// settings file holds no column names of an office's sheet, only which meaning each column had.
QString importKey(const QStringList &headers)
{
    QStringList keys;
    for (const QString &header : headers) {
        keys << headerKey(header);
    }
    while (!keys.isEmpty() && keys.last().isEmpty()) {
        keys.removeLast(); // trailing blank columns come and go with Excel's used range
    }
    const QByteArray joined = keys.join(QChar(0x1f)).toUtf8();
    return importGroup + QString::fromLatin1(QCryptographicHash::hash(joined, QCryptographicHash::Sha256).toHex());
}
} // namespace

Preferences::Preferences(std::unique_ptr<QSettings> settings, QObject *parent)
    : QObject(parent)
    , m_settings(std::move(settings))
{}

Preferences::~Preferences() = default;

QString Preferences::backupFolder() const
{
    return m_settings->value(Backup::backupFolderSetting()).toString();
}

void Preferences::setBackupFolder(const QString &folder)
{
    m_settings->setValue(Backup::backupFolderSetting(), folder);
    Q_EMIT changed();
}

int Preferences::backupsKept() const
{
    const int kept = m_settings->value(keptKey, Backup::DefaultKeepLast).toInt();
    return kept >= 1 && kept <= 1000 ? kept : Backup::DefaultKeepLast;
}

Language Preferences::language() const
{
    return languageFromCode(m_settings->value(languageKey).toString()).value_or(Language::Indonesian);
}

void Preferences::setLanguage(Language language)
{
    m_settings->setValue(languageKey, languageCode(language));
    Q_EMIT changed();
}

int Preferences::idleLockMinutes() const
{
    // A value edited by hand outside the range falls back rather than locking every second.
    const int minutes = m_settings->value(idleKey, defaultIdleLockMinutes).toInt();
    return minutes >= 0 && minutes <= 240 ? minutes : defaultIdleLockMinutes;
}

void Preferences::setIdleLockMinutes(int minutes)
{
    m_settings->setValue(idleKey, qBound(0, minutes, 240));
    Q_EMIT changed();
}

int Preferences::clipboardClearSeconds() const
{
    const int seconds = m_settings->value(clipboardKey, defaultClipboardClearSeconds).toInt();
    return seconds >= 5 && seconds <= 600 ? seconds : defaultClipboardClearSeconds;
}

void Preferences::setClipboardClearSeconds(int seconds)
{
    m_settings->setValue(clipboardKey, qBound(5, seconds, 600));
    Q_EMIT changed();
}

PaperSize Preferences::paperSize() const
{
    return m_settings->value(paperKey).toString() == QStringLiteral("f4") ? PaperSize::F4 : PaperSize::A4;
}

void Preferences::setPaperSize(PaperSize paper)
{
    m_settings->setValue(paperKey, paper == PaperSize::F4 ? QStringLiteral("f4") : QStringLiteral("a4"));
    Q_EMIT changed();
}

QStringList Preferences::recentVaults() const
{
    QStringList recent;
    const QStringList stored = m_settings->value(recentKey).toStringList();
    for (const QString &entry : stored) {
        // The settings file is the officer's to edit: what it holds is checked as it comes back.
        const QString place = normalPlace(entry);
        if (!place.isEmpty() && !recent.contains(place) && recent.size() < MaxRecentVaults) {
            recent << place;
        }
    }
    return recent;
}

void Preferences::rememberVault(const QString &vault)
{
    const QString place = normalPlace(vault);
    if (place.isEmpty()) {
        return;
    }
    QStringList recent = recentVaults();
    recent.removeAll(place);
    recent.prepend(place);
    while (recent.size() > MaxRecentVaults) {
        recent.removeLast();
    }
    m_settings->setValue(recentKey, recent);
    Q_EMIT changed();
}

QString Preferences::lastOfficer() const
{
    return m_settings->value(officerKey).toString();
}

void Preferences::setLastOfficer(const QString &name)
{
    m_settings->setValue(officerKey, name);
}

QByteArray Preferences::windowGeometry() const
{
    return m_settings->value(geometryKey).toByteArray();
}

// Geometry and splitters change nothing another page reads: no changed() for them.
void Preferences::setWindowGeometry(const QByteArray &geometry)
{
    m_settings->setValue(geometryKey, geometry);
}

QByteArray Preferences::splitterState(const QString &name) const
{
    return m_settings->value(splitterGroup + name).toByteArray();
}

void Preferences::setSplitterState(const QString &name, const QByteArray &state)
{
    m_settings->setValue(splitterGroup + name, state);
}

QStringList Preferences::importMapping(const QStringList &headers) const
{
    QStringList meanings = m_settings->value(importKey(headers)).toStringList();
    // A value edited by hand for more columns than the sheet has is not this sheet's mapping.
    if (meanings.isEmpty() || meanings.size() > headers.size()) {
        return {};
    }
    while (meanings.size() < headers.size()) {
        meanings << QString(); // a trailing blank column the earlier file did not have
    }
    return meanings;
}

void Preferences::setImportMapping(const QStringList &headers, const QStringList &meanings)
{
    m_settings->setValue(importKey(headers), meanings);
}

} // namespace Brankas
