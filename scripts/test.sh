#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Installs what is missing, builds Brankas with warnings as errors and runs every test with ctest,
# inside a private D-Bus session with an unlocked gnome-keyring (tests/with-keyring.sh), beside a
# private PostgreSQL cluster made for the run (tests/with-postgres.sh).
# Before that, the libFuzzer targets of the spreadsheet readers (the `fuzz` preset, clang) each run
# for BRANKAS_FUZZ_SECONDS (default 20; 0 skips them). Arguments go to the main ctest; given any
# (say -R tst_import), the fuzz run is left out, as it is not what was asked for.
set -euo pipefail
cd "$(dirname "$0")/.."

scripts/install-deps.sh --test
cmake --preset ci
cmake --build --preset ci

fuzz_seconds="${BRANKAS_FUZZ_SECONDS:-20}"
if [ $# -eq 0 ] && [ "$fuzz_seconds" != "0" ]; then
    # Only the two fuzz targets are built with clang: the rest of the tree is the ci build's.
    cmake --preset fuzz -DBRANKAS_FUZZ_SECONDS="$fuzz_seconds" >/dev/null
    cmake --build --preset fuzz --target fuzz_csv_reader fuzz_xlsx_reader
    # One target per core, so the two run side by side.
    ctest --preset fuzz -R '^fuzz_' -j 2
fi

exec tests/with-postgres.sh tests/with-keyring.sh ctest --preset ci "$@"
