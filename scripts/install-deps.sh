#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Installs what Brankas needs to build and run on Debian 12 (bookworm), and with --test what its
# tests need too. Safe to run again: apt-get only adds what is missing.
set -euo pipefail

# What building and running the app needs: `scripts/run.sh` installs only these, so that a desktop
# that only wants Brankas gets no PostgreSQL server (its package starts a system service), browser or
# packaging tools. `--test` adds what the tests, the fuzz targets and the package checks use.
packages=(
    # toolchain
    build-essential cmake ninja-build ccache pkg-config
    # Qt 6.4 and QtKeychain; libsecret is what QtKeychain uses to reach the Secret Service
    qt6-base-dev qt6-base-dev-tools libqt6sql6-sqlite qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
    qt6-svg-dev qtkeychain-qt6-dev libsecret-1-0 libgl-dev libxkbcommon-dev
    # Qt Charts draws the evaluation report's charts (ui/charts); its CMake package needs Qt's
    # OpenGL development files, which Debian's qt6-charts-dev does not pull in
    qt6-charts-dev libqt6opengl6-dev
    # OpenSSL 3; zxcvbn-c for how guessable a new passphrase is; zlib deflates the compact PDFs
    libssl-dev libzxcvbn-dev zlib1g-dev
    # the public list's QR codes; QuaZip reads .xlsx for the importer
    libqrencode-dev libquazip1-qt6-dev
    # Qt's PostgreSQL driver, for a vault on the office's server
    libqt6sql6-psql
    # a Secret Service where the desktop has none, and a font for the window
    dbus dbus-bin gnome-keyring fonts-liberation2
)
test_packages=(
    # the format check
    clang-format
    # zbar-tools decodes the public list's QR codes in the tests, Debian's chromium opens its web
    # page headless to check it loads nothing, and tidy validates it as HTML5
    zbar-tools chromium tidy
    # openpyxl writes the tests' .xlsx fixtures; clang builds the readers' libFuzzer targets
    # (libclang-rt-14-dev holds libFuzzer and the sanitizers' runtimes)
    python3-openpyxl clang libclang-rt-14-dev
    # a PostgreSQL 15 server the tests start as a private cluster (tests/with-postgres.sh; the
    # package's own service is not used)
    postgresql-15
    # tools to check PDFs (qpdf checks the compact writer's structure) and screens, and a display
    # server for the window's tests
    poppler-utils qpdf xvfb xauth
    # the attacker's tools the security tests use: sqlite3 on the vault, secret-tool on the keychain
    sqlite3 libsecret-tools
    # packaging and its checks: the .deb (cpack uses dpkg-shlibdeps), lintian, the desktop, AppStream
    # and man-page validators, bash completion, and the install test's Debian 12 root (debootstrap)
    dpkg-dev fakeroot lintian desktop-file-utils appstream man-db bash-completion debootstrap
)
if [ "${1:-}" = "--test" ]; then
    packages+=("${test_packages[@]}")
fi

missing=()
for package in "${packages[@]}"; do
    if ! dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed"; then
        missing+=("$package")
    fi
done
if [ ${#missing[@]} -eq 0 ]; then
    exit 0
fi

sudo=""
if [ "$(id -u)" -ne 0 ]; then
    sudo="sudo"
fi
echo "Installing: ${missing[*]}"
$sudo apt-get update -qq
DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
