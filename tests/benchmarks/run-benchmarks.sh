#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Builds the two benchmark vaults (one regency: 55 accounts, 10,000 log entries; national: 36,425
# accounts, 1,000,000 log entries) and prints every figure recorded in docs/performance.md.
#
# Usage: tests/benchmarks/run-benchmarks.sh [BUILD_DIR]      (default: build/bench)
#
# Runs inside tests/with-keyring.sh, so the vault keys live in a throwaway Secret Service and
# unlockFromKeychain is measured; BRANKAS_BENCH_NO_KEYRING=1 runs without one (the recovery
# passphrase then unlocks). The vaults go to a new folder under ${TMPDIR:-/tmp} and are removed at
# the end unless BRANKAS_BENCH_KEEP=1. BRANKAS_BENCH_ENTRIES overrides the 1,000,000 entries of the
# national vault, for a quicker try. BRANKAS_BENCH_CLI_RUNS sets the runs of each end-to-end
# brankas-cli measurement (default 7, after one warm-up run).
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
cmake --build "$build" --target brankas-bench-gen brankas-bench brankas-bench-ui brankas-bench-pages brankas-bench-reports brankas-bench-publish brankas-bench-run brankas-cli -j2 >/dev/null

gen="$build/tests/benchmarks/brankas-bench-gen"
bench="$build/tests/benchmarks/brankas-bench"
bench_ui="$build/tests/benchmarks/brankas-bench-ui"
bench_pages="$build/tests/benchmarks/brankas-bench-pages"
cli="$build/app/cli/brankas-cli"
runner="$build/tests/benchmarks/brankas-bench-run"
national_entries=${BRANKAS_BENCH_ENTRIES:-1000000}
cli_runs=${BRANKAS_BENCH_CLI_RUNS:-7}
# A kecamatan of 72.05 whose name no other kecamatan shares: 5 accounts in either vault.
search_text=momunu
# The end of the generated history: Pemilu 2019 is over, Pemilu 2024 (extended) and Pemilihan 2024 run.
check_date=2025-01-03

work=$(mktemp -d "${TMPDIR:-/tmp}/brankas-bench.XXXXXX")
if [ -z "${BRANKAS_BENCH_KEEP:-}" ]; then
    trap 'rm -rf "$work"' EXIT
fi
# The administrator's passphrase, then the recovery passphrase: what init reads from stdin.
printf 'admin passphrase 1\nmeja kursi lemari pintu jendela\n' >"$work/passphrases"
export QT_QPA_PLATFORM=offscreen LC_ALL=C.UTF-8

# shellcheck source=tests/benchmarks/benchmark-lines.sh
. "$here/benchmark-lines.sh"

section "Machine"
machine_lines
versions=$(dpkg-query -W -f='${Package} ${Version}\n' libqt6core6 libsqlite3-0 libssl3 2>/dev/null || true)
echo "Qt:         $(awk '$1 == "libqt6core6" { print $2 }' <<<"$versions")"
echo "SQLite:     $(awk '$1 == "libsqlite3-0" { print $2 }' <<<"$versions")"
echo "OpenSSL:    $(openssl version 2>/dev/null || echo '?')"
echo "Build:      $(grep -m1 '^CMAKE_BUILD_TYPE' "$build/CMakeCache.txt" | cut -d= -f2) ($build)"
echo "Keyring:    ${BRANKAS_IN_KEYRING_SESSION:+gnome-keyring (tests/with-keyring.sh)}${BRANKAS_BENCH_NO_KEYRING:+none}"
echo "Load:       $(load) (1, 5, 15 min) at start"

section "Generate: one regency (72.05), 10,000 log entries"
"$gen" --vault "$work/regency.brankas" --regency 72.05 <"$work/passphrases"

section "Generate: national, $national_entries log entries"
"$gen" --vault "$work/national.brankas" --regency all --log-entries "$national_entries" <"$work/passphrases"

section "Benchmark: one regency"
"$bench" --vault "$work/regency.brankas" <"$work/passphrases"

section "Benchmark: national"
"$bench" --vault "$work/national.brankas" <"$work/passphrases"

# The Accounts screen (offscreen): model load, the filter on each keystroke of "$search_text", the
# combos, sorting, the page and one account's detail panel, and the screen's peak memory.
section "Accounts screen: national"
"$bench_ui" --vault "$work/national.brankas" --search "$search_text" <"$work/passphrases" 2>&1 |
    grep -v 'propagateSizeHints'

# The window after sign-in (every page made, Home painted, its health check), the Log page with its
# filters and Verify, and the register pages.
section "Window and pages: national"
"$bench_pages" --vault "$work/national.brankas" <"$work/passphrases" 2>&1 | grep -v 'propagateSizeHints'

# The register to PDF: one province and the whole country, and how fast a cancel stops it.
section "Register report to PDF: national"
"$build/tests/benchmarks/brankas-bench-reports" --vault "$work/national.brankas" --out "$work" <"$work/passphrases"

# The public list of official accounts of the whole country, on a day its terms run.
section "Public list: national"
"$build/tests/benchmarks/brankas-bench-publish" --vault "$work/national.brankas" --out "$work/public-list" <"$work/passphrases"

# Runs brankas-cli (open, unlock from the keychain, sign in with scrypt, the command) through
# brankas-bench-run: wall time from spawn to exit and each run's peak RSS from wait4().
median_of() { sed -n 's/.* median \([0-9.]*\) ms.*/\1/p' <<<"$1"; }
cpu_of() { sed -n 's/.* CPU \([0-9.]*\) ms.*/\1/p' <<<"$1"; }
end_to_end() { # LABEL RUNS OUTPUT ARGS...
    local label=$1 runs=$2 output=$3
    shift 3
    "$runner" --runs "$runs" --stdin "$work/passphrases" --output "$output" --label "$label" -- \
        "$cli" --officer Admin "$@"
}

section "brankas-cli account search $search_text, end to end (process start to exit), $cli_runs runs each"
regency_search=$(end_to_end "one regency" "$cli_runs" "$work/search-regency.txt" \
    --vault "$work/regency.brankas" account search "$search_text")
national_search=$(end_to_end "national" "$cli_runs" "$work/search-national.txt" \
    --vault "$work/national.brankas" account search "$search_text")
echo "$regency_search, $(wc -l <"$work/search-regency.txt") accounts found"
echo "$national_search, $(wc -l <"$work/search-national.txt") accounts found"
awk -v r="$(median_of "$regency_search")" -v n="$(median_of "$national_search")" \
    -v rc="$(cpu_of "$regency_search")" -v nc="$(cpu_of "$national_search")" \
    'BEGIN { printf "national - one regency: %+.1f ms wall, %+.1f ms CPU (target < 50 ms)\n", n - r, nc - rc }'

section "brankas-cli check --date $check_date, end to end, $cli_runs runs each"
for vault in regency national; do
    line=$(end_to_end "$vault" "$cli_runs" "$work/check-$vault.txt" \
        --vault "$work/$vault.brankas" check --date "$check_date")
    echo "$line, $(head -1 "$work/check-$vault.txt")"
done
for vault in regency national; do
    line=$(end_to_end "$vault, --json" "$cli_runs" "$work/check-$vault.json" \
        --vault "$work/$vault.brankas" check --date "$check_date" --json)
    echo "$line, $(wc -c <"$work/check-$vault.json") bytes of JSON"
done

section "brankas-cli log verify, end to end (open, unlock, sign in with scrypt, verify), 3 runs each"
for vault in regency national; do
    end_to_end "$vault" 3 "" --vault "$work/$vault.brankas" log verify
done

section "Done"
echo "Load:       $(load) (1, 5, 15 min) at end"
if [ -n "${BRANKAS_BENCH_KEEP:-}" ]; then
    echo "Vaults kept in $work"
fi
