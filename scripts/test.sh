#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Installs what is missing, builds Brankas with warnings as errors and runs every test with ctest,
# inside a private D-Bus session with an unlocked gnome-keyring (tests/with-keyring.sh), beside a
# private PostgreSQL cluster made for the run (tests/with-postgres.sh).
set -euo pipefail
cd "$(dirname "$0")/.."

scripts/install-deps.sh
cmake --preset ci
cmake --build --preset ci
exec tests/with-postgres.sh tests/with-keyring.sh ctest --preset ci "$@"
