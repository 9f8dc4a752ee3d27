#!/usr/bin/env bash
# Builds the two benchmark vaults (one regency, 10,000 log entries; national, 1,000,000) and prints
# every figure recorded in docs/performance.md.
#
# Usage: tests/benchmarks/run-benchmarks.sh [BUILD_DIR]      (default: build/bench)
#
# Runs inside tests/with-keyring.sh, so the vault keys live in a throwaway Secret Service and
# unlockFromKeychain is measured; BRANKAS_BENCH_NO_KEYRING=1 runs without one (the recovery
# passphrase then unlocks). The vaults go to a new folder under ${TMPDIR:-/tmp} and are removed at
# the end unless BRANKAS_BENCH_KEEP=1. BRANKAS_BENCH_ENTRIES overrides the 1,000,000 entries of the
# national vault, for a quicker try.
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
root=$(cd "$here/../.." && pwd)
build=$(realpath -m "${1:-$root/build/bench}")

if [ -z "${BRANKAS_IN_KEYRING_SESSION:-}" ] && [ -z "${BRANKAS_BENCH_NO_KEYRING:-}" ]; then
    exec "$root/tests/with-keyring.sh" "$0" "$build"
fi

if [ ! -f "$build/build.ninja" ] && [ ! -f "$build/Makefile" ]; then
    cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DBRANKAS_WERROR=ON
fi
cmake --build "$build" --target brankas-bench-gen brankas-bench brankas-cli -j2 >/dev/null

gen="$build/tests/benchmarks/brankas-bench-gen"
bench="$build/tests/benchmarks/brankas-bench"
cli="$build/app/cli/brankas-cli"
national_entries=${BRANKAS_BENCH_ENTRIES:-1000000}

work=$(mktemp -d "${TMPDIR:-/tmp}/brankas-bench.XXXXXX")
if [ -z "${BRANKAS_BENCH_KEEP:-}" ]; then
    trap 'rm -rf "$work"' EXIT
fi
# The administrator's passphrase, then the recovery passphrase: what init reads from stdin.
printf 'admin passphrase 1\nmeja kursi lemari pintu jendela\n' >"$work/passphrases"
export QT_QPA_PLATFORM=offscreen LC_ALL=C.UTF-8

section() { printf '\n== %s\n' "$*"; }

section "Machine"
echo "CPU:        $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2- | sed 's/^ *//'), $(nproc) CPUs"
echo "RAM:        $(awk '/MemTotal/ { printf "%.1f GiB", $2 / 1048576 }' /proc/meminfo)"
echo "OS:         $(. /etc/os-release && echo "$PRETTY_NAME"), Debian $(cat /etc/debian_version 2>/dev/null || echo '?')"
echo "Kernel:     $(uname -r)"
versions=$(dpkg-query -W -f='${Package} ${Version}\n' libqt6core6 libsqlite3-0 libssl3 2>/dev/null || true)
echo "Qt:         $(awk '$1 == "libqt6core6" { print $2 }' <<<"$versions")"
echo "SQLite:     $(awk '$1 == "libsqlite3-0" { print $2 }' <<<"$versions")"
echo "OpenSSL:    $(openssl version 2>/dev/null || echo '?')"
echo "Build:      $(grep -m1 '^CMAKE_BUILD_TYPE' "$build/CMakeCache.txt" | cut -d= -f2) ($build)"
echo "Keyring:    ${BRANKAS_IN_KEYRING_SESSION:+gnome-keyring (tests/with-keyring.sh)}${BRANKAS_BENCH_NO_KEYRING:+none}"
echo "Load:       $(cut -d' ' -f1-3 /proc/loadavg) (1, 5, 15 min) at start"

section "Generate: one regency (72.05), 10,000 log entries"
"$gen" --vault "$work/regency.brankas" --regency 72.05 <"$work/passphrases"

section "Generate: national, $national_entries log entries"
"$gen" --vault "$work/national.brankas" --regency all --log-entries "$national_entries" <"$work/passphrases"

section "Benchmark: one regency"
"$bench" --vault "$work/regency.brankas" <"$work/passphrases"

section "Benchmark: national"
"$bench" --vault "$work/national.brankas" <"$work/passphrases"

section "brankas-cli log verify, end to end (open, unlock, sign in with scrypt, verify), 3 runs each"
for vault in regency national; do
    for run in 1 2 3; do
        /usr/bin/time -f "$vault run $run: %e s wall, %M KiB peak RSS" \
            "$cli" --vault "$work/$vault.brankas" --officer Admin log verify <"$work/passphrases" 2>&1 |
            grep -v '^$' | sed 's/^/  /'
    done
done

section "Done"
echo "Load:       $(cut -d' ' -f1-3 /proc/loadavg) (1, 5, 15 min) at end"
if [ -n "${BRANKAS_BENCH_KEEP:-}" ]; then
    echo "Vaults kept in $work"
fi
