<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="id_ID" sourcelanguage="en">
<context>
    <name>Brankas::Account</name>
    <message>
        <location filename="../core/domain/account.cpp" line="+34"/>
        <source>None</source>
        <translation>Tidak ada</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>SMS code</source>
        <translation>Kode SMS</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Authenticator app</source>
        <translation>Aplikasi autentikator</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>E-mail code</source>
        <translation>Kode e-mail</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Security key</source>
        <translation>Kunci keamanan</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>recorded in the register</source>
        <translation>dicatat dalam daftar</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>first password</source>
        <translation>kata sandi pertama</translation>
    </message>
</context>
<context>
    <name>Brankas::AccountStatus</name>
    <message>
        <location filename="../core/domain/accountstatus.cpp" line="+53"/>
        <source>Requested</source>
        <translation>Diajukan</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Active</source>
        <translation>Aktif</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Suspended</source>
        <translation>Ditangguhkan</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Deactivated</source>
        <translation>Nonaktif</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Held by the office</source>
        <translation>Dipegang kantor</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Closed</source>
        <translation>Ditutup</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Permanent</source>
        <translation>Tetap</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Term-bound</source>
        <translation>Terikat masa tugas</translation>
    </message>
</context>
<context>
    <name>Brankas::Cli::CliText</name>
    <message>
        <location filename="../app/cli/context.cpp" line="+47"/>
        <location filename="../app/cli/recovercommand.cpp" line="+22"/>
        <source>passphrase of officer %1</source>
        <translation>frasa sandi petugas %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The recovery passphrase from the recovery sheet opens the vault.</source>
        <translation>Berkas brankas dapat dibuka dengan frasa sandi pemulihan yang tercantum pada lembar pemulihan.</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../app/cli/initcommand.cpp" line="+52"/>
        <location filename="../app/cli/recovercommand.cpp" line="+4"/>
        <source>recovery passphrase</source>
        <translation>frasa sandi pemulihan</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Opened with the recovery passphrase. To open it without the passphrase on this computer, an administrator runs: brankas-cli recover</source>
        <translation>Berkas brankas dibuka dengan frasa sandi pemulihan. Agar brankas dapat dibuka di komputer ini tanpa frasa sandi pemulihan, administrator perlu menjalankan: brankas-cli recover</translation>
    </message>
    <message>
        <location filename="../app/cli/dispatcher.cpp" line="+67"/>
        <source>Usage: brankas-cli [global options] COMMAND [options]</source>
        <translation>Penggunaan: brankas-cli [opsi umum] COMMAND [opsi]</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keeps the register and encrypted credential archive of Panwaslu Kecamatan social-media accounts.</source>
        <translation>Menyimpan daftar dan arsip kata sandi terenkripsi akun media sosial Panwaslu Kecamatan.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Global options:</source>
        <translation>Opsi umum:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>  --vault PATH     the vault file (default: %1)</source>
        <translation>  --vault PATH     berkas brankas (bawaan: %1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>  --officer NAME   the officer signing in (default: the BRANKAS_OFFICER environment variable)</source>
        <translation>  --officer NAME   petugas yang masuk (bawaan: variabel lingkungan BRANKAS_OFFICER)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>  --lang id|en     language of messages (default: Indonesian, or BRANKAS_LANG)</source>
        <translation>  --lang id|en     bahasa pesan (bawaan: bahasa Indonesia, atau BRANKAS_LANG)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>  --help           this help; COMMAND --help for a command&apos;s options and input</source>
        <translation>  --help           bantuan ini; COMMAND --help untuk opsi dan masukan suatu perintah</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>  --version        the version of Brankas</source>
        <translation>  --version        versi Brankas</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Commands:</source>
        <translation>Perintah:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Passphrases are never given as arguments. At a terminal they are asked for; otherwise they are read one per line from standard input, in the order each command&apos;s help gives: the officer&apos;s passphrase first, then the recovery passphrase if this computer&apos;s keychain cannot give the vault key.</source>
        <translation>Frasa sandi tidak pernah diberikan sebagai argumen. Di terminal, frasa sandi akan ditanyakan; selain itu, frasa sandi dibaca satu per baris dari masukan standar, dengan urutan yang tercantum pada bantuan setiap perintah: frasa sandi petugas terlebih dahulu, lalu frasa sandi pemulihan jika kunci brankas tidak dapat diambil dari penyimpanan kata sandi komputer ini.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Exit status: 0 success, 1 refused or failed (one line on standard error), 2 wrong usage, 3 the archive log failed verification.</source>
        <translation>Kode keluar: 0 berhasil, 1 ditolak atau gagal (satu baris pesan pada keluaran galat standar), 2 cara penggunaan salah, 3 log arsip tidak lolos verifikasi.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Usage: brankas-cli %1 [options]</source>
        <translation>Penggunaan: brankas-cli %1 [opsi]</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Standard input, one line each, in this order:</source>
        <translation>Masukan standar, masing-masing satu baris, dengan urutan berikut:</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>brankas-cli: unknown language &quot;%1&quot;; use id or en.</source>
        <translation>brankas-cli: bahasa &quot;%1&quot; tidak dikenal; gunakan id atau en.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>brankas-cli: the option %1 needs a value.</source>
        <translation>brankas-cli: opsi %1 memerlukan nilai.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>brankas-cli: unknown command &quot;%1&quot;. See brankas-cli --help.</source>
        <translation>brankas-cli: perintah &quot;%1&quot; tidak dikenal. Lihat brankas-cli --help.</translation>
    </message>
    <message>
        <location filename="../app/cli/accountcommands.cpp" line="+18"/>
        <location filename="../app/cli/kecamatancommands.cpp" line="+76"/>
        <location line="+40"/>
        <source>Kemendagri code of the kecamatan.</source>
        <translation>Kode Kemendagri kecamatan.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>instagram, facebook, x, tiktok, youtube, threads or other.</source>
        <translation>instagram, facebook, x, tiktok, youtube, threads, atau other (lainnya).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Name of the platform of an &quot;other&quot; account.</source>
        <translation>Nama platform untuk akun &quot;other&quot; (lainnya).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Username (@name, name or the profile address).</source>
        <translation>Nama pengguna (@nama, nama, atau alamat profil).</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../app/cli/accountdetailcommands.cpp" line="+126"/>
        <source>Name shown on the profile.</source>
        <translation>Nama yang tampil pada profil.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Number of the term it serves (default: the current term).</source>
        <translation>Nomor masa tugas akun ini (bawaan: masa tugas yang sedang berjalan).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The account passes to the next committee instead of ending with the term.</source>
        <translation>Akun tetap: diteruskan kepada Panwaslu Kecamatan berikutnya, tidak berakhir bersama masa tugas.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../app/cli/accountdetailcommands.cpp" line="+1"/>
        <source>E-mail address the account is registered with.</source>
        <translation>Alamat e-mail yang didaftarkan pada akun.</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../app/cli/accountdetailcommands.cpp" line="+1"/>
        <source>Phone number the account is registered with.</source>
        <translation>Nomor telepon yang didaftarkan pada akun.</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../app/cli/accountdetailcommands.cpp" line="+1"/>
        <source>Two-factor method: none, sms, app, email or key.</source>
        <translation>Metode autentikasi dua faktor: none (tidak ada), sms, app (aplikasi autentikator), email, atau key (kunci keamanan).</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../app/cli/accountdetailcommands.cpp" line="+5"/>
        <source>Who holds a permanent account.</source>
        <translation>Pemegang akun tetap.</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../app/cli/accountdetailcommands.cpp" line="+1"/>
        <source>Notes (not secret).</source>
        <translation>Catatan (bukan rahasia).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>active (default) or requested.</source>
        <translation>active (aktif; bawaan) atau requested (diajukan).</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../app/cli/secretcommands.cpp" line="+79"/>
        <source>Generate a strong password instead of reading one; it is printed once so it can be set on the platform.</source>
        <translation>Buat kata sandi yang kuat secara otomatis (tidak perlu diketik); kata sandi ditampilkan satu kali agar dapat dipasang pada akun di platform.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>brankas-cli account add: give --kecamatan CODE, --platform P and --handle H.</source>
        <translation>brankas-cli account add: isikan --kecamatan CODE, --platform P, dan --handle H.</translation>
    </message>
    <message>
        <location line="+41"/>
        <location line="+80"/>
        <location filename="../app/cli/accountdetailcommands.cpp" line="+46"/>
        <location filename="../app/cli/termcommands.cpp" line="+95"/>
        <source>term</source>
        <translation>masa tugas</translation>
    </message>
    <message>
        <location line="-60"/>
        <source>password of the account (empty: none yet)</source>
        <translation>kata sandi akun (kosongkan jika belum ada)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Account %1 recorded: %2</source>
        <translation>Akun nomor %1 telah dicatat: %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <location filename="../app/cli/secretcommands.cpp" line="+53"/>
        <source>Generated password (set it on the platform now): %1</source>
        <translation>Kata sandi yang dibuat (segera pasang pada akun di platform): %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Only this kecamatan (code).</source>
        <translation>Hanya kecamatan ini (kode).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only this platform.</source>
        <translation>Hanya platform ini.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only this status.</source>
        <translation>Hanya status ini.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only accounts of this term (number).</source>
        <translation>Hanya akun pada masa tugas ini (nomor).</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../app/cli/accountdetailcommands.cpp" line="-164"/>
        <location filename="../app/cli/checkcommand.cpp" line="+15"/>
        <location filename="../app/cli/logcommands.cpp" line="+18"/>
        <location filename="../app/cli/parsing.cpp" line="+52"/>
        <location filename="../app/cli/secretcommands.cpp" line="+9"/>
        <source>Print JSON.</source>
        <translation>Tampilkan dalam format JSON.</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>Part of a username, display name, kecamatan, e-mail or phone.</source>
        <translation>Sebagian dari nama pengguna, nama tampilan, kecamatan, e-mail, atau nomor telepon.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>brankas-cli account search: give the TEXT to look for.</source>
        <translation>brankas-cli account search: isikan TEXT yang dicari.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>record a social-media account of a kecamatan</source>
        <translation>catat akun media sosial suatu kecamatan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the account&apos;s password (an empty line: none yet), unless --generate</source>
        <translation>kata sandi akun (baris kosong: belum ada), kecuali jika memakai --generate</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>list accounts, filtered by kecamatan, platform, status or term</source>
        <translation>tampilkan daftar akun, dipilah menurut kecamatan, platform, status, atau masa tugas</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>find accounts by username, name, kecamatan, e-mail or phone</source>
        <translation>cari akun menurut nama pengguna, nama, kecamatan, e-mail, atau nomor telepon</translation>
    </message>
    <message>
        <location filename="../app/cli/infocommand.cpp" line="+47"/>
        <source>Vault</source>
        <translation>Berkas brankas</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../app/cli/initcommand.cpp" line="+16"/>
        <source>Vault id</source>
        <translation>ID brankas</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../app/cli/initcommand.cpp" line="-2"/>
        <source>Office</source>
        <translation>Kantor</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Created</source>
        <translation>Dibuat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vault format</source>
        <translation>Format brankas</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 (this version of Brankas reads up to %2)</source>
        <translation>%1 (versi Brankas ini dapat membaca sampai format %2)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Officers</source>
        <translation>Jumlah petugas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Log entries</source>
        <translation>Jumlah entri log arsip</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keychain</source>
        <translation>Penyimpanan kata sandi</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>show the vault&apos;s id, office, format, counts and keychain state</source>
        <translation>tampilkan ID brankas, kantor, format, jumlah data, dan status penyimpanan kata sandi komputer</translation>
    </message>
    <message>
        <location filename="../app/cli/initcommand.cpp" line="-51"/>
        <source>Kemendagri code of the office&apos;s regency or city, e.g. 72.05 (Kabupaten Buol).</source>
        <translation>Kode Kemendagri untuk kabupaten atau kota kantor ini, misalnya 72.05 (Kabupaten Buol).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Name of the first administrator.</source>
        <translation>Nama administrator pertama.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>brankas-cli init: give --regency CODE and --admin NAME.</source>
        <translation>brankas-cli init: isikan --regency CODE dan --admin NAME.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>passphrase of administrator %1</source>
        <translation>frasa sandi administrator %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Now choose the recovery passphrase: at least four or five words. It will be printed on the recovery sheet and kept in the office safe; it is the only way into the vault on another computer.</source>
        <translation>Sekarang tentukan frasa sandi pemulihan: paling sedikit empat atau lima kata. Frasa sandi ini akan dicetak pada lembar pemulihan dan disimpan di lemari besi kantor; hanya dengan frasa sandi ini brankas dapat dibuka di komputer lain.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Vault created</source>
        <translation>Brankas dibuat</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Administrator</source>
        <translation>Administrator</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The vault key is stored in this computer&apos;s keychain (%1).</source>
        <translation>Kunci brankas disimpan di penyimpanan kata sandi komputer ini (%1).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The vault was created, but its key could not be stored in this computer&apos;s keychain: until an administrator runs brankas-cli recover, the recovery passphrase is needed to open it.</source>
        <translation>Brankas telah dibuat, tetapi kuncinya tidak dapat disimpan di penyimpanan kata sandi komputer ini: sampai administrator menjalankan brankas-cli recover, brankas hanya dapat dibuka dengan frasa sandi pemulihan.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Keep the recovery passphrase on paper in the office safe: without it, the vault cannot be opened on another computer.</source>
        <translation>Simpan frasa sandi pemulihan dalam bentuk tertulis di lemari besi kantor: tanpa frasa sandi tersebut, brankas tidak dapat dibuka di komputer lain.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>create a new vault for a regency or city office</source>
        <translation>buat brankas baru untuk kantor Bawaslu kabupaten atau kota</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the first administrator&apos;s passphrase</source>
        <translation>frasa sandi administrator pertama</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../app/cli/recovercommand.cpp" line="+27"/>
        <source>the recovery passphrase</source>
        <translation>frasa sandi pemulihan</translation>
    </message>
    <message>
        <location filename="../app/cli/parsing.cpp" line="+5"/>
        <source>your passphrase (the officer given with --officer)</source>
        <translation>frasa sandi Anda (petugas yang disebut pada --officer)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the recovery passphrase, only if this computer&apos;s keychain cannot give the vault key</source>
        <translation>frasa sandi pemulihan, hanya jika kunci brankas tidak dapat diambil dari penyimpanan kata sandi komputer ini</translation>
    </message>
    <message>
        <location filename="../app/cli/logcommands.cpp" line="+1"/>
        <source>Only entries on or after this date (YYYY-MM-DD, local time).</source>
        <translation>Hanya entri pada atau sesudah tanggal ini (YYYY-MM-DD, waktu setempat).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only entries on or before this date (YYYY-MM-DD, local time).</source>
        <translation>Hanya entri pada atau sebelum tanggal ini (YYYY-MM-DD, waktu setempat).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only entries by this officer.</source>
        <translation>Hanya entri yang dibuat oleh petugas ini.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only actions starting with this text, e.g. officer.</source>
        <translation>Hanya tindakan yang diawali teks ini, misalnya officer.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>At most this many entries, newest first.</source>
        <translation>Paling banyak N entri, mulai dari yang terbaru.</translation>
    </message>
    <message>
        <location line="+92"/>
        <source>list archive log entries</source>
        <translation>tampilkan daftar entri log arsip</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>check that no archive log entry was edited, deleted, inserted or reordered</source>
        <translation>periksa bahwa tidak ada entri log arsip yang diubah, dihapus, disisipkan, atau diubah urutannya</translation>
    </message>
    <message>
        <location filename="../app/cli/officercommands.cpp" line="+13"/>
        <source>Name of the new officer.</source>
        <translation>Nama petugas baru.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>administrator, operator or viewer.</source>
        <translation>administrator, operator, atau viewer (peninjau).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>brankas-cli officer add: give one NAME and --role administrator|operator|viewer.</source>
        <translation>brankas-cli officer add: isikan satu NAME dan --role administrator|operator|viewer.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>passphrase for the new officer %1</source>
        <translation>frasa sandi untuk petugas baru %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Officer %1 added as %2.</source>
        <translation>Petugas %1 ditambahkan sebagai %2.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>disabled</source>
        <translation>nonaktif</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>add an officer with a role (administrators)</source>
        <translation>tambahkan petugas beserta perannya (khusus administrator)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the new officer&apos;s passphrase</source>
        <translation>frasa sandi petugas baru</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>list the officers</source>
        <translation>tampilkan daftar petugas</translation>
    </message>
    <message>
        <location filename="../app/cli/recovercommand.cpp" line="-13"/>
        <source>The vault key is back in this computer&apos;s keychain (%1): the vault opens here without the recovery passphrase again.</source>
        <translation>Kunci brankas telah disimpan kembali di penyimpanan kata sandi komputer ini (%1): brankas kembali dapat dibuka di komputer ini tanpa frasa sandi pemulihan.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>open the vault with the recovery passphrase and put its key back into this computer&apos;s keychain (administrators)</source>
        <translation>buka brankas dengan frasa sandi pemulihan dan simpan kembali kuncinya di penyimpanan kata sandi komputer ini (khusus administrator)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the officer&apos;s passphrase</source>
        <translation>frasa sandi petugas</translation>
    </message>
    <message>
        <location filename="../app/cli/terminal.cpp" line="+112"/>
        <source>%1: </source>
        <translation>%1: </translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%1 (again): </source>
        <translation>%1 (ulangi): </translation>
    </message>
    <message>
        <location filename="../app/cli/accountdetailcommands.cpp" line="-1"/>
        <location line="+65"/>
        <location line="+43"/>
        <location line="+88"/>
        <location filename="../app/cli/secretcommands.cpp" line="-103"/>
        <location line="+37"/>
        <location line="+65"/>
        <location line="+44"/>
        <source>Number of the account.</source>
        <translation>Nomor akun.</translation>
    </message>
    <message>
        <location line="-117"/>
        <location filename="../app/cli/parsing.cpp" line="-11"/>
        <source>account</source>
        <translation>akun</translation>
    </message>
    <message>
        <location line="-34"/>
        <source>Status history:</source>
        <translation>Riwayat status:</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Secrets kept: %1</source>
        <translation>Data rahasia yang tersimpan: %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>none</source>
        <translation>tidak ada</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>active, suspended, deactivated, held or closed.</source>
        <translation>active, suspended, deactivated, held, atau closed (juga diterima: aktif, ditangguhkan, nonaktif, dipegang-kantor, ditutup).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Why the status changes.</source>
        <translation>Alasan perubahan status.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>brankas-cli account status: give the account&apos;s ID, the new STATUS and --reason TEXT.</source>
        <translation>brankas-cli account status: isikan ID akun, STATUS baru, dan --reason TEXT.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Account %1 (%2) is now %3.</source>
        <translation>Status akun nomor %1 (%2) sekarang: %3.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The account passes to the next committee.</source>
        <translation>Akun tetap: diteruskan kepada Panwaslu Kecamatan berikutnya.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The account ends with its term.</source>
        <translation>Akun terikat masa tugas: berakhir bersama masa tugasnya.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Number of the term it serves (0: none).</source>
        <translation>Nomor masa tugas akun ini (0: tanpa masa tugas).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Set the active period by hand: first day (YYYY-MM-DD).</source>
        <translation>Isi masa aktif secara manual: tanggal mulai (YYYY-MM-DD).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Set the active period by hand: last day (YYYY-MM-DD).</source>
        <translation>Isi masa aktif secara manual: tanggal terakhir (YYYY-MM-DD).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Let the active period follow the term again.</source>
        <translation>Kembalikan masa aktif agar mengikuti masa tugas.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>brankas-cli account edit: give --permanent or --term-bound, not both.</source>
        <translation>brankas-cli account edit: isikan --permanent atau --term-bound, jangan keduanya.</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>Account %1 reviewed on %2.</source>
        <translation>Pemeriksaan tahunan akun %1 dicatat pada %2.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>show an account with its status history (no secrets)</source>
        <translation>tampilkan data akun beserta riwayat statusnya (tanpa data rahasia)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>change an account&apos;s status, with the reason</source>
        <translation>ubah status akun disertai alasannya</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>change an account&apos;s details: contacts, two-factor method, term, holder, notes, active period</source>
        <translation>ubah data akun: kontak, metode autentikasi dua faktor, masa tugas, pemegang, catatan, masa aktif</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>confirm the yearly review of an account</source>
        <translation>catat bahwa pemeriksaan tahunan suatu akun telah dilakukan</translation>
    </message>
    <message>
        <location filename="../app/cli/accountformat.cpp" line="+16"/>
        <source>no active period (no term)</source>
        <translation>tidak ada masa aktif (tanpa masa tugas)</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Account</source>
        <translation>Nomor akun</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kecamatan</source>
        <translation>Kecamatan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Platform</source>
        <translation>Platform</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Username</source>
        <translation>Nama pengguna</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../app/cli/officecommands.cpp" line="+22"/>
        <source>Address</source>
        <translation>Alamat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Display name</source>
        <translation>Nama tampilan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Registered e-mail</source>
        <translation>E-mail terdaftar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Registered phone</source>
        <translation>Telepon terdaftar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Two-factor</source>
        <translation>Autentikasi dua faktor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nature</source>
        <translation>Sifat akun</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Term</source>
        <translation>Masa tugas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Active period</source>
        <translation>Masa aktif</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> (set by hand)</source>
        <translation> (diisi manual)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Held by</source>
        <translation>Dipegang oleh</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notes</source>
        <translation>Catatan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last reviewed</source>
        <translation>Terakhir diperiksa</translation>
    </message>
    <message>
        <location filename="../app/cli/checkcommand.cpp" line="+1"/>
        <source>Check as of this date instead of today (YYYY-MM-DD).</source>
        <translation>Periksa keadaan per tanggal ini, bukan hari ini (YYYY-MM-DD).</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Nothing needs action as of %1.</source>
        <translation>Per %1 tidak ada yang perlu ditindaklanjuti.</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Needs action as of %1: %n finding(s).</source>
        <translation>
            <numerusform>Perlu tindakan per %1: %n temuan.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+29"/>
        <source>list what needs action: accounts active past their term, missing 2FA, old or shared passwords...</source>
        <translation>tampilkan hal yang perlu ditindaklanjuti: akun yang masih aktif melewati masa tugas, tanpa 2FA, kata sandi lama atau dipakai bersama, dan sebagainya</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/kecamatancommands.cpp" line="-75"/>
        <source>%n account(s)</source>
        <translation>
            <numerusform>%n akun</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>retired</source>
        <translation>tidak aktif</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Kemendagri code of the new kecamatan.</source>
        <translation>Kode Kemendagri kecamatan baru.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name of the kecamatan.</source>
        <translation>Nama kecamatan.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>brankas-cli kecamatan add: give the CODE and --name NAME.</source>
        <translation>brankas-cli kecamatan add: isikan CODE dan --name NAME.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Kecamatan %1 %2 added.</source>
        <translation>Kecamatan %1 %2 telah ditambahkan.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Address of the secretariat.</source>
        <translation>Alamat sekretariat.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone number of the secretariat.</source>
        <translation>Nomor telepon sekretariat.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-mail address of the secretariat.</source>
        <translation>Alamat e-mail sekretariat.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>brankas-cli kecamatan set: give the CODE.</source>
        <translation>brankas-cli kecamatan set: isikan CODE.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Kecamatan %1 updated.</source>
        <translation>Data Kecamatan %1 telah diperbarui.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Why it is retired (e.g. the regulation that re-districted it).</source>
        <translation>Alasan penonaktifan (misalnya peraturan penataan wilayah yang menghapus kecamatan ini).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>brankas-cli kecamatan retire: give the CODE and --reason TEXT.</source>
        <translation>brankas-cli kecamatan retire: isikan CODE dan --reason TEXT.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Kecamatan %1 retired; its accounts stay in the register.</source>
        <translation>Kecamatan %1 telah dinonaktifkan; akun-akunnya tetap tercatat dalam daftar.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>list the office&apos;s kecamatan</source>
        <translation>tampilkan daftar kecamatan di wilayah kantor ini</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>add a kecamatan (after a re-districting)</source>
        <translation>tambahkan kecamatan (setelah pemekaran atau penataan wilayah)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>set a kecamatan secretariat&apos;s address and contacts</source>
        <translation>isi alamat dan kontak sekretariat Panwaslu Kecamatan</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>retire a kecamatan that no longer exists</source>
        <translation>nonaktifkan kecamatan yang sudah tidak ada</translation>
    </message>
    <message>
        <location filename="../app/cli/officecommands.cpp" line="-1"/>
        <source>Office name</source>
        <translation>Nama kantor</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Phone</source>
        <translation>Telepon</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Website</source>
        <translation>Situs web</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Head of office</source>
        <translation>Pimpinan kantor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Head&apos;s title</source>
        <translation>Jabatan pimpinan</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Officer&apos;s title in signatures</source>
        <translation>Jabatan petugas pada tanda tangan</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Office e-mail domains</source>
        <translation>Domain e-mail kantor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Office phone numbers</source>
        <translation>Nomor telepon kantor</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>E-mail domains of the office, comma-separated (e.g. bawaslu.go.id).</source>
        <translation>Domain e-mail kantor, dipisahkan dengan koma (misalnya bawaslu.go.id).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Phone numbers of the office, comma-separated.</source>
        <translation>Nomor telepon kantor, dipisahkan dengan koma.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Office details saved.</source>
        <translation>Data kantor telah disimpan.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>show the office details used on letterheads</source>
        <translation>tampilkan data kantor yang digunakan pada kop surat</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>change the office details and its e-mail domains and phone numbers (administrators)</source>
        <translation>ubah data kantor beserta domain e-mail dan nomor teleponnya (khusus administrator)</translation>
    </message>
    <message>
        <location filename="../app/cli/secretcommands.cpp" line="-152"/>
        <source>password (default), totp, recovery, email or notes.</source>
        <translation>password (kata sandi; bawaan), totp (kunci 2FA), recovery (kode pemulihan), email (kata sandi e-mail), atau notes (catatan rahasia).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>An older value, by its number in secret history.</source>
        <translation>Tampilkan nilai lama, menurut nomor versinya pada secret history.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>version</source>
        <translation>versi</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Why it changes (kept in the history).</source>
        <translation>Alasan perubahan (dicatat dalam riwayat).</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>brankas-cli secret set: give --reason TEXT.</source>
        <translation>brankas-cli secret set: isikan --reason TEXT.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>new value of the %1</source>
        <translation>nilai baru untuk %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 of account %2 changed; the old value stays in the history.</source>
        <translation>%1 akun nomor %2 telah diubah; nilai lama tetap tersimpan dalam riwayat.</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>(current)</source>
        <translation>(berlaku)</translation>
    </message>
    <message numerus="yes">
        <location line="+34"/>
        <source>%1 (valid for %n more second(s))</source>
        <translation>
            <numerusform>%1 (berlaku %n detik lagi)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>print an account&apos;s password or other secret (logged; not for viewers)</source>
        <translation>tampilkan kata sandi atau data rahasia lain suatu akun (dicatat dalam log arsip; tidak untuk peninjau)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>change an account&apos;s secret, keeping the old value in its history</source>
        <translation>ubah data rahasia suatu akun; nilai lama tetap tersimpan dalam riwayatnya</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the new value, unless --generate</source>
        <translation>nilai baru, kecuali jika memakai --generate</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>list when an account&apos;s secrets changed, by whom and why (no values)</source>
        <translation>tampilkan kapan, oleh siapa, dan mengapa data rahasia suatu akun diubah (tanpa isinya)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>print an account&apos;s current two-factor code (logged)</source>
        <translation>tampilkan kode autentikasi dua faktor suatu akun yang berlaku saat ini (dicatat dalam log arsip)</translation>
    </message>
    <message>
        <location filename="../app/cli/termcommands.cpp" line="-57"/>
        <source>(extended from %1; %2)</source>
        <translation>(diperpanjang dari %1; %2)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Name of the term, e.g. &quot;Pemilu 2024&quot;.</source>
        <translation>Nama masa tugas, misalnya &quot;Pemilu 2024&quot;.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date the committees were formed (YYYY-MM-DD).</source>
        <translation>Tanggal pembentukan Panwaslu Kecamatan (YYYY-MM-DD).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date the term ends (YYYY-MM-DD).</source>
        <translation>Tanggal berakhirnya masa tugas (YYYY-MM-DD).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>brankas-cli term add: give --name, --from and --until.</source>
        <translation>brankas-cli term add: isikan --name, --from, dan --until.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Term added: %1</source>
        <translation>Masa tugas ditambahkan: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Number of the term (see term list).</source>
        <translation>Nomor masa tugas (lihat term list).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The new end date (YYYY-MM-DD).</source>
        <translation>Tanggal berakhir yang baru (YYYY-MM-DD).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Legal basis of the extension, e.g. the decree number.</source>
        <translation>Dasar hukum perpanjangan, misalnya nomor surat keputusan.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>brankas-cli term extend: give the term&apos;s ID, --until DATE and --basis TEXT.</source>
        <translation>brankas-cli term extend: isikan ID masa tugas, --until DATE, dan --basis TEXT.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Term extended: %1</source>
        <translation>Masa tugas telah diperpanjang: %1</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>add a term (masa tugas) of the committees</source>
        <translation>tambahkan masa tugas Panwaslu Kecamatan</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>extend a term to a new end date, with its legal basis</source>
        <translation>perpanjang masa tugas sampai tanggal berakhir yang baru, disertai dasar hukumnya</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>list the terms with their extensions</source>
        <translation>tampilkan daftar masa tugas beserta perpanjangannya</translation>
    </message>
</context>
<context>
    <name>Brankas::Error</name>
    <message>
        <location filename="../core/crypto/aead.cpp" line="+38"/>
        <location filename="../core/crypto/kdf.cpp" line="+55"/>
        <location filename="../core/crypto/mac.cpp" line="+27"/>
        <source>The encryption library failed. Please restart Brankas and try again; if it keeps happening, tell your technical support.</source>
        <translation>Pustaka enkripsi mengalami kegagalan. Silakan mulai ulang Brankas dan coba lagi; jika masalah ini terus terjadi, hubungi petugas dukungan teknis Anda.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>An encryption key has the wrong size, so Brankas cannot use it. Please tell your technical support.</source>
        <translation>Ukuran salah satu kunci enkripsi tidak sesuai sehingga Brankas tidak dapat menggunakannya. Silakan hubungi petugas dukungan teknis Anda.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The encrypted data is damaged or was moved from where it belongs.</source>
        <translation>Data terenkripsi rusak atau telah dipindahkan dari tempat yang semestinya.</translation>
    </message>
    <message>
        <location filename="../core/crypto/kdf.cpp" line="+47"/>
        <source>The passphrase protection settings are outside the range Brankas accepts, so the file may be damaged.</source>
        <translation>Pengaturan perlindungan frasa sandi berada di luar batas yang diterima Brankas; berkas mungkin rusak.</translation>
    </message>
    <message>
        <location filename="../core/crypto/random.cpp" line="+15"/>
        <source>Brankas could not get secure random numbers from the computer. Please restart Brankas; if it keeps happening, tell your technical support.</source>
        <translation>Brankas tidak dapat memperoleh bilangan acak yang aman dari komputer. Silakan mulai ulang Brankas; jika masalah ini terus terjadi, hubungi petugas dukungan teknis Anda.</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>A random number was asked for from an empty range.</source>
        <translation>Bilangan acak diminta dari rentang yang kosong.</translation>
    </message>
    <message>
        <location filename="../core/domain/referencedata.cpp" line="+17"/>
        <location line="+15"/>
        <location filename="../core/storage/migrations.cpp" line="+85"/>
        <source>Brankas is missing one of its own files (%1); reinstall it.</source>
        <translation>Salah satu berkas bawaan Brankas (%1) tidak ada atau tidak utuh; pasang ulang Brankas.</translation>
    </message>
    <message>
        <location line="+102"/>
        <source>There is no regency or city with code &quot;%1&quot;. Did you mean: %2?</source>
        <translation>Tidak ada kabupaten atau kota dengan kode &quot;%1&quot;. Apakah yang Anda maksud: %2?</translation>
    </message>
    <message>
        <location filename="../core/keychain/memorykeystore.cpp" line="+13"/>
        <location filename="../core/keychain/systemkeystore.cpp" line="+107"/>
        <source>Brankas tried to use the password store without saying which vault the key belongs to. Report this problem to the person who looks after Brankas.</source>
        <translation>Brankas mencoba menggunakan penyimpanan kata sandi komputer tanpa menyebutkan brankas pemilik kunci. Laporkan masalah ini kepada pengelola Brankas.</translation>
    </message>
    <message>
        <location line="+8"/>
        <location filename="../core/keychain/systemkeystore.cpp" line="-45"/>
        <source>The password store of this computer (%1) did not give Brankas a key for this vault. This happens when the key was never saved on this computer, but also when the password store is locked or belongs to another user account, so Brankas has not changed anything. Open the vault with its recovery passphrase; Brankas can then save the key again.</source>
        <translation>Penyimpanan kata sandi komputer ini (%1) tidak memberikan kunci untuk brankas ini. Hal ini terjadi jika kunci belum pernah disimpan di komputer ini, tetapi juga jika penyimpanan kata sandi sedang terkunci atau milik akun pengguna lain; karena itu Brankas tidak mengubah apa pun. Buka brankas dengan frasa sandi pemulihannya; setelah itu Brankas dapat menyimpan kunci tersebut kembali.</translation>
    </message>
    <message>
        <location filename="../core/keychain/systemkeystore.cpp" line="-22"/>
        <source>Brankas could not use the password store of this computer because of an internal error. Open the vault with its recovery passphrase and report this problem to the person who looks after Brankas.</source>
        <translation>Brankas tidak dapat menggunakan penyimpanan kata sandi komputer ini karena terjadi kesalahan internal. Buka brankas dengan frasa sandi pemulihannya dan laporkan masalah ini kepada pengelola Brankas.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Brankas could not reach the password store of this computer (%1), so the vault key kept there cannot be used. You can still open the vault with its recovery passphrase. If this keeps happening, ask the person who looks after this computer to check the password store.</source>
        <translation>Brankas tidak dapat terhubung ke penyimpanan kata sandi komputer ini (%1) sehingga kunci brankas yang tersimpan di sana tidak dapat digunakan. Anda tetap dapat membuka brankas dengan frasa sandi pemulihannya. Jika masalah ini terus terjadi, mintalah pengelola komputer ini untuk memeriksa penyimpanan kata sandi tersebut.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>The password store of this computer (%1) is locked or refused access to the vault key. Unlock it (for example by signing out of this computer and in again) and try again, or open the vault with its recovery passphrase.</source>
        <translation>Penyimpanan kata sandi komputer ini (%1) sedang terkunci atau menolak akses ke kunci brankas. Buka kuncinya (misalnya dengan keluar dari akun komputer ini lalu masuk kembali) dan coba lagi, atau buka brankas dengan frasa sandi pemulihannya.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The password store of this computer (%1) did not answer within %2 seconds. It may be waiting for you to unlock it in another window. Try again, or open the vault with its recovery passphrase.</source>
        <translation>Penyimpanan kata sandi komputer ini (%1) tidak merespons dalam %2 detik. Mungkin penyimpanan tersebut sedang menunggu Anda membuka kuncinya di jendela lain. Coba lagi, atau buka brankas dengan frasa sandi pemulihannya.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Brankas stopped waiting for the password store of this computer because it is closing.</source>
        <translation>Brankas berhenti menunggu penyimpanan kata sandi komputer ini karena Brankas sedang ditutup.</translation>
    </message>
    <message>
        <location filename="../core/error.cpp" line="+110"/>
        <source>The vault is locked; sign in again to make changes.</source>
        <translation>Brankas terkunci; masuk kembali untuk melakukan perubahan.</translation>
    </message>
    <message>
        <location filename="../core/log/archivelog.cpp" line="+151"/>
        <source>Verification was cancelled.</source>
        <translation>Verifikasi dibatalkan.</translation>
    </message>
    <message>
        <location filename="../core/storage/database.cpp" line="+51"/>
        <source>The SQLite driver of Qt is missing; reinstall Brankas.</source>
        <translation>Driver SQLite untuk Qt tidak ditemukan; pasang ulang Brankas.</translation>
    </message>
    <message>
        <location filename="../core/storage/metastore.cpp" line="+35"/>
        <source>The vault is damaged: its &quot;%1&quot; record is missing. Open a backup copy.</source>
        <translation>Berkas brankas rusak: catatan &quot;%1&quot; tidak ada. Buka salinan cadangan.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>The vault is damaged: its recovery key record is missing. Open a backup copy.</source>
        <translation>Berkas brankas rusak: catatan kunci pemulihan tidak ada. Buka salinan cadangan.</translation>
    </message>
    <message>
        <location filename="../core/storage/officerstore.cpp" line="+56"/>
        <source>There is no officer named &quot;%1&quot;.</source>
        <translation>Tidak ada petugas bernama &quot;%1&quot;.</translation>
    </message>
    <message>
        <location filename="../core/storage/sqlerror.cpp" line="+39"/>
        <location filename="../core/vault/vault.cpp" line="+29"/>
        <source>The vault file is damaged. Open a backup copy, or restore the vault from a backup with the recovery passphrase.</source>
        <translation>Berkas brankas rusak. Buka salinan cadangan, atau pulihkan brankas dari cadangan dengan frasa sandi pemulihan.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The vault is busy in another program. Wait a moment and try again.</source>
        <translation>Berkas brankas sedang digunakan oleh program lain. Tunggu sebentar, lalu coba lagi.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The disk is full. Free some space; nothing was changed.</source>
        <translation>Disk penuh. Kosongkan sebagian ruang disk; tidak ada yang diubah.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The vault file cannot be read or written. Check that the folder exists and that you may write to it.</source>
        <translation>Berkas brankas tidak dapat dibaca atau ditulis. Pastikan foldernya ada dan Anda berhak menulis ke folder tersebut.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The vault could not save or read data; nothing was changed. Details: %1</source>
        <translation>Data tidak dapat disimpan ke atau dibaca dari berkas brankas; tidak ada yang diubah. Rincian: %1</translation>
    </message>
    <message>
        <location filename="../core/storage/vaultfile.cpp" line="+19"/>
        <source>&quot;%1&quot; is not a Brankas vault. Choose the vault file (it ends in .brankas).</source>
        <translation>&quot;%1&quot; bukan berkas brankas. Pilih berkas brankas (namanya berakhiran .brankas).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>There is no vault at %1.</source>
        <translation>Tidak ada brankas di %1.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The vault file %1 cannot be read: %2</source>
        <translation>Berkas brankas %1 tidak dapat dibaca: %2</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The vault file %1 is damaged. Open a backup copy, or restore the vault from a backup with the recovery passphrase.</source>
        <translation>Berkas brankas %1 rusak. Buka salinan cadangan, atau pulihkan brankas dari cadangan dengan frasa sandi pemulihan.</translation>
    </message>
    <message>
        <location line="+7"/>
        <location filename="../core/vault/vault.cpp" line="+72"/>
        <source>This vault was saved by a newer version of Brankas (vault format %1; this version reads up to %2). Install the newer Brankas to open it.</source>
        <translation>Berkas brankas ini disimpan oleh aplikasi Brankas versi yang lebih baru (format brankas %1; versi ini hanya dapat membaca sampai format %2). Pasang aplikasi Brankas versi terbaru untuk membukanya.</translation>
    </message>
    <message>
        <location filename="../core/text/csv.cpp" line="+11"/>
        <source>Line %1 of the CSV file is not valid: %2</source>
        <translation>Baris %1 pada berkas CSV tidak valid: %2</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>a quote appears inside a field that is not quoted.</source>
        <translation>terdapat tanda kutip di dalam kolom yang tidak diapit tanda kutip.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>text follows the closing quote of a field.</source>
        <translation>terdapat teks setelah tanda kutip penutup suatu kolom.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>a quoted field is never closed.</source>
        <translation>kolom yang diawali tanda kutip tidak pernah ditutup.</translation>
    </message>
    <message>
        <location filename="../core/vault/officers.cpp" line="+20"/>
        <source>The officer name or passphrase is not right. Check Caps Lock and try again.</source>
        <translation>Nama petugas atau frasa sandi salah. Periksa tombol Caps Lock, lalu coba lagi.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Give the officer&apos;s name.</source>
        <translation>Isikan nama petugas.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The officer&apos;s name is too long (at most %1 characters).</source>
        <translation>Nama petugas terlalu panjang (paling banyak %1 karakter).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The officer&apos;s name contains a control character.</source>
        <translation>Nama petugas mengandung karakter kontrol.</translation>
    </message>
    <message>
        <location line="+37"/>
        <location filename="../app/cli/officercommands.cpp" line="-57"/>
        <source>Only an administrator can add officers.</source>
        <translation>Hanya administrator yang dapat menambahkan petugas.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>There is already an officer named &quot;%1&quot;.</source>
        <translation>Sudah ada petugas bernama &quot;%1&quot;.</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>The officer &quot;%1&quot; has been disabled. Ask an administrator.</source>
        <translation>Petugas &quot;%1&quot; telah dinonaktifkan. Hubungi administrator.</translation>
    </message>
    <message>
        <location filename="../core/vault/passphrase.cpp" line="+32"/>
        <source>The recovery passphrase is too short: use at least %1 characters, for example four or five words that are easy to write down.</source>
        <translation>Frasa sandi pemulihan terlalu pendek: gunakan paling sedikit %1 karakter, misalnya empat atau lima kata yang mudah ditulis.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The passphrase is too short: use at least %1 characters.</source>
        <translation>Frasa sandi terlalu pendek: gunakan paling sedikit %1 karakter.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The passphrase must not be the officer&apos;s name.</source>
        <translation>Frasa sandi tidak boleh sama dengan nama petugas.</translation>
    </message>
    <message>
        <location filename="../core/vault/vault.cpp" line="+15"/>
        <source>This vault must be upgraded to the current format first: open it once with write access.</source>
        <translation>Berkas brankas ini harus diperbarui ke format terkini terlebih dahulu: buka sekali dengan akses tulis.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Brankas could not keep a copy of the vault before upgrading it (%1). Nothing was changed.</source>
        <translation>Brankas tidak dapat membuat salinan berkas brankas sebelum memperbaruinya (%1). Tidak ada yang diubah.</translation>
    </message>
    <message>
        <location line="+95"/>
        <location filename="../core/vault/vaultkeychain.cpp" line="+50"/>
        <source>The key in this computer&apos;s keychain does not open this vault (it may belong to an older copy). Open the vault with the recovery passphrase.</source>
        <translation>Kunci di penyimpanan kata sandi komputer ini tidak dapat membuka brankas ini (mungkin kunci tersebut milik salinan yang lebih lama). Buka brankas dengan frasa sandi pemulihan.</translation>
    </message>
    <message>
        <location filename="../core/vault/vaultkeychain.cpp" line="+12"/>
        <source>Only an administrator can restore the vault key into this computer&apos;s keychain.</source>
        <translation>Hanya administrator yang dapat memulihkan kunci brankas ke penyimpanan kata sandi komputer ini.</translation>
    </message>
    <message>
        <location filename="../core/register/permissions.cpp" line="+11"/>
        <source>Viewers can look at the register but not change it. Ask an operator or an administrator.</source>
        <translation>Peninjau dapat melihat daftar, tetapi tidak dapat mengubahnya. Mintalah bantuan operator atau administrator.</translation>
    </message>
    <message>
        <location line="+11"/>
        <location filename="../core/vault/vaultfields.cpp" line="+24"/>
        <source>Viewers cannot see passwords or other secrets.</source>
        <translation>Peninjau tidak dapat melihat kata sandi atau data rahasia lainnya.</translation>
    </message>
    <message>
        <location filename="../core/vault/vault.cpp" line="+109"/>
        <source>The vault is open read-only; nothing can be changed.</source>
        <translation>Berkas brankas dibuka hanya untuk dibaca; tidak ada yang dapat diubah.</translation>
    </message>
    <message>
        <location filename="../core/vault/vaultcreation.cpp" line="+102"/>
        <location filename="../app/cli/initcommand.cpp" line="-53"/>
        <source>There is already a file at %1; Brankas will not overwrite it. Choose another name, or open that vault.</source>
        <translation>Sudah ada berkas di %1; Brankas tidak akan menimpanya. Pilih nama lain, atau buka brankas tersebut.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>The recovery passphrase must differ from the administrator&apos;s passphrase: it is kept on paper in the office safe.</source>
        <translation>Frasa sandi pemulihan harus berbeda dari frasa sandi administrator: frasa sandi pemulihan disimpan dalam bentuk tertulis di lemari besi kantor.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Brankas cannot create the folder %1.</source>
        <translation>Brankas tidak dapat membuat folder %1.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Brankas could not save the new vault as %1.</source>
        <translation>Brankas tidak dapat menyimpan brankas baru sebagai %1.</translation>
    </message>
    <message>
        <location filename="../core/vault/vaultkey.cpp" line="+16"/>
        <source>The vault is damaged: its key protection settings are not valid. Open a backup copy.</source>
        <translation>Berkas brankas rusak: pengaturan perlindungan kuncinya tidak valid. Buka salinan cadangan.</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>The recovery passphrase is not right. Check it against the recovery sheet (capital letters count); nothing was changed.</source>
        <translation>Frasa sandi pemulihan salah. Cocokkan dengan lembar pemulihan (huruf besar dan huruf kecil dibedakan); tidak ada yang diubah.</translation>
    </message>
    <message>
        <location filename="../core/vault/vaultlock.cpp" line="+32"/>
        <source>The vault is in use by %1 (process %2 on computer %3). Close it there first, then try again.</source>
        <translation>Berkas brankas ini sedang dibuka oleh %1 (proses %2 di komputer %3). Tutup berkas tersebut di sana terlebih dahulu, lalu coba lagi.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Brankas cannot create its lock file beside the vault (%1). Check that you may write to that folder.</source>
        <translation>Brankas tidak dapat membuat berkas penguncian di samping berkas brankas (%1). Pastikan Anda berhak menulis ke folder tersebut.</translation>
    </message>
    <message>
        <location filename="../app/cli/context.cpp" line="-24"/>
        <location filename="../app/cli/recovercommand.cpp" line="-38"/>
        <source>Say which officer you are with --officer NAME (or BRANKAS_OFFICER).</source>
        <translation>Sebutkan nama petugas Anda dengan --officer NAME (atau BRANKAS_OFFICER).</translation>
    </message>
    <message>
        <location filename="../app/cli/parsing.cpp" line="-34"/>
        <source>&quot;%1&quot; is not a date; write it as YYYY-MM-DD, e.g. 2024-02-14.</source>
        <translation>&quot;%1&quot; bukan tanggal; tuliskan dengan format YYYY-MM-DD, misalnya 2024-02-14.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&quot;%1&quot; is not a %2 number; use the number shown by the list.</source>
        <translation>&quot;%1&quot; bukan nomor %2 yang valid; gunakan nomor yang tercantum pada daftar.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Give exactly one %1.</source>
        <translation>Isikan tepat satu %1.</translation>
    </message>
    <message>
        <location filename="../app/cli/logcommands.cpp" line="-73"/>
        <source>--limit takes a whole number, e.g. 50.</source>
        <translation>--limit harus berupa bilangan bulat, misalnya 50.</translation>
    </message>
    <message>
        <location filename="../app/cli/officercommands.cpp" line="-13"/>
        <source>&quot;%1&quot; is not a role. Use administrator, operator or viewer.</source>
        <translation>&quot;%1&quot; bukan peran yang dikenal. Gunakan administrator, operator, atau viewer (peninjau).</translation>
    </message>
    <message>
        <location filename="../app/cli/terminal.cpp" line="-10"/>
        <source>Standard input ended before the %1 (expected on line %2). See --help for the order of the lines.</source>
        <translation>Masukan standar berakhir sebelum %1 (seharusnya pada baris %2). Lihat --help untuk urutan baris.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A passphrase line is too long (more than %1 bytes).</source>
        <translation>Baris frasa sandi terlalu panjang (lebih dari %1 byte).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The two entries of the %1 differ; nothing was changed.</source>
        <translation>Kedua isian %1 tidak sama; tidak ada yang diubah.</translation>
    </message>
    <message>
        <location filename="../core/domain/accountstatus.cpp" line="+13"/>
        <source>The account&apos;s status is already &quot;%1&quot;.</source>
        <translation>Status akun ini sudah &quot;%1&quot;.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The account is closed; a closed account stays in the register as a record and cannot change any more.</source>
        <translation>Akun ini sudah ditutup; akun yang ditutup tetap tercatat dalam daftar sebagai arsip dan tidak dapat diubah lagi.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>An account cannot go back to requested once it has been handled.</source>
        <translation>Akun yang sudah diproses tidak dapat dikembalikan ke status Diajukan.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Only a permanent account is held by the office at term end; a term-bound account is deactivated instead.</source>
        <translation>Hanya akun tetap yang dipegang kantor pada akhir masa tugas; akun yang terikat masa tugas dinonaktifkan.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>An account that is %1 cannot be closed directly: deactivate it first, so that its passwords are changed and it is out of the committee&apos;s hands.</source>
        <translation>Akun berstatus %1 tidak dapat langsung ditutup: nonaktifkan terlebih dahulu, agar kata sandinya diganti dan akun tidak lagi dikuasai Panwaslu Kecamatan.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Only an active account can be suspended; this one is %1.</source>
        <translation>Hanya akun aktif yang dapat ditangguhkan; status akun ini %1.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>An account cannot go from %1 to %2.</source>
        <translation>Status akun tidak dapat diubah dari %1 menjadi %2.</translation>
    </message>
    <message>
        <location filename="../core/domain/platform.cpp" line="+29"/>
        <source>An Instagram username has 1 to 30 letters, digits, dots and underscores, and does not start or end with a dot.</source>
        <translation>Nama pengguna Instagram terdiri atas 1 sampai 30 huruf, angka, titik, dan garis bawah, serta tidak diawali atau diakhiri titik.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A Facebook username has 5 to 50 letters, digits and dots (numeric profile ids are allowed).</source>
        <translation>Nama pengguna Facebook terdiri atas 5 sampai 50 huruf, angka, dan titik (ID profil berupa angka juga diterima).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>An X (Twitter) username has 4 to 15 letters, digits and underscores.</source>
        <translation>Nama pengguna X (Twitter) terdiri atas 4 sampai 15 huruf, angka, dan garis bawah.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A TikTok username has 2 to 24 letters, digits, dots and underscores, and does not end with a dot.</source>
        <translation>Nama pengguna TikTok terdiri atas 2 sampai 24 huruf, angka, titik, dan garis bawah, serta tidak diakhiri titik.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A YouTube handle has 3 to 30 letters, digits, dots, hyphens and underscores.</source>
        <translation>Nama sebutan (handle) YouTube terdiri atas 3 sampai 30 huruf, angka, titik, tanda hubung, dan garis bawah.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A Threads username is the Instagram username: 1 to 30 letters, digits, dots and underscores, not starting or ending with a dot.</source>
        <translation>Nama pengguna Threads sama dengan nama pengguna Instagram: 1 sampai 30 huruf, angka, titik, dan garis bawah, tidak diawali atau diakhiri titik.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A username has 1 to 100 characters and no spaces.</source>
        <translation>Nama pengguna terdiri atas 1 sampai 100 karakter tanpa spasi.</translation>
    </message>
    <message>
        <location line="+134"/>
        <source>&quot;%1&quot; is a link to a post, a video or a channel page, not to a profile. Copy the address of the account&apos;s profile, or type its username.</source>
        <translation>&quot;%1&quot; adalah tautan ke sebuah unggahan, video, atau halaman kanal, bukan ke profil. Salin alamat profil akun tersebut, atau ketik nama penggunanya.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>&quot;%1&quot; is not a valid %2 username. %3</source>
        <translation>&quot;%1&quot; bukan nama pengguna %2 yang valid. %3</translation>
    </message>
    <message>
        <location filename="../core/storage/kecamatanstore.cpp" line="+59"/>
        <source>There is no kecamatan with code &quot;%1&quot; in this vault. See: brankas-cli kecamatan list</source>
        <translation>Tidak ada kecamatan dengan kode &quot;%1&quot; di brankas ini. Lihat: brankas-cli kecamatan list</translation>
    </message>
    <message>
        <location filename="../core/storage/officestore.cpp" line="+28"/>
        <source>The office details are not set.</source>
        <translation>Data kantor belum diisi.</translation>
    </message>
    <message>
        <location filename="../core/storage/termstore.cpp" line="+62"/>
        <source>There is no term with number %1. See: brankas-cli term list</source>
        <translation>Tidak ada masa tugas dengan nomor %1. Lihat: brankas-cli term list</translation>
    </message>
    <message>
        <location filename="../core/domain/base32.cpp" line="+78"/>
        <source>Setup keys never contain the digit %1, but there is one at position %2. It is probably the letter %3.</source>
        <translation>Kunci penyiapan tidak pernah berisi angka %1, tetapi angka itu ada di posisi %2. Kemungkinan yang dimaksud adalah huruf %3.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The setup key contains an invisible character at position %1. Please type the key again instead of pasting it.</source>
        <translation>Kunci penyiapan berisi karakter tak terlihat di posisi %1. Silakan ketik ulang kunci tersebut, jangan ditempel.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The setup key contains &quot;%1&quot; at position %2. Setup keys use only the letters A to Z and the digits 2 to 7.</source>
        <translation>Kunci penyiapan berisi &quot;%1&quot; di posisi %2. Kunci penyiapan hanya memakai huruf A sampai Z dan angka 2 sampai 7.</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>The setup key has an &quot;=&quot; sign in the middle. The &quot;=&quot; sign may only appear at the end.</source>
        <translation>Kunci penyiapan berisi tanda &quot;=&quot; di tengah. Tanda &quot;=&quot; hanya boleh ada di akhir.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The setup key is incomplete or has a character too many. Check that it was copied completely.</source>
        <translation>Kunci penyiapan tidak lengkap atau kelebihan satu karakter. Periksa apakah kunci tersebut tersalin seluruhnya.</translation>
    </message>
    <message>
        <location filename="../core/domain/passwordgenerator.cpp" line="+56"/>
        <source>A generated password must be %1 to %2 characters long; %3 was asked for.</source>
        <translation>Kata sandi yang dibuat harus sepanjang %1 sampai %2 karakter; yang diminta %3.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Choose at least one kind of character for the password: small letters, capital letters, digits or symbols.</source>
        <translation>Pilih paling sedikit satu jenis karakter untuk kata sandi: huruf kecil, huruf besar, angka, atau simbol.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>A password made of words must have %1 to %2 words; %3 was asked for.</source>
        <translation>Kata sandi yang tersusun dari kata harus terdiri atas %1 sampai %2 kata; yang diminta %3.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The words of the password must be separated by a symbol such as - . _ or +, not by a letter, a digit or a space.</source>
        <translation>Kata-kata dalam kata sandi harus dipisahkan dengan simbol seperti - . _ atau +, bukan dengan huruf, angka, atau spasi.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Brankas could not generate a password. Please try again; if it keeps happening, tell your technical support.</source>
        <translation>Brankas tidak dapat membuat kata sandi. Silakan coba lagi; jika masalah ini terus terjadi, hubungi petugas dukungan teknis Anda.</translation>
    </message>
    <message>
        <location filename="../core/domain/totp.cpp" line="+30"/>
        <source>The setup key is empty. Copy the key the platform shows when you turn on two-factor authentication.</source>
        <translation>Kunci penyiapan kosong. Salin kunci yang ditampilkan platform saat Anda mengaktifkan autentikasi dua faktor.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The two-factor settings ask for codes of %1 digits, but Brankas supports only %2 to %3 digits.</source>
        <translation>Pengaturan autentikasi dua faktor meminta kode %1 digit, tetapi Brankas hanya mendukung %2 sampai %3 digit.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The two-factor settings ask for a new code every %1 seconds, but Brankas supports only %2 to %3 seconds.</source>
        <translation>Pengaturan autentikasi dua faktor meminta kode baru setiap %1 detik, tetapi Brankas hanya mendukung %2 sampai %3 detik.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The text starts like a two-factor setup link (otpauth://) but is incomplete. Copy the whole link, or copy the setup key instead.</source>
        <translation>Teks ini diawali seperti tautan penyiapan autentikasi dua faktor (otpauth://), tetapi tidak lengkap. Salin seluruh tautan, atau salin kunci penyiapannya saja.</translation>
    </message>
    <message>
        <location line="+112"/>
        <source>This setup link is for counter-based codes (HOTP). Brankas supports only time-based codes (TOTP), which the social media platforms use.</source>
        <translation>Tautan penyiapan ini untuk kode berbasis penghitung (HOTP). Brankas hanya mendukung kode berbasis waktu (TOTP), yang digunakan oleh platform media sosial.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This setup link is of an unknown kind (&quot;%1&quot;). Brankas supports only time-based codes (otpauth://totp/...).</source>
        <translation>Jenis tautan penyiapan ini tidak dikenal (&quot;%1&quot;). Brankas hanya mendukung kode berbasis waktu (otpauth://totp/...).</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>The setup link gives &quot;%1&quot; more than once, so it is not clear which one is meant. Copy the link again from the platform.</source>
        <translation>Tautan penyiapan memuat &quot;%1&quot; lebih dari satu kali sehingga tidak jelas mana yang dimaksud. Salin kembali tautan tersebut dari platform.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The setup link has no setup key (its &quot;secret&quot; part is missing or empty). Copy the link again from the platform.</source>
        <translation>Tautan penyiapan tidak memuat kunci penyiapan (bagian &quot;secret&quot; tidak ada atau kosong). Salin kembali tautan tersebut dari platform.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>The setup link asks for the method &quot;%1&quot;, which Brankas does not support (only SHA1, SHA256 and SHA512).</source>
        <translation>Tautan penyiapan meminta metode &quot;%1&quot;, yang tidak didukung Brankas (hanya SHA1, SHA256, dan SHA512).</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>This is a web address, not a two-factor setup key. Copy the setup key (letters and digits) or the otpauth:// link that the platform shows when you turn on two-factor authentication.</source>
        <translation>Ini adalah alamat web, bukan kunci penyiapan autentikasi dua faktor. Salin kunci penyiapan (huruf dan angka) atau tautan otpauth:// yang ditampilkan platform saat Anda mengaktifkan autentikasi dua faktor.</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>Brankas cannot work out the two-factor code because the computer&apos;s clock does not show a valid date and time. Correct the clock and try again.</source>
        <translation>Brankas tidak dapat menghitung kode autentikasi dua faktor karena jam komputer tidak menunjukkan tanggal dan waktu yang valid. Perbaiki jam komputer, lalu coba lagi.</translation>
    </message>
    <message>
        <location filename="../core/register/accounts.cpp" line="+33"/>
        <location filename="../core/register/kecamatanregister.cpp" line="+109"/>
        <location filename="../core/register/secrets.cpp" line="+90"/>
        <source>Give the reason for the change; it goes into the archive log and the account&apos;s history.</source>
        <translation>Isikan alasan perubahan; alasan ini dicatat dalam log arsip dan riwayat akun.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&quot;%1&quot; is not an e-mail address (it looks like name@domain.id).</source>
        <translation>&quot;%1&quot; bukan alamat e-mail (bentuknya seperti nama@domain.id).</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&quot;%1&quot; is not a phone number; write it with digits, e.g. 0812-3456-7890 or +62 812 3456 7890.</source>
        <translation>&quot;%1&quot; bukan nomor telepon; tuliskan dengan angka, misalnya 0812-3456-7890 atau +62 812 3456 7890.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Kecamatan %1 has been retired; new accounts cannot be recorded for it.</source>
        <translation>Kecamatan %1 sudah tidak aktif; akun baru tidak dapat dicatat untuk kecamatan ini.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Name the platform of an &quot;other&quot; account, e.g. &quot;WhatsApp Channel&quot;.</source>
        <translation>Sebutkan nama platform untuk akun &quot;Lainnya&quot; (other), misalnya &quot;WhatsApp Channel&quot;.</translation>
    </message>
    <message>
        <location line="+14"/>
        <location filename="../app/cli/accountcommands.cpp" line="-170"/>
        <source>A new account is recorded as active or as requested.</source>
        <translation>Akun baru dicatat dengan status Aktif atau Diajukan.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The %1 account @%2 is already in the register (number %3).</source>
        <translation>Akun %1 @%2 sudah ada dalam daftar (nomor %3).</translation>
    </message>
    <message>
        <location filename="../core/register/secrets.cpp" line="-61"/>
        <source>The new value is empty.</source>
        <translation>Nilai baru kosong.</translation>
    </message>
    <message>
        <location line="+105"/>
        <source>Account %1 has no %2 recorded.</source>
        <translation>Akun nomor %1 belum memiliki data &quot;%2&quot;.</translation>
    </message>
    <message>
        <location filename="../core/register/terms.cpp" line="+20"/>
        <source>Give the term a name, e.g. &quot;Pemilu 2024&quot;.</source>
        <translation>Beri nama masa tugas, misalnya &quot;Pemilu 2024&quot;.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A term needs the date its committees were formed and the date the term ends.</source>
        <translation>Masa tugas memerlukan tanggal pembentukan Panwaslu Kecamatan dan tanggal berakhirnya masa tugas.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The term cannot end (%1) before it begins (%2).</source>
        <translation>Masa tugas tidak dapat berakhir (%1) sebelum dimulai (%2).</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>An extension needs its legal basis, e.g. the number of the decree that extends the term.</source>
        <translation>Perpanjangan memerlukan dasar hukum, misalnya nomor surat keputusan yang memperpanjang masa tugas.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The new end date must be after the term&apos;s current end (%1).</source>
        <translation>Tanggal berakhir yang baru harus sesudah tanggal berakhir masa tugas saat ini (%1).</translation>
    </message>
    <message>
        <location filename="../core/storage/accountstore.cpp" line="+164"/>
        <source>There is no account with number %1. See: brankas-cli account list</source>
        <translation>Tidak ada akun dengan nomor %1. Lihat: brankas-cli account list</translation>
    </message>
    <message>
        <location filename="../core/register/kecamatanregister.cpp" line="-77"/>
        <source>A kecamatan code of this office looks like %1.NN (the Kemendagri code, e.g. %1.12).</source>
        <translation>Kode kecamatan di kantor ini berbentuk %1.NN (kode Kemendagri, misalnya %1.12).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Give the kecamatan&apos;s name.</source>
        <translation>Isikan nama kecamatan.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Kecamatan %1 already has the code %2.</source>
        <translation>Kecamatan %1 sudah memiliki kode %2.</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>Kecamatan %1 is already retired.</source>
        <translation>Kecamatan %1 sudah tidak aktif.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Kecamatan %1 still has active or suspended accounts (%2): deactivate or hand them over before retiring it.</source>
        <translation>Kecamatan %1 masih memiliki akun yang aktif atau ditangguhkan (%2 akun): nonaktifkan akun tersebut atau lakukan serah terima sebelum menonaktifkan kecamatan ini.</translation>
    </message>
    <message>
        <location filename="../core/register/officesettings.cpp" line="+18"/>
        <source>Only an administrator can change the office details.</source>
        <translation>Hanya administrator yang dapat mengubah data kantor.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The office needs a name.</source>
        <translation>Nama kantor harus diisi.</translation>
    </message>
    <message>
        <location filename="../app/cli/accountcommands.cpp" line="-28"/>
        <location line="+99"/>
        <source>&quot;%1&quot; is not a platform. Use instagram, facebook, x, tiktok, youtube, threads or other.</source>
        <translation>&quot;%1&quot; bukan platform yang dikenal. Gunakan instagram, facebook, x, tiktok, youtube, threads, atau other (lainnya).</translation>
    </message>
    <message>
        <location line="-81"/>
        <location filename="../app/cli/accountdetailcommands.cpp" line="-97"/>
        <source>&quot;%1&quot; is not a two-factor method. Use none, sms, app, email or key.</source>
        <translation>&quot;%1&quot; bukan metode autentikasi dua faktor yang dikenal. Gunakan none, sms, app, email, atau key.</translation>
    </message>
    <message>
        <location line="+90"/>
        <location filename="../app/cli/accountdetailcommands.cpp" line="-62"/>
        <source>&quot;%1&quot; is not a status. Use requested, active, suspended, deactivated, held or closed.</source>
        <translation>&quot;%1&quot; bukan status yang dikenal. Gunakan requested, active, suspended, deactivated, held, atau closed (juga diterima: diajukan, aktif, ditangguhkan, nonaktif, dipegang-kantor, ditutup).</translation>
    </message>
    <message>
        <location filename="../app/cli/secretcommands.cpp" line="-220"/>
        <source>&quot;%1&quot; is not a kind of secret. Use password, totp, recovery, email or notes.</source>
        <translation>&quot;%1&quot; bukan jenis data rahasia yang dikenal. Gunakan password, totp, recovery, email, atau notes.</translation>
    </message>
    <message>
        <location line="+74"/>
        <source>Only passwords can be generated.</source>
        <translation>Hanya kata sandi yang dapat dibuat secara otomatis.</translation>
    </message>
    <message>
        <location filename="../core/register/accountupdate.cpp" line="+74"/>
        <source>An active period set by hand needs a start date and an end date on or after it.</source>
        <translation>Masa aktif yang diisi manual memerlukan tanggal mulai dan tanggal berakhir, dan tanggal berakhir tidak boleh sebelum tanggal mulai.</translation>
    </message>
</context>
<context>
    <name>Brankas::Gui</name>
    <message>
        <location filename="../app/gui/main.cpp" line="+55"/>
        <source>Register and encrypted password archive of the Panwaslu Kecamatan social-media accounts.</source>
        <translation>Daftar dan arsip kata sandi terenkripsi akun media sosial Panwaslu Kecamatan.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The vault file (default: %1).</source>
        <translation>Berkas brankas (bawaan: %1).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Language: id (default) or en.</source>
        <translation>Bahasa: id (bawaan) atau en.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Save a picture of the window as a PNG file and quit.</source>
        <translation>Simpan gambar jendela sebagai berkas PNG, lalu keluar.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Size of that picture (default: 1366x768).</source>
        <translation>Ukuran gambar tersebut (bawaan: 1366x768).</translation>
    </message>
</context>
<context>
    <name>Brankas::HealthCheck</name>
    <message>
        <location filename="../core/register/healthcheck.cpp" line="+24"/>
        <source>Active past its term</source>
        <translation>Masih aktif setelah masa tugas berakhir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The committee&apos;s term has ended but the account is still in use. This is the misuse the office must prevent: deactivate it, or for a permanent account take it back to the office, and change its password.</source>
        <translation>Masa tugas Panwaslu Kecamatan telah berakhir, tetapi akun masih digunakan. Penyalahgunaan seperti inilah yang wajib dicegah kantor: nonaktifkan akun tersebut (untuk akun tetap: ambil alih oleh kantor), lalu ganti kata sandinya.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Term ending soon</source>
        <translation>Masa tugas segera berakhir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The account&apos;s active period ends within 30 days. Plan its deactivation or handover now.</source>
        <translation>Masa aktif akun berakhir dalam 30 hari. Rencanakan penonaktifan atau serah terimanya mulai sekarang.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No two-factor sign-in</source>
        <translation>Tanpa autentikasi dua faktor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Anyone who learns the password can take over the account. Turn on two-factor sign-in with an authenticator app and keep its seed in Brankas.</source>
        <translation>Siapa pun yang mengetahui kata sandinya dapat mengambil alih akun. Aktifkan autentikasi dua faktor dengan aplikasi autentikator dan simpan kunci 2FA-nya di Brankas.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Recovery contact not the office&apos;s</source>
        <translation>Kontak pemulihan bukan milik kantor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Whoever controls the registered e-mail or phone can reset the password. Register an e-mail address or phone number of the office, so the account stays in institutional hands.</source>
        <translation>Siapa pun yang menguasai e-mail atau nomor telepon yang terdaftar dapat mengatur ulang kata sandi. Daftarkan alamat e-mail atau nomor telepon kantor agar akun tetap berada dalam penguasaan lembaga.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No password recorded</source>
        <translation>Kata sandi belum dicatat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The office must archive the password of every account it facilitates. Record it in Brankas.</source>
        <translation>Kantor wajib mengarsipkan kata sandi setiap akun yang difasilitasinya. Catat kata sandi tersebut di Brankas.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Password not changed since the handover</source>
        <translation>Kata sandi belum diganti sejak serah terima</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The people who held the account before the handover still know its password. Change it.</source>
        <translation>Pemegang akun sebelum serah terima masih mengetahui kata sandinya. Ganti kata sandi tersebut.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Password older than a year</source>
        <translation>Kata sandi berumur lebih dari satu tahun</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Passwords leak over time through shared devices and old notes. Change it at least once a year.</source>
        <translation>Lambat laun kata sandi dapat bocor melalui perangkat yang dipakai bersama dan catatan lama. Ganti kata sandi paling sedikit setahun sekali.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Password used by several accounts</source>
        <translation>Kata sandi dipakai di beberapa akun</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One leaked password would open all of these accounts. Give each account its own password.</source>
        <translation>Satu kata sandi yang bocor akan membuka semua akun ini. Gunakan kata sandi yang berbeda untuk setiap akun.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Permanent account without a holder</source>
        <translation>Akun tetap tanpa pemegang</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A permanent account passes from one committee to the next; the register must say who holds it now.</source>
        <translation>Akun tetap diteruskan dari satu Panwaslu Kecamatan ke Panwaslu Kecamatan berikutnya; daftar harus mencatat siapa pemegangnya saat ini.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Yearly review overdue</source>
        <translation>Pemeriksaan tahunan terlambat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Registers of official accounts are reviewed every year: check the account&apos;s details, status and contacts, then confirm the review.</source>
        <translation>Daftar akun resmi wajib diperiksa setiap tahun. Periksa data, status, dan kontak akun, lalu catat bahwa pemeriksaan telah dilakukan.</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Critical</source>
        <translation>Kritis</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Warning</source>
        <translation>Peringatan</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>For attention</source>
        <translation>Perlu perhatian</translation>
    </message>
    <message numerus="yes">
        <location line="+65"/>
        <source>Still %1, %n day(s) after its active period ended on %2.</source>
        <translation>
            <numerusform>Masih berstatus %1, %n hari setelah masa aktifnya berakhir pada %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>The active period ends on %1, in %n day(s).</source>
        <translation>
            <numerusform>Masa aktif berakhir pada %1, %n hari lagi.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Two-factor sign-in is off.</source>
        <translation>Autentikasi dua faktor tidak aktif.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Registered with %1, which is not an office address (%2).</source>
        <translation>Terdaftar dengan %1, bukan alamat e-mail kantor (%2).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Registered with the phone number %1, which is not one of the office&apos;s.</source>
        <translation>Terdaftar dengan nomor telepon %1, bukan nomor telepon kantor.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No password is recorded for this account.</source>
        <translation>Belum ada kata sandi yang dicatat untuk akun ini.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The password was set on %1, before the handover on %2.</source>
        <translation>Kata sandi ditetapkan pada %1, sebelum serah terima pada %2.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The password was last changed on %1.</source>
        <translation>Kata sandi terakhir diganti pada %1.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Same password as: %1.</source>
        <translation>Kata sandinya sama dengan: %1.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Nobody is recorded as holding it.</source>
        <translation>Belum tercatat siapa pemegangnya.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Last reviewed on %1.</source>
        <translation>Terakhir diperiksa pada %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Never reviewed since it was recorded on %1.</source>
        <translation>Belum pernah diperiksa sejak dicatat pada %1.</translation>
    </message>
</context>
<context>
    <name>Brankas::KeychainState</name>
    <message>
        <location filename="../core/vault/keychainstate.cpp" line="+29"/>
        <source>Ready: the vault key is stored in %1.</source>
        <translation>Siap: kunci brankas tersimpan di %1.</translation>
    </message>
</context>
<context>
    <name>Brankas::LogVerification</name>
    <message numerus="yes">
        <location filename="../core/log/logverification.cpp" line="+19"/>
        <source>The archive log is intact: %n entries, fingerprint %1.</source>
        <translation>
            <numerusform>Log arsip utuh: %n entri, sidik jari %1.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The archive log was tampered with: entry %1 was edited.</source>
        <translation>Log arsip telah diubah tanpa izin: isi entri %1 diubah.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The archive log was tampered with: entry %1 was deleted.</source>
        <translation>Log arsip telah diubah tanpa izin: entri %1 dihapus.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The archive log was tampered with at entry %1: entries were inserted, deleted or moved there.</source>
        <translation>Log arsip telah diubah tanpa izin pada entri %1: ada entri yang disisipkan, dihapus, atau dipindahkan di sana.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The archive log was tampered with: entries after entry %1 were removed, or the record of its last entry was altered.</source>
        <translation>Log arsip telah diubah tanpa izin: entri sesudah entri %1 dihapus, atau catatan entri terakhirnya diubah.</translation>
    </message>
</context>
<context>
    <name>Brankas::MissingVaultPage</name>
    <message>
        <location filename="../ui/vaultpages.cpp" line="+81"/>
        <location line="+23"/>
        <source>CODE</source>
        <extracomment>Placeholders in a command line the officer types: capitals, no spaces.</extracomment>
        <translation>KODE</translation>
    </message>
    <message>
        <location line="-23"/>
        <location line="+23"/>
        <source>NAME</source>
        <translation>NAMA</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>There is no vault here yet</source>
        <translation>Belum ada brankas di sini</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Setting up the office&apos;s vault from this window comes in the next version of Brankas. For now, an administrator creates it with this command, in a terminal on this computer:</source>
        <translation>Pembuatan brankas kantor dari jendela ini akan tersedia pada versi Brankas berikutnya. Untuk sementara, administrator membuatnya dengan perintah berikut di terminal komputer ini:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Copy command</source>
        <translation>Salin perintah</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Replace %1 with the Kemendagri code of your regency or city (for example 72.05 for Kabupaten Buol) and %2 with the name of the first administrator, in quotes if it has a space. The command asks for that administrator&apos;s passphrase, then for the recovery passphrase: write the recovery passphrase on paper and keep it in the office safe.</source>
        <translation>Ganti %1 dengan kode Kemendagri kabupaten atau kota Anda (misalnya 72.05 untuk Kabupaten Buol) dan %2 dengan nama administrator pertama, diapit tanda kutip jika nama itu mengandung spasi. Perintah tersebut akan meminta frasa sandi administrator itu, lalu frasa sandi pemulihan: tuliskan frasa sandi pemulihan di atas kertas dan simpan di lemari besi kantor.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>When the command has finished, click &quot;%1&quot;.</source>
        <translation>Setelah perintah selesai, klik &quot;%1&quot;.</translation>
    </message>
</context>
<context>
    <name>Brankas::Platform</name>
    <message>
        <location filename="../core/domain/platform.cpp" line="-29"/>
        <source>Other</source>
        <translation>Lainnya</translation>
    </message>
</context>
<context>
    <name>Brankas::Role</name>
    <message>
        <location filename="../core/domain/role.cpp" line="+45"/>
        <source>Administrator</source>
        <translation>Administrator</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Operator</source>
        <translation>Operator</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Viewer</source>
        <translation>Peninjau</translation>
    </message>
</context>
<context>
    <name>Brankas::SecretKind</name>
    <message>
        <location filename="../core/domain/secretkind.cpp" line="+37"/>
        <source>Password</source>
        <translation>Kata sandi</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>2FA seed (TOTP)</source>
        <translation>Kunci 2FA (TOTP)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Recovery codes</source>
        <translation>Kode pemulihan</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>E-mail password</source>
        <translation>Kata sandi e-mail</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Secret notes</source>
        <translation>Catatan rahasia</translation>
    </message>
</context>
<context>
    <name>Brankas::StartWindow</name>
    <message>
        <location filename="../ui/startwindow.cpp" line="+79"/>
        <source>The command is on the clipboard.</source>
        <translation>Perintah telah disalin ke papan klip.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Check again</source>
        <translation>Periksa lagi</translation>
    </message>
    <message>
        <location line="+102"/>
        <source>%1 - %2</source>
        <translation>%1 - %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Register and encrypted password archive of the Panwaslu Kecamatan social-media accounts</source>
        <translation>Daftar dan arsip kata sandi terenkripsi akun media sosial Panwaslu Kecamatan</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Show Brankas in Indonesian</source>
        <translation>Tampilkan Brankas dalam bahasa Indonesia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show Brankas in English</source>
        <translation>Tampilkan Brankas dalam bahasa Inggris</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+71"/>
        <source>About Brankas</source>
        <translation>Tentang Brankas</translation>
    </message>
    <message>
        <location line="-70"/>
        <source>About</source>
        <translation>Tentang</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>About Brankas (F1)</source>
        <translation>Tentang Brankas (F1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vault file</source>
        <translation>Berkas brankas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open another file...</source>
        <translation>Buka berkas lain...</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Brankas %1  |  Area data: %2</source>
        <translation>Brankas %1  |  Data wilayah: %2</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>This language could not be loaded; Brankas stays in the current one.</source>
        <translation>Bahasa ini tidak dapat dimuat; Brankas tetap menggunakan bahasa yang sedang dipakai.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Open a vault file</source>
        <translation>Buka berkas brankas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Brankas vaults (*.brankas);;All files (*)</source>
        <translation>Berkas brankas (*.brankas);;Semua berkas (*)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Register and encrypted password archive of the Panwaslu Kecamatan social-media accounts, for Bawaslu Kabupaten/Kota offices.</source>
        <translation>Daftar dan arsip kata sandi terenkripsi akun media sosial Panwaslu Kecamatan, untuk kantor Bawaslu Kabupaten/Kota.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The lists of provinces, regencies and kecamatan come from %1.</source>
        <translation>Daftar provinsi, kabupaten/kota, dan kecamatan bersumber dari %1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Licence text: %1</source>
        <translation>Teks lisensi: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Built with Qt %1.</source>
        <translation>Dibuat dengan Qt %1.</translation>
    </message>
</context>
<context>
    <name>Brankas::VaultErrorPage</name>
    <message>
        <location filename="../ui/vaultpages.cpp" line="+147"/>
        <source>Brankas cannot open this file as a vault</source>
        <translation>Brankas tidak dapat membuka berkas ini sebagai brankas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Brankas left the file as it was. Choose another file, or click &quot;%1&quot; once the file has been put right.</source>
        <translation>Brankas tidak mengubah berkas tersebut. Pilih berkas lain, atau klik &quot;%1&quot; setelah berkas diperbaiki.</translation>
    </message>
</context>
<context>
    <name>Brankas::VaultSummaryPage</name>
    <message>
        <location line="-77"/>
        <source>Brankas opened this vault read-only: no passphrase was needed and nothing was changed.</source>
        <translation>Berkas brankas ini dibuka hanya untuk dibaca: frasa sandi tidak diperlukan dan tidak ada yang diubah.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Regency code</source>
        <translation>Kode kabupaten/kota</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Province</source>
        <translation>Provinsi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vault id</source>
        <translation>ID brankas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Created</source>
        <translation>Dibuat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Officers</source>
        <translation>Jumlah petugas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Archive log entries</source>
        <translation>Jumlah entri log arsip</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keychain on this computer</source>
        <translation>Penyimpanan kata sandi komputer ini</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Signing in and working with the register from this window come in the next version of Brankas. Until then, officers keep the kecamatan, terms, accounts and their passwords with brankas-cli (see brankas-cli --help).</source>
        <translation>Fitur masuk dan pengelolaan daftar dari jendela ini akan tersedia pada versi Brankas berikutnya. Sampai saat itu, petugas mengelola data kecamatan, masa tugas, akun, beserta kata sandinya dengan brankas-cli (lihat brankas-cli --help).</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Not ready: %1</source>
        <translation>Belum siap: %1</translation>
    </message>
</context>
<context>
    <name>QCommandLineParser</name>
    <message>
        <location filename="../core/i18n/qtstrings.cpp" line="+8"/>
        <source>Usage: %1</source>
        <translation>Penggunaan: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Options:</source>
        <translation>Opsi:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Arguments:</source>
        <translation>Argumen:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Displays help on commandline options.</source>
        <translation>Tampilkan bantuan tentang opsi baris perintah.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Displays version information.</source>
        <translation>Tampilkan informasi versi.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unknown option &apos;%1&apos;.</source>
        <translation>Opsi &apos;%1&apos; tidak dikenal.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unknown options: %1.</source>
        <translation>Opsi tidak dikenal: %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Missing value after &apos;%1&apos;.</source>
        <translation>Tidak ada nilai setelah &apos;%1&apos;.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unexpected value after &apos;%1&apos;.</source>
        <translation>Ada nilai yang tidak diharapkan setelah &apos;%1&apos;.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>[options]</source>
        <translation>[opsi]</translation>
    </message>
</context>
</TS>
