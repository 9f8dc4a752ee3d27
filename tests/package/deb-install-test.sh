#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Installs a built brankas .deb the way an officer would (apt-get install ./FILE) into a pristine
# Debian 12 root, then runs brankas-cli --version, brankas-cli init against a real gnome-keyring,
# a vault on a server (the driver always; a whole init --server under tests/with-postgres.sh),
# and brankas offscreen on an empty HOME; finally removes and purges the package and checks that the
# vault is still there.
#
# Usage: tests/package/deb-install-test.sh FILE.deb EXPECTED_VERSION
#
# The debootstrapped root is built once and cached (BRANKAS_TEST_ROOT_CACHE, default
# /var/cache/brankas-test-root, rebuilt after 30 days); each run works on a fresh copy of it, so
# every run starts from a pristine system. Downloaded .deb files are kept beside it so later runs
# fetch only what changed. BRANKAS_DEBIAN_MIRROR overrides debootstrap's default mirror.
# Exits 77 (ctest: skipped) with the reason when it cannot run here: not root, or no network.
set -euo pipefail

deb=$(realpath "$1")
expected_version=$2
cache=${BRANKAS_TEST_ROOT_CACHE:-/var/cache/brankas-test-root}
suite=bookworm
mirror=${BRANKAS_DEBIAN_MIRROR:-}
started=$SECONDS

skip() {
    echo "SKIPPED: $*"
    exit 77
}
phase() {
    echo "== [$((SECONDS - started))s] $*"
}

if [ "$(id -u)" -ne 0 ]; then
    skip "installing the .deb into a debootstrapped Debian 12 root needs root (debootstrap, chroot," \
        "mount); run the tests as root, as CI does, to include it"
fi
for tool in debootstrap chroot mount; do
    command -v "$tool" >/dev/null || { echo "FAIL: $tool is missing; run scripts/install-deps.sh --test"; exit 1; }
done
[ -f "$deb" ] || { echo "FAIL: no package at $1"; exit 1; }

mkdir -p "$cache/archives"
exec 9>"$cache/lock"
flock 9 # one run at a time builds or copies the cached root

base="$cache/$suite-minbase"
if [ ! -f "$base/.complete" ] || [ -n "$(find "$base/.complete" -mtime +30 2>/dev/null)" ]; then
    phase "debootstrap $suite into $base (cached for later runs)"
    rm -rf --one-file-system "$base.new"
    if ! debootstrap --variant=minbase "$suite" "$base.new" ${mirror:+"$mirror"} >"$cache/debootstrap.log" 2>&1; then
        tail -n 20 "$cache/debootstrap.log"
        if grep -q -i 'failed to download\|couldn.t download\|resolv\|connect' "$cache/debootstrap.log"; then
            rm -rf --one-file-system "$base.new"
            skip "the Debian package mirror cannot be reached, so no Debian 12 root can be built"
        fi
        echo "FAIL: debootstrap failed (log: $cache/debootstrap.log)"
        exit 1
    fi
    rm -rf --one-file-system "$base"
    mv "$base.new" "$base"
    touch "$base/.complete"
fi

work=$(mktemp -d /var/tmp/brankas-deb-test.XXXXXX)
root="$work/root"
mounts=()
cleanup() {
    local i process
    # Whatever the test started inside the root (a keyring daemon, a session bus) ends with it.
    for process in /proc/[0-9]*; do
        if [ "$(readlink "$process/root" 2>/dev/null)" = "$root" ]; then
            kill "${process#/proc/}" 2>/dev/null || true
        fi
    done
    sleep 0.5
    for ((i = ${#mounts[@]} - 1; i >= 0; i--)); do
        umount "${mounts[$i]}" 2>/dev/null || umount -l "${mounts[$i]}" 2>/dev/null || true
    done
    # Never delete through a mount point that is still there.
    if findmnt -rn -o TARGET | grep -q "^$work/"; then
        echo "WARNING: something is still mounted under $work; left in place"
    else
        rm -rf --one-file-system "$work"
    fi
}
trap cleanup EXIT
trap 'exit 1' INT TERM # so that a timeout still unmounts and removes the copy
mount_in_root() { # TYPE SOURCE TARGET [OPTIONS]
    mkdir -p "$root$3"
    mount -t "$1" ${4:+-o "$4"} "$2" "$root$3"
    mounts+=("$root$3")
}

phase "fresh copy of the cached root"
cp -a "$base" "$root"
rm -f "$root/.complete"
mount_in_root proc proc /proc
mount_in_root devpts devpts /dev/pts newinstance,ptmxmode=0666
mount_in_root tmpfs tmpfs /dev/shm mode=1777
cp /etc/resolv.conf "$root/etc/resolv.conf"
# No services start inside the chroot (dbus's postinst would try the system bus).
printf '#!/bin/sh\nexit 101\n' >"$root/usr/sbin/policy-rc.d"
chmod 755 "$root/usr/sbin/policy-rc.d"
cp "$cache"/archives/*.deb "$root/var/cache/apt/archives/" 2>/dev/null || true
cp "$deb" "$root/tmp/"

in_root() {
    chroot "$root" /usr/bin/env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin LANG=C.UTF-8 DEBIAN_FRONTEND=noninteractive "$@"
}

phase "apt-get install ./$(basename "$deb") (with its Recommends, as apt does by default)"
in_root apt-get update -qq
in_root sh -c "cd /tmp && apt-get install -y -q -o Dpkg::Options::=--force-unsafe-io ./$(basename "$deb")" >"$work/apt.log" 2>&1 || {
    tail -n 40 "$work/apt.log"
    echo "FAIL: apt-get install ./$(basename "$deb") failed"
    exit 1
}
grep -E '^(Setting up|Unpacking) brankas' "$work/apt.log" || true
cp -n "$root"/var/cache/apt/archives/*.deb "$cache/archives/" 2>/dev/null || true
in_root dpkg-query -W -f='${Package} ${Version}\n' brankas gnome-keyring libqt6sql6-sqlite libqt6sql6-psql qt6-qpa-plugins libqt6svg6 libsecret-1-0

# The test's own harness, not part of what brankas needs: a session bus to run the keyring on
# (every desktop has one; a bare root may not).
if ! in_root sh -c 'command -v dbus-run-session' >/dev/null; then
    echo "(installing dbus for the test's private session bus)"
    in_root apt-get install -y -q --no-install-recommends dbus >>"$work/apt.log" 2>&1
fi

# An ordinary officer's account with nothing in its home: the first run on a new PC.
in_root useradd --create-home --shell /bin/sh officer
as_officer() {
    chroot "$root" /usr/bin/env -i PATH=/usr/bin:/bin LANG=C.UTF-8 HOME=/home/officer USER=officer \
        /usr/sbin/runuser -u officer -- "$@"
}

phase "brankas-cli --version"
version_output=$(as_officer brankas-cli --version)
echo "$version_output"
grep -q "$expected_version" <<<"$version_output" || { echo "FAIL: expected version $expected_version"; exit 1; }

phase "brankas-cli init with gnome-keyring on a private session bus"
cat >"$root/tmp/keyring-flow.sh" <<'EOF'
#!/bin/sh
# Runs inside dbus-run-session: an unlocked login keyring, then the officer's first vault.
set -eu
export XDG_RUNTIME_DIR=$(mktemp -d)
eval "$(printf 'officer-login-password' | gnome-keyring-daemon --unlock --components=secrets)"
export GNOME_KEYRING_CONTROL
printf 'admin passphrase for the install test\nrecovery passphrase of the install test office\n' |
    brankas-cli init --regency 72.05 --admin "Siti Rahma"
# Only the officer's passphrase: the vault key has to come from the keyring.
printf 'admin passphrase for the install test\n' | brankas-cli --officer "Siti Rahma" officer list
brankas-cli info
kill "${GNOME_KEYRING_PID:-}" 2>/dev/null || true
EOF
chmod 755 "$root/tmp/keyring-flow.sh"
as_officer dbus-run-session -- /tmp/keyring-flow.sh
vault=/home/officer/.local/share/brankas/vault.brankas
[ -f "$root$vault" ] || { echo "FAIL: no vault at $vault after init"; exit 1; }

# The package must bring Qt's PostgreSQL driver: an office's vault on its server is opened by the
# same program. Without a server, a refused connection (port 1) proves the driver loaded: a missing
# one says so instead.
phase "brankas-cli with a vault on a server: the PostgreSQL driver is there"
no_server=$(as_officer brankas-cli --lang en --vault postgresql://humas@127.0.0.1:1/brankas info 2>&1) && {
    echo "FAIL: a vault on a server that is not there opened: $no_server"
    exit 1
}
echo "$no_server"
if grep -q -i 'driver' <<<"$no_server"; then
    echo "FAIL: the installed package cannot talk to a PostgreSQL server"
    exit 1
fi
# Under tests/with-postgres.sh (the README's test command), the whole way: a new vault in an empty
# database of the private cluster, then an officer's command on it with the key from the keyring.
if [ -n "${BRANKAS_TEST_PG_URL:-}" ] && [ -n "${BRANKAS_TEST_PG_BIN:-}" ]; then
    phase "brankas-cli init --server on the test's private PostgreSQL cluster"
    database=brankas_deb_install_$$
    "$BRANKAS_TEST_PG_BIN/psql" -X -q -d "$BRANKAS_TEST_PG_URL" -c "CREATE DATABASE $database"
    server_vault="${BRANKAS_TEST_PG_URL%/*}/$database"
    cat >"$root/tmp/server-flow.sh" <<'EOF'
#!/bin/sh
# Runs inside dbus-run-session: the officer's keyring, then a vault on the office's server.
set -eu
export XDG_RUNTIME_DIR=$(mktemp -d)
eval "$(printf 'officer-login-password' | gnome-keyring-daemon --unlock --components=secrets)"
export GNOME_KEYRING_CONTROL
printf 'admin passphrase for the install test\nrecovery passphrase of the install test office\n' |
    brankas-cli --lang en init --server "$1" --regency 72.05 --admin "Siti Rahma"
printf 'admin passphrase for the install test\n' | brankas-cli --lang en --vault "$1" --officer "Siti Rahma" officer list
kill "${GNOME_KEYRING_PID:-}" 2>/dev/null || true
EOF
    chmod 755 "$root/tmp/server-flow.sh"
    server_ok=0
    as_officer dbus-run-session -- /tmp/server-flow.sh "$server_vault" || server_ok=$?
    "$BRANKAS_TEST_PG_BIN/psql" -X -q -d "$BRANKAS_TEST_PG_URL" -c "DROP DATABASE $database" || true
    [ "$server_ok" -eq 0 ] || { echo "FAIL: the installed package could not keep a vault on the server"; exit 1; }
fi

phase "brankas offscreen, first run on an empty HOME"
in_root useradd --create-home --shell /bin/sh newcomer
chroot "$root" /usr/bin/env -i PATH=/usr/bin:/bin LANG=C.UTF-8 HOME=/home/newcomer QT_QPA_PLATFORM=offscreen \
    /usr/sbin/runuser -u newcomer -- brankas --screenshot /tmp/first-run.png
[ -s "$root/tmp/first-run.png" ] || { echo "FAIL: brankas wrote no picture of its first window"; exit 1; }
[ ! -e "$root/home/newcomer/.local/share/brankas/vault.brankas" ] || {
    echo "FAIL: starting brankas created a vault before the officer set one up"
    exit 1
}
if [ -n "${BRANKAS_FIRST_RUN_PNG:-}" ]; then
    cp "$root/tmp/first-run.png" "$BRANKAS_FIRST_RUN_PNG"
fi

phase "apt-get purge brankas: the vault stays"
in_root apt-get purge -y -q brankas >"$work/purge.log" 2>&1 || { cat "$work/purge.log"; exit 1; }
[ ! -e "$root/usr/bin/brankas" ] || { echo "FAIL: /usr/bin/brankas is still there after purge"; exit 1; }
[ -f "$root$vault" ] || { echo "FAIL: purging the package removed the vault"; exit 1; }

phase "passed"
