// SPDX-License-Identifier: GPL-3.0-or-later
#include "logactions.h"

#include <QCoreApplication>

namespace Brankas::LogAction {

namespace {
// Grouped by what they are about, in the order the log filters list them.
constexpr Description Actions[] = {
    {"account.added", QT_TRANSLATE_NOOP("Brankas::LogAction", "Account recorded"), "Akun dicatat"},
    {"account.updated", QT_TRANSLATE_NOOP("Brankas::LogAction", "Account details changed"), "Data akun diubah"},
    {"account.status-changed", QT_TRANSLATE_NOOP("Brankas::LogAction", "Account status changed"), "Status akun diubah"},
    {"account.reviewed", QT_TRANSLATE_NOOP("Brankas::LogAction", "Yearly review confirmed"),
     "Pemeriksaan tahunan dicatat"},
    {"account.password-changed", QT_TRANSLATE_NOOP("Brankas::LogAction", "Password changed"), "Kata sandi diganti"},
    {"account.verified", QT_TRANSLATE_NOOP("Brankas::LogAction", "Account checked"), "Akun diperiksa"},
    {"secret.set", QT_TRANSLATE_NOOP("Brankas::LogAction", "Secret saved"), "Data rahasia disimpan"},
    {"secret.revealed", QT_TRANSLATE_NOOP("Brankas::LogAction", "Secret shown"), "Data rahasia ditampilkan"},
    {"secret.copied", QT_TRANSLATE_NOOP("Brankas::LogAction", "Secret copied"), "Data rahasia disalin"},
    {"kecamatan.added", QT_TRANSLATE_NOOP("Brankas::LogAction", "Kecamatan added"), "Kecamatan ditambahkan"},
    {"kecamatan.updated", QT_TRANSLATE_NOOP("Brankas::LogAction", "Kecamatan contacts changed"),
     "Kontak kecamatan diubah"},
    {"kecamatan.retired", QT_TRANSLATE_NOOP("Brankas::LogAction", "Kecamatan retired"), "Kecamatan dinonaktifkan"},
    {"metrics.set", QT_TRANSLATE_NOOP("Brankas::LogAction", "Monthly figures recorded"), "Angka bulanan dicatat"},
    {"metrics.imported", QT_TRANSLATE_NOOP("Brankas::LogAction", "Monthly figures imported from a spreadsheet"),
     "Angka bulanan diimpor dari lembar kerja"},
    {"evaluation.note-added", QT_TRANSLATE_NOOP("Brankas::LogAction", "Evaluation note recorded"),
     "Catatan evaluasi dicatat"},
    {"evaluation.note-changed", QT_TRANSLATE_NOOP("Brankas::LogAction", "Evaluation note corrected"),
     "Catatan evaluasi dikoreksi"},
    {"term.added", QT_TRANSLATE_NOOP("Brankas::LogAction", "Term added"), "Masa tugas ditambahkan"},
    {"term.extended", QT_TRANSLATE_NOOP("Brankas::LogAction", "Term extended"), "Masa tugas diperpanjang"},
    {"handover.created", QT_TRANSLATE_NOOP("Brankas::LogAction", "Handover drafted"), "Draf serah terima dibuat"},
    {"handover.updated", QT_TRANSLATE_NOOP("Brankas::LogAction", "Handover draft changed"), "Draf serah terima diubah"},
    {"handover.finalized", QT_TRANSLATE_NOOP("Brankas::LogAction", "Handover signed off"), "Serah terima difinalkan"},
    {"handover.discarded", QT_TRANSLATE_NOOP("Brankas::LogAction", "Handover draft discarded"),
     "Draf serah terima dihapus"},
    {"officer.added", QT_TRANSLATE_NOOP("Brankas::LogAction", "Officer added"), "Petugas ditambahkan"},
    {"officer.signed-in", QT_TRANSLATE_NOOP("Brankas::LogAction", "Signed in"), "Masuk"},
    {"officer.sign-in-failed", QT_TRANSLATE_NOOP("Brankas::LogAction", "Sign-in failed"), "Gagal masuk"},
    {"officer.sign-in-refused", QT_TRANSLATE_NOOP("Brankas::LogAction", "Sign-in refused: access closed"),
     "Masuk ditolak: akses ditutup"},
    {"officer.disabled", QT_TRANSLATE_NOOP("Brankas::LogAction", "Officer's access closed"), "Akses petugas ditutup"},
    {"officer.enabled", QT_TRANSLATE_NOOP("Brankas::LogAction", "Officer's access opened again"),
     "Akses petugas dibuka kembali"},
    {"officer.role-changed", QT_TRANSLATE_NOOP("Brankas::LogAction", "Officer's role changed"), "Peran petugas diubah"},
    {"officer.passphrase-changed", QT_TRANSLATE_NOOP("Brankas::LogAction", "Passphrase changed"),
     "Frasa sandi diganti"},
    {"officer.passphrase-reset", QT_TRANSLATE_NOOP("Brankas::LogAction", "Temporary passphrase given"),
     "Frasa sandi sementara diberikan"},
    {"officer.keys-registered", QT_TRANSLATE_NOOP("Brankas::LogAction", "Officer's signing key made"),
     "Kunci tanda tangan petugas dibuat"},
    {"office.updated", QT_TRANSLATE_NOOP("Brankas::LogAction", "Office details changed"), "Data kantor diubah"},
    {"vault.created", QT_TRANSLATE_NOOP("Brankas::LogAction", "Vault created"), "Brankas dibuat"},
    {"vault.migrated", QT_TRANSLATE_NOOP("Brankas::LogAction", "Vault upgraded"), "Format brankas diperbarui"},
    {"vault.unlocked-with-recovery", QT_TRANSLATE_NOOP("Brankas::LogAction", "Opened with the recovery passphrase"),
     "Dibuka dengan frasa sandi pemulihan"},
    {"vault.recovery-changed", QT_TRANSLATE_NOOP("Brankas::LogAction", "Recovery passphrase replaced"),
     "Frasa sandi pemulihan diganti"},
    {"vault.keychain-restored", QT_TRANSLATE_NOOP("Brankas::LogAction", "Key put back in the keychain"),
     "Kunci disimpan kembali di penyimpanan kata sandi komputer"},
    {"vault.backed-up", QT_TRANSLATE_NOOP("Brankas::LogAction", "Backup written"), "Cadangan dibuat"},
    {"vault.restored", QT_TRANSLATE_NOOP("Brankas::LogAction", "Restored from a backup"), "Dipulihkan dari cadangan"},
    {"secrets.key-created", QT_TRANSLATE_NOOP("Brankas::LogAction", "Secrets moved under their own key"),
     "Data rahasia dipindahkan ke kuncinya sendiri"},
    {"secrets.access-granted", QT_TRANSLATE_NOOP("Brankas::LogAction", "Access to passwords given"),
     "Akses ke kata sandi diberikan"},
    {"secrets.access-revoked", QT_TRANSLATE_NOOP("Brankas::LogAction", "Access to passwords taken away"),
     "Akses ke kata sandi dicabut"},
    {"log.checkpoint", QT_TRANSLATE_NOOP("Brankas::LogAction", "Archive log verified (checkpoint)"),
     "Log arsip diverifikasi (titik periksa)"},
    {"report.secrets-printed", QT_TRANSLATE_NOOP("Brankas::LogAction", "Printed with passwords"),
     "Dicetak beserta kata sandi"},
    {"register.imported", QT_TRANSLATE_NOOP("Brankas::LogAction", "Register imported from a spreadsheet"),
     "Daftar diimpor dari lembar kerja"},
    {"report.exported", QT_TRANSLATE_NOOP("Brankas::LogAction", "Register exported to a spreadsheet"),
     "Daftar diekspor ke lembar kerja"},
    {"register.published", QT_TRANSLATE_NOOP("Brankas::LogAction", "Public list of official accounts published"),
     "Daftar akun resmi diterbitkan"},
};
} // namespace

std::span<const Description> all()
{
    return Actions;
}

const Description *describe(QStringView action)
{
    for (const Description &known : Actions) {
        if (action == QLatin1String(known.action)) {
            return &known;
        }
    }
    return nullptr;
}

QString words(QStringView action)
{
    if (const Description *known = describe(action)) {
        return QCoreApplication::translate("Brankas::LogAction", known->english);
    }
    return action.toString();
}

QString words(QStringView action, Language language)
{
    if (const Description *known = describe(action)) {
        return QString::fromUtf8(language == Language::Indonesian ? known->indonesian : known->english);
    }
    return action.toString();
}

QStringList identifiers()
{
    QStringList actions;
    for (const Description &known : Actions) {
        actions << QString::fromLatin1(known.action);
    }
    return actions;
}

} // namespace Brankas::LogAction
