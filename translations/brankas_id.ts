<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="id_ID" sourcelanguage="en">
<context>
    <name>Brankas::About</name>
    <message>
        <location filename="../ui/shell/about.cpp" line="+29"/>
        <source>version unknown</source>
        <translation>versi tidak diketahui</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Register and encrypted password archive of the Panwaslu Kecamatan social-media accounts, for Bawaslu Kabupaten/Kota offices.</source>
        <translation>Daftar dan arsip kata sandi terenkripsi akun media sosial Panwaslu Kecamatan, untuk kantor Bawaslu Kabupaten/Kota.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Brankas is free software under the GNU General Public License, version 3 or later (GPL-3.0-or-later). It comes with no warranty.</source>
        <translation>Brankas adalah perangkat lunak bebas di bawah GNU General Public License, versi 3 atau yang lebih baru (GPL-3.0-or-later). Brankas diberikan tanpa jaminan apa pun.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The lists of provinces, regencies and kecamatan come from %1.</source>
        <translation>Daftar provinsi, kabupaten/kota, dan kecamatan bersumber dari %1.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Reports are set in %1.</source>
        <translation>Laporan dicetak dengan huruf %1.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Built with:</source>
        <translation>Dibangun dengan:</translation>
    </message>
    <message>
        <location line="-9"/>
        <location line="+4"/>
        <location line="+4"/>
        <source>Licence text: %1</source>
        <translation>Teks lisensi: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>About Brankas</source>
        <translation>Tentang Brankas</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Close</source>
        <translation>Tutup</translation>
    </message>
</context>
<context>
    <name>Brankas::Account</name>
    <message>
        <location filename="../core/domain/account.cpp" line="+35"/>
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
    <name>Brankas::AccountDetailPanel</name>
    <message>
        <location filename="../ui/accounts/accountdetailpanel.cpp" line="+113"/>
        <source>Kecamatan</source>
        <translation>Kecamatan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recovery e-mail</source>
        <translation>E-mail pemulihan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Term</source>
        <translation>Masa tugas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recovery phone</source>
        <translation>Telepon pemulihan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Active period</source>
        <translation>Masa aktif</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Two-factor sign-in</source>
        <translation>Autentikasi dua faktor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nature</source>
        <translation>Sifat akun</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Holder</source>
        <translation>Pemegang</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last review</source>
        <translation>Pemeriksaan terakhir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recorded on</source>
        <translation>Dicatat pada</translation>
    </message>
    <message>
        <location line="+254"/>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 — past its term since %2: deactivate it or extend the term</source>
        <translation>%1 — melewati masa tugas sejak %2: nonaktifkan akun atau perpanjang masa tugas</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No term</source>
        <translation>Tanpa masa tugas</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 to %2</source>
        <translation>%1 sampai %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 (set by hand)</source>
        <translation>%1 (diisi manual)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not set</source>
        <translation>Belum diisi</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Never</source>
        <translation>Belum pernah</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Choose an account in the list to see its details, secrets and history.</source>
        <translation>Pilih akun pada daftar untuk melihat data, data rahasia, dan riwayatnya.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sign-in</source>
        <translation>Data masuk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your role (viewer) shows the register but never a password or code.</source>
        <translation>Peran Anda (peninjau) dapat melihat daftar, tetapi tidak dapat melihat kata sandi atau kode.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status history</source>
        <translation>Riwayat status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Password history</source>
        <translation>Riwayat kata sandi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Archive log</source>
        <translation>Log arsip</translation>
    </message>
</context>
<context>
    <name>Brankas::AccountDialog</name>
    <message>
        <location filename="../ui/accounts/accountdialog.cpp" line="+257"/>
        <source>Paste the profile address or type the handle, e.g. @panwaslu.momunu.</source>
        <translation>Tempel alamat profil atau ketik nama pengguna, misalnya @panwaslu.momunu.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Recorded as @%1</source>
        <translation>Dicatat sebagai @%1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recorded as @%1 · %2</source>
        <translation>Dicatat sebagai @%1 · %2</translation>
    </message>
    <message>
        <location line="+95"/>
        <source>Edit account</source>
        <translation>Ubah akun</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Record an account</source>
        <translation>Catat akun</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kecamatan</source>
        <translation>Kecamatan</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Platform</source>
        <translation>Platform</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Platform name</source>
        <translation>Nama platform</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Handle or address</source>
        <translation>Nama pengguna atau alamat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Display name</source>
        <translation>Nama tampilan</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Recovery e-mail</source>
        <translation>E-mail pemulihan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recovery phone</source>
        <translation>Telepon pemulihan</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Two-factor sign-in</source>
        <translation>Autentikasi dua faktor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nature</source>
        <translation>Sifat akun</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Term</source>
        <translation>Masa tugas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Holder</source>
        <translation>Pemegang</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notes</source>
        <translation>Catatan</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>First password</source>
        <translation>Kata sandi pertama</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>e.g. WhatsApp Channel</source>
        <translation>misalnya WhatsApp Channel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>@name or https://…</source>
        <translation>@nama atau https://…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>humas.kecamatan@bawaslu.go.id</source>
        <translation>humas.kecamatan@bawaslu.go.id</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>0812-3456-7890</source>
        <translation>0812-3456-7890</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Who holds a permanent account</source>
        <translation>Pemegang akun tetap</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save</source>
        <translation>Simpan</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Record</source>
        <translation>Catat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
</context>
<context>
    <name>Brankas::AccountFilterBar</name>
    <message>
        <location filename="../ui/accounts/accountfilterbar.cpp" line="+149"/>
        <source>%1 of %2 accounts</source>
        <translation>%1 dari %2 akun</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Search handle, name, kecamatan, e-mail… (Ctrl+F)</source>
        <translation>Cari nama pengguna, nama, kecamatan, e-mail… (Ctrl+F)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type words of a handle, display name, kecamatan, e-mail, phone number or holder; every word must be found (Ctrl+F)</source>
        <translation>Ketik kata dari nama pengguna, nama tampilan, kecamatan, e-mail, nomor telepon, atau pemegang; setiap kata harus ditemukan (Ctrl+F)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>All platforms</source>
        <translation>Semua platform</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>All statuses</source>
        <translation>Semua status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Past its term</source>
        <translation>Melewati masa tugas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Accounts someone can still post on after their active period ended</source>
        <translation>Akun yang masih dapat dipakai untuk mengunggah konten setelah masa aktifnya berakhir</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Platform</source>
        <translation>Platform</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kecamatan</source>
        <translation>Kecamatan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Term</source>
        <translation>Masa tugas</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Clear filters</source>
        <translation>Hapus filter</translation>
    </message>
</context>
<context>
    <name>Brankas::AccountLogModel</name>
    <message>
        <location filename="../ui/models/accountlogmodel.cpp" line="+94"/>
        <source>%1 → %2: %3</source>
        <translation>%1 → %2: %3</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Changed: %1</source>
        <translation>Diubah: %1</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>When</source>
        <translation>Waktu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Officer</source>
        <translation>Petugas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What happened</source>
        <translation>Kejadian</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Details</source>
        <translation>Rincian</translation>
    </message>
</context>
<context>
    <name>Brankas::AccountStatus</name>
    <message>
        <location filename="../core/domain/accountstatus.cpp" line="+54"/>
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
    <name>Brankas::AccountTableModel</name>
    <message>
        <location filename="../ui/models/accounttablemodel.cpp" line="+98"/>
        <source>Still %1 although its active period ended on %2: deactivate it or extend the term.</source>
        <translation>Masih berstatus %1 meskipun masa aktifnya berakhir pada %2: nonaktifkan akun atau perpanjang masa tugas.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Active period set by hand</source>
        <translation>Masa aktif diisi manual</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Active period follows the term</source>
        <translation>Masa aktif mengikuti masa tugas</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>%1 – past term</source>
        <translation>%1 – melewati masa tugas</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No term</source>
        <translation>Tanpa masa tugas</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Platform</source>
        <translation>Platform</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Account</source>
        <translation>Akun</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kecamatan</source>
        <translation>Kecamatan</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Term</source>
        <translation>Masa tugas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Active until</source>
        <translation>Aktif sampai</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Holder</source>
        <translation>Pemegang</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last changed</source>
        <translation>Terakhir diubah</translation>
    </message>
</context>
<context>
    <name>Brankas::AccountsPage</name>
    <message numerus="yes">
        <location filename="../ui/accounts/accountspage.cpp" line="+234"/>
        <source>%n accounts selected: Change status acts on all of them.</source>
        <translation>
            <numerusform>%n akun dipilih: Ubah status berlaku untuk semuanya.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/accounts/accountactions.cpp" line="+29"/>
        <source>Copied the username %1.</source>
        <translation>Nama pengguna %1 telah disalin.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>This account has no password recorded.</source>
        <translation>Akun ini belum memiliki kata sandi yang dicatat.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>This account has no two-factor (TOTP) key recorded.</source>
        <translation>Akun ini belum memiliki kunci autentikasi dua faktor (TOTP) yang dicatat.</translation>
    </message>
    <message numerus="yes">
        <location line="+42"/>
        <source>%n account(s) changed status.</source>
        <translation>
            <numerusform>Status %n akun berubah.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n account(s) changed status; %1 could not.</source>
        <translation>
            <numerusform>Status %n akun berubah; %1 akun tidak dapat diubah.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/accounts/accountspage.cpp" line="+88"/>
        <source>Social-media accounts</source>
        <translation>Akun media sosial</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record account…</source>
        <translation>Catat akun…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Find account</source>
        <translation>&amp;Cari akun</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy &amp;username</source>
        <translation>Salin &amp;nama pengguna</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy &amp;password</source>
        <translation>Salin &amp;kata sandi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy &amp;TOTP code</source>
        <translation>Salin kode &amp;TOTP</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Record account…</source>
        <translation>C&amp;atat akun…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Edit account…</source>
        <translation>&amp;Ubah akun…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change &amp;status…</source>
        <translation>Ubah &amp;status…</translation>
    </message>
</context>
<context>
    <name>Brankas::AdminPage</name>
    <message>
        <location filename="../ui/setup/adminpage.cpp" line="+111"/>
        <source>The two passphrases are not the same. Type it again in both fields.</source>
        <translation>Kedua frasa sandi tidak sama. Ketik ulang frasa sandi di kedua kolom.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>First administrator</source>
        <translation>Administrator pertama</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The administrator adds the other officers, changes the office details and keeps the recovery passphrase. Usually this is you: type your own name and a passphrase only you know.</source>
        <translation>Administrator menambahkan petugas lain, mengubah data kantor, dan menyimpan frasa sandi pemulihan. Biasanya administrator adalah Anda sendiri: ketik nama Anda dan frasa sandi yang hanya Anda ketahui.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your name:</source>
        <translation>Nama Anda:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. Siti Rahma</source>
        <translation>misalnya Siti Rahma</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Passphrase:</source>
        <translation>Frasa sandi:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>at least %1 characters</source>
        <translation>paling sedikit %1 karakter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Passphrase again:</source>
        <translation>Ulangi frasa sandi:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show what I type</source>
        <translation>Tampilkan yang saya ketik</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A few unrelated words make a passphrase that is long, easy to remember and hard to guess, for example &quot;kopi hujan sepeda merah&quot;. Do not use your name, birthday or the office&apos;s name.</source>
        <translation>Beberapa kata yang tidak saling berhubungan membentuk frasa sandi yang panjang, mudah diingat, dan sulit ditebak, misalnya &quot;kopi hujan sepeda merah&quot;. Jangan gunakan nama, tanggal lahir, atau nama kantor Anda.</translation>
    </message>
</context>
<context>
    <name>Brankas::AppMenus</name>
    <message>
        <location filename="../ui/shell/appmenus.cpp" line="+96"/>
        <location line="+60"/>
        <source>No account commands</source>
        <translation>Tidak ada perintah akun</translation>
    </message>
    <message>
        <location line="-38"/>
        <location line="+32"/>
        <source>No vault opened yet</source>
        <translation>Belum ada brankas yang dibuka</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>&amp;Vault</source>
        <translation>&amp;Brankas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Account</source>
        <translation>&amp;Akun</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Reports</source>
        <translation>&amp;Laporan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;View</source>
        <translation>&amp;Tampilan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Language</source>
        <translation>&amp;Bahasa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Help</source>
        <translation>Ba&amp;ntuan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Lock</source>
        <translation>&amp;Kunci</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lock the vault and wipe its key from memory (Ctrl+L)</source>
        <translation>Kunci brankas dan hapus kuncinya dari memori (Ctrl+L)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Open another vault file…</source>
        <translation>&amp;Buka berkas brankas lain…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open a vault on a ser&amp;ver…</source>
        <translation>Buka brankas di ser&amp;ver…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open rec&amp;ent</source>
        <translation>Terakhir &amp;dibuka</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Set up a new vault…</source>
        <translation>&amp;Siapkan brankas baru…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Set up a new vault on a server…</source>
        <translation>Siapkan brankas baru di server…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Back up now…</source>
        <translation>&amp;Cadangkan sekarang…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Restore from backup…</source>
        <translation>&amp;Pulihkan dari cadangan…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Quit</source>
        <translation>Ke&amp;luar</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;About Brankas</source>
        <translation>&amp;Tentang Brankas</translation>
    </message>
</context>
<context>
    <name>Brankas::AppWindow</name>
    <message>
        <location filename="../ui/shell/appwindow.cpp" line="+255"/>
        <location line="+5"/>
        <source>Vault opened with the recovery passphrase</source>
        <translation>Brankas dibuka dengan frasa sandi pemulihan</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>This PC&apos;s password storage does not hold the vault key. Ask an administrator to sign in on this PC once, so the recovery sheet is not needed next time.</source>
        <translation>Penyimpanan kata sandi komputer ini tidak memuat kunci brankas. Mintalah administrator masuk satu kali di komputer ini agar lain kali lembar pemulihan tidak diperlukan.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Put the vault key into this PC&apos;s password storage, so that officers can sign in here without the recovery sheet?</source>
        <translation>Simpan kunci brankas di penyimpanan kata sandi komputer ini agar petugas dapat masuk di sini tanpa lembar pemulihan?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Put the key on this PC</source>
        <translation>Simpan kunci di komputer ini</translation>
    </message>
    <message>
        <location line="+83"/>
        <source>This language could not be loaded; Brankas stays in the current one.</source>
        <translation>Bahasa ini tidak dapat dimuat; Brankas tetap menggunakan bahasa yang sedang dipakai.</translation>
    </message>
    <message>
        <location filename="../ui/shell/vaultfileactions.cpp" line="+27"/>
        <source>Open a vault file</source>
        <translation>Buka berkas brankas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Brankas vaults (*.brankas);;All files (*)</source>
        <translation>Berkas brankas (*.brankas);;Semua berkas (*)</translation>
    </message>
    <message>
        <location filename="../ui/shell/servervaults.cpp" line="+72"/>
        <source>%1 (server %2) - Brankas</source>
        <translation>%1 (server %2) - Brankas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 - Brankas</source>
        <translation>%1 - Brankas</translation>
    </message>
    <message>
        <location filename="../ui/shell/setupflow.cpp" line="+23"/>
        <source>Set up a new vault</source>
        <translation>Siapkan brankas baru</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Setting up a new vault locks this one. Go on?</source>
        <translation>Menyiapkan brankas baru akan mengunci brankas ini. Lanjutkan?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lock and set up</source>
        <translation>Kunci dan siapkan</translation>
    </message>
</context>
<context>
    <name>Brankas::BackupDialog</name>
    <message>
        <location filename="../ui/backup/backupdialog.cpp" line="+105"/>
        <source>Save the backup as</source>
        <translation>Simpan cadangan sebagai</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Brankas backups (*%1)</source>
        <translation>Cadangan Brankas (*%1)</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+41"/>
        <source>Back up now</source>
        <translation>Cadangkan sekarang</translation>
    </message>
    <message>
        <location line="-41"/>
        <source>Writing the encrypted backup…</source>
        <translation>Menulis cadangan terenkripsi…</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>The backup is written: %1 (%2). It opens only with the recovery passphrase.</source>
        <translation>Cadangan sudah ditulis: %1 (%2). Cadangan ini hanya dapat dibuka dengan frasa sandi pemulihan.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Brankas writes an encrypted copy of the whole vault: the register, the passwords, the officers and the archive log. It opens only with the recovery passphrase from the sheet in the office safe, so keep it away from this PC, on a USB disk or a network share.</source>
        <translation>Brankas menulis salinan terenkripsi dari seluruh brankas: register, kata sandi, petugas, dan log arsip. Salinan ini hanya dapat dibuka dengan frasa sandi pemulihan dari lembar di lemari besi kantor, jadi simpanlah di luar komputer ini, pada flashdisk atau folder bersama di jaringan.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Backup file:</source>
        <translation>Berkas cadangan:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose…</source>
        <translation>Pilih…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back up</source>
        <translation>Cadangkan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close</source>
        <translation>Tutup</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
</context>
<context>
    <name>Brankas::BackupFolderField</name>
    <message>
        <location filename="../ui/settings/backupfolderfield.cpp" line="+55"/>
        <source>Folder for automatic backups</source>
        <translation>Folder untuk pencadangan otomatis</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>No automatic backups on this PC</source>
        <translation>Tidak ada pencadangan otomatis di komputer ini</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose…</source>
        <translation>Pilih…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>None</source>
        <translation>Tidak ada</translation>
    </message>
</context>
<context>
    <name>Brankas::BackupProgressDialog</name>
    <message>
        <location filename="../ui/backup/backupprogressdialog.cpp" line="+15"/>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
</context>
<context>
    <name>Brankas::BulkStatusDialog</name>
    <message>
        <location filename="../ui/accounts/bulkstatusdialog.cpp" line="+139"/>
        <source>None of the selected accounts can become &quot;%1&quot;.</source>
        <translation>Tidak ada akun terpilih yang dapat menjadi &quot;%1&quot;.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>All %n selected account(s) will become &quot;%1&quot;.</source>
        <translation>
            <numerusform>Semua %n akun terpilih akan menjadi &quot;%1&quot;.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n account(s) will become &quot;%1&quot;; the accounts below cannot and stay as they are:</source>
        <translation>
            <numerusform>%n akun akan menjadi &quot;%1&quot;; akun di bawah ini tidak dapat diubah dan tetap seperti semula:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+12"/>
        <source>Change the status of %n account(s) to &quot;%1&quot;, with the reason &quot;%2&quot;?</source>
        <translation>
            <numerusform>Ubah status %n akun menjadi &quot;%1&quot;, dengan alasan &quot;%2&quot;?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>and %n more.</source>
        <translation>
            <numerusform>dan %n lainnya.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n account(s) cannot make this change and stay as they are:</source>
        <translation>
            <numerusform>%n akun tidak dapat diubah seperti ini dan tetap seperti semula:</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+45"/>
        <source>Change status</source>
        <translation>Ubah status</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>Change status of several accounts</source>
        <translation>Ubah status beberapa akun</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Change the status of the %n selected account(s) at once, with one reason. Each account keeps its own entry in its history and in the archive log.</source>
        <translation>
            <numerusform>Ubah status %n akun terpilih sekaligus, dengan satu alasan. Setiap akun tetap mendapat catatannya sendiri dalam riwayatnya dan dalam log arsip.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>New status</source>
        <translation>Status baru</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reason</source>
        <translation>Alasan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. Term ended; decree number</source>
        <translation>misalnya Masa tugas berakhir; nomor surat keputusan</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
</context>
<context>
    <name>Brankas::Cli::CliText</name>
    <message>
        <location filename="../app/cli/context.cpp" line="+59"/>
        <source>new passphrase of officer %1</source>
        <translation>frasa sandi baru petugas %1</translation>
    </message>
    <message>
        <location line="+18"/>
        <location filename="../app/cli/recovercommand.cpp" line="+29"/>
        <location filename="../app/cli/restorecommand.cpp" line="+47"/>
        <source>passphrase of officer %1</source>
        <translation>frasa sandi petugas %1</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The recovery passphrase from the recovery sheet opens the vault.</source>
        <translation>Berkas brankas dapat dibuka dengan frasa sandi pemulihan yang tercantum pada lembar pemulihan.</translation>
    </message>
    <message>
        <location line="-13"/>
        <location line="+14"/>
        <location filename="../app/cli/initcommand.cpp" line="+78"/>
        <location filename="../app/cli/recovercommand.cpp" line="+4"/>
        <location filename="../app/cli/restorecommand.cpp" line="+4"/>
        <source>recovery passphrase</source>
        <translation>frasa sandi pemulihan</translation>
    </message>
    <message>
        <location line="-50"/>
        <source>password of database user %1 on the server</source>
        <translation>kata sandi pengguna basis data %1 di server</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>Opened with the recovery passphrase. To open it without the passphrase on this computer, an administrator runs: brankas-cli recover</source>
        <translation>Berkas brankas dibuka dengan frasa sandi pemulihan. Agar brankas dapat dibuka di komputer ini tanpa frasa sandi pemulihan, administrator perlu menjalankan: brankas-cli recover</translation>
    </message>
    <message>
        <location filename="../app/cli/dispatcher.cpp" line="+71"/>
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
        <source>  --vault PATH|URL the vault file (default: %1), or a vault on a PostgreSQL server: postgresql://USER@HOST[:PORT]/DATABASE (the server&apos;s password from ~/.pgpass, a client certificate or the server&apos;s rules, else from this computer&apos;s keychain, where init --server and recover put it; never in the address)</source>
        <translation>  --vault PATH|URL berkas brankas (bawaan: %1), atau brankas di server PostgreSQL: postgresql://USER@HOST[:PORT]/DATABASE (kata sandi server dari ~/.pgpass, sertifikat klien atau aturan server, jika tidak dari keychain komputer ini, tempat init --server dan recover menyimpannya; tidak pernah di dalam alamat)</translation>
    </message>
    <message>
        <location line="+5"/>
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
        <location line="+11"/>
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
        <location line="+95"/>
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
        <location filename="../app/cli/accountcommands.cpp" line="+19"/>
        <location filename="../app/cli/handovercommands.cpp" line="+17"/>
        <location filename="../app/cli/kecamatancommands.cpp" line="+71"/>
        <location line="+37"/>
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
        <location filename="../app/cli/accountdetailcommands.cpp" line="+81"/>
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
        <location filename="../app/cli/secretcommands.cpp" line="+78"/>
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
        <location line="+131"/>
        <location filename="../app/cli/accountdetailcommands.cpp" line="+46"/>
        <location filename="../app/cli/accountstatuscommand.cpp" line="+90"/>
        <location filename="../app/cli/handovercommands.cpp" line="+68"/>
        <location filename="../app/cli/importcommands.cpp" line="+84"/>
        <location filename="../app/cli/termcommands.cpp" line="+93"/>
        <source>term</source>
        <translation>masa tugas</translation>
    </message>
    <message>
        <location line="-115"/>
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
        <location filename="../app/cli/secretcommands.cpp" line="+49"/>
        <source>Generated password (set it on the platform now): %1</source>
        <translation>Kata sandi yang dibuat (segera pasang pada akun di platform): %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <location filename="../app/cli/exportcommands.cpp" line="+19"/>
        <location filename="../app/cli/handovercommands.cpp" line="+58"/>
        <location filename="../app/cli/reportcommands.cpp" line="+101"/>
        <source>Only this kecamatan (code).</source>
        <translation>Hanya kecamatan ini (kode).</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../app/cli/exportcommands.cpp" line="+1"/>
        <location filename="../app/cli/reportcommands.cpp" line="+1"/>
        <source>Only this platform.</source>
        <translation>Hanya platform ini.</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../app/cli/exportcommands.cpp" line="+1"/>
        <location filename="../app/cli/reportcommands.cpp" line="+1"/>
        <source>Only this status.</source>
        <translation>Hanya status ini.</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../app/cli/exportcommands.cpp" line="+1"/>
        <location filename="../app/cli/reportcommands.cpp" line="+1"/>
        <source>Only accounts of this term (number).</source>
        <translation>Hanya akun pada masa tugas ini (nomor).</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../app/cli/accountdetailcommands.cpp" line="-118"/>
        <location filename="../app/cli/checkcommand.cpp" line="+19"/>
        <location filename="../app/cli/handovercommands.cpp" line="+1"/>
        <location filename="../app/cli/logcommands.cpp" line="+19"/>
        <location filename="../app/cli/parsing.cpp" line="+71"/>
        <location filename="../app/cli/secretcommands.cpp" line="+10"/>
        <source>Print JSON.</source>
        <translation>Tampilkan dalam format JSON.</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Words, each part of a username, display name, kecamatan, e-mail, phone or holder.</source>
        <translation>Kata-kata, masing-masing bagian dari nama pengguna, nama tampilan, kecamatan, e-mail, telepon, atau pemegang.</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>find accounts by words in the username, name, kecamatan, e-mail, phone or holder</source>
        <translation>cari akun berdasarkan kata dalam nama pengguna, nama, kecamatan, e-mail, telepon, atau pemegang</translation>
    </message>
    <message>
        <location line="-63"/>
        <source>brankas-cli account search: give the TEXT to look for.</source>
        <translation>brankas-cli account search: isikan TEXT yang dicari.</translation>
    </message>
    <message>
        <location line="+47"/>
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
        <location filename="../app/cli/infocommand.cpp" line="+48"/>
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
        <location filename="../app/cli/backupcommand.cpp" line="+16"/>
        <source>The backup file to write (for example D:\cadangan\brankas.brankas-backup).</source>
        <translation>Berkas cadangan yang ditulis (misalnya D:\cadangan\brankas.brankas-backup).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>brankas-cli backup: give --out FILE.</source>
        <translation>brankas-cli backup: isikan --out BERKAS.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Backup</source>
        <translation>Cadangan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Size</source>
        <translation>Ukuran</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 MiB</source>
        <translation>%1 MiB</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../app/cli/infocommand.cpp" line="+1"/>
        <source>Log entries</source>
        <translation>Jumlah entri log arsip</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>It opens only with the recovery passphrase of today&apos;s recovery sheet: keep the two apart.</source>
        <translation>Cadangan ini hanya dapat dibuka dengan frasa sandi pemulihan pada lembar pemulihan yang berlaku hari ini: simpan keduanya di tempat terpisah.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>write an encrypted backup of the whole vault, which the recovery passphrase opens on any computer</source>
        <translation>tulis cadangan terenkripsi dari seluruh brankas, yang dapat dibuka dengan frasa sandi pemulihan di komputer mana pun</translation>
    </message>
    <message>
        <location filename="../app/cli/infocommand.cpp" line="+1"/>
        <source>Keychain</source>
        <translation>Penyimpanan kata sandi</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>show the vault&apos;s id, office, format, counts and keychain state</source>
        <translation>tampilkan ID brankas, kantor, format, jumlah data, dan status penyimpanan kata sandi komputer</translation>
    </message>
    <message>
        <location filename="../app/cli/initcommand.cpp" line="-75"/>
        <source>Kemendagri code of the office&apos;s regency or city, e.g. 72.05 (Kabupaten Buol).</source>
        <translation>Kode Kemendagri untuk kabupaten atau kota kantor ini, misalnya 72.05 (Kabupaten Buol).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Name of the first administrator.</source>
        <translation>Nama administrator pertama.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Create the vault on a PostgreSQL server instead of in a file: postgresql://USER@HOST[:PORT]/DATABASE[?sslmode=require]. The database must exist and be empty. The server&apos;s password comes from ~/.pgpass, a client certificate or the server&apos;s own rules; otherwise Brankas asks for it once (the first line of standard input, before the passphrases) and keeps it in this computer&apos;s keychain.</source>
        <translation>Buat brankas di server PostgreSQL, bukan di berkas: postgresql://USER@HOST[:PORT]/DATABASE[?sslmode=require]. Basis datanya harus sudah ada dan kosong. Kata sandi server diambil dari ~/.pgpass, sertifikat klien atau aturan server itu sendiri; jika tidak ada, Brankas menanyakannya sekali (baris pertama masukan standar, sebelum frasa sandi) dan menyimpannya di keychain komputer ini.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>brankas-cli init: give --regency CODE and --admin NAME.</source>
        <translation>brankas-cli init: isikan --regency CODE dan --admin NAME.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>brankas-cli init: --server takes a server address, postgresql://USER@HOST[:PORT]/DATABASE.</source>
        <translation>brankas-cli init: --server memerlukan alamat server, postgresql://USER@HOST[:PORT]/DATABASE.</translation>
    </message>
    <message>
        <location line="+22"/>
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
        <location filename="../app/cli/recovercommand.cpp" line="+29"/>
        <location filename="../app/cli/restorecommand.cpp" line="+35"/>
        <source>the recovery passphrase</source>
        <translation>frasa sandi pemulihan</translation>
    </message>
    <message>
        <location filename="../app/cli/parsing.cpp" line="+5"/>
        <location filename="../app/cli/recoverychangecommand.cpp" line="+106"/>
        <source>your passphrase (the officer given with --officer)</source>
        <translation>frasa sandi Anda (petugas yang disebut pada --officer)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the recovery passphrase, only if this computer&apos;s keychain cannot give the vault key</source>
        <translation>frasa sandi pemulihan, hanya jika kunci brankas tidak dapat diambil dari penyimpanan kata sandi komputer ini</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a new passphrase, only if an administrator reset yours (officer reset)</source>
        <translation>frasa sandi baru, hanya jika administrator mengatur ulang frasa sandi Anda (officer reset)</translation>
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
        <location line="+62"/>
        <source>recorded without the vault key, not proof</source>
        <translation>dicatat tanpa kunci brankas, bukan bukti</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Check every officer signature, not only those after the newest checkpoint.</source>
        <translation>Periksa setiap tanda tangan petugas, tidak hanya yang sesudah titik periksa terbaru.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>list archive log entries</source>
        <translation>tampilkan daftar entri log arsip</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>check that no archive log entry was edited, deleted, inserted or reordered</source>
        <translation>periksa bahwa tidak ada entri log arsip yang diubah, dihapus, disisipkan, atau diubah urutannya</translation>
    </message>
    <message>
        <location filename="../app/cli/officercommands.cpp" line="+17"/>
        <source>Name of the new officer.</source>
        <translation>Nama petugas baru.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+97"/>
        <source>administrator, operator or viewer.</source>
        <translation>administrator, operator, atau viewer (peninjau).</translation>
    </message>
    <message>
        <location line="-90"/>
        <source>brankas-cli officer add: give one NAME and --role administrator|operator|viewer.</source>
        <translation>brankas-cli officer add: isikan satu NAME dan --role administrator|operator|viewer.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>passphrase for the new officer %1</source>
        <translation>frasa sandi untuk petugas baru %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Officer %1 added as %2.</source>
        <translation>Petugas %1 ditambahkan sebagai %2.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>access closed on %1 by %2: %3</source>
        <translation>akses ditutup pada %1 oleh %2: %3</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>temporary passphrase, to be changed at the next sign-in</source>
        <translation>frasa sandi sementara, harus diganti saat masuk berikutnya</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Name of the officer.</source>
        <translation>Nama petugas.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Why the officer&apos;s access is closed (kept in the log).</source>
        <translation>Alasan akses petugas ditutup (disimpan dalam log).</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>brankas-cli officer disable: give one NAME and --reason TEXT.</source>
        <translation>brankas-cli officer disable: berikan satu NAMA dan --reason TEKS.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The access of %1 is closed. Their history stays in the archive log.</source>
        <translation>Akses %1 ditutup. Riwayatnya tetap ada dalam log arsip.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>brankas-cli officer enable: give one NAME.</source>
        <translation>brankas-cli officer enable: berikan satu NAMA.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The access of %1 is open again.</source>
        <translation>Akses %1 dibuka kembali.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>brankas-cli officer role: give NAME and ROLE.</source>
        <translation>brankas-cli officer role: berikan NAMA dan PERAN.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1 is now %2.</source>
        <translation>%1 kini berperan sebagai %2.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>brankas-cli officer passphrase changes your own passphrase and takes no NAME; an administrator resets another officer&apos;s with officer reset NAME.</source>
        <translation>brankas-cli officer passphrase mengganti frasa sandi Anda sendiri dan tidak menerima NAMA; administrator mengatur ulang frasa sandi petugas lain dengan officer reset NAMA.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The passphrase of %1 is changed.</source>
        <translation>Frasa sandi %1 telah diganti.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>brankas-cli officer reset: give one NAME.</source>
        <translation>brankas-cli officer reset: berikan satu NAMA.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>temporary passphrase for officer %1</source>
        <translation>frasa sandi sementara untuk petugas %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 signs in next with the temporary passphrase and must choose a new one then (one more line on standard input for brankas-cli).</source>
        <translation>%1 masuk berikutnya dengan frasa sandi sementara dan saat itu harus memilih frasa sandi baru (satu baris tambahan pada masukan standar untuk brankas-cli).</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>close an officer&apos;s access, e.g. when they leave the office (administrators)</source>
        <translation>menutup akses petugas, misalnya saat ia meninggalkan kantor (administrator)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>open a closed officer&apos;s access again (administrators)</source>
        <translation>membuka kembali akses petugas yang ditutup (administrator)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>change an officer&apos;s role (administrators)</source>
        <translation>mengubah peran petugas (administrator)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>change your own passphrase</source>
        <translation>mengganti frasa sandi Anda sendiri</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>your new passphrase</source>
        <translation>frasa sandi baru Anda</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>give another officer a temporary passphrase, which they must change at their next sign-in: brankas-cli then reads their new passphrase as one more line (administrators)</source>
        <translation>memberi petugas lain frasa sandi sementara yang harus ia ganti saat masuk berikutnya: brankas-cli lalu membaca frasa sandi barunya sebagai satu baris tambahan (administrator)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the temporary passphrase for NAME</source>
        <translation>frasa sandi sementara untuk NAMA</translation>
    </message>
    <message>
        <location line="+6"/>
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
        <location filename="../app/cli/recovercommand.cpp" line="-15"/>
        <source>The vault key is back in this computer&apos;s keychain (%1): the vault opens here without the recovery passphrase again.</source>
        <translation>Kunci brankas telah disimpan kembali di penyimpanan kata sandi komputer ini (%1): brankas kembali dapat dibuka di komputer ini tanpa frasa sandi pemulihan.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>open the vault with the recovery passphrase and put its key back into this computer&apos;s keychain (administrators); enrols a computer in a vault on a server, whose password, when the server asks for one this computer lacks, is the first line of standard input</source>
        <translation>buka brankas dengan frasa sandi pemulihan dan kembalikan kuncinya ke keychain komputer ini (administrator); mendaftarkan komputer pada brankas di server, yang kata sandinya, bila server memintanya dan komputer ini belum memilikinya, menjadi baris pertama masukan standar</translation>
    </message>
    <message>
        <location line="+5"/>
        <location filename="../app/cli/restorecommand.cpp" line="+0"/>
        <source>the officer&apos;s passphrase</source>
        <translation>frasa sandi petugas</translation>
    </message>
    <message>
        <location filename="../app/cli/terminal.cpp" line="+115"/>
        <source>%1: </source>
        <translation>%1: </translation>
    </message>
    <message>
        <location line="+27"/>
        <source>%1 (again): </source>
        <translation>%1 (ulangi): </translation>
    </message>
    <message>
        <location filename="../app/cli/accountdetailcommands.cpp" line="-1"/>
        <location line="+62"/>
        <location line="+85"/>
        <location filename="../app/cli/secretcommands.cpp" line="-97"/>
        <location line="+34"/>
        <location line="+62"/>
        <location line="+42"/>
        <source>Number of the account.</source>
        <translation>Nomor akun.</translation>
    </message>
    <message>
        <location filename="../app/cli/accountstatuscommand.cpp" line="-36"/>
        <location line="+27"/>
        <location filename="../app/cli/handovercommands.cpp" line="-66"/>
        <location filename="../app/cli/metricscommands.cpp" line="+139"/>
        <location line="+96"/>
        <location filename="../app/cli/parsing.cpp" line="-12"/>
        <source>account</source>
        <translation>akun</translation>
    </message>
    <message>
        <location filename="../app/cli/accountdetailcommands.cpp" line="-106"/>
        <source>Status history:</source>
        <translation>Riwayat status:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Secrets kept: %1</source>
        <translation>Data rahasia yang tersimpan: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>none</source>
        <translation>tidak ada</translation>
    </message>
    <message>
        <location filename="../app/cli/accountstatuscommand.cpp" line="-66"/>
        <source>Number of the account (not with --ids, --kecamatan or --term).</source>
        <translation>Nomor akun (tidak bersama --ids, --kecamatan, atau --term).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>active, suspended, deactivated, held or closed.</source>
        <translation>active, suspended, deactivated, held, atau closed (juga diterima: aktif, ditangguhkan, nonaktif, dipegang-kantor, ditutup).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Why the status changes.</source>
        <translation>Alasan perubahan status.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Many accounts: their numbers, separated by commas.</source>
        <translation>Banyak akun: nomor-nomornya, dipisahkan koma.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Many accounts: every account of this kecamatan (code).</source>
        <translation>Banyak akun: semua akun kecamatan ini (kode).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Many accounts: every account of this term (number).</source>
        <translation>Banyak akun: semua akun masa tugas ini (nomor).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Of those, only this platform.</source>
        <translation>Dari akun itu, hanya platform ini.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Of those, only the accounts now in this status.</source>
        <translation>Dari akun itu, hanya akun yang sekarang berstatus ini.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Change the others when some accounts cannot make the change (they are named); without it nothing changes.</source>
        <translation>Ubah akun lainnya bila sebagian akun tidak dapat diubah (akun itu disebutkan); tanpa opsi ini tidak ada yang berubah.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>brankas-cli account status: give the account&apos;s ID, the new STATUS and --reason TEXT.</source>
        <translation>brankas-cli account status: isikan ID akun, STATUS baru, dan --reason TEXT.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Account %1 (%2) is now %3.</source>
        <translation>Status akun nomor %1 (%2) sekarang: %3.</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>brankas-cli account status: give --ids 1,2,3, or --kecamatan CODE and/or --term ID, then the new STATUS and --reason TEXT.</source>
        <translation>brankas-cli account status: berikan --ids 1,2,3, atau --kecamatan KODE dan/atau --term ID, lalu STATUS baru dan --reason TEKS.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Refused: account %1: %2</source>
        <translation>Ditolak: akun %1: %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>None of the accounts can become %1; nothing was changed.</source>
        <translation>Tidak ada akun yang dapat menjadi %1; tidak ada yang diubah.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Nothing was changed: %n account(s) cannot become %1. Give --skip-refused to change the others.</source>
        <translation>
            <numerusform>Tidak ada yang diubah: %n akun tidak dapat menjadi %1. Berikan --skip-refused untuk mengubah akun lainnya.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>%n account(s) are now %1.</source>
        <translation>
            <numerusform>%n akun sekarang %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n account(s) refused the change and stay as they were (named above).</source>
        <translation>
            <numerusform>%n akun menolak perubahan dan tetap seperti semula (disebutkan di atas).</numerusform>
        </translation>
    </message>
    <message>
        <location line="+16"/>
        <source>brankas-cli account status: --%1 goes with --ids, --kecamatan or --term.</source>
        <translation>brankas-cli account status: --%1 dipakai bersama --ids, --kecamatan, atau --term.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>change the status of an account, or of many at once (--ids, --kecamatan, --term), with the reason</source>
        <translation>ubah status sebuah akun, atau banyak akun sekaligus (--ids, --kecamatan, --term), dengan alasannya</translation>
    </message>
    <message>
        <location filename="../app/cli/accountdetailcommands.cpp" line="+14"/>
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
        <location line="+53"/>
        <source>Account %1 reviewed on %2.</source>
        <translation>Pemeriksaan tahunan akun %1 dicatat pada %2.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>show an account with its status history (no secrets)</source>
        <translation>tampilkan data akun beserta riwayat statusnya (tanpa data rahasia)</translation>
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
        <location filename="../app/cli/accountformat.cpp" line="+17"/>
        <source>no active period (no term)</source>
        <translation>tidak ada masa aktif (tanpa masa tugas)</translation>
    </message>
    <message>
        <location line="+45"/>
        <location filename="../app/cli/metricscommands.cpp" line="-69"/>
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
        <location filename="../app/cli/officecommands.cpp" line="+23"/>
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
        <location line="+53"/>
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
        <location line="+30"/>
        <source>list what needs action: accounts active past their term, missing 2FA, old or shared passwords...</source>
        <translation>tampilkan hal yang perlu ditindaklanjuti: akun yang masih aktif melewati masa tugas, tanpa 2FA, kata sandi lama atau dipakai bersama, dan sebagainya</translation>
    </message>
    <message>
        <location filename="../app/cli/handovercommands.cpp" line="-59"/>
        <source>activation (office to committee), return (committee to office) or transfer (to the next committee).</source>
        <translation>activation (aktivasi: kantor kepada Panwaslu Kecamatan), return (pengembalian: Panwaslu Kecamatan kepada kantor), atau transfer (peralihan: kepada Panwaslu Kecamatan berikutnya).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Date of the handover (YYYY-MM-DD).</source>
        <translation>Tanggal serah terima (YYYY-MM-DD).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name of the party handing over.</source>
        <translation>Nama pihak yang menyerahkan.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Position of the party handing over.</source>
        <translation>Jabatan pihak yang menyerahkan.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Office of the party handing over (default: by kind).</source>
        <translation>Instansi pihak yang menyerahkan (bawaan: sesuai jenis serah terima).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Name of the party receiving.</source>
        <translation>Nama pihak yang menerima.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Position of the party receiving.</source>
        <translation>Jabatan pihak yang menerima.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Office of the party receiving (default: by kind).</source>
        <translation>Instansi pihak yang menerima (bawaan: sesuai jenis serah terima).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Account numbers, comma-separated (default: every account of the kecamatan the kind applies to).</source>
        <translation>Nomor akun, dipisahkan dengan koma (bawaan: semua akun kecamatan tersebut yang dapat dimasukkan dalam jenis serah terima ini).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Where it takes place (default: the office&apos;s city).</source>
        <translation>Tempat serah terima (bawaan: kota kantor).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Number of the term the receiving committee serves (default: the term covering the date).</source>
        <translation>Nomor masa tugas Panwaslu Kecamatan penerima (bawaan: masa tugas yang mencakup tanggal serah terima).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Number of copies the record is made in (default 2).</source>
        <translation>Jumlah rangkap berita acara (bawaan: 2).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Notes printed on the record.</source>
        <translation>Catatan yang dicetak pada berita acara.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>brankas-cli handover create: give --kecamatan, --kind, --date, --from, --from-position, --to and --to-position.</source>
        <translation>brankas-cli handover create: isikan --kecamatan, --kind, --date, --from, --from-position, --to, dan --to-position.</translation>
    </message>
    <message numerus="yes">
        <location line="+55"/>
        <source>Handover %1 drafted with %n account(s); finalise it with: brankas-cli handover finalize %1</source>
        <translation>
            <numerusform>Draf serah terima %1 telah dibuat dengan %n akun; finalkan dengan perintah: brankas-cli handover finalize %1</numerusform>
        </translation>
    </message>
    <message>
        <location line="+10"/>
        <location filename="../app/cli/reportcommands.cpp" line="-34"/>
        <source>Number of the handover.</source>
        <translation>Nomor serah terima.</translation>
    </message>
    <message>
        <location line="+9"/>
        <location filename="../app/cli/reportcommands.cpp" line="+16"/>
        <source>handover</source>
        <translation>serah terima</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Handover %1 finalised as number %2.</source>
        <translation>Serah terima %1 telah difinalkan dengan nomor %2.</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>draft</source>
        <translation>draf</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <location filename="../app/cli/kecamatancommands.cpp" line="-70"/>
        <source>%n account(s)</source>
        <translation>
            <numerusform>%n akun</numerusform>
        </translation>
    </message>
    <message>
        <location line="+10"/>
        <source>draft a handover (berita acara serah terima) of accounts; prints its id</source>
        <translation>menyusun draf serah terima (berita acara serah terima) akun; mencetak id-nya</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>finalise a handover: number it and apply the status changes of its accounts</source>
        <translation>finalkan serah terima: beri nomor dan terapkan perubahan status akun-akunnya</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>list handovers</source>
        <translation>tampilkan daftar serah terima</translation>
    </message>
    <message>
        <location filename="../app/cli/kecamatancommands.cpp" line="+1"/>
        <source>retired</source>
        <translation>tidak aktif</translation>
    </message>
    <message>
        <location line="+9"/>
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
        <location line="+8"/>
        <source>Kecamatan %1 %2 added.</source>
        <translation>Kecamatan %1 %2 telah ditambahkan.</translation>
    </message>
    <message>
        <location line="+9"/>
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
        <location line="+18"/>
        <source>Kecamatan %1 updated.</source>
        <translation>Data Kecamatan %1 telah diperbarui.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Why it is retired (e.g. the regulation that re-districted it).</source>
        <translation>Alasan penonaktifan (misalnya peraturan penataan wilayah yang menghapus kecamatan ini).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>brankas-cli kecamatan retire: give the CODE and --reason TEXT.</source>
        <translation>brankas-cli kecamatan retire: isikan CODE dan --reason TEXT.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Kecamatan %1 retired; its accounts stay in the register.</source>
        <translation>Kecamatan %1 telah dinonaktifkan; akun-akunnya tetap tercatat dalam daftar.</translation>
    </message>
    <message>
        <location line="+9"/>
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
        <location line="+1"/>
        <source>City where records are signed</source>
        <translation>Kota tempat berita acara ditandatangani</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Handover number template, e.g. {seq}/BA/HM.02/{regency}/{month-roman}/{year}</source>
        <translation>Pola nomor berita acara serah terima, misalnya {seq}/BA/HM.02/{regency}/{month-roman}/{year}</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Office e-mail domains</source>
        <translation>Domain e-mail kantor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Office phone numbers</source>
        <translation>Nomor telepon kantor</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>E-mail domains of the office, comma-separated (e.g. bawaslu.go.id).</source>
        <translation>Domain e-mail kantor, dipisahkan dengan koma (misalnya bawaslu.go.id).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Phone numbers of the office, comma-separated.</source>
        <translation>Nomor telepon kantor, dipisahkan dengan koma.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Office details saved.</source>
        <translation>Data kantor telah disimpan.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>show the office details used on letterheads</source>
        <translation>tampilkan data kantor yang digunakan pada kop surat</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>change the office details and its e-mail domains and phone numbers (administrators)</source>
        <translation>ubah data kantor beserta domain e-mail dan nomor teleponnya (khusus administrator)</translation>
    </message>
    <message>
        <location filename="../app/cli/secretcommands.cpp" line="-144"/>
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
        <location line="+21"/>
        <source>Why it changes (kept in the history).</source>
        <translation>Alasan perubahan (dicatat dalam riwayat).</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>brankas-cli secret set: give --reason TEXT.</source>
        <translation>brankas-cli secret set: isikan --reason TEXT.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>new value of the %1</source>
        <translation>nilai baru untuk %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 of account %2 changed; the old value stays in the history.</source>
        <translation>%1 akun nomor %2 telah diubah; nilai lama tetap tersimpan dalam riwayat.</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>(current)</source>
        <translation>(berlaku)</translation>
    </message>
    <message numerus="yes">
        <location line="+30"/>
        <source>%1 (valid for %n more second(s))</source>
        <translation>
            <numerusform>%1 (berlaku %n detik lagi)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+10"/>
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
        <location filename="../app/cli/termcommands.cpp" line="-54"/>
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
        <location line="+14"/>
        <source>Term added: %1</source>
        <translation>Masa tugas ditambahkan: %1</translation>
    </message>
    <message>
        <location line="+7"/>
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
        <location line="+13"/>
        <source>Term extended: %1</source>
        <translation>Masa tugas telah diperpanjang: %1</translation>
    </message>
    <message>
        <location line="+31"/>
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
    <message>
        <location filename="../app/cli/reportcommands.cpp" line="-66"/>
        <source>The PDF file to write.</source>
        <translation>Berkas PDF yang akan dibuat.</translation>
    </message>
    <message>
        <location filename="../app/cli/publishcommand.cpp" line="+17"/>
        <source>The folder for index.html, accounts.csv, accounts.json and accounts.pdf (made if it does not exist).</source>
        <translation>Folder untuk index.html, accounts.csv, accounts.json dan accounts.pdf (dibuat bila belum ada).</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../app/cli/reportcommands.cpp" line="+1"/>
        <source>a4 (default) or f4 (215 x 330 mm).</source>
        <translation>a4 (bawaan) atau f4 (215 x 330 mm).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>brankas-cli publish: give --out DIR, the folder to write the public list into.</source>
        <translation>brankas-cli publish: berikan --out DIR, folder tempat daftar publik ditulis.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>brankas-cli publish: the paper is a4 or f4.</source>
        <translation>brankas-cli publish: kertasnya a4 atau f4.</translation>
    </message>
    <message numerus="yes">
        <location line="+16"/>
        <source>Published %n official account(s) active on %1 in %2:</source>
        <translation>
            <numerusform>%n akun resmi yang aktif pada %1 diterbitkan di %2:</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>SHA-256 of the list (accounts.json), as the archive log records it: %1</source>
        <translation>SHA-256 daftar (accounts.json), sebagaimana dicatat log arsip: %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>write the public list of official accounts for the office&apos;s website (HTML, CSV, JSON and a PDF with QR codes)</source>
        <translation>tulis daftar publik akun resmi untuk situs web kantor (HTML, CSV, JSON dan PDF dengan kode QR)</translation>
    </message>
    <message>
        <location filename="../app/cli/reportcommands.cpp" line="+9"/>
        <source>brankas-cli %1: give --out FILE.pdf.</source>
        <translation>brankas-cli %1: isikan --out FILE.pdf.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>brankas-cli %1: the paper is a4 or f4.</source>
        <translation>brankas-cli %1: ukuran kertas harus a4 atau f4.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Report written to %1.</source>
        <translation>Laporan telah disimpan di %1.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Add the sealed-envelope annex with the accounts&apos; passwords (logged; not for viewers).</source>
        <translation>Sertakan lampiran amplop tertutup berisi kata sandi akun (dicatat dalam log arsip; tidak untuk peninjau).</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Only accounts active on or after this date (YYYY-MM-DD).</source>
        <translation>Hanya akun yang aktif pada atau sesudah tanggal ini (YYYY-MM-DD).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only accounts active on or before this date (YYYY-MM-DD).</source>
        <translation>Hanya akun yang aktif pada atau sebelum tanggal ini (YYYY-MM-DD).</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>First day of the extract (YYYY-MM-DD).</source>
        <translation>Tanggal awal petikan (YYYY-MM-DD).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last day of the extract (YYYY-MM-DD).</source>
        <translation>Tanggal akhir petikan (YYYY-MM-DD).</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>brankas-cli report log: give --from DATE and --until DATE.</source>
        <translation>brankas-cli report log: isikan --from DATE dan --until DATE.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Only the kecamatan of this province (72) or regency (72.05); the whole vault when left out.</source>
        <translation>Hanya kecamatan di provinsi (72) atau kabupaten/kota (72.05) ini; seluruh brankas bila tidak diisi.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>brankas-cli report evaluation: give --year YYYY.</source>
        <translation>brankas-cli report evaluation: berikan --year YYYY.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>print the berita acara of a handover to PDF</source>
        <translation>cetak berita acara serah terima ke PDF</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>print the account register to PDF</source>
        <translation>cetak daftar akun ke PDF</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>print the health check&apos;s findings to PDF</source>
        <translation>cetak temuan pemeriksaan kesehatan ke PDF</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>print an archive log extract with its verification to PDF</source>
        <translation>cetak petikan log arsip beserta hasil verifikasinya ke PDF</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>print the yearly evaluation of the accounts, with charts, as PDF</source>
        <translation>cetak evaluasi tahunan akun, dengan grafik, sebagai PDF</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>print the recovery sheet for the office safe to PDF (administrators)</source>
        <translation>cetak lembar pemulihan untuk lemari besi kantor ke PDF (khusus administrator)</translation>
    </message>
    <message>
        <location filename="../app/cli/importcommands.cpp" line="-66"/>
        <location filename="../app/cli/metricscommands.cpp" line="+15"/>
        <source>Sheet of the workbook to read (default: the first).</source>
        <translation>Sheet buku kerja yang dibaca (bawaan: yang pertama).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Read the column HEADER as FIELD (repeatable).</source>
        <translation>Baca kolom HEADER sebagai FIELD (boleh diulang).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Term of rows that name none (default: the current term).</source>
        <translation>Masa tugas untuk baris yang tidak menyebutkannya (bawaan: masa tugas saat ini).</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../app/cli/metricscommands.cpp" line="+2"/>
        <source>Check every row and list the problems; record nothing.</source>
        <translation>Periksa setiap baris dan daftarkan masalahnya; tidak ada yang dicatat.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record the valid rows even when other rows have problems.</source>
        <translation>Catat baris yang valid walaupun baris lain bermasalah.</translation>
    </message>
    <message>
        <location line="+8"/>
        <location filename="../app/cli/metricscommands.cpp" line="+28"/>
        <source>row %1: %2</source>
        <translation>baris %1: %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../app/cli/metricscommands.cpp" line="+1"/>
        <source>row %1: %2: %3</source>
        <translation>baris %1: %2: %3</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Columns not recognised, ignored: %1</source>
        <translation>Kolom yang tidak dikenali, diabaikan: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Valid rows: %1, rows with problems: %2 (duplicates: %3), recorded: %4</source>
        <translation>Baris valid: %1, baris bermasalah: %2 (duplikat: %3), dicatat: %4</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Nothing was recorded: correct the rows above, or give --skip-invalid to record only the valid rows.</source>
        <translation>Tidak ada yang dicatat: perbaiki baris di atas, atau berikan --skip-invalid untuk mencatat baris yang valid saja.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The passwords are now encrypted in the vault, but %1 still holds them in the clear: destroy the file and any copy of it (e-mail, USB stick, recycle bin).</source>
        <translation>Kata sandi kini tersimpan terenkripsi di brankas, tetapi %1 masih memuatnya tanpa enkripsi: musnahkan berkas itu dan setiap salinannya (e-mail, flashdisk, tempat sampah).</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>bring accounts in from an Excel workbook (.xlsx) or a CSV file, every row checked first</source>
        <translation>memasukkan akun dari buku kerja Excel (.xlsx) atau berkas CSV, setiap baris diperiksa lebih dulu</translation>
    </message>
    <message>
        <location filename="../app/cli/exportcommands.cpp" line="-5"/>
        <source>The file to write: NAME.xlsx (Excel) or NAME.csv.</source>
        <translation>Berkas yang ditulis: NAMA.xlsx (Excel) atau NAMA.csv.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Add the Password column (administrators only; reads your passphrase again). The file is not protected.</source>
        <translation>Tambahkan kolom Password (khusus administrator; frasa sandi Anda dibaca sekali lagi). Berkasnya tidak dilindungi.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>brankas-cli export register: give --out FILE.xlsx or --out FILE.csv.</source>
        <translation>brankas-cli export register: berikan --out BERKAS.xlsx atau --out BERKAS.csv.</translation>
    </message>
    <message numerus="yes">
        <location line="+18"/>
        <location line="+17"/>
        <source>%n account(s) written to %1</source>
        <translation>
            <numerusform>%n akun ditulis ke %1</numerusform>
        </translation>
    </message>
    <message>
        <location line="-8"/>
        <source>passphrase of officer %1, again</source>
        <translation>frasa sandi petugas %1, sekali lagi</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Warning: %1 holds the passwords in the clear and is not protected. Keep it off shared folders and e-mail, and destroy it once it has been imported.</source>
        <translation>Peringatan: %1 memuat kata sandi tanpa enkripsi dan tidak dilindungi. Jangan taruh di folder bersama atau di e-mail, dan musnahkan setelah diimpor.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>write the register (no secret) to an Excel workbook or a CSV file, with the headers import reads</source>
        <translation>menulis register (tanpa data rahasia) ke buku kerja Excel atau berkas CSV, dengan judul kolom yang dibaca import</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>with --with-secrets: the same passphrase again</source>
        <translation>dengan --with-secrets: frasa sandi yang sama sekali lagi</translation>
    </message>
    <message>
        <location filename="../app/cli/vaultcheckcommand.cpp" line="+39"/>
        <source>No problems: the server&apos;s guards, the key, the archive log (%1 entries) and every secret are whole.</source>
        <translation>Tidak ada masalah: pengaman server, kunci, log arsip (%1 entri), dan setiap rahasia utuh.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No problems: the file, the key, the archive log (%1 entries) and every secret are whole.</source>
        <translation>Tidak ada masalah: berkas, kunci, log arsip (%1 entri), dan setiap data rahasia utuh.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>check the vault file, its key, the archive log and every secret; one line per problem, exit 3 if the log fails</source>
        <translation>memeriksa berkas brankas, kuncinya, log arsip, dan setiap data rahasia; satu baris per masalah, kode keluar 3 jika log gagal</translation>
    </message>
    <message>
        <location filename="../app/cli/restorecommand.cpp" line="-72"/>
        <source>The backup file.</source>
        <translation>Berkas cadangan.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Where the restored vault is written.</source>
        <translation>Tempat brankas hasil pemulihan ditulis.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Replace a file already at PATH; it is kept as PATH.before-restore.</source>
        <translation>Ganti berkas yang sudah ada di PATH; berkas lama disimpan sebagai PATH.before-restore.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>brankas-cli restore: give the backup file and --to PATH.</source>
        <translation>brankas-cli restore: isikan berkas cadangan dan --to PATH.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Add --replace to restore in its place; the old file is then kept as %1.</source>
        <translation>Tambahkan --replace untuk memulihkan di tempat itu; berkas lama lalu disimpan sebagai %1.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Restored</source>
        <translation>Dipulihkan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Backup made</source>
        <translation>Cadangan dibuat</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../app/cli/vaultmovecommand.cpp" line="+47"/>
        <source>Archive log</source>
        <translation>Log arsip</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Old file kept as</source>
        <translation>Berkas lama disimpan sebagai</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The vault is restored, but this computer&apos;s keychain does not hold its key: open it with the recovery passphrase, then run brankas-cli recover.</source>
        <translation>Brankas sudah dipulihkan, tetapi penyimpanan kata sandi komputer ini tidak memuat kuncinya: buka dengan frasa sandi pemulihan, lalu jalankan brankas-cli recover.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>restore a vault from an encrypted backup, on this or a new computer (administrators of the backed-up vault)</source>
        <translation>pulihkan brankas dari cadangan terenkripsi, di komputer ini atau komputer baru (administrator brankas yang dicadangkan)</translation>
    </message>
    <message>
        <location filename="../app/cli/recoverychangecommand.cpp" line="-85"/>
        <source>Write the new recovery sheet, with the new passphrase on it, to this PDF.</source>
        <translation>Tulis lembar pemulihan baru, berisi frasa sandi baru, ke PDF ini.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a4 (default) or f4 (215 x 330 mm), for --sheet.</source>
        <translation>a4 (bawaan) atau f4 (215 x 330 mm), untuk --sheet.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Let Brankas choose the new passphrase (six words, as the setup does) and print it only on the --sheet; standard input then has no line for it.</source>
        <translation>Biarkan Brankas memilih frasa sandi baru (enam kata, seperti saat penyiapan) dan mencetaknya hanya pada --sheet; masukan standar lalu tidak memuat barisnya.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>brankas-cli recovery change: takes no NAME; --propose needs --sheet FILE.pdf, the only place the proposed passphrase is written.</source>
        <translation>brankas-cli recovery change: tanpa NAMA; --propose memerlukan --sheet BERKAS.pdf, satu-satunya tempat frasa usulan ditulis.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>brankas-cli recovery change: the paper is a4 or f4.</source>
        <translation>brankas-cli recovery change: kertasnya a4 atau f4.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>new recovery passphrase</source>
        <translation>frasa sandi pemulihan baru</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>The recovery passphrase is replaced: the old one and its sheet open nothing any more. Destroy the old sheet.</source>
        <translation>Frasa sandi pemulihan sudah diganti: frasa lama dan lembarnya tidak membuka apa pun lagi. Musnahkan lembar lama.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The new recovery sheet is %1: print it for the office safe, then delete the file.</source>
        <translation>Lembar pemulihan baru ada di %1: cetak untuk brankas kantor, lalu hapus berkasnya.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>replace the recovery passphrase and print its new sheet; the old passphrase opens nothing any more (administrators)</source>
        <translation>ganti frasa sandi pemulihan dan cetak lembar barunya; frasa lama tidak membuka apa pun lagi (administrator)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the current recovery passphrase</source>
        <translation>frasa sandi pemulihan saat ini</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the new recovery passphrase, unless --propose is given</source>
        <translation>frasa sandi pemulihan baru, kecuali --propose diberikan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a new passphrase of your own, only if an administrator reset yours (officer reset)</source>
        <translation>frasa sandi baru Anda sendiri, hanya jika administrator mengatur ulang frasa Anda (officer reset)</translation>
    </message>
    <message>
        <location filename="../app/cli/evaluationcommands.cpp" line="+19"/>
        <source>What was achieved or what got in the way.</source>
        <translation>Apa yang dicapai atau apa yang menghambat.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Code of the kecamatan (see kecamatan list).</source>
        <translation>Kode kecamatan (lihat kecamatan list).</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../app/cli/reportcommands.cpp" line="-68"/>
        <source>The year evaluated.</source>
        <translation>Tahun yang dievaluasi.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>achievement or obstacle.</source>
        <translation>achievement (capaian) atau obstacle (kendala).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Of an obstacle: no-device, officer-changed, account-locked, platform-restriction or other.</source>
        <translation>Untuk kendala: no-device, officer-changed, account-locked, platform-restriction atau other.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Correct the text (and an obstacle&apos;s category) of this note instead of recording a new one; see evaluation notes. Its kecamatan, year and kind stay.</source>
        <translation>Koreksi teks (dan kategori kendala) catatan ini alih-alih mencatat yang baru; lihat evaluation notes. Kecamatan, tahun, dan jenisnya tetap.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>brankas-cli evaluation note --edit ID: a note keeps its kecamatan, year and kind; give only the new text and, for an obstacle, --category.</source>
        <translation>brankas-cli evaluation note --edit ID: kecamatan, tahun, dan jenis catatan tetap; berikan hanya teks baru dan, untuk kendala, --category.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>note</source>
        <translation>catatan</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Note %1 of %2 %3, %4: %5</source>
        <translation>Catatan %1 untuk %2 %3, %4: %5</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>brankas-cli evaluation note --edit ID: give the note&apos;s new text.</source>
        <translation>brankas-cli evaluation note --edit ID: berikan teks baru catatan itu.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>brankas-cli evaluation note: give --kecamatan CODE, --year YYYY, --kind achievement|obstacle and the text.</source>
        <translation>brankas-cli evaluation note: berikan --kecamatan KODE, --year YYYY, --kind achievement|obstacle dan teksnya.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Note %1 recorded for %2 %3, %4: %5</source>
        <translation>Catatan %1 dicatat untuk %2 %3, %4: %5</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Only the notes of this year.</source>
        <translation>Hanya catatan tahun ini.</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>record an achievement or an obstacle of a kecamatan&apos;s accounts in a year, or correct one (--edit)</source>
        <translation>catat capaian atau kendala akun suatu kecamatan dalam setahun, atau koreksi salah satunya (--edit)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>list the achievements and obstacles recorded, with their numbers</source>
        <translation>tampilkan capaian dan kendala yang tercatat, beserta nomornya</translation>
    </message>
    <message>
        <location filename="../app/cli/metricscommands.cpp" line="-136"/>
        <source>Number of the account (see account list).</source>
        <translation>Nomor akun (lihat account list).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The month the figures are for (YYYY-MM).</source>
        <translation>Bulan dari angka tersebut (YYYY-MM).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Followers at the end of the month (&quot;&quot; clears it).</source>
        <translation>Pengikut pada akhir bulan (&quot;&quot; mengosongkannya).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Posts published in the month.</source>
        <translation>Postingan yang diterbitkan dalam bulan itu.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reach (or impressions) in the month.</source>
        <translation>Jangkauan (atau tayangan) dalam bulan itu.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Likes, comments and shares in the month.</source>
        <translation>Suka, komentar dan bagikan dalam bulan itu.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>brankas-cli metrics set: give the account&apos;s ID, --month YYYY-MM and at least one figure.</source>
        <translation>brankas-cli metrics set: berikan ID akun, --month YYYY-MM dan sekurang-kurangnya satu angka.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Figures recorded: %1</source>
        <translation>Angka dicatat: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Only this account.</source>
        <translation>Hanya akun ini.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only the months of this year.</source>
        <translation>Hanya bulan-bulan pada tahun ini.</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Month</source>
        <translation>Bulan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Followers</source>
        <translation>Pengikut</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Posts</source>
        <translation>Postingan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reach</source>
        <translation>Jangkauan</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Engagement</source>
        <translation>Interaksi</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The .xlsx or .csv file with the figures.</source>
        <translation>Berkas .xlsx atau .csv berisi angka-angka.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The account a platform&apos;s own export is of.</source>
        <translation>Akun pemilik berkas ekspor dari platform.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Layout: %1</source>
        <translation>Tata letak: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Columns not used, ignored: %1</source>
        <translation>Kolom yang tidak dipakai, diabaikan: %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Months: %1 (changing figures already recorded: %2), rows with problems: %3, recorded: %4</source>
        <translation>Bulan: %1 (mengubah angka yang sudah tercatat: %2), baris bermasalah: %3, dicatat: %4</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Nothing was recorded: correct the rows above and import the file again.</source>
        <translation>Tidak ada yang dicatat: perbaiki baris di atas lalu impor berkas itu lagi.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>record an account&apos;s figures for one month</source>
        <translation>catat angka satu akun untuk satu bulan</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>bring monthly figures in from a sheet or a platform&apos;s export, every row checked first</source>
        <translation>masukkan angka bulanan dari lembar kerja atau ekspor platform, setiap baris diperiksa dahulu</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>list the monthly figures of the accounts</source>
        <translation>tampilkan angka bulanan akun-akun</translation>
    </message>
    <message>
        <location filename="../app/cli/vaultmovecommand.cpp" line="-32"/>
        <source>Where the copy goes: a new vault file, or an empty database on a PostgreSQL server (postgresql://USER@HOST[:PORT]/DATABASE).</source>
        <translation>Tujuan salinan: berkas brankas baru, atau basis data kosong di server PostgreSQL (postgresql://USER@HOST[:PORT]/DATABASE).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>brankas-cli vault move: give --to FILE or --to postgresql://USER@HOST/DATABASE.</source>
        <translation>brankas-cli vault move: berikan --to BERKAS atau --to postgresql://USER@HOST/DATABASE.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Copied to</source>
        <translation>Disalin ke</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The vault at %1 was left as it was. Once every officer uses the new place (--vault %2), keep the old one as a copy or remove it.</source>
        <translation>Brankas di %1 dibiarkan seperti semula. Setelah semua petugas memakai tempat baru (--vault %2), simpan yang lama sebagai salinan atau hapus.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>copy the vault to a new file or to a PostgreSQL server (either way), verify the copy&apos;s archive log, and leave the vault itself untouched (administrators)</source>
        <translation>salin brankas ke berkas baru atau ke server PostgreSQL (ke dua arah), periksa log arsip salinannya, dan biarkan brankas asal tidak berubah (administrator)</translation>
    </message>
</context>
<context>
    <name>Brankas::DonePage</name>
    <message>
        <location filename="../ui/setup/donepage.cpp" line="+78"/>
        <source>The vault is ready</source>
        <translation>Brankas siap digunakan</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The vault of %1 has been created and you are signed in as its administrator.</source>
        <translation>Brankas milik %1 telah dibuat dan Anda telah masuk sebagai administratornya.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This PC&apos;s keychain did not take the vault key</source>
        <translation>Penyimpanan kata sandi komputer ini tidak menerima kunci brankas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1

The vault is created and safe. Until the keychain works, Brankas asks for the recovery passphrase when someone signs in on this PC. An administrator can put the key into the keychain later from Settings.</source>
        <translation>%1

Brankas telah dibuat dan aman. Selama penyimpanan kata sandi komputer ini belum berfungsi, Brankas akan meminta frasa sandi pemulihan setiap kali ada petugas yang masuk di komputer ini. Administrator dapat menyimpan kunci tersebut ke penyimpanan kata sandi komputer ini nanti melalui Pengaturan.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The office details could not be saved: %1 You can enter them in Settings.</source>
        <translation>Data kantor tidak dapat disimpan: %1 Anda dapat mengisinya di Pengaturan.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose Finish to open the register. Next steps: add the other officers, record the terms of the Panwaslu Kecamatan and register their accounts.</source>
        <translation>Pilih Selesai untuk membuka daftar. Langkah berikutnya: tambahkan petugas lain, catat masa tugas Panwaslu Kecamatan, lalu catat akun-akunnya dalam daftar.</translation>
    </message>
</context>
<context>
    <name>Brankas::Error</name>
    <message>
        <location filename="../core/crypto/aead.cpp" line="+39"/>
        <location filename="../core/crypto/digest.cpp" line="+34"/>
        <location filename="../core/crypto/kdf.cpp" line="+56"/>
        <location filename="../core/crypto/mac.cpp" line="+28"/>
        <location filename="../core/crypto/sealedbox.cpp" line="+28"/>
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
        <location filename="../core/crypto/sealedbox.cpp" line="+8"/>
        <source>The encrypted data is damaged or was moved from where it belongs.</source>
        <translation>Data terenkripsi rusak atau telah dipindahkan dari tempat yang semestinya.</translation>
    </message>
    <message>
        <location filename="../core/crypto/kdf.cpp" line="+47"/>
        <source>The passphrase protection settings are outside the range Brankas accepts, so the file may be damaged.</source>
        <translation>Pengaturan perlindungan frasa sandi berada di luar batas yang diterima Brankas; berkas mungkin rusak.</translation>
    </message>
    <message>
        <location filename="../core/crypto/random.cpp" line="+16"/>
        <source>Brankas could not get secure random numbers from the computer. Please restart Brankas; if it keeps happening, tell your technical support.</source>
        <translation>Brankas tidak dapat memperoleh bilangan acak yang aman dari komputer. Silakan mulai ulang Brankas; jika masalah ini terus terjadi, hubungi petugas dukungan teknis Anda.</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>A random number was asked for from an empty range.</source>
        <translation>Bilangan acak diminta dari rentang yang kosong.</translation>
    </message>
    <message>
        <location filename="../core/domain/referencedata.cpp" line="+18"/>
        <location line="+15"/>
        <location filename="../core/reports/reportfonts.cpp" line="+30"/>
        <location filename="../core/storage/migrations.cpp" line="+120"/>
        <source>Brankas is missing one of its own files (%1); reinstall it.</source>
        <translation>Salah satu berkas bawaan Brankas (%1) tidak ada atau tidak utuh; pasang ulang Brankas.</translation>
    </message>
    <message>
        <location line="+102"/>
        <source>There is no regency or city with code &quot;%1&quot;. Did you mean: %2?</source>
        <translation>Tidak ada kabupaten atau kota dengan kode &quot;%1&quot;. Apakah yang Anda maksud: %2?</translation>
    </message>
    <message>
        <location filename="../core/keychain/memorykeystore.cpp" line="+14"/>
        <location filename="../core/keychain/systemkeystore.cpp" line="+108"/>
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
        <location filename="../core/error.cpp" line="+117"/>
        <source>The vault is locked; sign in again to make changes.</source>
        <translation>Brankas terkunci; masuk kembali untuk melakukan perubahan.</translation>
    </message>
    <message>
        <location filename="../core/log/logverifier.cpp" line="+144"/>
        <source>Verification was cancelled.</source>
        <translation>Verifikasi dibatalkan.</translation>
    </message>
    <message>
        <location filename="../core/storage/database.cpp" line="+43"/>
        <source>Brankas cannot create the vault file %1: %2</source>
        <translation>Brankas tidak dapat membuat berkas brankas %1: %2</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>The PostgreSQL driver of Qt is missing (on Debian and Ubuntu: the package libqt6sql6-psql); reinstall Brankas.</source>
        <translation>Driver PostgreSQL untuk Qt tidak ada (di Debian dan Ubuntu: paket libqt6sql6-psql); pasang ulang Brankas.</translation>
    </message>
    <message>
        <location line="+118"/>
        <source>The SQLite driver of Qt is missing; reinstall Brankas.</source>
        <translation>Driver SQLite untuk Qt tidak ditemukan; pasang ulang Brankas.</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>Brankas is still reading the vault (the archive log is being verified). Nothing was changed; try again when it has finished.</source>
        <translation>Brankas masih membaca data brankas (log arsip sedang diverifikasi). Tidak ada yang diubah; coba lagi setelah verifikasi selesai.</translation>
    </message>
    <message>
        <location filename="../core/storage/metastore.cpp" line="+37"/>
        <source>The vault is damaged: its &quot;%1&quot; record is missing. Open a backup copy.</source>
        <translation>Berkas brankas rusak: catatan &quot;%1&quot; tidak ada. Buka salinan cadangan.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>The vault is damaged: its recovery key record is missing. Open a backup copy.</source>
        <translation>Berkas brankas rusak: catatan kunci pemulihan tidak ada. Buka salinan cadangan.</translation>
    </message>
    <message>
        <location filename="../core/storage/officerstore.cpp" line="+59"/>
        <source>That officer is no longer in the vault.</source>
        <translation>Petugas tersebut sudah tidak ada di brankas.</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>There is no officer named &quot;%1&quot;.</source>
        <translation>Tidak ada petugas bernama &quot;%1&quot;.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>There is no officer number %1.</source>
        <translation>Tidak ada petugas bernomor %1.</translation>
    </message>
    <message>
        <location filename="../core/storage/sqlerror.cpp" line="+146"/>
        <location filename="../core/vault/vault.cpp" line="+36"/>
        <source>The vault file is damaged. Open a backup copy, or restore the vault from a backup with the recovery passphrase.</source>
        <translation>Berkas brankas rusak. Buka salinan cadangan, atau pulihkan brankas dari cadangan dengan frasa sandi pemulihan.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The vault is busy in another program. Wait a moment and try again.</source>
        <translation>Berkas brankas sedang digunakan oleh program lain. Tunggu sebentar, lalu coba lagi.</translation>
    </message>
    <message>
        <location line="-132"/>
        <source>The disk is full. Free some space; nothing was changed.</source>
        <translation>Disk penuh. Kosongkan sebagian ruang disk; tidak ada yang diubah.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The vault file cannot be read or written. Check that the folder exists and that you may write to it.</source>
        <translation>Berkas brankas tidak dapat dibaca atau ditulis. Pastikan foldernya ada dan Anda berhak menulis ke folder tersebut.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The vault&apos;s server asks for a password, and this PC does not have the right one (neither in a .pgpass file nor in its keychain). Open the vault with Vault &gt; Open a vault on a server… and type the server&apos;s password there, or run brankas-cli recover --vault ADDRESS on this PC: either asks for it once and keeps it in the keychain. Or the server&apos;s administrator sets up a .pgpass file or a client certificate.</source>
        <translation>Server brankas meminta kata sandi, dan komputer ini tidak memiliki yang benar (tidak di berkas .pgpass maupun di keychain-nya). Buka brankas melalui Brankas &gt; Buka brankas di server… dan ketik kata sandi server di sana, atau jalankan brankas-cli recover --vault ALAMAT di komputer ini: keduanya menanyakannya sekali dan menyimpannya di keychain. Atau administrator server menyiapkan berkas .pgpass atau sertifikat klien.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Brankas cannot reach the vault&apos;s server, or lost it in the middle of the work. Nothing was changed: the server undoes a change it had not finished. Check the network and that the server runs, then try again; the next attempt connects again. Details: %1</source>
        <translation>Brankas tidak dapat menghubungi server brankas, atau kehilangan hubungan di tengah pekerjaan. Tidak ada yang diubah: server membatalkan perubahan yang belum selesai. Periksa jaringan dan pastikan server berjalan, lalu coba lagi; percobaan berikutnya menyambung kembali. Rincian: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Another PC changed the same data at the same moment, so this change was not saved; nothing was changed. Try again.</source>
        <translation>Komputer lain mengubah data yang sama pada saat yang sama, sehingga perubahan ini tidak disimpan; tidak ada yang diubah. Coba lagi.</translation>
    </message>
    <message>
        <location line="+75"/>
        <source>The vault&apos;s server does not allow the user named in the vault&apos;s address to do this in its database; nothing was changed. The database must belong to that user: ask the server&apos;s administrator to make it so (CREATE DATABASE … OWNER that user).</source>
        <translation>Server brankas tidak mengizinkan pengguna yang tertulis di alamat brankas melakukan hal ini di basis datanya; tidak ada yang diubah. Basis data itu harus dimiliki oleh pengguna itu: minta administrator server untuk mengaturnya (CREATE DATABASE … OWNER pengguna itu).</translation>
    </message>
    <message>
        <location line="-23"/>
        <source>The vault is busy on another PC. Wait a moment and try again.</source>
        <translation>Brankas sedang dipakai di komputer lain. Tunggu sebentar lalu coba lagi.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+71"/>
        <source>The vault could not save or read data; nothing was changed. Details: %1</source>
        <translation>Data tidak dapat disimpan ke atau dibaca dari berkas brankas; tidak ada yang diubah. Rincian: %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The disk that holds %1 is full, so the change was not saved; everything saved before it is still there. Free some space on that disk and try again.</source>
        <translation>Disk tempat %1 penuh, sehingga perubahan tidak disimpan; semua yang tersimpan sebelumnya tetap ada. Kosongkan sebagian ruang di disk itu, lalu coba lagi.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Brankas cannot write to %1: the file, its folder or its disk is read-only or failed. The change was not saved; everything saved before it is still there.</source>
        <translation>Brankas tidak dapat menulis ke %1: berkas, foldernya, atau disknya hanya-baca atau rusak. Perubahan tidak disimpan; semua yang tersimpan sebelumnya tetap ada.</translation>
    </message>
    <message>
        <location filename="../core/storage/vaultfile.cpp" line="+20"/>
        <source>&quot;%1&quot; is not a Brankas vault. Choose the vault file (it ends in .brankas).</source>
        <translation>&quot;%1&quot; bukan berkas brankas. Pilih berkas brankas (namanya berakhiran .brankas).</translation>
    </message>
    <message>
        <location line="+44"/>
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
        <location filename="../core/vault/vault.cpp" line="+102"/>
        <source>This vault was saved by a newer version of Brankas (vault format %1; this version reads up to %2). Install the newer Brankas to open it.</source>
        <translation>Berkas brankas ini disimpan oleh aplikasi Brankas versi yang lebih baru (format brankas %1; versi ini hanya dapat membaca sampai format %2). Pasang aplikasi Brankas versi terbaru untuk membukanya.</translation>
    </message>
    <message>
        <location filename="../core/text/csv.cpp" line="+12"/>
        <source>Line %1 of the CSV file is not valid: %2</source>
        <translation>Baris %1 pada berkas CSV tidak valid: %2</translation>
    </message>
    <message>
        <location line="+58"/>
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
        <location filename="../core/vault/officers.cpp" line="+24"/>
        <source>The officer name or passphrase is not right. Check Caps Lock and try again.</source>
        <translation>Nama petugas atau frasa sandi salah. Periksa tombol Caps Lock, lalu coba lagi.</translation>
    </message>
    <message>
        <location filename="../core/text/textrules.cpp" line="+12"/>
        <source>officer&apos;s name</source>
        <translation>nama petugas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>name</source>
        <translation>nama</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>position</source>
        <translation>jabatan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>office&apos;s name</source>
        <translation>nama kantor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>place name</source>
        <translation>nama tempat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>term&apos;s name</source>
        <translation>nama masa tugas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>address</source>
        <translation>alamat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>platform&apos;s name</source>
        <translation>nama platform</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>account&apos;s display name</source>
        <translation>nama tampilan akun</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>username</source>
        <translation>nama pengguna</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e-mail address</source>
        <translation>alamat e-mail</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>reason</source>
        <translation>alasan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>notes</source>
        <translation>catatan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>evaluation note</source>
        <translation>catatan evaluasi</translation>
    </message>
    <message>
        <location line="+87"/>
        <source>The %1 contains a control character or an invisible mark (%2), which could hide or reorder what is shown. Type it again without it.</source>
        <translation>Isian %1 berisi karakter kendali atau tanda tak terlihat (%2) yang dapat menyembunyikan atau membalik urutan tampilan. Ketik ulang tanpa karakter itu.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The %1 is too long: at most %2 characters (it has %3).</source>
        <translation>Isian %1 terlalu panjang: paling banyak %2 karakter (isian ini %3).</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The %1 mixes letters of different alphabets (such as a Cyrillic &quot;А&quot; among Latin letters), so it could pass for another name. Type it in one alphabet.</source>
        <translation>Isian %1 mencampur huruf dari abjad yang berbeda (misalnya &quot;А&quot; Sirilik di antara huruf Latin), sehingga dapat menyamar sebagai nama lain. Ketik dengan satu abjad saja.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Give the officer&apos;s name.</source>
        <translation>Isikan nama petugas.</translation>
    </message>
    <message>
        <location filename="../core/vault/officers.cpp" line="+75"/>
        <location filename="../app/cli/officercommands.cpp" line="-234"/>
        <source>Only an administrator can add officers.</source>
        <translation>Hanya administrator yang dapat menambahkan petugas.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>There is already an officer named &quot;%1&quot;.</source>
        <translation>Sudah ada petugas bernama &quot;%1&quot;.</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>This officer&apos;s access was closed on %1 by %2. Ask an administrator if it should be opened again.</source>
        <translation>Akses petugas ini ditutup pada %1 oleh %2. Tanyakan kepada administrator jika akses perlu dibuka kembali.</translation>
    </message>
    <message>
        <location filename="../core/vault/passphrase.cpp" line="+16"/>
        <source>This passphrase is too easy to guess: it is a common password or is built on a common word or name, which guessers try first. Use three or four unrelated words, e.g. &quot;kopi hujan sepeda merah&quot;.</source>
        <translation>Frasa sandi ini terlalu mudah ditebak: ini kata sandi yang umum atau disusun dari kata atau nama umum yang dicoba lebih dulu oleh penebak. Gunakan tiga atau empat kata yang tidak berhubungan, misalnya &quot;kopi hujan sepeda merah&quot;.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This passphrase is too easy to guess: it is built on the officer&apos;s name or a word everybody here tries (bawaslu, rahasia, sandi, a place). Use three or four unrelated words, e.g. &quot;kopi hujan sepeda merah&quot;.</source>
        <translation>Frasa sandi ini terlalu mudah ditebak: disusun dari nama petugas atau kata yang dicoba semua orang di sini (bawaslu, rahasia, sandi, nama tempat). Gunakan tiga atau empat kata yang tidak berhubungan, misalnya &quot;kopi hujan sepeda merah&quot;.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This passphrase is too easy to guess: it repeats characters or a part of itself (like aaaa or abcabc). Use three or four unrelated words.</source>
        <translation>Frasa sandi ini terlalu mudah ditebak: mengulang karakter atau bagian dirinya sendiri (seperti aaaa atau abcabc). Gunakan tiga atau empat kata yang tidak berhubungan.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This passphrase is too easy to guess: it is a sequence (like 12345678 or abcdefgh). Use three or four unrelated words.</source>
        <translation>Frasa sandi ini terlalu mudah ditebak: berupa urutan (seperti 12345678 atau abcdefgh). Gunakan tiga atau empat kata yang tidak berhubungan.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This passphrase is too easy to guess: it is a row or pattern of keys on the keyboard (like qwertyui or 1qaz2wsx). Use three or four unrelated words.</source>
        <translation>Frasa sandi ini terlalu mudah ditebak: berupa deretan atau pola tombol pada papan ketik (seperti qwertyui atau 1qaz2wsx). Gunakan tiga atau empat kata yang tidak berhubungan.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This passphrase is too easy to guess: it is built on a date or a year. Use three or four unrelated words.</source>
        <translation>Frasa sandi ini terlalu mudah ditebak: disusun dari tanggal atau tahun. Gunakan tiga atau empat kata yang tidak berhubungan.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>This passphrase is too easy to guess. Make it longer: three or four unrelated words are easy to remember and hard to guess.</source>
        <translation>Frasa sandi ini terlalu mudah ditebak. Buat lebih panjang: tiga atau empat kata yang tidak berhubungan mudah diingat dan sulit ditebak.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>The passphrase is not valid UTF-8 text. Type it on a keyboard, or set the script or terminal that passes it to UTF-8.</source>
        <translation>Frasa sandi ini bukan teks UTF-8 yang sah. Ketik dengan papan ketik, atau atur skrip atau terminal yang mengirimkannya ke UTF-8.</translation>
    </message>
    <message>
        <location line="+12"/>
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
        <location filename="../core/vault/vault.cpp" line="-10"/>
        <source>The database %1 on the server holds no Brankas vault. Create one there with brankas-cli init --server ADDRESS, or check the address.</source>
        <translation>Basis data %1 di server tidak berisi brankas Brankas. Buat di sana dengan brankas-cli init --server ALAMAT, atau periksa alamatnya.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>This vault must be upgraded to the current format first: open it once with write access.</source>
        <translation>Berkas brankas ini harus diperbarui ke format terkini terlebih dahulu: buka sekali dengan akses tulis.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Brankas could not keep a copy of the vault before upgrading it (%1). Nothing was changed.</source>
        <translation>Brankas tidak dapat membuat salinan berkas brankas sebelum memperbaruinya (%1). Tidak ada yang diubah.</translation>
    </message>
    <message>
        <location line="+98"/>
        <location filename="../core/vault/vaultkeychain.cpp" line="+52"/>
        <source>The key in this computer&apos;s keychain does not open this vault (it may belong to an older copy). Open the vault with the recovery passphrase.</source>
        <translation>Kunci di penyimpanan kata sandi komputer ini tidak dapat membuka brankas ini (mungkin kunci tersebut milik salinan yang lebih lama). Buka brankas dengan frasa sandi pemulihan.</translation>
    </message>
    <message>
        <location filename="../core/vault/vaultkeychain.cpp" line="+11"/>
        <source>Only an administrator can restore the vault key into this computer&apos;s keychain.</source>
        <translation>Hanya administrator yang dapat memulihkan kunci brankas ke penyimpanan kata sandi komputer ini.</translation>
    </message>
    <message>
        <location filename="../core/register/permissions.cpp" line="+12"/>
        <source>Viewers can look at the register but not change it. Ask an operator or an administrator.</source>
        <translation>Peninjau dapat melihat daftar, tetapi tidak dapat mengubahnya. Mintalah bantuan operator atau administrator.</translation>
    </message>
    <message>
        <location line="+11"/>
        <location filename="../core/vault/vaultfields.cpp" line="+18"/>
        <source>Viewers cannot see passwords or other secrets.</source>
        <translation>Peninjau tidak dapat melihat kata sandi atau data rahasia lainnya.</translation>
    </message>
    <message>
        <location filename="../core/vault/recoverychange.cpp" line="+28"/>
        <location filename="../app/cli/recoverychangecommand.cpp" line="-48"/>
        <source>Only an administrator can change the recovery passphrase.</source>
        <translation>Hanya administrator yang dapat mengganti frasa sandi pemulihan.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location filename="../core/vault/vault.cpp" line="+68"/>
        <source>The vault is open read-only; nothing can be changed.</source>
        <translation>Berkas brankas dibuka hanya untuk dibaca; tidak ada yang dapat diubah.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Your sign-in does not open the passwords in this vault yet, so the recovery passphrase cannot be replaced by you. Another administrator can do it.</source>
        <translation>Akses masuk Anda belum membuka kata sandi di brankas ini, sehingga Anda tidak dapat mengganti frasa sandi pemulihan. Administrator lain dapat melakukannya.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The new recovery passphrase is the same as the current one. Choose another.</source>
        <translation>Frasa sandi pemulihan baru sama dengan yang sekarang. Pilih yang lain.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The recovery passphrase&apos;s copy of the vault key does not match the vault. Ask an administrator to run brankas-cli vault check.</source>
        <translation>Salinan kunci brankas milik frasa sandi pemulihan tidak cocok dengan brankas. Minta administrator menjalankan brankas-cli vault check.</translation>
    </message>
    <message>
        <location filename="../core/vault/vaultdatabase.cpp" line="+47"/>
        <source>The database %1 on the server already holds a Brankas vault; Brankas will not overwrite it. Open that vault, or ask the server&apos;s administrator for a new, empty database.</source>
        <translation>Basis data %1 di server sudah berisi brankas Brankas; Brankas tidak akan menimpanya. Buka brankas itu, atau minta basis data baru yang kosong kepada administrator server.</translation>
    </message>
    <message>
        <location filename="../core/vault/vaultcreation.cpp" line="+196"/>
        <location filename="../core/vault/vaultmove.cpp" line="+42"/>
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
        <location filename="../core/backup/restore.cpp" line="+44"/>
        <source>Brankas could not rename %1 to %2, so the restored vault was not put in place. Nothing was changed.</source>
        <translation>Brankas tidak dapat mengganti nama %1 menjadi %2, sehingga brankas hasil pemulihan tidak dipasang. Tidak ada yang diubah.</translation>
    </message>
    <message>
        <location line="+89"/>
        <location line="+30"/>
        <source>%1 The backup was not restored; use another backup.</source>
        <translation>%1 Cadangan tidak dipulihkan; gunakan cadangan lain.</translation>
    </message>
    <message>
        <location line="-17"/>
        <source>Only an administrator of the backed-up vault can restore it, and %1 is not one. Nothing was restored.</source>
        <translation>Hanya administrator brankas yang dicadangkan yang dapat memulihkannya, dan %1 bukan administrator. Tidak ada yang dipulihkan.</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Give the path where the restored vault should be.</source>
        <translation>Isikan lokasi tempat brankas hasil pemulihan akan disimpan.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A backup restores into a vault file. To have it on a server, restore it to a file first, then: brankas-cli --vault FILE vault move --to %1</source>
        <translation>Cadangan dipulihkan ke berkas brankas. Agar ada di server, pulihkan dulu ke berkas, lalu: brankas-cli --vault BERKAS vault move --to %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 is a folder, a device or a link, not a vault file; give the path of the vault file to restore (for example vault.brankas).</source>
        <translation>%1 adalah folder, perangkat, atau tautan, bukan berkas brankas; isikan lokasi berkas brankas yang akan dipulihkan (misalnya vault.brankas).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>There is already a file at %1; a restore never overwrites it. Choose another place, or choose to replace it (the old file is then kept as %2).</source>
        <translation>Sudah ada berkas di %1; pemulihan tidak pernah menimpanya. Pilih tempat lain, atau pilih untuk menggantinya (berkas lama lalu disimpan sebagai %2).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 is still there from an earlier restore. Move it somewhere safe first, so that replacing the vault loses nothing.</source>
        <translation>%1 masih ada dari pemulihan sebelumnya. Pindahkan dulu ke tempat yang aman, agar tidak ada yang hilang saat brankas diganti.</translation>
    </message>
    <message>
        <location line="+18"/>
        <location filename="../core/vault/vaultcreation.cpp" line="+8"/>
        <source>Brankas cannot create the folder %1.</source>
        <translation>Brankas tidak dapat membuat folder %1.</translation>
    </message>
    <message>
        <location filename="../core/vault/vaultcreation.cpp" line="+36"/>
        <location filename="../core/vault/vaultmove.cpp" line="+34"/>
        <source>Brankas could not save the new vault as %1.</source>
        <translation>Brankas tidak dapat menyimpan brankas baru sebagai %1.</translation>
    </message>
    <message>
        <location filename="../core/vault/officerkeys.cpp" line="+28"/>
        <source>Your signing keys in this vault do not match your passphrase: the vault file was altered. Ask an administrator to check the archive log and restore a backup.</source>
        <translation>Kunci tanda tangan Anda di brankas ini tidak cocok dengan frasa sandi Anda: berkas brankas telah diubah. Minta administrator memeriksa log arsip dan memulihkan cadangan.</translation>
    </message>
    <message>
        <location line="+11"/>
        <location filename="../core/vault/vaultkey.cpp" line="+17"/>
        <source>The vault is damaged: its key protection settings are not valid. Open a backup copy.</source>
        <translation>Berkas brankas rusak: pengaturan perlindungan kuncinya tidak valid. Buka salinan cadangan.</translation>
    </message>
    <message>
        <location filename="../core/vault/vaultkey.cpp" line="+52"/>
        <source>The recovery passphrase is not right. Check it against the recovery sheet (capital letters count); nothing was changed.</source>
        <translation>Frasa sandi pemulihan salah. Cocokkan dengan lembar pemulihan (huruf besar dan huruf kecil dibedakan); tidak ada yang diubah.</translation>
    </message>
    <message>
        <location filename="../core/vault/vaultlock.cpp" line="+86"/>
        <source>The vault is in use by %1 (process %2 on computer %3). Close it there first, then try again.</source>
        <translation>Berkas brankas ini sedang dibuka oleh %1 (proses %2 di komputer %3). Tutup berkas tersebut di sana terlebih dahulu, lalu coba lagi.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Brankas cannot create its lock file beside the vault (%1). Check that you may write to that folder.</source>
        <translation>Brankas tidak dapat membuat berkas penguncian di samping berkas brankas (%1). Pastikan Anda berhak menulis ke folder tersebut.</translation>
    </message>
    <message>
        <location filename="../app/cli/context.cpp" line="-34"/>
        <location filename="../app/cli/recovercommand.cpp" line="-44"/>
        <location filename="../app/cli/restorecommand.cpp" line="-53"/>
        <source>Say which officer you are with --officer NAME (or BRANKAS_OFFICER).</source>
        <translation>Sebutkan nama petugas Anda dengan --officer NAME (atau BRANKAS_OFFICER).</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>%1 Brankas changes nothing in this vault. Run `brankas-cli log verify` for the details, and restore the vault from a backup.</source>
        <translation>%1 Brankas tidak mengubah apa pun di brankas ini. Jalankan `brankas-cli log verify` untuk rinciannya, lalu pulihkan brankas dari cadangan.</translation>
    </message>
    <message>
        <location filename="../app/cli/parsing.cpp" line="-47"/>
        <source>&quot;%1&quot; is not a date; write it as YYYY-MM-DD, e.g. 2024-02-14.</source>
        <translation>&quot;%1&quot; bukan tanggal; tuliskan dengan format YYYY-MM-DD, misalnya 2024-02-14.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&quot;%1&quot; is not a %2 number; use the number shown by the list.</source>
        <translation>&quot;%1&quot; bukan nomor %2 yang valid; gunakan nomor yang tercantum pada daftar.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Give exactly one %1.</source>
        <translation>Isikan tepat satu %1.</translation>
    </message>
    <message>
        <location filename="../app/cli/logcommands.cpp" line="-81"/>
        <source>--limit takes a whole number, e.g. 50.</source>
        <translation>--limit harus berupa bilangan bulat, misalnya 50.</translation>
    </message>
    <message>
        <location filename="../app/cli/officercommands.cpp" line="-9"/>
        <location line="+146"/>
        <source>&quot;%1&quot; is not a role. Use administrator, operator or viewer.</source>
        <translation>&quot;%1&quot; bukan peran yang dikenal. Gunakan administrator, operator, atau viewer (peninjau).</translation>
    </message>
    <message>
        <location filename="../app/cli/terminal.cpp" line="-19"/>
        <source>Standard input ended before the %1 (expected on line %2). See --help for the order of the lines.</source>
        <translation>Masukan standar berakhir sebelum %1 (seharusnya pada baris %2). Lihat --help untuk urutan baris.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A passphrase line is too long (more than %1 bytes).</source>
        <translation>Baris frasa sandi terlalu panjang (lebih dari %1 byte).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Line %1 of standard input (the %2) is not valid UTF-8 text; nothing was changed. Set the terminal or the script that passes it to UTF-8.</source>
        <translation>Baris %1 dari masukan standar (%2) bukan teks UTF-8 yang sah; tidak ada yang diubah. Atur terminal atau skrip yang mengirimkannya ke UTF-8.</translation>
    </message>
    <message>
        <location line="+10"/>
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
        <location filename="../core/register/accountchecks.cpp" line="+78"/>
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
        <location filename="../core/domain/platform.cpp" line="+32"/>
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
        <location line="+150"/>
        <source>&quot;%1&quot; is a link to a post, a video or a channel page, not to a profile. Copy the address of the account&apos;s profile, or type its username.</source>
        <translation>&quot;%1&quot; adalah tautan ke sebuah unggahan, video, atau halaman kanal, bukan ke profil. Salin alamat profil akun tersebut, atau ketik nama penggunanya.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>&quot;%1&quot; is not a valid %2 username. %3</source>
        <translation>&quot;%1&quot; bukan nama pengguna %2 yang valid. %3</translation>
    </message>
    <message>
        <location filename="../core/storage/kecamatanstore.cpp" line="+79"/>
        <source>There is no kecamatan with code &quot;%1&quot; in this vault. See: brankas-cli kecamatan list</source>
        <translation>Tidak ada kecamatan dengan kode &quot;%1&quot; di brankas ini. Lihat: brankas-cli kecamatan list</translation>
    </message>
    <message>
        <location filename="../core/storage/officestore.cpp" line="+30"/>
        <source>The office details are not set.</source>
        <translation>Data kantor belum diisi.</translation>
    </message>
    <message>
        <location filename="../core/domain/term.cpp" line="+25"/>
        <source>There is no term with number %1. See: brankas-cli term list</source>
        <translation>Tidak ada masa tugas dengan nomor %1. Lihat: brankas-cli term list</translation>
    </message>
    <message>
        <location filename="../core/domain/base32.cpp" line="+79"/>
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
        <location filename="../core/domain/passwordgenerator.cpp" line="+57"/>
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
        <location filename="../core/domain/totp.cpp" line="+31"/>
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
        <location filename="../core/register/accounts.cpp" line="+41"/>
        <location filename="../core/register/kecamatanregister.cpp" line="+116"/>
        <location filename="../core/register/secrets.cpp" line="+85"/>
        <source>Give the reason for the change; it goes into the archive log and the account&apos;s history.</source>
        <translation>Isikan alasan perubahan; alasan ini dicatat dalam log arsip dan riwayat akun.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&quot;%1&quot; is not an e-mail address (it looks like name@domain.id).</source>
        <translation>&quot;%1&quot; bukan alamat e-mail (bentuknya seperti nama@domain.id).</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&quot;%1&quot; is not a phone number; write it with digits, e.g. 0812-3456-7890 or +62 812 3456 7890.</source>
        <translation>&quot;%1&quot; bukan nomor telepon; tuliskan dengan angka, misalnya 0812-3456-7890 atau +62 812 3456 7890.</translation>
    </message>
    <message>
        <location line="+140"/>
        <source>Account %1 was changed after you opened it; nothing was changed. Look at it again and repeat the change if it is still right.</source>
        <translation>Akun %1 telah diubah setelah Anda membukanya; tidak ada yang diubah. Lihat lagi akun itu dan ulangi perubahan bila masih tepat.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Account %1 was changed by %2 at %3 (UTC) after you opened it; nothing was changed. Look at it again and repeat the change if it is still right.</source>
        <translation>Akun %1 telah diubah oleh %2 pada %3 (UTC) setelah Anda membukanya; tidak ada yang diubah. Lihat lagi akun itu dan ulangi perubahan bila masih tepat.</translation>
    </message>
    <message>
        <location filename="../core/register/accountchecks.cpp" line="-33"/>
        <source>Kecamatan %1 has been retired; new accounts cannot be recorded for it.</source>
        <translation>Kecamatan %1 sudah tidak aktif; akun baru tidak dapat dicatat untuk kecamatan ini.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Name the platform of an &quot;other&quot; account, e.g. &quot;WhatsApp Channel&quot;.</source>
        <translation>Sebutkan nama platform untuk akun &quot;Lainnya&quot; (other), misalnya &quot;WhatsApp Channel&quot;.</translation>
    </message>
    <message>
        <location line="+22"/>
        <location filename="../app/cli/accountcommands.cpp" line="-157"/>
        <source>A new account is recorded as active or as requested.</source>
        <translation>Akun baru dicatat dengan status Aktif atau Diajukan.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The %1 account @%2 is already in the register (number %3).</source>
        <translation>Akun %1 @%2 sudah ada dalam daftar (nomor %3).</translation>
    </message>
    <message>
        <location filename="../core/register/accounts.cpp" line="-82"/>
        <source>The %1 account @%2 is given twice.</source>
        <translation>Akun %1 @%2 diberikan dua kali.</translation>
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
        <location filename="../core/register/terms.cpp" line="+23"/>
        <source>Give the term a name, e.g. &quot;Pemilu 2024&quot;.</source>
        <translation>Beri nama masa tugas, misalnya &quot;Pemilu 2024&quot;.</translation>
    </message>
    <message>
        <location line="+7"/>
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
        <location line="+9"/>
        <source>The new end date must be after the term&apos;s current end (%1).</source>
        <translation>Tanggal berakhir yang baru harus sesudah tanggal berakhir masa tugas saat ini (%1).</translation>
    </message>
    <message>
        <location filename="../core/storage/accountstore.cpp" line="+261"/>
        <source>There is no account with number %1. See: brankas-cli account list</source>
        <translation>Tidak ada akun dengan nomor %1. Lihat: brankas-cli account list</translation>
    </message>
    <message>
        <location filename="../core/register/kecamatanregister.cpp" line="-81"/>
        <source>A kecamatan code of this office looks like %1.NN (the Kemendagri code, e.g. %1.12).</source>
        <translation>Kode kecamatan di kantor ini berbentuk %1.NN (kode Kemendagri, misalnya %1.12).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Give the kecamatan&apos;s name.</source>
        <translation>Isikan nama kecamatan.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Kecamatan %1 already has the code %2.</source>
        <translation>Kecamatan %1 sudah memiliki kode %2.</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>Kecamatan %1 is already retired.</source>
        <translation>Kecamatan %1 sudah tidak aktif.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Kecamatan %1 still has active or suspended accounts (%2): deactivate or hand them over before retiring it.</source>
        <translation>Kecamatan %1 masih memiliki akun yang aktif atau ditangguhkan (%2 akun): nonaktifkan akun tersebut atau lakukan serah terima sebelum menonaktifkan kecamatan ini.</translation>
    </message>
    <message>
        <location filename="../core/register/officesettings.cpp" line="+33"/>
        <source>&quot;%1&quot; is not an e-mail domain; write the part after the @, e.g. bawaslu.go.id.</source>
        <translation>&quot;%1&quot; bukan domain e-mail; tuliskan bagian sesudah tanda @, misalnya bawaslu.go.id.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Only an administrator can change the office details.</source>
        <translation>Hanya administrator yang dapat mengubah data kantor.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../ui/settings/officesettingsform.cpp" line="+157"/>
        <source>The office needs a name.</source>
        <translation>Nama kantor harus diisi.</translation>
    </message>
    <message>
        <location filename="../app/cli/accountcommands.cpp" line="-28"/>
        <location line="+150"/>
        <location filename="../app/cli/accountstatuscommand.cpp" line="-90"/>
        <source>&quot;%1&quot; is not a platform. Use instagram, facebook, x, tiktok, youtube, threads or other.</source>
        <translation>&quot;%1&quot; bukan platform yang dikenal. Gunakan instagram, facebook, x, tiktok, youtube, threads, atau other (lainnya).</translation>
    </message>
    <message>
        <location line="-132"/>
        <location filename="../app/cli/accountdetailcommands.cpp" line="-84"/>
        <source>&quot;%1&quot; is not a two-factor method. Use none, sms, app, email or key.</source>
        <translation>&quot;%1&quot; bukan metode autentikasi dua faktor yang dikenal. Gunakan none, sms, app, email, atau key.</translation>
    </message>
    <message>
        <location line="+141"/>
        <location filename="../app/cli/accountstatuscommand.cpp" line="-61"/>
        <source>&quot;%1&quot; is not a status. Use requested, active, suspended, deactivated, held or closed.</source>
        <translation>&quot;%1&quot; bukan status yang dikenal. Gunakan requested, active, suspended, deactivated, held, atau closed (juga diterima: diajukan, aktif, ditangguhkan, nonaktif, dipegang-kantor, ditutup).</translation>
    </message>
    <message>
        <location filename="../app/cli/secretcommands.cpp" line="-209"/>
        <source>&quot;%1&quot; is not a kind of secret. Use password, totp, recovery, email or notes.</source>
        <translation>&quot;%1&quot; bukan jenis data rahasia yang dikenal. Gunakan password, totp, recovery, email, atau notes.</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>Only passwords can be generated.</source>
        <translation>Hanya kata sandi yang dapat dibuat secara otomatis.</translation>
    </message>
    <message>
        <location filename="../core/register/accountupdate.cpp" line="+83"/>
        <source>An active period set by hand needs a start date and an end date on or after it.</source>
        <translation>Masa aktif yang diisi manual memerlukan tanggal mulai dan tanggal berakhir, dan tanggal berakhir tidak boleh sebelum tanggal mulai.</translation>
    </message>
    <message>
        <location filename="../core/handover/handoverchanges.cpp" line="+33"/>
        <source>Account %1 is not part of handover %2.</source>
        <translation>Akun nomor %1 tidak termasuk dalam serah terima %2.</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>The password of account %1 was just changed by %2 at %3 (UTC); nothing was changed. Look at the handover again before changing it once more.</source>
        <translation>Kata sandi akun %1 baru saja diganti oleh %2 pada %3 (UTC); tidak ada yang diubah. Lihat lagi serah terima itu sebelum menggantinya sekali lagi.</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>Give the new recovery e-mail, phone number or both.</source>
        <translation>Isikan e-mail pemulihan baru, nomor telepon pemulihan baru, atau keduanya.</translation>
    </message>
    <message>
        <location filename="../core/handover/handoverfinalize.cpp" line="+44"/>
        <source>The handover number template gives no free number; put {seq} and {year} in it.</source>
        <translation>Templat nomor serah terima tidak menghasilkan nomor yang masih tersedia; cantumkan {seq} dan {year} di dalamnya.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Account %1 (%2) is %3 now; a handover of this kind cannot include it. Change the handover&apos;s accounts first.</source>
        <translation>Akun nomor %1 (%2) kini berstatus %3; serah terima jenis ini tidak dapat mencakup akun tersebut. Ubah terlebih dahulu daftar akun dalam serah terima ini.</translation>
    </message>
    <message>
        <location line="+50"/>
        <location line="+14"/>
        <source>The handover has no accounts.</source>
        <translation>Serah terima ini tidak memuat akun apa pun.</translation>
    </message>
    <message>
        <location filename="../core/handover/handovernumber.cpp" line="+88"/>
        <source>The handover number template uses {%1}, which Brankas does not know. Use {seq}, {seq3}, {regency}, {kecamatan}, {day}, {month}, {month-roman} or {year}.</source>
        <translation>Templat nomor serah terima memakai {%1}, yang tidak dikenal Brankas. Gunakan {seq}, {seq3}, {regency}, {kecamatan}, {day}, {month}, {month-roman}, atau {year}.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The handover number template needs {seq} (or {seq3}), so that no two handovers get the same number.</source>
        <translation>Templat nomor serah terima harus memuat {seq} (atau {seq3}) agar tidak ada dua serah terima yang bernomor sama.</translation>
    </message>
    <message>
        <location filename="../core/handover/handovers.cpp" line="+76"/>
        <source>A handover needs its date.</source>
        <translation>Tanggal serah terima harus diisi.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A handover needs the name of the party handing over and of the party receiving.</source>
        <translation>Nama pihak yang menyerahkan dan nama pihak yang menerima harus diisi.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>A handover record is made in 1 to 10 copies.</source>
        <translation>Berita acara serah terima dibuat dalam 1 sampai 10 rangkap.</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Kecamatan %1 has no account that this kind of handover can include.</source>
        <translation>Kecamatan %1 tidak memiliki akun yang dapat dicakup oleh serah terima jenis ini.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Account %1 (%2) belongs to another kecamatan, not %3.</source>
        <translation>Akun nomor %1 (%2) milik kecamatan lain, bukan %3.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Account %1 (%2) is %3; a handover of this kind cannot include it.</source>
        <translation>Akun nomor %1 (%2) berstatus %3; serah terima jenis ini tidak dapat mencakup akun tersebut.</translation>
    </message>
    <message>
        <location line="+113"/>
        <source>Handover %1 was finalised as %2 and cannot be changed; record a new handover to follow it.</source>
        <translation>Serah terima %1 telah difinalkan dengan nomor %2 dan tidak dapat diubah lagi; catat serah terima baru sebagai kelanjutannya.</translation>
    </message>
    <message>
        <location filename="../core/reports/logreport.cpp" line="+41"/>
        <source>Give a start date and an end date on or after it.</source>
        <translation>Isikan tanggal mulai dan tanggal berakhir; tanggal berakhir tidak boleh sebelum tanggal mulai.</translation>
    </message>
    <message>
        <location filename="../core/reports/recoverysheet.cpp" line="+146"/>
        <source>Only an administrator can print the recovery sheet.</source>
        <translation>Hanya administrator yang dapat mencetak lembar pemulihan.</translation>
    </message>
    <message>
        <location filename="../core/reports/reportfonts.cpp" line="-17"/>
        <source>Reports need Brankas&apos;s graphics library, which this program did not start.</source>
        <translation>Laporan memerlukan pustaka grafis Brankas, yang tidak dijalankan oleh program ini.</translation>
    </message>
    <message>
        <location filename="../core/reports/reportprinter.cpp" line="+19"/>
        <source>The report was cancelled.</source>
        <translation>Pembuatan laporan dibatalkan.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>The printer does not take the report&apos;s paper size.</source>
        <translation>Printer tidak mendukung ukuran kertas laporan.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>The report could not be started on the printer or file.</source>
        <translation>Laporan tidak dapat mulai dicetak ke printer atau berkas.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The printer or file refused a new page.</source>
        <translation>Printer atau berkas menolak halaman baru.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The report could not be finished.</source>
        <translation>Laporan tidak dapat diselesaikan.</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>The PDF could not be finished: %1.</source>
        <translation>PDF tidak dapat diselesaikan: %1.</translation>
    </message>
    <message>
        <location filename="../core/storage/handoverstore.cpp" line="+244"/>
        <source>There is no handover with number %1. See: brankas-cli handover list</source>
        <translation>Tidak ada serah terima dengan nomor %1. Lihat: brankas-cli handover list</translation>
    </message>
    <message>
        <location filename="../app/cli/handovercommands.cpp" line="-157"/>
        <source>&quot;%1&quot; is not a kind of handover. Use activation, return or transfer.</source>
        <translation>&quot;%1&quot; bukan jenis serah terima yang dikenal. Gunakan activation (aktivasi), return (pengembalian), atau transfer (peralihan).</translation>
    </message>
    <message>
        <location filename="../ui/handover/handoveritemrow.cpp" line="+176"/>
        <source>Type the new recovery e-mail or phone first.</source>
        <translation>Ketik terlebih dahulu e-mail atau telepon pemulihan yang baru.</translation>
    </message>
    <message>
        <location filename="../ui/officers/officeractions.cpp" line="+29"/>
        <location filename="../ui/officers/officerspage.cpp" line="+152"/>
        <source>The two passphrases differ. Type the same one twice.</source>
        <translation>Kedua frasa sandi tidak sama. Ketik frasa sandi yang sama dua kali.</translation>
    </message>
    <message>
        <location line="+171"/>
        <source>You did not choose a new passphrase, so you are not signed in.</source>
        <translation>Anda belum memilih frasa sandi baru, sehingga Anda belum masuk.</translation>
    </message>
    <message>
        <location filename="../ui/reports/reportpreviewpane.cpp" line="+227"/>
        <source>Viewers cannot print the accounts&apos; credentials.</source>
        <translation>Peninjau tidak dapat mencetak kata sandi akun.</translation>
    </message>
    <message>
        <location filename="../ui/setup/setupwizard.cpp" line="+98"/>
        <source>Choose the regency or city.</source>
        <translation>Pilih kabupaten atau kota.</translation>
    </message>
    <message>
        <location filename="../core/crypto/signing.cpp" line="+31"/>
        <source>The encryption library could not sign the archive log entry. Please restart Brankas and try again.</source>
        <translation>Pustaka enkripsi tidak dapat menandatangani entri log arsip. Mulai ulang Brankas lalu coba lagi.</translation>
    </message>
    <message>
        <location filename="../core/io/outputfile.cpp" line="+23"/>
        <source>the disk may be full</source>
        <translation>disk mungkin penuh</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Give the name of the file to write.</source>
        <translation>Berikan nama berkas yang akan ditulis.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 is a link to another file; Brankas does not write through links. Give the name of a new file or of the file itself.</source>
        <translation>%1 adalah tautan ke berkas lain; Brankas tidak menulis melalui tautan. Berikan nama berkas baru atau nama berkas itu sendiri.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 is a Brankas vault or one of the files beside it; a report or export is never written over it. Choose another file name.</source>
        <translation>%1 adalah brankas Brankas atau salah satu berkas di sampingnya; laporan atau ekspor tidak pernah ditulis menimpanya. Pilih nama berkas lain.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 is a folder or a device, not a file; choose a file name to write to.</source>
        <translation>%1 adalah folder atau perangkat, bukan berkas; pilih nama berkas untuk ditulis.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Brankas could not write the file %1: %2. Nothing was written.</source>
        <translation>Brankas tidak dapat menulis berkas %1: %2. Tidak ada yang ditulis.</translation>
    </message>
    <message>
        <location filename="../core/log/archivelog.cpp" line="+33"/>
        <source>The archive log has no words for the action &quot;%1&quot;; nothing was saved.</source>
        <translation>Log arsip tidak punya kata-kata untuk tindakan &quot;%1&quot;; tidak ada yang disimpan.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>%1 Brankas will not add anything to this archive log, so nothing can be changed in this vault. Restore the vault from a backup, and keep this copy for the investigation.</source>
        <translation>%1 Brankas tidak akan menambahkan apa pun ke log arsip ini, sehingga tidak ada yang dapat diubah di brankas ini. Pulihkan brankas dari cadangan, dan simpan salinan ini untuk pemeriksaan.</translation>
    </message>
    <message>
        <location filename="../core/platform/processhardening.cpp" line="+28"/>
        <source>Brankas could not protect its memory from other programs (%1); it goes on without that protection.</source>
        <translation>Brankas tidak dapat melindungi memorinya dari program lain (%1); Brankas tetap berjalan tanpa perlindungan itu.</translation>
    </message>
    <message>
        <location filename="../core/storage/secretswrapstore.cpp" line="+23"/>
        <source>No access to passwords was given to %1 on this vault.</source>
        <translation>Belum ada akses ke kata sandi yang diberikan kepada %1 di brankas ini.</translation>
    </message>
    <message>
        <location filename="../core/vault/secretskey.cpp" line="+28"/>
        <source>Your access to the passwords in this vault does not open: the vault file was altered. Ask an administrator to check the archive log and restore a backup.</source>
        <translation>Akses Anda ke kata sandi di brankas ini tidak dapat dibuka: berkas brankas telah diubah. Minta administrator memeriksa log arsip dan memulihkan cadangan.</translation>
    </message>
    <message>
        <location filename="../core/vault/vaultfields.cpp" line="+3"/>
        <source>Your access to passwords on this vault is not ready yet: it is given the next time an administrator signs in. Sign in again after that.</source>
        <translation>Akses Anda ke kata sandi di brankas ini belum siap: akses diberikan saat administrator masuk berikutnya. Masuk lagi sesudah itu.</translation>
    </message>
    <message>
        <location filename="../core/evaluation/metricsimport.cpp" line="+68"/>
        <location filename="../core/import/accountimport.cpp" line="+118"/>
        <location filename="../core/import/spreadsheetreader.cpp" line="+50"/>
        <location filename="../ui/import/importwizard.cpp" line="+87"/>
        <source>The file is empty: there is no row to import.</source>
        <translation>Berkas kosong: tidak ada baris untuk diimpor.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Brankas does not recognise these columns as monthly figures: %1. Give a Month column (YYYY-MM) with Followers, Posts, Reach or Engagement, or the file exactly as Meta Business Suite, X, TikTok Studio or YouTube Studio exported it.</source>
        <translation>Brankas tidak mengenali kolom-kolom ini sebagai angka bulanan: %1. Berikan kolom Bulan (YYYY-MM) dengan Pengikut, Postingan, Jangkauan atau Interaksi, atau berkas persis seperti yang diekspor Meta Business Suite, X, TikTok Studio atau YouTube Studio.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The sheet has no account column: give the account with --account ID, or add a column &quot;ID Akun&quot;.</source>
        <translation>Lembar kerja tidak punya kolom akun: berikan akunnya dengan --account ID, atau tambahkan kolom &quot;ID Akun&quot;.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This is a %1 export, which does not say whose account it is: give the account with --account ID.</source>
        <translation>Ini ekspor %1, yang tidak menyebut akun siapa: berikan akunnya dengan --account ID.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The file is a %1 export, but account %2 is on %3. Check that you picked the right file and account.</source>
        <translation>Berkas ini ekspor %1, tetapi akun %2 ada di %3. Periksa apakah berkas dan akun yang dipilih sudah benar.</translation>
    </message>
    <message>
        <location line="+111"/>
        <source>The sheet has no figures to record.</source>
        <translation>Lembar kerja tidak berisi angka untuk dicatat.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>%1 rows of the sheet have problems, so nothing was recorded. Correct them and import the file again.</source>
        <translation>%1 baris lembar kerja bermasalah, jadi tidak ada yang dicatat. Perbaiki lalu impor berkas itu lagi.</translation>
    </message>
    <message>
        <location filename="../core/import/accountimport.cpp" line="+48"/>
        <source>the platform is empty and the username is not a profile address that names it.</source>
        <translation>platform kosong dan nama pengguna bukan alamat profil yang menyebutkannya.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&quot;%1&quot; is not a platform; write Instagram, Facebook, X, TikTok, YouTube or Threads.</source>
        <translation>&quot;%1&quot; bukan platform; tulis Instagram, Facebook, X, TikTok, YouTube atau Threads.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>accounts on other platforms are recorded one by one with `account add --platform-name`.</source>
        <translation>akun di platform lain dicatat satu per satu dengan `account add --platform-name`.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>&quot;%1&quot; is not a two-factor method; write none, sms, app, email or key.</source>
        <translation>&quot;%1&quot; bukan metode verifikasi dua langkah; tulis none, sms, app, email atau key.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&quot;%1&quot; is not a status; write active (aktif), requested (diajukan), suspended (ditangguhkan), deactivated (nonaktif), held (dipegang-kantor) or closed (ditutup).</source>
        <translation>&quot;%1&quot; bukan status; tulis aktif (active), diajukan (requested), ditangguhkan (suspended), nonaktif (deactivated), dipegang-kantor (held) atau ditutup (closed).</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&quot;%1&quot; is not a kind of account; write term (masa-tugas) or permanent (tetap).</source>
        <translation>&quot;%1&quot; bukan sifat akun; tulis masa-tugas (term) atau tetap (permanent).</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>there is no term &quot;%1&quot;; give its number or its name as `term list` shows it.</source>
        <translation>tidak ada masa tugas &quot;%1&quot;; berikan nomornya atau namanya seperti yang ditampilkan `term list`.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>the %1 account @%2 is already on row %3 of the sheet.</source>
        <translation>akun %1 @%2 sudah ada di baris %3 sheet ini.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>The sheet has a password column, and your sign-in cannot store secrets. Ask an administrator to import it.</source>
        <translation>Sheet memiliki kolom kata sandi, dan akses Anda tidak dapat menyimpan rahasia. Minta administrator mengimpornya.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 rows of the sheet have problems, so nothing was recorded. Correct them, or record only the valid rows.</source>
        <translation>%1 baris sheet bermasalah, jadi tidak ada yang dicatat. Perbaiki, atau catat baris yang valid saja.</translation>
    </message>
    <message>
        <location line="+6"/>
        <location filename="../ui/import/importwizard.cpp" line="+46"/>
        <source>The sheet has no valid row to record.</source>
        <translation>Sheet tidak memiliki baris valid untuk dicatat.</translation>
    </message>
    <message>
        <location filename="../core/import/importcolumns.cpp" line="+121"/>
        <source>&quot;%1&quot; is not a column mapping. Write HEADER=FIELD, where FIELD is one of: %2.</source>
        <translation>&quot;%1&quot; bukan pemetaan kolom. Tulis HEADER=FIELD, dengan FIELD salah satu dari: %2.</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>The columns &quot;%1&quot; and &quot;%2&quot; both hold %3. Rename one, or map it with --map &quot;HEADER=FIELD&quot;.</source>
        <translation>Kolom &quot;%1&quot; dan &quot;%2&quot; sama-sama berisi %3. Ganti nama salah satunya, atau petakan dengan --map &quot;HEADER=FIELD&quot;.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The sheet has no column &quot;%1&quot; to map.</source>
        <translation>Sheet tidak memiliki kolom &quot;%1&quot; untuk dipetakan.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The sheet needs at least a Kecamatan column and a Username (or URL) column; its header row has: %1.</source>
        <translation>Sheet memerlukan setidaknya kolom Kecamatan dan kolom Username (atau URL); baris judulnya berisi: %1.</translation>
    </message>
    <message>
        <location filename="../core/import/kecamatanmatcher.cpp" line="+85"/>
        <source>the kecamatan is empty.</source>
        <translation>kecamatan kosong.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>there is no kecamatan %1 in the office&apos;s regency.</source>
        <translation>tidak ada kecamatan %1 di kabupaten/kota kantor ini.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&quot;%1&quot; names more than one kecamatan (%2); write the code.</source>
        <translation>&quot;%1&quot; menyebut lebih dari satu kecamatan (%2); tulis kodenya.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&quot;%1&quot; is not a kecamatan of the office&apos;s regency; the nearest is %2.</source>
        <translation>&quot;%1&quot; bukan kecamatan di kabupaten/kota kantor ini; yang paling mirip adalah %2.</translation>
    </message>
    <message>
        <location filename="../core/import/spreadsheetreader.cpp" line="+8"/>
        <source>The workbook is protected with a password. Open it in Excel, remove the password (File &gt; Info &gt; Protect Workbook) and save it again as .xlsx.</source>
        <translation>Buku kerja dilindungi kata sandi. Buka di Excel, hapus kata sandinya (File &gt; Info &gt; Protect Workbook) lalu simpan lagi sebagai .xlsx.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The file is an old Excel 97-2003 workbook (.xls). Open it in Excel and save it as .xlsx or as CSV.</source>
        <translation>Berkas ini buku kerja Excel 97-2003 lama (.xls). Buka di Excel dan simpan sebagai .xlsx atau CSV.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The file is neither an Excel workbook (.xlsx) nor a CSV or text file. Save the sheet from Excel as .xlsx or CSV.</source>
        <translation>Berkas ini bukan buku kerja Excel (.xlsx) dan bukan berkas CSV atau teks. Simpan sheet dari Excel sebagai .xlsx atau CSV.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A CSV file has no sheets; leave out the sheet name &quot;%1&quot;.</source>
        <translation>Berkas CSV tidak memiliki sheet; hilangkan nama sheet &quot;%1&quot;.</translation>
    </message>
    <message>
        <location filename="../core/import/xlsxsheet.cpp" line="+24"/>
        <source>The Excel workbook is damaged (%1). Open it in Excel, save it again as .xlsx and import that file.</source>
        <translation>Buku kerja Excel rusak (%1). Buka di Excel, simpan lagi sebagai .xlsx dan impor berkas itu.</translation>
    </message>
    <message>
        <location line="+149"/>
        <source>The file is a zip archive but not an Excel workbook. Save the sheet from Excel as .xlsx or CSV.</source>
        <translation>Berkas ini arsip zip tetapi bukan buku kerja Excel. Simpan sheet dari Excel sebagai .xlsx atau CSV.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The workbook has no sheet &quot;%1&quot;. Its sheets are: %2.</source>
        <translation>Buku kerja tidak memiliki sheet &quot;%1&quot;. Sheet-nya: %2.</translation>
    </message>
    <message>
        <location line="+104"/>
        <source>Row %1 of the sheet has a value beyond column %2; the register&apos;s columns are at the left of the sheet.</source>
        <translation>Baris %1 sheet memiliki isi di luar kolom %2; kolom register ada di sisi kiri sheet.</translation>
    </message>
    <message>
        <location filename="../app/cli/parsing.cpp" line="+30"/>
        <location filename="../ui/import/importwizard.cpp" line="-62"/>
        <source>The file %1 cannot be read: %2</source>
        <translation>Berkas %1 tidak dapat dibaca: %2</translation>
    </message>
    <message>
        <location filename="../core/export/registerexport.cpp" line="+81"/>
        <source>Name the export file .xlsx (Excel) or .csv, not &quot;%1&quot;.</source>
        <translation>Beri nama berkas ekspor .xlsx (Excel) atau .csv, bukan &quot;%1&quot;.</translation>
    </message>
    <message>
        <location line="+65"/>
        <location filename="../app/cli/exportcommands.cpp" line="-25"/>
        <source>Only an administrator can export the register with its passwords.</source>
        <translation>Hanya administrator yang dapat mengekspor daftar beserta kata sandinya.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>That is not the passphrase of the signed-in officer.</source>
        <translation>Itu bukan frasa sandi petugas yang sedang masuk.</translation>
    </message>
    <message>
        <location filename="../core/storage/logsql.cpp" line="+68"/>
        <source>The archive log&apos;s newest signature changed while it was being extended. Nothing was saved; try again.</source>
        <translation>Tanda tangan terbaru log arsip berubah saat sedang diperpanjang. Tidak ada yang disimpan; coba lagi.</translation>
    </message>
    <message>
        <location filename="../core/vault/officeraccess.cpp" line="+29"/>
        <source>Only an active administrator can close or open an officer&apos;s access, change a role or reset a passphrase.</source>
        <translation>Hanya administrator aktif yang dapat menutup atau membuka akses petugas, mengubah peran, atau mengatur ulang frasa sandi.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Your sign-in did not open the secrets key, so Brankas cannot keep the officers&apos; access to passwords right. Ask another administrator to make this change.</source>
        <translation>Proses masuk Anda tidak membuka kunci data rahasia, sehingga Brankas tidak dapat menjaga akses petugas ke kata sandi tetap benar. Mintalah administrator lain melakukan perubahan ini.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>%1 is the last active administrator: nobody could manage the officers any more. Make another officer administrator first.</source>
        <translation>%1 adalah administrator aktif terakhir: tidak akan ada lagi yang dapat mengelola petugas. Jadikan petugas lain administrator terlebih dahulu.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Say why the officer&apos;s access is closed.</source>
        <translation>Sebutkan alasan akses petugas ditutup.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The access of %1 is already closed (since %2).</source>
        <translation>Akses %1 sudah ditutup (sejak %2).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>You cannot close your own access; another administrator can.</source>
        <translation>Anda tidak dapat menutup akses Anda sendiri; administrator lain dapat melakukannya.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>The access of %1 is open already.</source>
        <translation>Akses %1 sudah terbuka.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>%1 is %2 already.</source>
        <translation>%1 sudah berperan sebagai %2.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>To change your own passphrase use `brankas-cli officer passphrase` (or the Petugas page); a reset is for another officer.</source>
        <translation>Untuk mengganti frasa sandi Anda sendiri gunakan `brankas-cli officer passphrase` (atau halaman Petugas); pengaturan ulang ditujukan untuk petugas lain.</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>The new passphrase is the current one; choose another.</source>
        <translation>Frasa sandi baru sama dengan yang sekarang; pilih yang lain.</translation>
    </message>
    <message>
        <location filename="../core/vault/vaultcheck.cpp" line="+29"/>
        <source>The vault&apos;s key check value does not match the vault key: the file was altered.</source>
        <translation>Nilai pemeriksa kunci brankas tidak cocok dengan kunci brankas: berkas telah diubah.</translation>
    </message>
    <message>
        <location filename="../core/vault/vaultsignin.cpp" line="+165"/>
        <source>An administrator gave %1 a temporary passphrase: choose a new one to sign in.</source>
        <translation>Administrator memberi %1 frasa sandi sementara: pilih frasa sandi baru untuk masuk.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The passphrase cannot be changed in a vault opened read-only or whose archive log failed its check.</source>
        <translation>Frasa sandi tidak dapat diganti pada brankas yang dibuka hanya-baca atau yang log arsipnya gagal diperiksa.</translation>
    </message>
    <message>
        <location filename="../core/storage/networkfolder.cpp" line="+91"/>
        <source>The vault %1 is on a network folder (%2). A vault file there gets damaged when two PCs write to it at once, so Brankas does not write to a vault there. Keep the vault on this PC, or keep it on a PostgreSQL server of the office, where several PCs can work on it at once.</source>
        <translation>Brankas %1 berada di folder jaringan (%2). Berkas brankas di sana rusak bila dua PC menulis ke dalamnya bersamaan, sehingga Brankas tidak menulis ke brankas di sana. Simpan brankas di PC ini, atau simpan di server PostgreSQL kantor, tempat beberapa PC dapat bekerja bersamaan.</translation>
    </message>
    <message>
        <location filename="../core/vault/vaultaddress.cpp" line="+46"/>
        <source>No vault was named. Give a file path or a server address (postgresql://USER@HOST/DATABASE).</source>
        <translation>Tidak ada brankas yang disebut. Berikan jalur berkas atau alamat server (postgresql://PENGGUNA@HOST/BASISDATA).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&quot;%1&quot; is not a vault address. A vault is a file path or a PostgreSQL server: postgresql://USER@HOST[:PORT]/DATABASE[?sslmode=require].</source>
        <translation>&quot;%1&quot; bukan alamat brankas. Brankas adalah jalur berkas atau server PostgreSQL: postgresql://PENGGUNA@HOST[:PORT]/BASISDATA[?sslmode=require].</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A server address must not carry a password: it would be seen in the list of running programs and in the settings. Put it in a .pgpass file, or let Brankas keep it in this PC&apos;s keychain when it asks.</source>
        <translation>Alamat server tidak boleh memuat kata sandi: kata sandi itu akan terlihat di daftar program yang berjalan dan di pengaturan. Taruh di berkas .pgpass, atau biarkan Brankas menyimpannya di keychain PC ini saat diminta.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The server address needs the name of the database user before &quot;@&quot;, e.g. postgresql://humas@server/brankas.</source>
        <translation>Alamat server memerlukan nama pengguna basis data sebelum &quot;@&quot;, misalnya postgresql://humas@server/brankas.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The server address needs the server&apos;s name or IP address after &quot;@&quot;.</source>
        <translation>Alamat server memerlukan nama atau alamat IP server sesudah &quot;@&quot;.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The server&apos;s port must be a number from 1 to 65535.</source>
        <translation>Port server harus berupa angka dari 1 sampai 65535.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The server address needs the database&apos;s name after the server, e.g. postgresql://humas@server/brankas.</source>
        <translation>Alamat server memerlukan nama basis data sesudah server, misalnya postgresql://humas@server/brankas.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The server address has &quot;%1&quot;, which Brankas does not use. Only sslmode may follow &quot;?&quot;.</source>
        <translation>Alamat server memuat &quot;%1&quot;, yang tidak dipakai Brankas. Hanya sslmode yang boleh mengikuti &quot;?&quot;.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>sslmode &quot;%1&quot; is not known. Use disable, allow, prefer, require, verify-ca or verify-full.</source>
        <translation>sslmode &quot;%1&quot; tidak dikenal. Gunakan disable, allow, prefer, require, verify-ca, atau verify-full.</translation>
    </message>
    <message>
        <location filename="../core/backup/autobackup.cpp" line="+54"/>
        <source>No folder for automatic backups is chosen on this computer.</source>
        <translation>Belum ada folder pencadangan otomatis yang dipilih di komputer ini.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The backup folder %1 is not there (is the USB disk plugged in, the network share connected?). No automatic backup can be written.</source>
        <translation>Folder cadangan %1 tidak ditemukan (apakah flashdisk sudah terpasang, folder jaringan sudah tersambung?). Pencadangan otomatis tidak dapat ditulis.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The backup folder %1 is a file, not a folder. Choose a folder in Settings.</source>
        <translation>Folder cadangan %1 adalah berkas, bukan folder. Pilih folder di Pengaturan.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Brankas cannot write to the backup folder %1 (%2). Make it writable or choose another folder in Settings.</source>
        <translation>Brankas tidak dapat menulis ke folder cadangan %1 (%2). Jadikan folder itu dapat ditulisi atau pilih folder lain di Pengaturan.</translation>
    </message>
    <message>
        <location filename="../core/backup/backupformat.cpp" line="+56"/>
        <source>&quot;%1&quot; is not a Brankas backup. Choose a backup file (its name ends in .brankas-backup). Nothing was restored.</source>
        <translation>&quot;%1&quot; bukan cadangan Brankas. Pilih berkas cadangan (namanya berakhiran .brankas-backup). Tidak ada yang dipulihkan.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The backup &quot;%1&quot; is damaged: its header cannot be read. Nothing was restored; use another backup.</source>
        <translation>Cadangan &quot;%1&quot; rusak: bagian kepalanya tidak dapat dibaca. Tidak ada yang dipulihkan; gunakan cadangan lain.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The backup &quot;%1&quot; is incomplete: it ends before its last part (the copy may have been cut short). Nothing was restored; use another backup.</source>
        <translation>Cadangan &quot;%1&quot; tidak lengkap: berkasnya berakhir sebelum bagian terakhir (salinannya mungkin terpotong). Tidak ada yang dipulihkan; gunakan cadangan lain.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The backup &quot;%1&quot; is damaged: part %2 was altered, moved or comes from another backup. Nothing was restored; use another backup.</source>
        <translation>Cadangan &quot;%1&quot; rusak: bagian %2 telah diubah, dipindahkan, atau berasal dari cadangan lain. Tidak ada yang dipulihkan; gunakan cadangan lain.</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>The backup &quot;%1&quot; was written by a newer version of Brankas (backup format %2; this version reads up to %3). Install the newer Brankas to restore it. Nothing was restored.</source>
        <translation>Cadangan &quot;%1&quot; ditulis oleh Brankas versi yang lebih baru (format cadangan %2; versi ini membaca sampai format %3). Pasang Brankas yang lebih baru untuk memulihkannya. Tidak ada yang dipulihkan.</translation>
    </message>
    <message>
        <location filename="../core/backup/backupreader.cpp" line="+27"/>
        <source>There is no backup file at %1.</source>
        <translation>Tidak ada berkas cadangan di %1.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The backup %1 cannot be read: %2</source>
        <translation>Cadangan %1 tidak dapat dibaca: %2</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The recovery passphrase does not open the backup &quot;%1&quot;. Check it against the recovery sheet that was in use on %2, when the backup was made (capital letters count). Nothing was restored.</source>
        <translation>Frasa sandi pemulihan tidak dapat membuka cadangan &quot;%1&quot;. Periksa dengan lembar pemulihan yang berlaku pada %2, saat cadangan dibuat (huruf besar dan kecil dibedakan). Tidak ada yang dipulihkan.</translation>
    </message>
    <message>
        <location line="+50"/>
        <location filename="../core/backup/restore.cpp" line="-153"/>
        <location line="+11"/>
        <source>Brankas could not write the restored vault: %1. Nothing was restored.</source>
        <translation>Brankas tidak dapat menulis brankas hasil pemulihan: %1. Tidak ada yang dipulihkan.</translation>
    </message>
    <message>
        <location line="+6"/>
        <location filename="../core/backup/restore.cpp" line="-78"/>
        <source>The restore was cancelled; nothing was restored.</source>
        <translation>Pemulihan dibatalkan; tidak ada yang dipulihkan.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The backup &quot;%1&quot; is damaged: something was added after its last part. Nothing was restored; use another backup.</source>
        <translation>Cadangan &quot;%1&quot; rusak: ada data yang ditambahkan setelah bagian terakhirnya. Tidak ada yang dipulihkan; gunakan cadangan lain.</translation>
    </message>
    <message>
        <location filename="../core/backup/backupwriter.cpp" line="+29"/>
        <source>The backup was cancelled; no backup file was written.</source>
        <translation>Pencadangan dibatalkan; tidak ada berkas cadangan yang ditulis.</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>%1 A backup of this vault would not restore; none was written.</source>
        <translation>%1 Cadangan brankas ini tidak akan dapat dipulihkan; tidak ada cadangan yang ditulis.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The vault is open read-only, so the backup cannot be recorded in its archive log; none was written.</source>
        <translation>Brankas dibuka hanya-baca, sehingga pencadangan tidak dapat dicatat di log arsipnya; tidak ada cadangan yang ditulis.</translation>
    </message>
    <message>
        <location filename="../core/backup/snapshotfolder.cpp" line="+16"/>
        <source>Brankas cannot make its private working folder in %1 (it needs one beside the vault for a moment). Check that you may write to that folder and that the disk is not full.</source>
        <translation>Brankas tidak dapat membuat folder kerja pribadinya di %1 (folder itu diperlukan sebentar di samping brankas). Periksa bahwa Anda boleh menulis ke folder itu dan disknya tidak penuh.</translation>
    </message>
    <message>
        <location filename="../core/storage/snapshot.cpp" line="+106"/>
        <source>SQLite could not keep the restored vault in its usual journal mode (%1). Nothing was restored.</source>
        <translation>SQLite tidak dapat menyimpan brankas hasil pemulihan dalam mode jurnal yang biasa (%1). Tidak ada yang dipulihkan.</translation>
    </message>
    <message>
        <location filename="../core/register/accountstatuschanges.cpp" line="+22"/>
        <source>Say which accounts change: their numbers, a kecamatan or a term.</source>
        <translation>Sebutkan akun mana yang diubah: nomornya, kecamatan, atau masa tugas.</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>No account matches the accounts, platform and status given; nothing was changed.</source>
        <translation>Tidak ada akun yang cocok dengan akun, platform, dan status yang diberikan; tidak ada yang diubah.</translation>
    </message>
    <message>
        <location filename="../ui/accounts/bulkstatusdialog.cpp" line="-35"/>
        <source>The accounts changed meanwhile; nothing was changed. Check the accounts listed and try again.</source>
        <translation>Akun-akun itu berubah sementara itu; tidak ada yang diubah. Periksa akun yang tercantum lalu coba lagi.</translation>
    </message>
    <message>
        <location filename="../core/publish/publisher.cpp" line="+47"/>
        <source>Give the folder to write the public list into.</source>
        <translation>Berikan folder tempat daftar publik ditulis.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 is a link to another place; Brankas does not write through links. Give the folder itself.</source>
        <translation>%1 adalah tautan ke tempat lain; Brankas tidak menulis melalui tautan. Berikan folder itu sendiri.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 is a file, not a folder. The public list is four files: give a folder for them (a new name makes a new folder).</source>
        <translation>%1 adalah berkas, bukan folder. Daftar publik terdiri atas empat berkas: berikan sebuah folder untuknya (nama baru akan dibuatkan folder baru).</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>Brankas could not make the folder %1. Check that its parent folder exists and that you may write there.</source>
        <translation>Brankas tidak dapat membuat folder %1. Periksa bahwa folder induknya ada dan Anda boleh menulis di sana.</translation>
    </message>
    <message>
        <location filename="../core/publish/publiclistreport.cpp" line="+66"/>
        <location filename="../core/reports/qrcode.cpp" line="+25"/>
        <source>The address %1 is too long for a QR code.</source>
        <translation>Alamat %1 terlalu panjang untuk kode QR.</translation>
    </message>
    <message>
        <location filename="../core/evaluation/evaluationnotes.cpp" line="+55"/>
        <location filename="../core/reports/evaluationreport.cpp" line="+79"/>
        <source>The year %1 is not one to evaluate: give a year from 2000 to %2.</source>
        <translation>Tahun %1 tidak dapat dievaluasi: berikan tahun dari 2000 sampai %2.</translation>
    </message>
    <message>
        <location line="-32"/>
        <source>An obstacle needs its category: no-device, officer-changed, account-locked, platform-restriction or other.</source>
        <translation>Kendala memerlukan kategorinya: no-device, officer-changed, account-locked, platform-restriction atau other.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Only an obstacle has a category; leave it out for an achievement.</source>
        <translation>Hanya kendala yang punya kategori; hilangkan untuk capaian.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Write what was achieved or what got in the way, in a sentence or two.</source>
        <translation>Tuliskan apa yang dicapai atau apa yang menghambat, dalam satu atau dua kalimat.</translation>
    </message>
    <message>
        <location line="+80"/>
        <source>There is no evaluation note %1.</source>
        <translation>Tidak ada catatan evaluasi %1.</translation>
    </message>
    <message>
        <location filename="../core/evaluation/metrics.cpp" line="+36"/>
        <source>Give the month as YYYY-MM, e.g. 2025-03, from 2000 on.</source>
        <translation>Tulis bulan sebagai YYYY-MM, mis. 2025-03, mulai tahun 2000.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The month %1 has not begun yet: figures are recorded for months that have.</source>
        <translation>Bulan %1 belum dimulai: angka dicatat untuk bulan yang sudah berjalan.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>A figure is a whole number from 0 to %1; %2 is not. Leave a figure nobody counted empty instead.</source>
        <translation>Angka adalah bilangan bulat dari 0 sampai %1; %2 bukan. Biarkan kosong angka yang tidak dihitung.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Give at least one figure: followers, posts, reach or engagement.</source>
        <translation>Berikan sekurang-kurangnya satu angka: pengikut, postingan, jangkauan atau interaksi.</translation>
    </message>
    <message>
        <location filename="../core/reports/evaluationreport.cpp" line="-18"/>
        <source>There is no province or regency with the code &quot;%1&quot;. Give a province&apos;s code, such as 72, or a regency&apos;s, such as 72.05.</source>
        <translation>Tidak ada provinsi atau kabupaten/kota dengan kode &quot;%1&quot;. Berikan kode provinsi, misalnya 72, atau kode kabupaten/kota, misalnya 72.05.</translation>
    </message>
    <message>
        <location line="+12"/>
        <location filename="../core/reports/reportprinter.cpp" line="-67"/>
        <source>The evaluation report has charts, which only the Brankas window and brankas-cli can draw.</source>
        <translation>Laporan evaluasi berisi grafik, yang hanya dapat digambar oleh jendela Brankas dan brankas-cli.</translation>
    </message>
    <message>
        <location filename="../app/cli/parsing.cpp" line="-41"/>
        <source>&quot;%1&quot; is not a year: write it with four digits, e.g. 2025.</source>
        <translation>&quot;%1&quot; bukan tahun: tulis dengan empat angka, mis. 2025.</translation>
    </message>
    <message>
        <location filename="../app/cli/evaluationcommands.cpp" line="-90"/>
        <source>&quot;%1&quot; is not a kind of note: write achievement or obstacle.</source>
        <translation>&quot;%1&quot; bukan jenis catatan: tulis achievement atau obstacle.</translation>
    </message>
    <message>
        <location line="-82"/>
        <source>&quot;%1&quot; is not a category of obstacle: write no-device, officer-changed, account-locked, platform-restriction or other.</source>
        <translation>&quot;%1&quot; bukan kategori kendala: tulis no-device, officer-changed, account-locked, platform-restriction atau other.</translation>
    </message>
    <message>
        <location filename="../app/cli/metricscommands.cpp" line="-265"/>
        <source>--%1 takes a whole number, e.g. 1250, or &quot;&quot; to clear it; &quot;%2&quot; is not one.</source>
        <translation>--%1 menerima bilangan bulat, mis. 1250, atau &quot;&quot; untuk mengosongkannya; &quot;%2&quot; bukan bilangan bulat.</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>&quot;%1&quot; is not a month: write YYYY-MM, e.g. 2025-03.</source>
        <translation>&quot;%1&quot; bukan bulan: tulis YYYY-MM, mis. 2025-03.</translation>
    </message>
    <message>
        <location filename="../ui/import/importwizard.cpp" line="+5"/>
        <source>&quot;%1&quot; is too large to be a register of accounts.</source>
        <translation>&quot;%1&quot; terlalu besar untuk sebuah daftar akun.</translation>
    </message>
    <message>
        <location filename="../ui/evaluation/metricgridmodel.cpp" line="+227"/>
        <source>Type a figure as digits only, e.g. 1250, or leave the cell empty if nobody counted it.</source>
        <translation>Ketik angka dengan digit saja, misalnya 1250, atau biarkan sel kosong jika tidak ada yang menghitungnya.</translation>
    </message>
    <message>
        <location filename="../core/storage/vaultcopy.cpp" line="+56"/>
        <source>The target already holds a vault (its archive log has entries); Brankas copies a vault only into an empty one. Nothing was copied.</source>
        <translation>Tujuan sudah berisi brankas (log arsipnya berisi entri); Brankas hanya menyalin brankas ke tempat yang kosong. Tidak ada yang disalin.</translation>
    </message>
    <message>
        <location filename="../core/vault/vaultmove.cpp" line="+12"/>
        <source>Only an administrator can move the vault.</source>
        <translation>Hanya administrator yang dapat memindahkan brankas.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 A vault whose log fails is not moved; nothing was copied.</source>
        <translation>%1 Brankas yang lognya gagal diperiksa tidak dipindahkan; tidak ada yang disalin.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The vault is already at %1; give another place to move it to.</source>
        <translation>Brankas sudah berada di %1; berikan tempat lain sebagai tujuan.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>%1 The copy did not verify, so it was not kept; the vault stays where it was.</source>
        <translation>%1 Salinan tidak lolos pemeriksaan, sehingga tidak disimpan; brankas tetap di tempatnya.</translation>
    </message>
    <message>
        <location filename="../ui/signin/servervaultdialog.cpp" line="+108"/>
        <source>Type the address of a vault on a server, which begins with postgresql://. A vault file on this PC is opened with Open a vault file.</source>
        <translation>Ketik alamat brankas di server, yang diawali dengan postgresql://. Berkas brankas di komputer ini dibuka dengan Buka berkas brankas.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>The server asks for the password of database user %1, and this PC does not have it. Type it in the server password field: Brankas keeps it in this PC&apos;s keychain, nowhere else.</source>
        <translation>Server meminta kata sandi pengguna basis data %1, dan komputer ini tidak memilikinya. Ketik kata sandi itu di kolom kata sandi server: Brankas menyimpannya di keychain komputer ini, tidak di tempat lain.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The server refused this password for database user %1. Check it with the server&apos;s administrator and type it again.</source>
        <translation>Server menolak kata sandi ini untuk pengguna basis data %1. Periksa kata sandi itu bersama administrator server, lalu ketik ulang.</translation>
    </message>
</context>
<context>
    <name>Brankas::Evaluation</name>
    <message>
        <location filename="../core/domain/evaluationnote.cpp" line="+17"/>
        <source>No device or data plan</source>
        <translation>Tidak ada perangkat atau kuota data</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Officer changed</source>
        <translation>Pergantian petugas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Account locked or hacked</source>
        <translation>Akun terkunci atau diretas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Platform restriction</source>
        <translation>Pembatasan oleh platform</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other</source>
        <translation>Lainnya</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Achievement</source>
        <translation>Capaian</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Obstacle</source>
        <translation>Kendala</translation>
    </message>
    <message>
        <location filename="../core/evaluation/metricsimport.cpp" line="-118"/>
        <source>not an account number (see: brankas-cli account list)</source>
        <translation>bukan nomor akun (lihat: brankas-cli account list)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>there is no account with this number</source>
        <translation>tidak ada akun dengan nomor ini</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the account is missing</source>
        <translation>akunnya tidak diisi</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>give the month as YYYY-MM, e.g. 2025-03</source>
        <translation>tulis bulan sebagai YYYY-MM, mis. 2025-03</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not a date Brankas can read</source>
        <translation>bukan tanggal yang dapat dibaca Brankas</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>not a whole number</source>
        <translation>bukan bilangan bulat</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>the same account and month as row %1</source>
        <translation>akun dan bulan yang sama dengan baris %1</translation>
    </message>
    <message>
        <location filename="../core/evaluation/metricslayout.cpp" line="+173"/>
        <source>Brankas monthly figures</source>
        <translation>Angka bulanan Brankas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Meta Business Suite, content</source>
        <translation>Meta Business Suite, konten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>X analytics, posts</source>
        <translation>Analitik X, postingan</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>X analytics, account overview</source>
        <translation>Analitik X, ringkasan akun</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>TikTok Studio, overview</source>
        <translation>TikTok Studio, ringkasan</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>TikTok Studio, follower history</source>
        <translation>TikTok Studio, riwayat pengikut</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>YouTube Studio, by date</source>
        <translation>YouTube Studio, per tanggal</translation>
    </message>
</context>
<context>
    <name>Brankas::EvaluationChartsPanel</name>
    <message>
        <location filename="../ui/evaluation/evaluationchartspanel.cpp" line="+158"/>
        <source>The charts of the printed evaluation report: every account of the year, whatever the filters above. A month without figures is a gap in the line, not 0.</source>
        <translation>Grafik laporan evaluasi cetak: semua akun pada tahun ini, apa pun saringan di atas. Bulan tanpa angka tampil sebagai celah pada garis, bukan 0.</translation>
    </message>
</context>
<context>
    <name>Brankas::EvaluationNoteModel</name>
    <message>
        <location filename="../ui/evaluation/evaluationnotemodel.cpp" line="+65"/>
        <source>Kecamatan</source>
        <translation>Kecamatan</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kind</source>
        <translation>Jenis</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Category</source>
        <translation>Kategori</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Note</source>
        <translation>Catatan</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Recorded by</source>
        <translation>Dicatat oleh</translation>
    </message>
</context>
<context>
    <name>Brankas::EvaluationNotesPanel</name>
    <message>
        <location filename="../ui/evaluation/evaluationnotespanel.cpp" line="+105"/>
        <source>Add an evaluation note</source>
        <translation>Tambah catatan evaluasi</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Correct an evaluation note</source>
        <translation>Koreksi catatan evaluasi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Correct the text or the category. The archive log keeps what the note said before.</source>
        <translation>Koreksi teks atau kategorinya. Log arsip menyimpan isi catatan sebelumnya.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Write, in a sentence or two, what the kecamatan&apos;s accounts achieved in %1 or what got in their way. The printed evaluation report lists it.</source>
        <translation>Tuliskan dalam satu atau dua kalimat capaian akun kecamatan pada tahun %1 atau kendala yang dihadapi. Laporan evaluasi cetak memuatnya.</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>&amp;Kecamatan:</source>
        <translation>&amp;Kecamatan:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>K&amp;ind:</source>
        <translation>&amp;Jenis:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Category:</source>
        <translation>Kate&amp;gori:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Note:</source>
        <translation>&amp;Catatan:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add note</source>
        <translation>Tambah catatan</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Save correction</source>
        <translation>Simpan koreksi</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>What each kecamatan&apos;s accounts achieved this year, and the obstacles (kendala) they met.</source>
        <translation>Capaian akun setiap kecamatan pada tahun ini dan kendala yang dihadapi.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Add note…</source>
        <translation>&amp;Tambah catatan…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Correct note…</source>
        <translation>&amp;Koreksi catatan…</translation>
    </message>
</context>
<context>
    <name>Brankas::EvaluationPage</name>
    <message numerus="yes">
        <location filename="../ui/evaluation/evaluationpage.cpp" line="+234"/>
        <source>%n account(s)</source>
        <translation>
            <numerusform>%n akun</numerusform>
        </translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Year:</source>
        <translation>&amp;Tahun:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Figure:</source>
        <translation>&amp;Angka:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Kecamatan:</source>
        <translation>&amp;Kecamatan:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Platform:</source>
        <translation>&amp;Platform:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Search:</source>
        <translation>&amp;Cari:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>All platforms</source>
        <translation>Semua platform</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Handle, kecamatan, e-mail…</source>
        <translation>Nama akun, kecamatan, e-mail…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type a figure into a month&apos;s cell: digits only. Leave a cell empty when nobody counted that figure; empty is not 0. Months that have not begun cannot be filled. Every change is logged.</source>
        <translation>Ketik angka di sel bulan: digit saja. Biarkan sel kosong jika angka itu tidak dihitung; kosong bukan 0. Bulan yang belum dimulai tidak dapat diisi. Setiap perubahan dicatat di log.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>You can read the figures and notes; only an administrator or an operator can change them.</source>
        <translation>Anda dapat membaca angka dan catatan; hanya administrator atau operator yang dapat mengubahnya.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Monthly figures</source>
        <translation>Angka bulanan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notes</source>
        <translation>Catatan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Charts</source>
        <translation>Grafik</translation>
    </message>
</context>
<context>
    <name>Brankas::EvaluationReportDialog</name>
    <message>
        <location filename="../ui/reports/evaluationreportdialog.cpp" line="+66"/>
        <source>Evaluation report</source>
        <translation>Laporan evaluasi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The report for the yearly evaluation meeting: a summary of the register, the charts of the monthly figures, a table per kecamatan and the obstacles by category. The preview lets you choose the paper and the language and save it as PDF.</source>
        <translation>Laporan untuk rapat evaluasi tahunan: ringkasan register, grafik angka bulanan, tabel per kecamatan, dan kendala menurut kategori. Di pratinjau Anda dapat memilih kertas dan bahasa serta menyimpannya sebagai PDF.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Year:</source>
        <translation>&amp;Tahun:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Preview</source>
        <translation>Pratinjau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
</context>
<context>
    <name>Brankas::Figure</name>
    <message>
        <location filename="../ui/evaluation/metricgridmodel.cpp" line="-176"/>
        <source>Followers at month end</source>
        <translation>Pengikut akhir bulan</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Posts</source>
        <translation>Postingan</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reach or impressions</source>
        <translation>Jangkauan atau tayangan</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Engagement (likes, comments, shares)</source>
        <translation>Interaksi (suka, komentar, bagikan)</translation>
    </message>
</context>
<context>
    <name>Brankas::FigureDelegate</name>
    <message>
        <location filename="../ui/evaluation/figuredelegate.cpp" line="+16"/>
        <source>Digits only. Leave the cell empty when nobody counted this figure: empty is not 0.</source>
        <translation>Digit saja. Biarkan sel kosong jika angka ini tidak dihitung: kosong bukan 0.</translation>
    </message>
</context>
<context>
    <name>Brankas::FindingModel</name>
    <message>
        <location filename="../ui/models/findingmodel.cpp" line="+162"/>
        <location line="+4"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>Finding</source>
        <translation>Temuan</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kecamatan</source>
        <translation>Kecamatan</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Details</source>
        <translation>Rincian</translation>
    </message>
</context>
<context>
    <name>Brankas::FindingsPanel</name>
    <message>
        <location filename="../ui/home/findingspanel.cpp" line="+151"/>
        <source>Choose a finding to see what it means.</source>
        <translation>Pilih temuan untuk melihat penjelasannya.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing needs action today.</source>
        <translation>Hari ini tidak ada yang perlu ditindaklanjuti.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Double-click a finding or press Enter to open its account.</source>
        <translation>Klik dua kali temuan atau tekan Enter untuk membuka akunnya.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every account passed the health check.</source>
        <translation>Semua akun lolos pemeriksaan kesehatan.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Needs action</source>
        <translation>Perlu tindakan</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The health check could not run: %1</source>
        <translation>Pemeriksaan kesehatan tidak dapat dijalankan: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Checking the register…</source>
        <translation>Memeriksa daftar…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No findings.</source>
        <translation>Tidak ada temuan.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 findings, %2 of them critical</source>
        <translation>%1 temuan, %2 di antaranya kritis</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open account</source>
        <translation>Buka akun</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show this account on the Accounts page (Enter)</source>
        <translation>Tampilkan akun ini di halaman Akun (Enter)</translation>
    </message>
</context>
<context>
    <name>Brankas::GateScreen</name>
    <message>
        <location filename="../ui/shell/gatescreen.cpp" line="+170"/>
        <source>Register and encrypted password archive of the Panwaslu Kecamatan social-media accounts</source>
        <translation>Daftar dan arsip kata sandi terenkripsi akun media sosial Panwaslu Kecamatan</translation>
    </message>
    <message>
        <location line="+1"/>
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
        <source>Open another vault file…</source>
        <translation>Buka berkas brankas lain…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open a vault on a server…</source>
        <translation>Buka brankas di server…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Brankas %1  |  Area data: %2</source>
        <translation>Brankas %1  |  Data wilayah: %2</translation>
    </message>
</context>
<context>
    <name>Brankas::Gui</name>
    <message>
        <location filename="../app/gui/main.cpp" line="+81"/>
        <source>Register and encrypted password archive of the Panwaslu Kecamatan social-media accounts.</source>
        <translation>Daftar dan arsip kata sandi terenkripsi akun media sosial Panwaslu Kecamatan.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The vault file or server address (default: the vault opened last, or %1).</source>
        <translation>Berkas brankas atau alamat server (bawaan: brankas yang terakhir dibuka, atau %1).</translation>
    </message>
    <message>
        <location line="+5"/>
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
        <source>Save pictures of the main screens, dialogs and wizard steps, signed in to a demo vault, in both languages, into a folder, and quit. Fails when one of them needs more room than the screen gives.</source>
        <translation>Simpan gambar layar utama, dialog, dan langkah panduan, dalam keadaan masuk ke brankas demo, dalam kedua bahasa, ke sebuah folder, lalu keluar. Gagal bila salah satunya butuh ruang lebih dari yang diberikan layar.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The screen those pictures are for, in logical pixels (default: 1366x768; 1280x720 for 1920x1080 at 150 %, with QT_SCALE_FACTOR=1.5). The window fills it less a taskbar and a title bar.</source>
        <translation>Layar untuk gambar-gambar itu, dalam piksel logis (bawaan: 1366x768; 1280x720 untuk 1920x1080 pada 150 %, dengan QT_SCALE_FACTOR=1.5). Jendela mengisinya dikurangi bilah tugas dan bilah judul.</translation>
    </message>
</context>
<context>
    <name>Brankas::Handover</name>
    <message>
        <location filename="../core/handover/handover.cpp" line="+36"/>
        <source>Activation (office to committee)</source>
        <translation>Aktivasi (kantor kepada Panwaslu Kecamatan)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Return (committee to office)</source>
        <translation>Pengembalian (Panwaslu Kecamatan kepada kantor)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Transfer (to the next committee)</source>
        <translation>Peralihan (kepada Panwaslu Kecamatan berikutnya)</translation>
    </message>
</context>
<context>
    <name>Brankas::HandoverAccountsPage</name>
    <message>
        <location filename="../ui/handover/handoveraccountspage.cpp" line="+100"/>
        <source>Held by %1</source>
        <translation>Dipegang oleh %1</translation>
    </message>
    <message numerus="yes">
        <location line="+45"/>
        <source>%1 of %n account(s) chosen</source>
        <translation>
            <numerusform>%1 dari %n akun dipilih</numerusform>
        </translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Accounts</source>
        <translation>Akun</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The accounts this handover includes. Only accounts whose status allows this kind of handover are listed.</source>
        <translation>Akun yang termasuk dalam serah terima ini. Hanya akun yang statusnya memungkinkan jenis serah terima ini yang ditampilkan.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Account</source>
        <translation>Akun</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Status now</source>
        <translation>Status saat ini</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Nature</source>
        <translation>Sifat akun</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Term or holder</source>
        <translation>Masa tugas atau pemegang</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose all</source>
        <translation>Pilih semua</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose none</source>
        <translation>Kosongkan pilihan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kecamatan %1 has no account that this kind of handover can include. Go back and choose another kind or kecamatan.</source>
        <translation>Kecamatan %1 tidak memiliki akun yang dapat dimasukkan dalam jenis serah terima ini. Kembali, lalu pilih jenis serah terima atau kecamatan lain.</translation>
    </message>
</context>
<context>
    <name>Brankas::HandoverChangesPage</name>
    <message>
        <location filename="../ui/handover/handoverchangespage.cpp" line="+95"/>
        <source>Passwords changed: %1 of %2. Recovery contacts changed: %3 of %2.</source>
        <translation>Kata sandi diganti: %1 dari %2. Kontak pemulihan diganti: %3 dari %2.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Passwords and recovery contacts</source>
        <translation>Kata sandi dan kontak pemulihan</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>At a return, give every account a new password and the office&apos;s own recovery e-mail and phone, so the departing committee can no longer sign in.</source>
        <translation>Pada pengembalian, beri setiap akun kata sandi baru serta e-mail dan nomor telepon pemulihan milik kantor, agar Panwaslu Kecamatan yang selesai bertugas tidak dapat masuk lagi.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Optional for this kind of handover: change passwords and recovery contacts now if the receiving party should start with new ones.</source>
        <translation>Tidak wajib untuk jenis serah terima ini: ganti kata sandi dan kontak pemulihan sekarang jika pihak penerima perlu memulai dengan yang baru.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A new password is generated, stored with the password history and shown once: set it on the platform straight away. The record notes each change.</source>
        <translation>Kata sandi baru dibuat secara otomatis, disimpan dalam riwayat kata sandi, dan ditampilkan satu kali: segera pasang pada platform. Setiap penggantian dicatat dalam berita acara.</translation>
    </message>
</context>
<context>
    <name>Brankas::HandoverDonePage</name>
    <message>
        <location filename="../ui/handover/handoverdonepage.cpp" line="+102"/>
        <source>handover</source>
        <translation>serah-terima</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Handover finalised</source>
        <translation>Serah terima telah difinalkan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print the record for signing, or save it as PDF.</source>
        <translation>Cetak berita acara untuk ditandatangani, atau simpan sebagai PDF.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Handover %1 is final.</source>
        <translation>Serah terima %1 telah final.</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>The accounts below now have their new status, and the archive log records the handover. Print the berita acara in %n copy(ies) for the parties to sign. The full preview offers the sealed-envelope annex with the passwords.</source>
        <translation>
            <numerusform>Status akun di bawah ini telah berubah, dan log arsip mencatat serah terima ini. Cetak berita acara sebanyak %n rangkap untuk ditandatangani para pihak. Pratinjau lengkap menyediakan lampiran amplop tertutup yang memuat kata sandi.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Account</source>
        <translation>Akun</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Status before</source>
        <translation>Status sebelumnya</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Status now</source>
        <translation>Status sekarang</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print…</source>
        <translation>Cetak…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save as PDF…</source>
        <translation>Simpan sebagai PDF…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Full preview…</source>
        <translation>Pratinjau lengkap…</translation>
    </message>
</context>
<context>
    <name>Brankas::HandoverItemRow</name>
    <message>
        <location filename="../ui/handover/handoveritemrow.cpp" line="+54"/>
        <source>Generate another password</source>
        <translation>Buat kata sandi lain</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Generate new password</source>
        <translation>Buat kata sandi baru</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Makes a strong password, stores it with the password history and shows it once</source>
        <translation>Membuat kata sandi yang kuat, menyimpannya dalam riwayat kata sandi, dan menampilkannya satu kali</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy</source>
        <translation>Salin</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Copies the password; the clipboard is cleared after %n second(s)</source>
        <translation>
            <numerusform>Menyalin kata sandi; papan klip dikosongkan setelah %n detik</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Set this password on %1 now. It is shown only this once; Brankas keeps it encrypted, and an operator can reveal it later.</source>
        <translation>Pasang kata sandi ini pada %1 sekarang. Kata sandi hanya ditampilkan kali ini; Brankas menyimpannya dalam bentuk terenkripsi, dan operator dapat menampilkannya kembali nanti.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Recovery e-mail:</source>
        <translation>E-mail pemulihan:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone:</source>
        <translation>Telepon:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save contact</source>
        <translation>Simpan kontak</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Password changed</source>
        <translation>Kata sandi diganti</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tick it when the password was changed on the platform outside Brankas</source>
        <translation>Centang jika kata sandi telah diganti pada platform, di luar Brankas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recovery e-mail/phone changed</source>
        <translation>E-mail/telepon pemulihan diganti</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tick it when the recovery contact was changed on the platform outside Brankas</source>
        <translation>Centang jika kontak pemulihan telah diganti pada platform, di luar Brankas</translation>
    </message>
</context>
<context>
    <name>Brankas::HandoverKindPage</name>
    <message>
        <location filename="../ui/handover/handoverkindpage.cpp" line="+128"/>
        <source>Kecamatan and kind of handover</source>
        <translation>Kecamatan dan jenis serah terima</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose whose accounts change hands, and why.</source>
        <translation>Pilih kecamatan yang akunnya berpindah tangan, dan alasannya.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Kecamatan</source>
        <translation>&amp;Kecamatan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind of handover</source>
        <translation>Jenis serah terima</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Activation: the office hands the accounts to a committee</source>
        <translation>&amp;Aktivasi: kantor menyerahkan akun kepada Panwaslu Kecamatan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>At the start of a term. The accounts become active for the committee.</source>
        <translation>Pada awal masa tugas. Akun menjadi aktif untuk Panwaslu Kecamatan.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Return: a committee gives the accounts back to the office</source>
        <translation>&amp;Pengembalian: Panwaslu Kecamatan mengembalikan akun kepada kantor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>At the end of a term. Change the passwords and recovery contacts as part of it; term-bound accounts are deactivated, permanent ones held by the office.</source>
        <translation>Pada akhir masa tugas. Sebagai bagian dari serah terima ini, ganti kata sandi dan kontak pemulihan; akun yang terikat masa tugas dinonaktifkan, sedangkan akun tetap dipegang kantor.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Transfer: the accounts pass to the next committee</source>
        <translation>Pe&amp;ralihan: akun diteruskan kepada Panwaslu Kecamatan berikutnya</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>For permanent accounts that stay in use from one term to the next.</source>
        <translation>Untuk akun tetap yang terus digunakan dari satu masa tugas ke masa tugas berikutnya.</translation>
    </message>
</context>
<context>
    <name>Brankas::HandoverListModel</name>
    <message>
        <location filename="../ui/handover/handoverlistmodel.cpp" line="+67"/>
        <source>Activation</source>
        <translation>Aktivasi</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Return</source>
        <translation>Pengembalian</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Transfer</source>
        <translation>Peralihan</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Draft</source>
        <translation>Draf</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not final (started by %1)</source>
        <translation>Belum final (dimulai oleh %1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Handed over by %1 (%2), received by %3 (%4)</source>
        <translation>Diserahkan oleh %1 (%2), diterima oleh %3 (%4)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A draft: continue it to finalise it, or discard it.</source>
        <translation>Draf: lanjutkan untuk memfinalkannya, atau hapus.</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Number</source>
        <translation>Nomor</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Date</source>
        <translation>Tanggal</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kind</source>
        <translation>Jenis</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kecamatan</source>
        <translation>Kecamatan</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>From → to</source>
        <translation>Dari → kepada</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Accounts</source>
        <translation>Akun</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Finalised</source>
        <translation>Difinalkan</translation>
    </message>
</context>
<context>
    <name>Brankas::HandoverPartiesPage</name>
    <message>
        <location filename="../ui/handover/handoverpartiespage.cpp" line="+133"/>
        <source>Parties</source>
        <translation>Para pihak</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Who hands the accounts over, who receives them, and who witnesses it, as the record will print them.</source>
        <translation>Pihak yang menyerahkan akun, pihak yang menerimanya, dan saksi yang mengetahuinya, sebagaimana akan tercetak pada berita acara.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Handing over (first party)</source>
        <translation>Yang menyerahkan (pihak pertama)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Receiving (second party)</source>
        <translation>Yang menerima (pihak kedua)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Witness (Mengetahui)</source>
        <translation>Saksi (Mengetahui)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Date:</source>
        <translation>&amp;Tanggal:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Place:</source>
        <translation>Tem&amp;pat:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Copies:</source>
        <translation>Jumlah &amp;rangkap:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An empty office field takes the party&apos;s office (the Bawaslu office or the Panwaslu Kecamatan). Going on saves the handover as a draft: you can close this window and continue it later.</source>
        <translation>Kolom kantor yang dikosongkan akan diisi dengan kantor pihak tersebut (kantor Bawaslu atau Panwaslu Kecamatan). Dengan melanjutkan, serah terima disimpan sebagai draf: Anda dapat menutup jendela ini dan melanjutkannya nanti.</translation>
    </message>
</context>
<context>
    <name>Brankas::HandoverPreviewPage</name>
    <message>
        <location filename="../ui/handover/handoverpreviewpage.cpp" line="+60"/>
        <source>Check the record</source>
        <translation>Periksa berita acara</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The berita acara as it will be printed. Go back to correct anything.</source>
        <translation>Berita acara sebagaimana akan dicetak. Kembali ke langkah sebelumnya untuk memperbaiki isinya.</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Finalising numbers the record, changes the status of its %n account(s) and writes the archive log. A finalised handover cannot be edited afterwards.</source>
        <translation>
            <numerusform>Finalisasi memberi nomor pada berita acara, mengubah status %n akun di dalamnya, dan mencatatnya dalam log arsip. Serah terima yang sudah difinalkan tidak dapat diubah lagi.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Brankas::HandoverWizard</name>
    <message>
        <location filename="../ui/handover/handoverwizard.cpp" line="+114"/>
        <source>Finalise handover</source>
        <translation>Finalkan serah terima</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Finalise the handover of %n account(s) of Kecamatan %1?

It gets its number, the accounts&apos; statuses change and the archive log records it. A finalised handover cannot be edited afterwards; a later handover can only follow it.</source>
        <translation>
            <numerusform>Finalkan serah terima %n akun Kecamatan %1?

Serah terima ini akan mendapat nomor, status akun-akunnya berubah, dan log arsip mencatatnya. Serah terima yang sudah difinalkan tidak dapat diubah lagi; perubahan hanya dapat dilakukan melalui serah terima berikutnya.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Finalise</source>
        <translation>Finalkan</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Handover of accounts</source>
        <translation>Serah terima akun</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt; Back</source>
        <translation>&lt; Kembali</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next &gt;</source>
        <translation>Lanjut &gt;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Finalise…</source>
        <translation>Finalkan…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close</source>
        <translation>Tutup</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close (keep draft)</source>
        <translation>Tutup (simpan draf)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Help</source>
        <translation>Bantuan</translation>
    </message>
</context>
<context>
    <name>Brankas::HandoversPage</name>
    <message>
        <location filename="../ui/handover/handoverspage.cpp" line="+144"/>
        <source>Preview draft…</source>
        <translation>Pratinjau draf…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Print / Save PDF…</source>
        <translation>Cetak / Simpan PDF…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No handover has been recorded yet.</source>
        <translation>Belum ada serah terima yang dicatat.</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n handover(s) recorded.</source>
        <translation>
            <numerusform>%n serah terima tercatat.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All are final.</source>
        <translation>Semuanya sudah final.</translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%n draft(s) not final yet.</source>
        <translation>
            <numerusform>%n draf belum final.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+40"/>
        <location line="+5"/>
        <location line="+45"/>
        <source>Discard draft</source>
        <translation>Hapus draf</translation>
    </message>
    <message>
        <location line="-49"/>
        <source>Discard the draft handover of %1 accounts of Kecamatan %2?

Passwords and recovery contacts already changed for it stay changed.</source>
        <translation>Hapus draf serah terima %1 akun Kecamatan %2?

Kata sandi dan kontak pemulihan yang sudah diganti untuk serah terima ini tetap berlaku.</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Handovers</source>
        <translation>Serah Terima</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every transfer of accounts between the office and a committee, with its berita acara to print and sign. A handover stays a draft until it is finalised; finalising changes the accounts&apos; statuses and cannot be undone.</source>
        <translation>Setiap perpindahan akun antara kantor dan Panwaslu Kecamatan, beserta berita acaranya untuk dicetak dan ditandatangani. Serah terima tetap berupa draf sampai difinalkan; finalisasi mengubah status akun dan tidak dapat dibatalkan.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>You are signed in as a viewer: you can read handovers and print their records, but not start or change one.</source>
        <translation>Anda masuk sebagai peninjau: Anda dapat melihat serah terima dan mencetak berita acaranya, tetapi tidak dapat memulai atau mengubahnya.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New handover…</source>
        <translation>Serah terima baru…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Continue draft…</source>
        <translation>Lanjutkan draf…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Record a handover of accounts, step by step</source>
        <translation>Catat serah terima akun, langkah demi langkah</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Viewers cannot start a handover.</source>
        <translation>Peninjau tidak dapat memulai serah terima.</translation>
    </message>
</context>
<context>
    <name>Brankas::HealthCheck</name>
    <message>
        <location filename="../core/register/healthcheck.cpp" line="+25"/>
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
        <location line="+4"/>
        <source>Recovery passphrase does not open the passwords</source>
        <translation>Frasa sandi pemulihan tidak membuka kata sandi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The vault was made by an older Brankas: its recovery passphrase opens the register and the log on a new PC or from a backup, but not the passwords. An administrator replaces the recovery passphrase (Settings, or brankas-cli recovery change) and keeps the new sheet in the office safe.</source>
        <translation>Brankas ini dibuat oleh versi Brankas yang lebih lama: frasa sandi pemulihannya membuka daftar dan log di PC baru atau dari cadangan, tetapi tidak membuka kata sandi. Administrator mengganti frasa sandi pemulihan (Pengaturan, atau brankas-cli recovery change) dan menyimpan lembar barunya di brankas kantor.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Yearly review overdue</source>
        <translation>Pemeriksaan tahunan terlambat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Registers of official accounts are reviewed every year: check the account&apos;s details, status and contacts, then confirm the review.</source>
        <translation>Daftar akun resmi wajib diperiksa setiap tahun. Periksa data, status, dan kontak akun, lalu catat bahwa pemeriksaan telah dilakukan.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No recent backup</source>
        <translation>Tidak ada cadangan terbaru</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>When this computer&apos;s disk fails, only a backup and the recovery sheet bring the accounts back. Choose a backup folder in Settings, or run brankas-cli backup.</source>
        <translation>Jika disk komputer ini rusak, hanya cadangan dan lembar pemulihan yang dapat mengembalikan akun-akun. Pilih folder cadangan di Pengaturan, atau jalankan brankas-cli backup.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Backup folder unavailable</source>
        <translation>Folder cadangan tidak tersedia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Automatic backups cannot be written into the folder chosen in Settings. Plug in the disk or connect the share, or choose another folder.</source>
        <translation>Pencadangan otomatis tidak dapat ditulis ke folder yang dipilih di Pengaturan. Pasang disknya atau sambungkan folder jaringannya, atau pilih folder lain.</translation>
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
    <message>
        <location line="+59"/>
        <source>The vault</source>
        <translation>Brankas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>If this PC is lost, the passwords are lost with it: replace the recovery passphrase and print a new sheet.</source>
        <translation>Jika PC ini hilang, kata sandi ikut hilang: ganti frasa sandi pemulihan dan cetak lembar baru.</translation>
    </message>
    <message numerus="yes">
        <location line="+17"/>
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
    <message>
        <location filename="../core/backup/backuphealth.cpp" line="+33"/>
        <location line="+15"/>
        <source>Vault backups</source>
        <translation>Cadangan brankas</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>No backup for %n day(s): the last was written on %1.</source>
        <translation>
            <numerusform>Tidak ada cadangan selama %n hari: cadangan terakhir ditulis pada %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>No backup for %n day(s): none was ever written.</source>
        <translation>
            <numerusform>Tidak ada cadangan selama %n hari: belum pernah ada cadangan yang ditulis.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Brankas::HomePage</name>
    <message>
        <location filename="../ui/home/homepage.cpp" line="+193"/>
        <source>Accounts in the register</source>
        <translation>Akun dalam daftar</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Critical findings</source>
        <translation>Temuan kritis</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Accounts still active after their term ended: the misuse risk to remove first</source>
        <translation>Akun yang masih aktif setelah masa tugasnya berakhir: risiko penyalahgunaan yang harus ditangani lebih dulu</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Accounts by platform</source>
        <translation>Akun per platform</translation>
    </message>
</context>
<context>
    <name>Brankas::ImportAction</name>
    <message>
        <location filename="../ui/import/importaction.cpp" line="+43"/>
        <source>&amp;Import from spreadsheet…</source>
        <translation>&amp;Impor dari lembar kerja…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bring the office&apos;s accounts in from an Excel workbook or a CSV file</source>
        <translation>Masukkan akun-akun kantor dari buku kerja Excel atau berkas CSV</translation>
    </message>
</context>
<context>
    <name>Brankas::ImportColumnsPage</name>
    <message>
        <location filename="../ui/import/importcolumnspage.cpp" line="+66"/>
        <source>Kecamatan (code or name)</source>
        <translation>Kecamatan (kode atau nama)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Platform</source>
        <translation>Platform</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Username or profile address</source>
        <translation>Nama pengguna atau alamat profil</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Account name</source>
        <translation>Nama akun</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Recovery e-mail</source>
        <translation>E-mail pemulihan</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Recovery phone number</source>
        <translation>Nomor HP pemulihan</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Password</source>
        <translation>Kata sandi</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Two-step verification</source>
        <translation>Verifikasi dua langkah</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Term</source>
        <translation>Masa tugas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Term-bound or permanent</source>
        <translation>Sifat (masa tugas atau tetap)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Holder</source>
        <translation>Pemegang</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Notes</source>
        <translation>Catatan</translation>
    </message>
    <message>
        <location line="+139"/>
        <source>What each column holds</source>
        <translation>Isi setiap kolom</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Brankas recognised the columns it knows by their header. Check each one; a column set to &quot;ignored&quot; is not read.</source>
        <translation>Brankas mengenali kolom yang diketahuinya dari judul kolom. Periksa satu per satu; kolom yang diatur &quot;diabaikan&quot; tidak dibaca.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A Kecamatan column and a Username column are needed. The choice is remembered on this PC for the next file with the same header row.</source>
        <translation>Kolom Kecamatan dan kolom Nama pengguna wajib ada. Pilihan ini diingat di komputer ini untuk berkas berikutnya dengan baris judul yang sama.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Column in the sheet</source>
        <translation>Kolom di lembar kerja</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>First value</source>
        <translation>Nilai pertama</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Holds</source>
        <translation>Berisi</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(ignored)</source>
        <translation>(diabaikan)</translation>
    </message>
</context>
<context>
    <name>Brankas::ImportDonePage</name>
    <message>
        <location filename="../ui/import/importdonepage.cpp" line="+76"/>
        <source>Imported</source>
        <translation>Selesai diimpor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The accounts are in the register, and the archive log records the import with the file&apos;s fingerprint.</source>
        <translation>Akun-akun sudah masuk daftar, dan log arsip mencatat impor ini beserta sidik jari berkasnya.</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n account(s) recorded.</source>
        <translation>
            <numerusform>%n akun dicatat.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+17"/>
        <source>Skipped %n row(s) with problems: %1. Correct them in the sheet and import them again.</source>
        <translation>
            <numerusform>%n baris bermasalah dilewati: %1. Perbaiki di lembar kerja lalu impor lagi.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The passwords are now encrypted in the vault, but %1 still holds them in the clear. Destroy the file and every copy of it (e-mail attachments, USB sticks, the recycle bin).</source>
        <translation>Kata sandi kini tersimpan terenkripsi di brankas, tetapi %1 masih memuatnya tanpa enkripsi. Musnahkan berkas itu dan setiap salinannya (lampiran e-mail, flashdisk, tempat sampah).</translation>
    </message>
</context>
<context>
    <name>Brankas::ImportFilePage</name>
    <message>
        <location filename="../ui/import/importfilepage.cpp" line="+71"/>
        <source>Choose the spreadsheet</source>
        <translation>Pilih lembar kerja</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Spreadsheets (*.xlsx *.csv *.txt);;All files (*)</source>
        <translation>Lembar kerja (*.xlsx *.csv *.txt);;Semua berkas (*)</translation>
    </message>
    <message numerus="yes">
        <location line="+50"/>
        <source>%n row(s) under the header row.</source>
        <translation>
            <numerusform>%n baris di bawah baris judul.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Sheet &quot;%1&quot;: %n row(s) under the header row.</source>
        <translation>
            <numerusform>Sheet &quot;%1&quot;: %n baris di bawah baris judul.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+23"/>
        <source>The spreadsheet</source>
        <translation>Lembar kerja</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose the office&apos;s workbook or CSV file of accounts. Nothing is recorded before the last step.</source>
        <translation>Pilih buku kerja atau berkas CSV berisi akun-akun kantor. Tidak ada yang dicatat sebelum langkah terakhir.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;File</source>
        <translation>&amp;Berkas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose file…</source>
        <translation>Pilih berkas…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Sheet</source>
        <translation>&amp;Sheet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Excel workbooks (.xlsx) and CSV or text files (.csv, .txt) are read. The row of column headers is found below any title; the next step lets you say what each column holds.</source>
        <translation>Yang dapat dibaca: buku kerja Excel (.xlsx) serta berkas CSV atau teks (.csv, .txt). Baris judul kolom dicari di bawah judul tabel, bila ada; langkah berikutnya menanyakan isi setiap kolom.</translation>
    </message>
</context>
<context>
    <name>Brankas::ImportPreviewPage</name>
    <message numerus="yes">
        <location filename="../ui/import/importpreviewpage.cpp" line="+83"/>
        <source>All %n row(s) can be recorded.</source>
        <translation>
            <numerusform>Semua %n baris dapat dicatat.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n row(s) can be recorded.</source>
        <translation>
            <numerusform>%n baris dapat dicatat.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n row(s) have problems and stop the import:</source>
        <translation>
            <numerusform>%n baris bermasalah dan menghentikan impor:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n of them repeat an earlier row or an account already in the vault.</source>
        <translation>
            <numerusform>%n di antaranya mengulang baris sebelumnya atau akun yang sudah ada di brankas.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Columns not read (ignored): %1</source>
        <translation>Kolom yang tidak dibaca (diabaikan): %1</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Record only the %n valid row(s) and skip the rows with problems</source>
        <translation>
            <numerusform>Catat hanya %n baris yang valid dan lewati baris yang bermasalah</numerusform>
        </translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Check before recording</source>
        <translation>Periksa sebelum dicatat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every row was checked with the rules of recording one account. Nothing is written until you press Import; then all the rows are recorded together, or none.</source>
        <translation>Setiap baris sudah diperiksa dengan aturan yang sama seperti mencatat satu akun. Tidak ada yang ditulis sebelum Anda menekan Impor; lalu semua baris dicatat bersama, atau tidak sama sekali.</translation>
    </message>
</context>
<context>
    <name>Brankas::ImportProblemModel</name>
    <message>
        <location filename="../ui/import/importproblemmodel.cpp" line="+20"/>
        <source>row %1: %2</source>
        <translation>baris %1: %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>row %1: %2: %3</source>
        <translation>baris %1: %2: %3</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>(whole row)</source>
        <translation>(seluruh baris)</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Row</source>
        <translation>Baris</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Column</source>
        <translation>Kolom</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What is wrong</source>
        <translation>Masalahnya</translation>
    </message>
</context>
<context>
    <name>Brankas::ImportWizard</name>
    <message>
        <location filename="../ui/import/importwizard.cpp" line="+85"/>
        <source>Import accounts from a spreadsheet</source>
        <translation>Impor akun dari lembar kerja</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt; Back</source>
        <translation>&lt; Kembali</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next &gt;</source>
        <translation>Lanjut &gt;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import</source>
        <translation>Impor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close</source>
        <translation>Tutup</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
</context>
<context>
    <name>Brankas::KecamatanListModel</name>
    <message>
        <location filename="../ui/models/kecamatanlistmodel.cpp" line="+87"/>
        <source>All kecamatan</source>
        <translation>Semua kecamatan</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 (retired)</source>
        <translation>%1 (tidak aktif)</translation>
    </message>
</context>
<context>
    <name>Brankas::KecamatanPage</name>
    <message>
        <location filename="../ui/setup/kecamatanpage.cpp" line="+60"/>
        <location line="+6"/>
        <source>Kecamatan</source>
        <translation>Kecamatan</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>The register starts with every kecamatan of your area; each Panwaslu Kecamatan&apos;s accounts are recorded under its kecamatan.</source>
        <translation>Daftar dimulai dengan semua kecamatan di wilayah Anda; akun setiap Panwaslu Kecamatan dicatat di bawah kecamatannya.</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%1 has %n kecamatan. Brankas will create:</source>
        <translation>
            <numerusform>%1 memiliki %n kecamatan. Brankas akan membuat:</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Code</source>
        <translation>Kode</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A kecamatan formed after this list was published can be added to the register later.</source>
        <translation>Kecamatan yang dibentuk setelah daftar ini diterbitkan dapat ditambahkan kemudian.</translation>
    </message>
</context>
<context>
    <name>Brankas::KecamatanRegisterPage</name>
    <message>
        <location filename="../ui/kecamatan/kecamatanregisterpage.cpp" line="+187"/>
        <source>Add a kecamatan</source>
        <translation>Tambah kecamatan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a kecamatan that is not in the reference list, for example after a re-districting. Its code follows the Kemendagri pattern of this regency.</source>
        <translation>Tambahkan kecamatan yang tidak ada dalam daftar acuan, misalnya setelah pemekaran atau penataan wilayah. Kodenya mengikuti pola kode Kemendagri kabupaten/kota ini.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Code</source>
        <translation>Kode</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add</source>
        <translation>Tambah</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Secretariat contacts</source>
        <translation>Kontak sekretariat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contacts of the Panwaslu Kecamatan %1 secretariat.</source>
        <translation>Kontak sekretariat Panwaslu Kecamatan %1.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Address</source>
        <translation>Alamat</translation>
    </message>
    <message>
        <location line="+1"/>
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
        <source>Save</source>
        <translation>Simpan</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Retire a kecamatan</source>
        <translation>Nonaktifkan kecamatan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Retire %1 %2 when it no longer exists. It stays in the register and the archive log with its accounts; it is only no longer offered for new accounts.</source>
        <translation>Nonaktifkan %1 %2 jika kecamatan ini sudah tidak ada. Kecamatan ini tetap tercatat dalam daftar dan log arsip beserta akun-akunnya; hanya saja kecamatan ini tidak lagi dapat dipilih untuk akun baru.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>e.g. merged into another kecamatan by Perda No. …</source>
        <translation>misalnya digabung ke kecamatan lain berdasarkan Perda No. …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reason</source>
        <translation>Alasan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Retire</source>
        <translation>Nonaktifkan</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Find a kecamatan by code, name or contact</source>
        <translation>Cari kecamatan menurut kode, nama, atau kontak</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show retired</source>
        <translation>Tampilkan yang tidak aktif</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add kecamatan…</source>
        <translation>Tambah kecamatan…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit contacts…</source>
        <translation>Ubah kontak…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Retire…</source>
        <translation>Nonaktifkan…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read only: viewers do not change the register.</source>
        <translation>Hanya baca: peninjau tidak dapat mengubah daftar.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 kecamatan in use, %2 retired.</source>
        <translation>%1 kecamatan aktif, %2 tidak aktif.</translation>
    </message>
</context>
<context>
    <name>Brankas::KecamatanTableModel</name>
    <message>
        <location filename="../ui/models/kecamatantablemodel.cpp" line="+76"/>
        <source>Retired %1</source>
        <translation>Dinonaktifkan %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In use</source>
        <translation>Digunakan</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Code</source>
        <translation>Kode</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kecamatan</source>
        <translation>Kecamatan</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Secretariat address</source>
        <translation>Alamat sekretariat</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Phone</source>
        <translation>Telepon</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Accounts</source>
        <translation>Akun</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Live accounts</source>
        <translation>Akun masih dipakai</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>State</source>
        <translation>Keadaan</translation>
    </message>
</context>
<context>
    <name>Brankas::KeychainState</name>
    <message>
        <location filename="../core/vault/keychainstate.cpp" line="+30"/>
        <source>Ready: the vault key is stored in %1.</source>
        <translation>Siap: kunci brankas tersimpan di %1.</translation>
    </message>
</context>
<context>
    <name>Brankas::LanguagePage</name>
    <message>
        <location filename="../ui/setup/languagepage.cpp" line="+55"/>
        <source>Welcome to Brankas</source>
        <translation>Selamat datang di Brankas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Brankas keeps the register of your Panwaslu Kecamatan social-media accounts and their passwords, locked in an encrypted vault. This setup creates your office&apos;s vault in a few steps. First, choose the language Brankas speaks.</source>
        <translation>Brankas menyimpan daftar akun media sosial Panwaslu Kecamatan Anda beserta kata sandinya dalam brankas terenkripsi. Penyiapan ini membuat brankas kantor Anda dalam beberapa langkah. Pertama, pilih bahasa yang digunakan Brankas.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>You can change the language later in Settings.</source>
        <translation>Anda dapat mengganti bahasa nanti di Pengaturan.</translation>
    </message>
</context>
<context>
    <name>Brankas::LogAction</name>
    <message>
        <location filename="../core/log/logactions.cpp" line="+11"/>
        <source>Account recorded</source>
        <translation>Akun dicatat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Account details changed</source>
        <translation>Data akun diubah</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Account status changed</source>
        <translation>Status akun diubah</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Yearly review confirmed</source>
        <translation>Pemeriksaan tahunan dicatat</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Password changed</source>
        <translation>Kata sandi diganti</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Account checked</source>
        <translation>Akun diperiksa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Secret saved</source>
        <translation>Data rahasia disimpan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Secret shown</source>
        <translation>Data rahasia ditampilkan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Secret copied</source>
        <translation>Data rahasia disalin</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kecamatan added</source>
        <translation>Kecamatan ditambahkan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kecamatan contacts changed</source>
        <translation>Kontak kecamatan diubah</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kecamatan retired</source>
        <translation>Kecamatan dinonaktifkan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Monthly figures recorded</source>
        <translation>Angka bulanan dicatat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Monthly figures imported from a spreadsheet</source>
        <translation>Angka bulanan diimpor dari lembar kerja</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Evaluation note recorded</source>
        <translation>Catatan evaluasi dicatat</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Evaluation note corrected</source>
        <translation>Catatan evaluasi dikoreksi</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Term added</source>
        <translation>Masa tugas ditambahkan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Term extended</source>
        <translation>Masa tugas diperpanjang</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Handover drafted</source>
        <translation>Draf serah terima dibuat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Handover draft changed</source>
        <translation>Draf serah terima diubah</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Handover signed off</source>
        <translation>Serah terima difinalkan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Handover draft discarded</source>
        <translation>Draf serah terima dihapus</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Officer added</source>
        <translation>Petugas ditambahkan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signed in</source>
        <translation>Masuk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sign-in failed</source>
        <translation>Gagal masuk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sign-in refused: access closed</source>
        <translation>Masuk ditolak: akses ditutup</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Officer&apos;s access closed</source>
        <translation>Akses petugas ditutup</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Officer&apos;s access opened again</source>
        <translation>Akses petugas dibuka kembali</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Officer&apos;s role changed</source>
        <translation>Peran petugas diubah</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Passphrase changed</source>
        <translation>Frasa sandi diganti</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Temporary passphrase given</source>
        <translation>Frasa sandi sementara diberikan</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Officer&apos;s signing key made</source>
        <translation>Kunci tanda tangan petugas dibuat</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Office details changed</source>
        <translation>Data kantor diubah</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vault created</source>
        <translation>Brankas dibuat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vault upgraded</source>
        <translation>Format brankas diperbarui</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Opened with the recovery passphrase</source>
        <translation>Dibuka dengan frasa sandi pemulihan</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Recovery passphrase replaced</source>
        <translation>Frasa sandi pemulihan diganti</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Key put back in the keychain</source>
        <translation>Kunci disimpan kembali di penyimpanan kata sandi komputer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Backup written</source>
        <translation>Cadangan dibuat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restored from a backup</source>
        <translation>Dipulihkan dari cadangan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Secrets moved under their own key</source>
        <translation>Data rahasia dipindahkan ke kuncinya sendiri</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Access to passwords given</source>
        <translation>Akses ke kata sandi diberikan</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Access to passwords taken away</source>
        <translation>Akses ke kata sandi dicabut</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Archive log verified (checkpoint)</source>
        <translation>Log arsip diverifikasi (titik periksa)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Printed with passwords</source>
        <translation>Dicetak beserta kata sandi</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Register imported from a spreadsheet</source>
        <translation>Daftar diimpor dari lembar kerja</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Register exported to a spreadsheet</source>
        <translation>Daftar diekspor ke lembar kerja</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Public list of official accounts published</source>
        <translation>Daftar akun resmi diterbitkan</translation>
    </message>
</context>
<context>
    <name>Brankas::LogEntryModel</name>
    <message>
        <location filename="../ui/models/logentrymodel.cpp" line="+147"/>
        <source>Entry %1</source>
        <translation>Entri %1</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Time</source>
        <translation>Waktu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Officer</source>
        <translation>Petugas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Action</source>
        <translation>Tindakan</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>About</source>
        <translation>Perihal</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Details</source>
        <translation>Rincian</translation>
    </message>
</context>
<context>
    <name>Brankas::LogEntryText</name>
    <message>
        <location filename="../ui/models/logentrytext.cpp" line="+25"/>
        <source>from</source>
        <translation>dari</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>to</source>
        <translation>menjadi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>reason</source>
        <translation>alasan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>kecamatan</source>
        <translation>kecamatan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>platform</source>
        <translation>platform</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>handle</source>
        <translation>nama pengguna</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>status</source>
        <translation>status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>kind</source>
        <translation>jenis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>name</source>
        <translation>nama</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>role</source>
        <translation>peran</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>until</source>
        <translation>sampai</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>basis</source>
        <translation>dasar hukum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>version</source>
        <translation>versi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>number</source>
        <translation>nomor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>accounts</source>
        <translation>akun</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>account</source>
        <translation>akun</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>term</source>
        <translation>masa tugas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>held by</source>
        <translation>dipegang oleh</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>date</source>
        <translation>tanggal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>office</source>
        <translation>kantor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>report</source>
        <translation>laporan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>password changed</source>
        <translation>kata sandi diganti</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>recovery contacts changed</source>
        <translation>kontak pemulihan diganti</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e-mail</source>
        <translation>e-mail</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>phone</source>
        <translation>telepon</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>display name</source>
        <translation>nama tampilan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>notes</source>
        <translation>catatan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>two-factor</source>
        <translation>dua faktor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>nature</source>
        <translation>sifat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>active period</source>
        <translation>masa aktif</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>month</source>
        <translation>bulan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>followers</source>
        <translation>pengikut</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>posts</source>
        <translation>postingan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>reach</source>
        <translation>jangkauan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>engagement</source>
        <translation>interaksi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>year</source>
        <translation>tahun</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>category</source>
        <translation>kategori</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>yes</source>
        <translation>ya</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no</source>
        <translation>tidak</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>none</source>
        <translation>tidak ada</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>handover record</source>
        <translation>berita acara serah terima</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>recovery sheet</source>
        <translation>lembar pemulihan</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Recorded without the vault key, not proof</source>
        <translation>Dicatat tanpa kunci brankas, bukan bukti</translation>
    </message>
</context>
<context>
    <name>Brankas::LogExtractDialog</name>
    <message>
        <location filename="../ui/reports/logextractdialog.cpp" line="+81"/>
        <source>The first date must not come after the last.</source>
        <translation>Tanggal awal tidak boleh sesudah tanggal akhir.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Archive log extract</source>
        <translation>Petikan log arsip</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The extract lists the archive log entries of these dates and states whether the whole log passed verification.</source>
        <translation>Petikan ini memuat entri log arsip pada rentang tanggal tersebut dan menyatakan apakah seluruh log arsip lolos verifikasi.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;From:</source>
        <translation>&amp;Dari tanggal:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Until:</source>
        <translation>&amp;Sampai tanggal:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Preview</source>
        <translation>Pratinjau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
</context>
<context>
    <name>Brankas::LogFilterBar</name>
    <message>
        <location filename="../ui/log/logfilterbar.cpp" line="+138"/>
        <source>All actions</source>
        <translation>Semua tindakan</translation>
    </message>
    <message>
        <location line="+126"/>
        <source>From</source>
        <translation>Dari</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Until</source>
        <translation>Sampai</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>Any date</source>
        <translation>Semua tanggal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Officer</source>
        <translation>Petugas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All officers</source>
        <translation>Semua petugas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Action</source>
        <translation>Tindakan</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kecamatan</source>
        <translation>Kecamatan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All kecamatan</source>
        <translation>Semua kecamatan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reset</source>
        <translation>Atur ulang</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the whole log again</source>
        <translation>Tampilkan kembali seluruh log arsip</translation>
    </message>
</context>
<context>
    <name>Brankas::LogPage</name>
    <message>
        <location filename="../ui/log/logpage.cpp" line="+176"/>
        <source>Newest first. %1 entries shown; scroll down for older ones.</source>
        <translation>Terbaru di atas. %1 entri ditampilkan; gulir ke bawah untuk entri yang lebih lama.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Newest first. %1 entries shown.</source>
        <translation>Terbaru di atas. %1 entri ditampilkan.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The archive log holds %1 entries in all.</source>
        <translation>Log arsip memuat %1 entri seluruhnya.</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+46"/>
        <source>Verify the archive log</source>
        <translation>Verifikasi log arsip</translation>
    </message>
    <message>
        <location line="-45"/>
        <source>Checking every entry of the archive log against its seal…</source>
        <translation>Memeriksa setiap entri log arsip terhadap segelnya…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Keep this PC and the vault file as they are and tell the head of office: the entries before it are still trustworthy, the ones from it on are not.</source>
        <translation>Biarkan komputer ini dan berkas brankas apa adanya, lalu laporkan kepada pimpinan kantor: entri sebelum entri tersebut masih dapat dipercaya, sedangkan entri tersebut dan entri sesudahnya tidak.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Verify</source>
        <translation>Verifikasi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check that no entry of the archive log was edited, deleted or inserted</source>
        <translation>Periksa bahwa tidak ada entri log arsip yang diubah, dihapus, atau disisipkan</translation>
    </message>
</context>
<context>
    <name>Brankas::LogSubjects</name>
    <message>
        <location filename="../ui/models/logsubjects.cpp" line="+52"/>
        <source>An account no longer in the register</source>
        <translation>Akun yang sudah tidak ada di daftar</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Kecamatan %1</source>
        <translation>Kecamatan %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Term %1</source>
        <translation>Masa tugas %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A term no longer in the register</source>
        <translation>Masa tugas yang sudah tidak ada di daftar</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Officer %1</source>
        <translation>Petugas %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Office details</source>
        <translation>Data kantor</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Recovery passphrase</source>
        <translation>Frasa sandi pemulihan</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>A discarded handover draft</source>
        <translation>Draf serah terima yang dibuang</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Handover %1</source>
        <translation>Serah terima %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Handover draft, %1 %2</source>
        <translation>Draf serah terima, %1 %2</translation>
    </message>
</context>
<context>
    <name>Brankas::LogVerification</name>
    <message numerus="yes">
        <location filename="../core/log/logverification.cpp" line="+21"/>
        <source>The archive log is intact: %n entries, fingerprint %1.</source>
        <translation>
            <numerusform>Log arsip utuh: %n entri, sidik jari %1.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Entry %1, the newest signed one, was signed by %2.</source>
        <translation>Entri %1, entri bertanda tangan terbaru, ditandatangani oleh %2.</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>Signatures before the administrator&apos;s checkpoint at entry %1 were taken as checked then; %n after it were checked now.</source>
        <translation>
            <numerusform>Tanda tangan sebelum titik periksa administrator pada entri %1 dianggap sudah diperiksa saat itu; %n tanda tangan sesudahnya diperiksa sekarang.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Entries 1 to %1 were written before officers signed entries; the chain alone protects them.</source>
        <translation>Entri 1 sampai %1 ditulis sebelum petugas menandatangani entri; hanya rantai log yang melindunginya.</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%n entries were recorded without the vault key: they show what was reported, but are not proof.</source>
        <translation>
            <numerusform>%n entri dicatat tanpa kunci brankas: entri itu menunjukkan apa yang dilaporkan, tetapi bukan bukti.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
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
        <source>The archive log was tampered with: every entry was removed.</source>
        <translation>Log arsip telah diubah tanpa izin: semua entri dihapus.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The archive log was tampered with: entry %1, in the name of %2, carries no officer signature.</source>
        <translation>Log arsip telah diubah tanpa izin: entri %1 atas nama %2 tidak bertanda tangan petugas.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The archive log was tampered with: the signature over entry %1 does not match it.</source>
        <translation>Log arsip telah diubah tanpa izin: tanda tangan atas entri %1 tidak cocok dengan isinya.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The archive log was tampered with: entry %1 names %2, but %2&apos;s key did not sign it.</source>
        <translation>Log arsip telah diubah tanpa izin: entri %1 menyebut %2, tetapi kunci %2 tidak menandatanganinya.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The archive log was tampered with: entry %1 gives %2 a signing key that no administrator approved.</source>
        <translation>Log arsip telah diubah tanpa izin: entri %1 memberi %2 kunci tanda tangan yang tidak disetujui administrator mana pun.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The archive log was tampered with: the record of where officer signatures begin was altered.</source>
        <translation>Log arsip telah diubah tanpa izin: catatan awal tanda tangan petugas diubah.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The archive log was tampered with: entries after entry %1 were removed, or the record of its last entry was altered.</source>
        <translation>Log arsip telah diubah tanpa izin: entri sesudah entri %1 dihapus, atau catatan entri terakhirnya diubah.</translation>
    </message>
</context>
<context>
    <name>Brankas::Messages</name>
    <message>
        <location filename="../ui/app/messages.cpp" line="+19"/>
        <source>Brankas</source>
        <translation>Brankas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
</context>
<context>
    <name>Brankas::MetricGridModel</name>
    <message>
        <location filename="../ui/evaluation/metricgridmodel.cpp" line="+114"/>
        <source>%1, %2: the month has not begun</source>
        <translation>%1, %2: bulan ini belum dimulai</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1, %2: %3 %4</source>
        <translation>%1, %2: %3 %4</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1, %2: no figure recorded</source>
        <translation>%1, %2: tidak ada angka tercatat</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Kecamatan</source>
        <translation>Kecamatan</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Account</source>
        <translation>Akun</translation>
    </message>
</context>
<context>
    <name>Brankas::NewPasswordField</name>
    <message>
        <location filename="../ui/accounts/newpasswordfield.cpp" line="+118"/>
        <source>Optional: the account&apos;s first password. Generate makes a strong one.</source>
        <translation>Opsional: kata sandi pertama akun. Tombol Buat menghasilkan kata sandi yang kuat.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>very weak (fewer than %1 characters)</source>
        <translation>sangat lemah (kurang dari %1 karakter)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>weak</source>
        <translation>lemah</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>fair</source>
        <translation>cukup</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>strong</source>
        <translation>kuat</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Strength: %1 (about %2 bits)</source>
        <translation>Kekuatan: %1 (sekitar %2 bit)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Hide</source>
        <translation>Sembunyikan</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Show</source>
        <translation>Tampilkan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Generate</source>
        <translation>Buat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A random password of 20 letters, digits and symbols</source>
        <translation>Kata sandi acak berisi 20 huruf, angka, dan simbol</translation>
    </message>
</context>
<context>
    <name>Brankas::OfficePage</name>
    <message>
        <location filename="../ui/setup/officepage.cpp" line="+92"/>
        <source>%1, %2</source>
        <comment>regency, province</comment>
        <translation>%1, %2</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>%1 (%2)</source>
        <comment>regency (province)</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Your office</source>
        <translation>Kantor Anda</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose the regency or city your Bawaslu office supervises. Brankas takes its kecamatan from the official list of the Ministry of Home Affairs.</source>
        <translation>Pilih kabupaten atau kota yang diawasi kantor Bawaslu Anda. Brankas mengambil daftar kecamatannya dari daftar resmi Kementerian Dalam Negeri.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Regency or city</source>
        <translation>Kabupaten/kota</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All provinces</source>
        <translation>Semua provinsi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search, e.g. Buol or Palu</source>
        <translation>Cari, misalnya Buol atau Palu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No regency or city matches the search.</source>
        <translation>Tidak ada kabupaten atau kota yang cocok dengan pencarian.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Office name:</source>
        <translation>Nama kantor:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Address:</source>
        <translation>Alamat:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Head of office:</source>
        <translation>Pimpinan kantor:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Street, number, town (optional; you can add it later)</source>
        <translation>Jalan, nomor, kota (opsional; dapat diisi nanti)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Full name of the head (optional; you can add it later)</source>
        <translation>Nama lengkap pimpinan (opsional; dapat diisi nanti)</translation>
    </message>
</context>
<context>
    <name>Brankas::OfficeSettingsForm</name>
    <message>
        <location filename="../ui/settings/officesettingsform.cpp" line="-51"/>
        <source>Not saved yet.</source>
        <translation>Belum disimpan.</translation>
    </message>
    <message>
        <location line="+86"/>
        <source>Not saved.</source>
        <translation>Tidak disimpan.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Saved, and recorded in the archive log.</source>
        <translation>Disimpan dan dicatat dalam log arsip.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Without a template, handover records use %1.</source>
        <translation>Tanpa templat, berita acara serah terima memakai %1.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Example: %1</source>
        <translation>Contoh: %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Office</source>
        <translation>Kantor</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Printed on letterheads and handover records, and used by the health check. Kept in the vault, so every PC sees the same.</source>
        <translation>Dicetak pada kop surat dan berita acara serah terima, serta digunakan oleh pemeriksaan kesehatan. Disimpan di dalam brankas sehingga semua komputer menampilkan data yang sama.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Office name:</source>
        <translation>Nama kantor:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Address:</source>
        <translation>Alamat:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>City:</source>
        <translation>Kota:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Telephone:</source>
        <translation>Telepon:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-mail:</source>
        <translation>E-mail:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Website:</source>
        <translation>Situs web:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Head of office:</source>
        <translation>Pimpinan kantor:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Head&apos;s position:</source>
        <translation>Jabatan pimpinan:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Officer&apos;s position:</source>
        <translation>Jabatan petugas:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Office e-mail domains:</source>
        <translation>Domain e-mail kantor:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Office phone numbers:</source>
        <translation>Nomor telepon kantor:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Handover number template:</source>
        <translation>Templat nomor serah terima:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Where the office signs its records, e.g. Buol.</source>
        <translation>Tempat kantor menandatangani dokumennya, misalnya Buol.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. bawaslu.go.id, buolkab.go.id</source>
        <translation>misalnya bawaslu.go.id, buolkab.go.id</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A recovery e-mail outside these domains is flagged by the health check.</source>
        <translation>E-mail pemulihan di luar domain ini akan menjadi temuan pemeriksaan kesehatan.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. 0812-3456-7890, 0445-21234</source>
        <translation>misalnya 0812-3456-7890, 0445-21234</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A recovery phone not in this list is flagged by the health check.</source>
        <translation>Telepon pemulihan yang tidak ada dalam daftar ini akan menjadi temuan pemeriksaan kesehatan.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fields: {seq}, {seq3}, {regency}, {kecamatan}, {day}, {month}, {month-roman}, {year}.</source>
        <translation>Kode isian: {seq}, {seq3}, {regency}, {kecamatan}, {day}, {month}, {month-roman}, {year}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only an administrator can change the office details.</source>
        <translation>Hanya administrator yang dapat mengubah data kantor.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save office details</source>
        <translation>Simpan data kantor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Undo changes</source>
        <translation>Batalkan perubahan</translation>
    </message>
</context>
<context>
    <name>Brankas::OfficerActions</name>
    <message>
        <location filename="../ui/officers/officeractions.cpp" line="-140"/>
        <source>Close %1&apos;s access</source>
        <translation>Tutup akses %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 can no longer sign in, and loses access to the passwords at once. Their name and history stay in the archive log.</source>
        <translation>%1 tidak dapat masuk lagi dan seketika kehilangan akses ke kata sandi. Nama dan riwayatnya tetap ada dalam log arsip.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>e.g. moved to another office on 1 March</source>
        <translation>misalnya pindah ke kantor lain pada 1 Maret</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Why</source>
        <translation>Alasan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close access</source>
        <translation>Tutup akses</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Open %1&apos;s access again</source>
        <translation>Buka kembali akses %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 can sign in again with their passphrase; an operator or administrator gets access to the passwords again.</source>
        <translation>%1 dapat masuk kembali dengan frasa sandinya; operator atau administrator mendapat akses ke kata sandi lagi.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open access</source>
        <translation>Buka akses</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Change %1&apos;s role</source>
        <translation>Ubah peran %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A viewer loses access to the passwords; an operator or administrator gets it.</source>
        <translation>Peninjau kehilangan akses ke kata sandi; operator atau administrator mendapatkannya.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Role</source>
        <translation>Peran</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change role</source>
        <translation>Ubah peran</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Give %1 a temporary passphrase</source>
        <translation>Beri %1 frasa sandi sementara</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>For an officer who forgot theirs. %1 signs in once with this passphrase and must choose a new one then. Give it to them in person.</source>
        <translation>Untuk petugas yang lupa frasa sandinya. %1 masuk satu kali dengan frasa sandi ini dan saat itu harus memilih yang baru. Serahkan secara langsung kepadanya.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Temporary passphrase</source>
        <translation>Frasa sandi sementara</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+28"/>
        <location line="+28"/>
        <source>Passphrase again</source>
        <translation>Ulangi frasa sandi</translation>
    </message>
    <message>
        <location line="-55"/>
        <source>Give passphrase</source>
        <translation>Berikan frasa sandi</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Change my passphrase</source>
        <translation>Ganti frasa sandi saya</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your keys stay the same: everything you signed stays yours.</source>
        <translation>Kunci Anda tetap sama: semua yang Anda tandatangani tetap atas nama Anda.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Current passphrase</source>
        <translation>Frasa sandi sekarang</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+28"/>
        <source>New passphrase</source>
        <translation>Frasa sandi baru</translation>
    </message>
    <message>
        <location line="-25"/>
        <source>Change passphrase</source>
        <translation>Ganti frasa sandi</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Choose your passphrase</source>
        <translation>Pilih frasa sandi Anda</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An administrator gave you a temporary passphrase. Choose your own now; only you will know it.</source>
        <translation>Administrator memberi Anda frasa sandi sementara. Pilih frasa sandi Anda sendiri sekarang; hanya Anda yang akan mengetahuinya.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Sign in</source>
        <translation>Masuk</translation>
    </message>
</context>
<context>
    <name>Brankas::OfficerModel</name>
    <message>
        <location filename="../ui/models/officermodel.cpp" line="+65"/>
        <source>Access closed on %1 by %2</source>
        <translation>Akses ditutup pada %1 oleh %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Can sign in</source>
        <translation>Dapat masuk</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Temporary passphrase</source>
        <translation>Frasa sandi sementara</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Why: %1</source>
        <translation>Alasan: %1</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Role</source>
        <translation>Peran</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Officer since</source>
        <translation>Petugas sejak</translation>
    </message>
</context>
<context>
    <name>Brankas::OfficersPage</name>
    <message>
        <location filename="../ui/officers/officerspage.cpp" line="-35"/>
        <source>Add an officer</source>
        <translation>Tambah petugas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The new officer signs in with this name and passphrase. Give the passphrase to them in person; they can keep it in their own head only.</source>
        <translation>Petugas baru masuk dengan nama dan frasa sandi ini. Sampaikan frasa sandi secara langsung kepada petugas tersebut; frasa sandi cukup diingat dan tidak boleh dicatat.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Role</source>
        <translation>Peran</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Passphrase</source>
        <translation>Frasa sandi</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Passphrase again</source>
        <translation>Ulangi frasa sandi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add officer</source>
        <translation>Tambah petugas</translation>
    </message>
    <message>
        <location line="+100"/>
        <source>Add officer…</source>
        <translation>Tambah petugas…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close access…</source>
        <translation>Tutup akses…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open access…</source>
        <translation>Buka akses…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change role…</source>
        <translation>Ubah peran…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Temporary passphrase…</source>
        <translation>Frasa sandi sementara…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change my passphrase…</source>
        <translation>Ganti frasa sandi saya…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Everyone who may open this vault, with what their role allows.</source>
        <translation>Semua orang yang boleh membuka brankas ini, beserta hal yang diizinkan oleh perannya.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only an administrator adds officers and closes access.</source>
        <translation>Hanya administrator yang dapat menambah petugas dan menutup akses.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Administrator: officers, settings and recovery. Operator: accounts, passwords and handovers. Viewer: reads the register, the log and reports, never a password.</source>
        <translation>Administrator: petugas, pengaturan, dan pemulihan. Operator: akun, kata sandi, dan serah terima. Peninjau: membaca daftar, log arsip, dan laporan, tetapi tidak pernah melihat kata sandi.</translation>
    </message>
</context>
<context>
    <name>Brankas::OpenReport</name>
    <message>
        <location filename="../ui/reports/openreport.cpp" line="+56"/>
        <source>Gathering the report…</source>
        <translation>Menyusun laporan…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Report</source>
        <translation>Laporan</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>This report lists %1 rows, too many to preview on screen. Save it as a PDF file instead?</source>
        <translation>Laporan ini memuat %1 baris, terlalu banyak untuk dipratinjau di layar. Simpan sebagai berkas PDF saja?</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Save as PDF…</source>
        <translation>Simpan sebagai PDF…</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>handover</source>
        <translation>serah-terima</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>draft</source>
        <translation>draf</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Handover record %1</source>
        <translation>Berita acara serah terima %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Handover record (draft)</source>
        <translation>Berita acara serah terima (draf)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Account register</source>
        <translation>Daftar akun</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>account-register</source>
        <translation>daftar-akun</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Health report</source>
        <translation>Laporan pemeriksaan kesehatan</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>health-report</source>
        <translation>laporan-kesehatan</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Archive log extract</source>
        <translation>Petikan log arsip</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>archive-log</source>
        <translation>log-arsip</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Evaluation report %1</source>
        <translation>Laporan evaluasi %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>evaluation</source>
        <translation>evaluasi</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Recovery sheet</source>
        <translation>Lembar pemulihan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>recovery-sheet</source>
        <translation>lembar-pemulihan</translation>
    </message>
</context>
<context>
    <name>Brankas::PartyFields</name>
    <message>
        <location filename="../ui/handover/partyfields.cpp" line="+65"/>
        <source>Name:</source>
        <translation>Nama:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Position:</source>
        <translation>Jabatan:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Office:</source>
        <translation>Kantor:</translation>
    </message>
</context>
<context>
    <name>Brankas::PassphraseMeter</name>
    <message>
        <location filename="../ui/setup/passphrasemeter.cpp" line="+80"/>
        <source>Strength: nothing typed yet</source>
        <translation>Kekuatan: belum ada yang diketik</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Strength: weak, easy to guess</source>
        <translation>Kekuatan: lemah, mudah ditebak</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Strength: fair</source>
        <translation>Kekuatan: cukup</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Strength: good</source>
        <translation>Kekuatan: baik</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Strength: strong</source>
        <translation>Kekuatan: kuat</translation>
    </message>
</context>
<context>
    <name>Brankas::PasswordHistoryModel</name>
    <message>
        <location filename="../ui/models/passwordhistorymodel.cpp" line="+63"/>
        <source>%1 (current)</source>
        <translation>%1 (berlaku)</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Set on</source>
        <translation>Ditetapkan pada</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kind</source>
        <translation>Jenis</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Officer</source>
        <translation>Petugas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reason</source>
        <translation>Alasan</translation>
    </message>
</context>
<context>
    <name>Brankas::Platform</name>
    <message>
        <location filename="../core/domain/platform.cpp" line="-30"/>
        <source>Other</source>
        <translation>Lainnya</translation>
    </message>
</context>
<context>
    <name>Brankas::PublishList</name>
    <message>
        <location filename="../ui/reports/publishlist.cpp" line="+33"/>
        <source>Folder for the public list</source>
        <translation>Folder untuk daftar publik</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Folder:</source>
        <translation>Folder:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Folder name:</source>
        <translation>Nama folder:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Publish here</source>
        <translation>Terbitkan di sini</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Writing the public list…</source>
        <translation>Menulis daftar publik…</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+17"/>
        <source>Public list</source>
        <translation>Daftar publik</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n official account(s) active on %1 published in %2.</source>
        <translation>
            <numerusform>%n akun resmi yang aktif pada %1 diterbitkan di %2.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Put index.html on the office&apos;s website with the other files beside it. The archive log records the list&apos;s SHA-256:
%1</source>
        <translation>Pasang index.html di situs web kantor bersama berkas lainnya di sampingnya. Log arsip mencatat SHA-256 daftar ini:
%1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Close</source>
        <translation>Tutup</translation>
    </message>
</context>
<context>
    <name>Brankas::RecoveryChangeDialog</name>
    <message>
        <location filename="../ui/settings/recoverychangedialog.cpp" line="+147"/>
        <source>Brankas recovery sheet</source>
        <translation>Lembar pemulihan Brankas</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Replace recovery passphrase</source>
        <translation>Ganti frasa sandi pemulihan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type the recovery passphrase from the sheet in the office safe. Print or save the new sheet before you replace it: from then on only the new passphrase opens the vault on another PC or from a backup, and the old sheet opens nothing.</source>
        <translation>Ketik frasa sandi pemulihan dari lembar di brankas kantor. Cetak atau simpan lembar baru sebelum menggantinya: sejak itu hanya frasa baru yang membuka brankas di PC lain atau dari cadangan, dan lembar lama tidak membuka apa pun.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Current recovery passphrase:</source>
        <translation>Frasa sandi pemulihan saat ini:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New recovery passphrase:</source>
        <translation>Frasa sandi pemulihan baru:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other words</source>
        <translation>Kata lain</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print new sheet…</source>
        <translation>Cetak lembar baru…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save new sheet as PDF…</source>
        <translation>Simpan lembar baru sebagai PDF…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>I have written the new passphrase down by hand</source>
        <translation>Saya sudah menulis frasa baru dengan tangan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Replace</source>
        <translation>Ganti</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
</context>
<context>
    <name>Brankas::RecoveryCheckPage</name>
    <message>
        <location filename="../ui/setup/recoverycheckpage.cpp" line="+117"/>
        <source>Check the written passphrase</source>
        <translation>Periksa frasa sandi yang ditulis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Look at the paper you wrote or printed, not at the screen, and type the words asked for.</source>
        <translation>Lihat kertas tempat Anda menulis atau mencetak frasa sandi, bukan layar, lalu ketik kata-kata yang diminta.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Recovery passphrase:</source>
        <translation>Frasa sandi pemulihan:</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+1"/>
        <source>Word %1:</source>
        <translation>Kata ke-%1:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Correct. The passphrase on your paper is right.</source>
        <translation>Benar. Frasa sandi pada kertas Anda sudah tepat.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not the same as the recovery passphrase. Check the spelling on your paper, or go Back and write it down again.</source>
        <translation>Tidak sama dengan frasa sandi pemulihan. Periksa ejaan pada kertas Anda, atau pilih Kembali dan tuliskan ulang frasa sandinya.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Words are counted from the left, starting at 1.</source>
        <translation>Kata dihitung dari kiri, dimulai dari 1.</translation>
    </message>
</context>
<context>
    <name>Brankas::RecoveryPage</name>
    <message>
        <location filename="../ui/signin/recoverypage.cpp" line="+115"/>
        <source>This PC cannot give the vault key</source>
        <translation>Komputer ini tidak dapat memberikan kunci brankas</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Try again</source>
        <translation>Coba lagi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open with the recovery passphrase</source>
        <translation>Buka dengan frasa sandi pemulihan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The recovery passphrase is on the recovery sheet printed when the vault was set up (kept in the office safe). After you sign in, an administrator can put the key back into this PC&apos;s password storage so the sheet is not needed next time.</source>
        <translation>Frasa sandi pemulihan tercantum pada lembar pemulihan yang dicetak saat brankas disiapkan (disimpan di lemari besi kantor). Setelah Anda masuk, administrator dapat menyimpan kembali kunci brankas di penyimpanan kata sandi komputer ini sehingga lembar tersebut tidak diperlukan lagi pada kesempatan berikutnya.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Officer</source>
        <translation>&amp;Petugas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Recovery passphrase</source>
        <translation>&amp;Frasa sandi pemulihan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your name as recorded in the vault</source>
        <translation>Nama Anda sebagaimana tercatat di brankas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the vault</source>
        <translation>Buka brankas</translation>
    </message>
</context>
<context>
    <name>Brankas::RecoveryPassphrasePage</name>
    <message>
        <location filename="../ui/setup/recoverypassphrasepage.cpp" line="+182"/>
        <source>The recovery passphrase must differ from the administrator&apos;s passphrase.</source>
        <translation>Frasa sandi pemulihan harus berbeda dari frasa sandi administrator.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Brankas recovery sheet</source>
        <translation>Lembar pemulihan Brankas</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Recovery passphrase</source>
        <translation>Frasa sandi pemulihan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>If this PC breaks or is replaced, the recovery passphrase is the only way to open the vault again. Write it down or print it now, and keep the paper in the office safe.</source>
        <translation>Jika komputer ini rusak atau diganti, hanya frasa sandi pemulihan yang dapat membuka brankas kembali. Tuliskan atau cetak frasa sandi ini sekarang, lalu simpan kertasnya di lemari besi kantor.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Use these words (recommended)</source>
        <translation>Gunakan kata-kata ini (disarankan)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other words</source>
        <translation>Kata lain</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Let Brankas choose new words</source>
        <translation>Biarkan Brankas memilih kata-kata baru</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type my own recovery passphrase</source>
        <translation>Ketik frasa sandi pemulihan sendiri</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>at least %1 characters, e.g. four or five words</source>
        <translation>paling sedikit %1 karakter, misalnya empat atau lima kata</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print recovery sheet…</source>
        <translation>Cetak lembar pemulihan…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save as PDF…</source>
        <translation>Simpan sebagai PDF…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A saved PDF holds the passphrase: print it, then delete the file. On the next page you type two of the words back, to be sure they were written down correctly.</source>
        <translation>Berkas PDF yang disimpan memuat frasa sandi: cetak berkas tersebut, lalu hapus. Pada halaman berikutnya Anda mengetik ulang dua kata dari frasa sandi untuk memastikan frasa sandi telah ditulis dengan benar.</translation>
    </message>
</context>
<context>
    <name>Brankas::RegisterFormDialog</name>
    <message>
        <location filename="../ui/kecamatan/registerformdialog.cpp" line="+28"/>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
</context>
<context>
    <name>Brankas::RegisterReportDialog</name>
    <message>
        <location filename="../ui/reports/registerreportdialog.cpp" line="+108"/>
        <source>All platforms</source>
        <translation>Semua platform</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>All statuses</source>
        <translation>Semua status</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Account register</source>
        <translation>Daftar akun</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose which accounts the printed register lists. It is sorted by kecamatan, then platform.</source>
        <translation>Pilih akun yang dimuat dalam daftar cetak. Daftar diurutkan menurut kecamatan, lalu platform.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Kecamatan:</source>
        <translation>&amp;Kecamatan:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Platform:</source>
        <translation>&amp;Platform:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Status:</source>
        <translation>&amp;Status:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Term:</source>
        <translation>&amp;Masa tugas:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only accounts active during a period</source>
        <translation>Hanya akun yang aktif dalam periode tertentu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Preview</source>
        <translation>Pratinjau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
</context>
<context>
    <name>Brankas::ReportActions</name>
    <message>
        <location filename="../ui/reports/reportactions.cpp" line="+72"/>
        <source>Account &amp;register…</source>
        <translation>Daftar &amp;akun…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print or save the register of accounts, filtered as you choose</source>
        <translation>Cetak atau simpan daftar akun, dipilah sesuai pilihan Anda</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Health report…</source>
        <translation>Laporan pemeriksaan &amp;kesehatan…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print or save what needs action, grouped by severity</source>
        <translation>Cetak atau simpan hal yang perlu ditindaklanjuti, dikelompokkan menurut tingkat keparahan</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Archive &amp;log extract…</source>
        <translation>Petikan &amp;log arsip…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print or save the archive log of a date range, with its verification</source>
        <translation>Cetak atau simpan log arsip dalam rentang tanggal tertentu, beserta hasil verifikasinya</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Evaluation report…</source>
        <translation>Laporan &amp;evaluasi…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print or save the yearly evaluation of the accounts, with its charts</source>
        <translation>Cetak atau simpan evaluasi tahunan akun, beserta grafiknya</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Public list of official accounts…</source>
        <translation>&amp;Daftar publik akun resmi…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write the accounts active today as a web page, CSV, JSON and a PDF with QR codes for the office&apos;s website</source>
        <translation>Tulis akun yang aktif hari ini sebagai halaman web, CSV, JSON dan PDF dengan kode QR untuk situs web kantor</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Re&amp;covery sheet…</source>
        <translation>Lembar &amp;pemulihan…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print the sheet that keeps the recovery passphrase in the office safe</source>
        <translation>Cetak lembar untuk menyimpan frasa sandi pemulihan di lemari besi kantor</translation>
    </message>
</context>
<context>
    <name>Brankas::ReportOutput</name>
    <message>
        <location filename="../ui/reports/reportoutput.cpp" line="+32"/>
        <location line="+8"/>
        <location line="+35"/>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <location line="-34"/>
        <source>Report</source>
        <translation>Laporan</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Save report as PDF</source>
        <translation>Simpan laporan sebagai PDF</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PDF documents (*.pdf)</source>
        <translation>Dokumen PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Folder:</source>
        <translation>Folder:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>File name:</source>
        <translation>Nama berkas:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type:</source>
        <translation>Jenis:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save</source>
        <translation>Simpan</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Saving the report as PDF…</source>
        <translation>Menyimpan laporan sebagai PDF…</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Print report</source>
        <translation>Cetak laporan</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Print</source>
        <translation>Cetak</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Printing the report…</source>
        <translation>Mencetak laporan…</translation>
    </message>
</context>
<context>
    <name>Brankas::ReportPreviewDialog</name>
    <message>
        <location filename="../ui/reports/reportpreviewdialog.cpp" line="+47"/>
        <source>Report</source>
        <translation>Laporan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close</source>
        <translation>Tutup</translation>
    </message>
</context>
<context>
    <name>Brankas::ReportPreviewPane</name>
    <message>
        <location filename="../ui/reports/reportpreviewpane.cpp" line="+4"/>
        <source>Sealed envelope annex</source>
        <translation>Lampiran amplop tertutup</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The annex prints the current password of every account of this handover in plain text, on pages of its own. The archive log records that you printed them.

Print it only to seal it in an envelope kept in the office safe.</source>
        <translation>Lampiran ini mencetak kata sandi yang berlaku dari setiap akun dalam serah terima ini sebagai teks biasa, pada halaman tersendiri. Log arsip mencatat bahwa Anda mencetaknya.

Cetak lampiran ini hanya untuk dimasukkan ke dalam amplop tertutup yang disimpan di lemari besi kantor.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add the annex</source>
        <translation>Tambahkan lampiran</translation>
    </message>
    <message numerus="yes">
        <location line="+44"/>
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n halaman</numerusform>
        </translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Print…</source>
        <translation>Cetak…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print the report (%1)</source>
        <translation>Cetak laporan (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save as PDF…</source>
        <translation>Simpan PDF…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save the report as a PDF file (%1)</source>
        <translation>Simpan laporan sebagai berkas PDF (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paper:</source>
        <translation>Kertas:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A4 is 210 × 297 mm; F4 is 215 × 330 mm</source>
        <translation>A4 berukuran 210 × 297 mm; F4 berukuran 215 × 330 mm</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Language:</source>
        <translation>Bahasa:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The language the report is printed in</source>
        <translation>Bahasa yang digunakan untuk mencetak laporan</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+3"/>
        <source>Zoom out</source>
        <translation>Perkecil</translation>
    </message>
    <message>
        <location line="-2"/>
        <location line="+3"/>
        <source>Zoom in</source>
        <translation>Perbesar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fit width</source>
        <translation>Selebar layar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Whole page</source>
        <translation>Seluruh halaman</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sealed envelope annex (passwords)</source>
        <translation>Lampiran amplop tertutup (kata sandi)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Adds the accounts&apos; passwords on pages of their own, to seal in an envelope. Recorded in the archive log.</source>
        <translation>Menambahkan kata sandi akun pada halaman tersendiri untuk dimasukkan ke dalam amplop tertutup. Dicatat dalam log arsip.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Viewers cannot print the accounts&apos; credentials.</source>
        <translation>Peninjau tidak dapat mencetak kata sandi akun.</translation>
    </message>
</context>
<context>
    <name>Brankas::RestoreDialog</name>
    <message>
        <location filename="../ui/backup/restoredialog.cpp" line="+158"/>
        <source>Choose a backup</source>
        <translation>Pilih cadangan</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Brankas backups (*%1);;All files (*)</source>
        <translation>Cadangan Brankas (*%1);;Semua berkas (*)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Where the restored vault goes</source>
        <translation>Tempat brankas hasil pemulihan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Brankas vaults (*.brankas);;All files (*)</source>
        <translation>Berkas brankas (*.brankas);;Semua berkas (*)</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Replace that file (kept as %1)</source>
        <translation>Ganti berkas itu (disimpan sebagai %1)</translation>
    </message>
    <message>
        <location line="+21"/>
        <location line="+69"/>
        <source>Restore from backup</source>
        <translation>Pulihkan dari cadangan</translation>
    </message>
    <message>
        <location line="-69"/>
        <source>Restoring the vault and verifying its archive log…</source>
        <translation>Memulihkan brankas dan memverifikasi log arsipnya…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Putting the restored vault in place…</source>
        <translation>Menempatkan brankas hasil pemulihan…</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>The vault is restored to %1, and its archive log of %2 entries verifies.</source>
        <translation>Brankas sudah dipulihkan ke %1, dan log arsipnya yang berisi %2 entri lolos verifikasi.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The file that was there is kept as %1.</source>
        <translation>Berkas yang sebelumnya ada di sana disimpan sebagai %1.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Restores a vault from one of its backups, for instance on a new PC. You need an administrator of the backed-up vault with their passphrase, and the recovery passphrase from the sheet in the office safe. Brankas verifies the whole archive log before the restored vault is put in place.</source>
        <translation>Memulihkan brankas dari salah satu cadangannya, misalnya di komputer baru. Diperlukan administrator brankas yang dicadangkan beserta frasa sandinya, dan frasa sandi pemulihan dari lembar di lemari besi kantor. Brankas memverifikasi seluruh log arsip sebelum brankas hasil pemulihan ditempatkan.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Backup file:</source>
        <translation>Berkas cadangan:</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+5"/>
        <source>Choose…</source>
        <translation>Pilih…</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Backup written on %1.</source>
        <translation>Cadangan ditulis pada %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Restore to:</source>
        <translation>Pulihkan ke:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Administrator:</source>
        <translation>Administrator:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An administrator of the backed-up vault</source>
        <translation>Administrator brankas yang dicadangkan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Their passphrase:</source>
        <translation>Frasa sandinya:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recovery passphrase:</source>
        <translation>Frasa sandi pemulihan:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restore</source>
        <translation>Pulihkan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open restored vault</source>
        <translation>Buka brankas hasil pemulihan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Close</source>
        <translation>Tutup</translation>
    </message>
</context>
<context>
    <name>Brankas::Role</name>
    <message>
        <location filename="../core/domain/role.cpp" line="+46"/>
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
        <location filename="../core/domain/secretkind.cpp" line="+38"/>
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
    <name>Brankas::SecretPanel</name>
    <message>
        <location filename="../ui/accounts/secretpanel.cpp" line="+256"/>
        <source>No password recorded</source>
        <translation>Kata sandi belum dicatat</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+11"/>
        <source>Reveal</source>
        <translation>Tampilkan</translation>
    </message>
    <message numerus="yes">
        <location line="-5"/>
        <source>new code in %n s</source>
        <translation>
            <numerusform>kode baru dalam %n detik</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+3"/>
        <source>Hide</source>
        <translation>Sembunyikan</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Show code</source>
        <translation>Tampilkan kode</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>hides in %n s</source>
        <translation>
            <numerusform>disembunyikan dalam %n detik</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+14"/>
        <source>Copied. The clipboard clears in %n s.</source>
        <translation>
            <numerusform>Disalin. Papan klip dikosongkan dalam %n detik.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Two-factor code</source>
        <translation>Kode autentikasi dua faktor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy code</source>
        <translation>Salin kode</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Copy</source>
        <translation>Salin</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy the password (Ctrl+C)</source>
        <translation>Salin kata sandi (Ctrl+C)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy the current code (Ctrl+T)</source>
        <translation>Salin kode yang berlaku (Ctrl+T)</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Shows the value for %n seconds; the archive log records it.</source>
        <translation>
            <numerusform>Menampilkan nilai selama %n detik; tindakan ini dicatat dalam log arsip.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Every reveal and copy is recorded in the archive log under your name.</source>
        <translation>Setiap kali data ditampilkan atau disalin, tindakan tersebut dicatat dalam log arsip atas nama Anda.</translation>
    </message>
</context>
<context>
    <name>Brankas::Section</name>
    <message>
        <location filename="../ui/shell/section.cpp" line="+16"/>
        <source>Home</source>
        <translation>Beranda</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kecamatan</source>
        <translation>Kecamatan</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Accounts</source>
        <translation>Akun</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Terms</source>
        <translation>Masa Tugas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Handovers</source>
        <translation>Serah Terima</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Evaluation</source>
        <translation>Evaluasi</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Archive log</source>
        <translation>Log Arsip</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Officers</source>
        <translation>Petugas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Settings</source>
        <translation>Pengaturan</translation>
    </message>
</context>
<context>
    <name>Brankas::ServerVaultDialog</name>
    <message>
        <location filename="../ui/signin/servervaultdialog.cpp" line="+52"/>
        <source>Open a vault on a server</source>
        <translation>Buka brankas di server</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A vault on the office&apos;s PostgreSQL server is shared by the office&apos;s PCs. Type its address as the server&apos;s administrator gave it. The first time on this PC, an administrator opens it with the recovery passphrase; after that, officers sign in as usual.</source>
        <translation>Brankas di server PostgreSQL kantor dipakai bersama oleh komputer-komputer kantor. Ketik alamatnya seperti yang diberikan administrator server. Pertama kali di komputer ini, administrator membukanya dengan frasa sandi pemulihan; setelah itu petugas masuk seperti biasa.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open</source>
        <translation>Buka</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Set up a new vault on a server</source>
        <translation>Siapkan brankas baru di server</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The server&apos;s administrator makes an empty PostgreSQL database for the vault and a database user for the office&apos;s PCs. Type its address; the setup then makes the vault in it, as it makes a vault file.</source>
        <translation>Administrator server membuat basis data PostgreSQL kosong untuk brankas dan pengguna basis data untuk komputer-komputer kantor. Ketik alamatnya; penyiapan lalu membuat brankas di dalamnya, seperti membuat berkas brankas.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Continue</source>
        <translation>Lanjutkan</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Server address:</source>
        <translation>Alamat server:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>postgresql://USER@HOST[:PORT]/DATABASE, for example postgresql://humas@192.168.1.10/brankas. Never put the password in the address.</source>
        <translation>postgresql://PENGGUNA@HOST[:PORT]/BASISDATA, misalnya postgresql://humas@192.168.1.10/brankas. Jangan pernah menaruh kata sandi di dalam alamat.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Server password:</source>
        <translation>Kata sandi server:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only when the server asks for one and this PC has no .pgpass file or client certificate for it. It is kept in this PC&apos;s keychain beside the vault key, and nowhere else.</source>
        <translation>Hanya bila server memintanya dan komputer ini tidak memiliki berkas .pgpass atau sertifikat klien untuknya. Kata sandi disimpan di keychain komputer ini di samping kunci brankas, tidak di tempat lain.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
</context>
<context>
    <name>Brankas::SettingsPage</name>
    <message>
        <location filename="../ui/settings/settingspage.cpp" line="+149"/>
        <source>The recovery sheet went to the printer. Write the passphrase on it by hand.</source>
        <translation>Lembar pemulihan telah dikirim ke printer. Tuliskan frasa sandi pada lembar tersebut dengan tangan.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Brankas recovery sheet</source>
        <translation>Lembar pemulihan Brankas</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Saved as %1.</source>
        <translation>Disimpan sebagai %1.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The recovery passphrase is replaced: the old sheet opens nothing any more. Destroy it, and keep the new one in the office safe.</source>
        <translation>Frasa sandi pemulihan sudah diganti: lembar lama tidak membuka apa pun lagi. Musnahkan lembar itu, dan simpan lembar baru di brankas kantor.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>This PC&apos;s keychain now holds the vault key.</source>
        <translation>Kunci brankas kini tersimpan di penyimpanan kata sandi komputer ini.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Settings</source>
        <translation>Pengaturan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Backups</source>
        <translation>Cadangan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Besides the automatic backups, write one now, for instance onto a USB disk to keep outside the office. A backup opens only with the recovery passphrase; restoring one needs an administrator of the backed-up vault as well.</source>
        <translation>Selain cadangan otomatis, tulis satu cadangan sekarang, misalnya ke flashdisk untuk disimpan di luar kantor. Cadangan hanya dapat dibuka dengan frasa sandi pemulihan; untuk memulihkannya diperlukan juga administrator brankas yang dicadangkan.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Back up now…</source>
        <translation>Cadangkan sekarang…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restore from backup…</source>
        <translation>Pulihkan dari cadangan…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Recovery</source>
        <translation>Pemulihan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The recovery sheet is kept in the office safe. Print a new one if it is lost or worn: it has a box in which you write the recovery passphrase by hand, because Brankas never prints it on its own. If the sheet may have been seen by someone else, replace the recovery passphrase: the old sheet then opens nothing.</source>
        <translation>Lembar pemulihan disimpan di brankas kantor. Cetak yang baru jika hilang atau rusak: lembar itu memuat kotak untuk menulis frasa sandi pemulihan dengan tangan, karena Brankas tidak pernah mencetaknya sendiri. Jika lembar itu mungkin dilihat orang lain, ganti frasa sandi pemulihan: lembar lama lalu tidak membuka apa pun.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Print recovery sheet…</source>
        <translation>Cetak lembar pemulihan…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save as PDF…</source>
        <translation>Simpan sebagai PDF…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Replace recovery passphrase…</source>
        <translation>Ganti frasa sandi pemulihan…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>If this PC asks for the recovery passphrase at every sign-in, put the vault key back into its keychain.</source>
        <translation>Jika komputer ini meminta frasa sandi pemulihan setiap kali petugas masuk, simpan kembali kunci brankas di penyimpanan kata sandi komputer ini.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Put key in this PC&apos;s keychain</source>
        <translation>Simpan kunci di penyimpanan kata sandi komputer ini</translation>
    </message>
</context>
<context>
    <name>Brankas::SetupWizard</name>
    <message>
        <location filename="../ui/setup/setupwizard.cpp" line="-12"/>
        <source>Stop the setup?</source>
        <translation>Hentikan penyiapan?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing has been created yet. If you stop now, you start the setup again next time.</source>
        <translation>Belum ada yang dibuat. Jika Anda berhenti sekarang, penyiapan dimulai lagi dari awal pada kesempatan berikutnya.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop the setup</source>
        <translation>Hentikan penyiapan</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>Set up Brankas</source>
        <translation>Penyiapan Brankas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt; Back</source>
        <translation>&lt; Kembali</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next &gt;</source>
        <translation>Lanjut &gt;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Create vault</source>
        <translation>Buat brankas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Finish</source>
        <translation>Selesai</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Help</source>
        <translation>Bantuan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Language</source>
        <translation>Bahasa</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Office</source>
        <translation>Kantor</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Kecamatan</source>
        <translation>Kecamatan</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Administrator</source>
        <translation>Administrator</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Recovery passphrase</source>
        <translation>Frasa sandi pemulihan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check</source>
        <translation>Periksa</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Create</source>
        <translation>Buat</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Done</source>
        <translation>Selesai</translation>
    </message>
</context>
<context>
    <name>Brankas::SignInPage</name>
    <message>
        <location filename="../ui/signin/signinpage.cpp" line="+163"/>
        <source>The vault is locked</source>
        <translation>Brankas terkunci</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+9"/>
        <source>Sign in</source>
        <translation>Masuk</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Brankas locked the vault because nobody used it for a while. The vault key is no longer in memory: sign in again to go on.</source>
        <translation>Brankas dikunci karena tidak digunakan selama beberapa waktu. Kunci brankas tidak lagi tersimpan di memori: masuk kembali untuk melanjutkan.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The vault is locked and its key is no longer in memory. Sign in again to go on.</source>
        <translation>Brankas terkunci dan kuncinya tidak lagi tersimpan di memori. Masuk kembali untuk melanjutkan.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Officer</source>
        <translation>&amp;Petugas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Passphrase</source>
        <translation>&amp;Frasa sandi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your name as recorded in the vault</source>
        <translation>Nama Anda sebagaimana tercatat di brankas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Getting the vault key from this PC&apos;s password storage…</source>
        <translation>Mengambil kunci brankas dari penyimpanan kata sandi komputer ini…</translation>
    </message>
</context>
<context>
    <name>Brankas::StatusDialog</name>
    <message>
        <location filename="../ui/accounts/statusdialog.cpp" line="+124"/>
        <source>Give the reason: it goes into the account&apos;s history and the archive log.</source>
        <translation>Isikan alasannya: alasan ini dicatat dalam riwayat akun dan log arsip.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Greyed-out statuses are not possible from &quot;%1&quot;; point at one to see why.</source>
        <translation>Status yang berwarna abu-abu tidak dapat dipilih dari status &quot;%1&quot;; arahkan penunjuk ke status tersebut untuk melihat alasannya.</translation>
    </message>
    <message>
        <location line="+38"/>
        <location line="+18"/>
        <source>Change status</source>
        <translation>Ubah status</translation>
    </message>
    <message>
        <location line="-17"/>
        <source>Change the status of %1 (%2).</source>
        <translation>Ubah status %1 (%2).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Now</source>
        <translation>Saat ini</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New status</source>
        <translation>Status baru</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reason</source>
        <translation>Alasan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. Term ended; decree number</source>
        <translation>misalnya Masa tugas berakhir; nomor surat keputusan</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
</context>
<context>
    <name>Brankas::StatusHistoryModel</name>
    <message>
        <location filename="../ui/models/statushistorymodel.cpp" line="+59"/>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>When</source>
        <translation>Waktu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reason</source>
        <translation>Alasan</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Officer</source>
        <translation>Petugas</translation>
    </message>
</context>
<context>
    <name>Brankas::SummaryPage</name>
    <message>
        <location filename="../ui/setup/summarypage.cpp" line="+90"/>
        <source>Ready to create the vault</source>
        <translation>Siap membuat brankas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the details below. When you choose Create vault, Brankas makes the vault in the server&apos;s database, encrypted on this PC, and signs you in.</source>
        <translation>Periksa data di bawah ini. Jika Anda memilih Buat brankas, Brankas akan membuat brankas di basis data server, terenkripsi di komputer ini, lalu Anda langsung masuk.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check the details below. When you choose Create vault, Brankas makes the encrypted vault file and signs you in.</source>
        <translation>Periksa data di bawah ini. Jika Anda memilih Buat brankas, Brankas akan membuat berkas brankas terenkripsi, lalu Anda langsung masuk.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Office:</source>
        <translation>Kantor:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Area:</source>
        <translation>Wilayah:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kecamatan:</source>
        <translation>Kecamatan:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Administrator:</source>
        <translation>Administrator:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vault file:</source>
        <translation>Berkas brankas:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Vault on the server:</source>
        <translation>Brankas di server:</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n kecamatan</source>
        <translation>
            <numerusform>%n kecamatan</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Back up the vault regularly (Vault &gt; Back up now, or automatic backups in Settings): a backup is an encrypted file that opens with the recovery passphrase, whatever happens to the server.</source>
        <translation>Cadangkan brankas secara berkala (Brankas &gt; Cadangkan sekarang, atau cadangan otomatis di Pengaturan): cadangan adalah berkas terenkripsi yang dapat dibuka dengan frasa sandi pemulihan, apa pun yang terjadi pada server.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Back up the vault file regularly, like other important office files. A backup is useless without the recovery passphrase, and the passphrase is useless without a copy of the file.</source>
        <translation>Cadangkan berkas brankas secara berkala, seperti berkas penting kantor lainnya. Cadangan tidak berguna tanpa frasa sandi pemulihan, dan frasa sandi tersebut tidak berguna tanpa salinan berkasnya.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Creating the vault, please wait…</source>
        <translation>Membuat brankas, harap tunggu…</translation>
    </message>
</context>
<context>
    <name>Brankas::TermListModel</name>
    <message>
        <location filename="../ui/models/termlistmodel.cpp" line="+84"/>
        <source>All terms</source>
        <translation>Semua masa tugas</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No term</source>
        <translation>Tanpa masa tugas</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 to %2</source>
        <translation>%1 sampai %2</translation>
    </message>
</context>
<context>
    <name>Brankas::TermTableModel</name>
    <message>
        <location filename="../ui/models/termtablemodel.cpp" line="+41"/>
        <source>Starts %1</source>
        <translation>Dimulai %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ended %1</source>
        <translation>Berakhir %1</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Running, %n day(s) left</source>
        <translation>
            <numerusform>Berjalan, sisa %n hari</numerusform>
        </translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Not extended</source>
        <translation>Tidak diperpanjang</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Until %1: %2</source>
        <translation>Sampai %1: %2</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Term</source>
        <translation>Masa tugas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Formed on</source>
        <translation>Dibentuk pada</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ends on</source>
        <translation>Berakhir pada</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Extended until</source>
        <translation>Diperpanjang sampai</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Basis of the last extension</source>
        <translation>Dasar perpanjangan terakhir</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Today</source>
        <translation>Hari ini</translation>
    </message>
</context>
<context>
    <name>Brankas::TermsCard</name>
    <message>
        <location filename="../ui/home/termscard.cpp" line="+54"/>
        <source>Terms ending soon</source>
        <translation>Masa tugas yang segera berakhir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No term is running or about to start. Add the next term on the Terms page.</source>
        <translation>Tidak ada masa tugas yang sedang berjalan atau akan dimulai. Tambahkan masa tugas berikutnya di halaman Masa Tugas.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>ends %1</source>
        <translation>berakhir %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>starts %1</source>
        <translation>mulai %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ends today</source>
        <translation>berakhir hari ini</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n day(s) left</source>
        <translation>
            <numerusform>sisa %n hari</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Brankas::TermsPage</name>
    <message>
        <location filename="../ui/terms/termspage.cpp" line="+139"/>
        <source>No term yet</source>
        <translation>Belum ada masa tugas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add the term of the current election: accounts follow its period.</source>
        <translation>Tambahkan masa tugas pemilihan yang sedang berjalan: masa aktif akun mengikuti masa tugas tersebut.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose a term to see its extensions.</source>
        <translation>Pilih masa tugas untuk melihat perpanjangannya.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Formed on %1, ends on %2.</source>
        <translation>Dibentuk pada %1, berakhir pada %2.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not extended.</source>
        <translation>Tidak diperpanjang.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Extended until %1 by %2 (recorded by %3 on %4).</source>
        <translation>Diperpanjang sampai %1 berdasarkan %2 (dicatat oleh %3 pada %4).</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Add a term</source>
        <translation>Tambah masa tugas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The masa tugas of the committees formed for one election, as the decree states it.</source>
        <translation>Masa tugas Panwaslu Kecamatan yang dibentuk untuk satu pemilihan, sesuai dengan surat keputusan pembentukannya.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>e.g. Pemilu 2029</source>
        <translation>misalnya Pemilu 2029</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Formed on</source>
        <translation>Dibentuk pada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ends on</source>
        <translation>Berakhir pada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add</source>
        <translation>Tambah</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Extend a term</source>
        <translation>Perpanjang masa tugas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Extend %1 (now ending %2). Name the decree that extends it: it goes into the archive log.</source>
        <translation>Perpanjang %1 (saat ini berakhir %2). Sebutkan surat keputusan yang memperpanjangnya: keterangan ini dicatat dalam log arsip.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>e.g. Keputusan Bawaslu Nomor 123/2024</source>
        <translation>misalnya Keputusan Bawaslu Nomor 123/2024</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New end date</source>
        <translation>Tanggal berakhir baru</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Legal basis</source>
        <translation>Dasar hukum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Extend</source>
        <translation>Perpanjang</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Add term…</source>
        <translation>Tambah masa tugas…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Extend…</source>
        <translation>Perpanjang…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read only: viewers do not change the register.</source>
        <translation>Hanya baca: peninjau tidak dapat mengubah daftar.</translation>
    </message>
</context>
<context>
    <name>Brankas::ThisPcSettings</name>
    <message>
        <location filename="../ui/settings/thispcsettings.cpp" line="+98"/>
        <source>Saved.</source>
        <translation>Tersimpan.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Not saved yet.</source>
        <translation>Belum disimpan.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>This PC</source>
        <translation>Komputer ini</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>These choices apply to Brankas on this computer only.</source>
        <translation>Pilihan ini hanya berlaku untuk Brankas di komputer ini.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Language:</source>
        <translation>Bahasa:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lock after being idle for:</source>
        <translation>Kunci jika tidak digunakan selama:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> minutes</source>
        <translation> menit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Never</source>
        <translation>Tidak pernah</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>0 turns the idle lock off; Ctrl+L still locks at once.</source>
        <translation>0 menonaktifkan penguncian otomatis; Ctrl+L tetap langsung mengunci.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clear a copied password after:</source>
        <translation>Hapus kata sandi yang disalin setelah:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> seconds</source>
        <translation> detik</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paper size for printing:</source>
        <translation>Ukuran kertas untuk mencetak:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Automatic backups into:</source>
        <translation>Pencadangan otomatis ke:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>After changes (at most once a day) and when the window closes. The last %1 are kept, and one a month for a year.</source>
        <translation>Setelah ada perubahan (paling banyak sekali sehari) dan saat jendela ditutup. %1 cadangan terakhir disimpan, ditambah satu per bulan selama setahun.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save</source>
        <translation>Simpan</translation>
    </message>
</context>
<context>
    <name>Brankas::VaultCheck</name>
    <message>
        <location filename="../core/storage/integritycheck.cpp" line="+95"/>
        <source>Server check: %1</source>
        <translation>Pemeriksaan server: %1</translation>
    </message>
    <message>
        <location line="-73"/>
        <source>SQLite integrity check: %1</source>
        <translation>Pemeriksaan integritas SQLite: %1</translation>
    </message>
    <message>
        <location line="+77"/>
        <source>PostgreSQL server: the append-only triggers, constraints and indexes of the vault were checked, and every index was read with amcheck; the server checks its own data pages.</source>
        <translation>Server PostgreSQL: pemicu (trigger) tambah-saja, batasan dan indeks brankas telah diperiksa, dan setiap indeks dibaca dengan amcheck; server memeriksa halaman datanya sendiri.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>PostgreSQL server: the append-only triggers, constraints and indexes of the vault were checked; the server checks its own data pages (SQLite&apos;s page check has no equivalent a client can run; an administrator of the server can install the amcheck extension to have indexes read too).</source>
        <translation>Server PostgreSQL: pemicu (trigger) tambah-saja, batasan dan indeks brankas telah diperiksa; server memeriksa halaman datanya sendiri (pemeriksaan halaman SQLite tidak ada padanannya yang dapat dijalankan klien; administrator server dapat memasang ekstensi amcheck agar indeks ikut dibaca).</translation>
    </message>
    <message>
        <location filename="../core/vault/vaultcheck.cpp" line="+31"/>
        <source>Archive log: %1</source>
        <translation>Log arsip: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The secrets were not checked: your sign-in does not open them. An operator or administrator runs the check to include them.</source>
        <translation>Data rahasia tidak diperiksa: proses masuk Anda tidak membukanya. Operator atau administrator menjalankan pemeriksaan agar data rahasia ikut diperiksa.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Secret %1 (%2 of account %3) does not open under its binding: it was altered or moved from another row.</source>
        <translation>Data rahasia %1 (%2 milik akun %3) tidak terbuka sesuai ikatannya: data itu diubah atau dipindahkan dari baris lain.</translation>
    </message>
</context>
<context>
    <name>Brankas::VaultErrorPage</name>
    <message>
        <location filename="../ui/signin/vaulterrorpage.cpp" line="+80"/>
        <source>Brankas cannot open this file as a vault</source>
        <translation>Brankas tidak dapat membuka berkas ini sebagai brankas</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>Try again</source>
        <translation>Coba lagi</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Brankas cannot open the vault on the server</source>
        <translation>Brankas tidak dapat membuka brankas di server</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing on the server was changed. Click &quot;%1&quot; once the server can be reached (or its administrator has put it right), or open another vault.</source>
        <translation>Tidak ada yang diubah di server. Klik &quot;%1&quot; setelah server dapat dihubungi (atau setelah administratornya memperbaikinya), atau buka brankas lain.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Brankas left the file as it was. Choose another file, or click &quot;%1&quot; once the file has been put right (or the other program has closed it).</source>
        <translation>Brankas tidak mengubah berkas ini sedikit pun. Pilih berkas lain, atau klik &quot;%1&quot; setelah berkas diperbaiki (atau setelah program lain menutupnya).</translation>
    </message>
</context>
<context>
    <name>Brankas::WelcomePage</name>
    <message>
        <location filename="../ui/signin/welcomepage.cpp" line="+89"/>
        <source>Welcome to Brankas</source>
        <translation>Selamat datang di Brankas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Brankas keeps the register of the Panwaslu Kecamatan social-media accounts and an encrypted archive of their passwords, for the office and not for one person.</source>
        <translation>Brankas menyimpan daftar akun media sosial Panwaslu Kecamatan beserta arsip terenkripsi kata sandinya, untuk kantor, bukan untuk perorangan.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Setting up takes a few minutes: choose the office, name the first administrator, and print the recovery sheet for the office safe.</source>
        <translation>Penyiapan memerlukan beberapa menit: pilih kantor, tentukan administrator pertama, lalu cetak lembar pemulihan untuk disimpan di lemari besi kantor.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Set up this office&apos;s vault…</source>
        <translation>Siapkan brankas kantor ini…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>…or on the office&apos;s server</source>
        <translation>…atau di server kantor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The vault will be kept in %1</source>
        <translation>Brankas akan disimpan di %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Moving to a new PC? Copy the vault file from the old one and open it here, or restore it from a backup: the recovery passphrase opens either. Is the office&apos;s vault on a server? Open it by its address.</source>
        <translation>Pindah ke komputer baru? Salin berkas brankas dari komputer lama lalu buka di sini, atau pulihkan dari cadangan: keduanya dapat dibuka dengan frasa sandi pemulihan. Brankas kantor ada di server? Buka dengan alamatnya.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Open a vault on a server…</source>
        <translation>Buka brankas di server…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restore from a backup…</source>
        <translation>Pulihkan dari cadangan…</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Open a vault file…</source>
        <translation>Buka berkas brankas…</translation>
    </message>
</context>
<context>
    <name>Brankas::WorkspaceView</name>
    <message>
        <location filename="../ui/shell/workspaceview.cpp" line="+193"/>
        <source>%1 (Ctrl+%2)</source>
        <translation>%1 (Ctrl+%2)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Lock</source>
        <translation>Kunci</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lock the vault and wipe its key from memory (Ctrl+L)</source>
        <translation>Kunci brankas dan hapus kuncinya dari memori (Ctrl+L)</translation>
    </message>
</context>
<context>
    <name>QCommandLineParser</name>
    <message>
        <location filename="../core/i18n/qtstrings.cpp" line="+9"/>
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
<context>
    <name>QFileDialog</name>
    <message>
        <location line="+68"/>
        <source>Look in:</source>
        <translation>Lihat di:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>File &amp;name:</source>
        <translation>&amp;Nama berkas:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Files of type:</source>
        <translation>Jenis berkas:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Open</source>
        <translation>&amp;Buka</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Save</source>
        <translation>&amp;Simpan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Choose</source>
        <translation>&amp;Pilih</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open</source>
        <translation>Buka</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save As</source>
        <translation>Simpan sebagai</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All Files (*)</source>
        <translation>Semua berkas (*)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Directories</source>
        <translation>Folder</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Directory:</source>
        <translation>Folder:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back</source>
        <translation>Kembali</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Forward</source>
        <translation>Maju</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Parent Directory</source>
        <translation>Folder induk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Create New Folder</source>
        <translation>Buat folder baru</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New Folder</source>
        <translation>Folder baru</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>List View</source>
        <translation>Tampilan daftar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Detail View</source>
        <translation>Tampilan rincian</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 already exists.
Do you want to replace it?</source>
        <translation>%1 sudah ada.
Apakah Anda ingin menggantinya?</translation>
    </message>
</context>
<context>
    <name>QFileSystemModel</name>
    <message>
        <location line="+1"/>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Size</source>
        <translation>Ukuran</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type</source>
        <translation>Jenis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date Modified</source>
        <translation>Tanggal diubah</translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <location line="-57"/>
        <source>&amp;Undo</source>
        <translation>&amp;Urungkan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Redo</source>
        <translation>Ula&amp;ngi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cu&amp;t</source>
        <translation>&amp;Potong</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Copy</source>
        <translation>&amp;Salin</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Paste</source>
        <translation>&amp;Tempel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete</source>
        <translation>Hapus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select All</source>
        <translation>Pilih Semua</translation>
    </message>
</context>
<context>
    <name>QMessageBox</name>
    <message>
        <location line="-20"/>
        <source>Show Details...</source>
        <translation>Tampilkan Rincian...</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hide Details...</source>
        <translation>Sembunyikan Rincian...</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <location line="-19"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save</source>
        <translation>Simpan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save All</source>
        <translation>Simpan Semua</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open</source>
        <translation>Buka</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Yes</source>
        <translation>&amp;Ya</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Yes to &amp;All</source>
        <translation>Ya untuk &amp;Semua</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;No</source>
        <translation>&amp;Tidak</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>N&amp;o to All</source>
        <translation>Tid&amp;ak untuk Semua</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Abort</source>
        <translation>Hentikan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Retry</source>
        <translation>Coba Lagi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ignore</source>
        <translation>Abaikan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close</source>
        <translation>Tutup</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Discard</source>
        <translation>Buang</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Help</source>
        <translation>Bantuan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Apply</source>
        <translation>Terapkan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reset</source>
        <translation>Atur Ulang</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restore Defaults</source>
        <translation>Kembalikan Bawaan</translation>
    </message>
</context>
<context>
    <name>QPrintPreviewDialog</name>
    <message>
        <location line="+31"/>
        <source>Print Preview</source>
        <translation>Pratinjau Cetak</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next page</source>
        <translation>Halaman berikutnya</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Previous page</source>
        <translation>Halaman sebelumnya</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>First page</source>
        <translation>Halaman pertama</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last page</source>
        <translation>Halaman terakhir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fit width</source>
        <translation>Sesuaikan dengan lebar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fit page</source>
        <translation>Sesuaikan dengan halaman</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zoom in</source>
        <translation>Perbesar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zoom out</source>
        <translation>Perkecil</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Portrait</source>
        <translation>Potret</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Landscape</source>
        <translation>Lanskap</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show single page</source>
        <translation>Tampilkan satu halaman</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show facing pages</source>
        <translation>Tampilkan halaman berhadapan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show overview of all pages</source>
        <translation>Tampilkan ikhtisar semua halaman</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print</source>
        <translation>Cetak</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Page setup</source>
        <translation>Pengaturan halaman</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export to PDF</source>
        <translation>Ekspor ke PDF</translation>
    </message>
</context>
<context>
    <name>QWidgetTextControl</name>
    <message>
        <location line="-25"/>
        <source>&amp;Undo</source>
        <translation>&amp;Urungkan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Redo</source>
        <translation>Ula&amp;ngi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cu&amp;t</source>
        <translation>&amp;Potong</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Copy</source>
        <translation>&amp;Salin</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy &amp;Link Location</source>
        <translation>Salin &amp;Lokasi Tautan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Paste</source>
        <translation>&amp;Tempel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete</source>
        <translation>Hapus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select All</source>
        <translation>Pilih Semua</translation>
    </message>
</context>
<context>
    <name>QWizard</name>
    <message>
        <location line="-25"/>
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Kembali</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Lanjut &gt;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Next</source>
        <translation>&amp;Lanjut</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Finish</source>
        <translation>&amp;Selesai</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Help</source>
        <translation>&amp;Bantuan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Go Back</source>
        <translation>Kembali</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Continue</source>
        <translation>Lanjutkan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Commit</source>
        <translation>Terapkan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Done</source>
        <translation>Selesai</translation>
    </message>
</context>
</TS>
