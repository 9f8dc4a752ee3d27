#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Installs what is missing, builds Brankas and starts it on the default vault in your data folder.
# Extra arguments go to the app (e.g. --lang en, --vault PATH).
set -euo pipefail
cd "$(dirname "$0")/.."

scripts/install-deps.sh
# The app alone: the test suites need more packages (install-deps.sh --test) and build time.
cmake --preset default -DBRANKAS_BUILD_TESTS=OFF
cmake --build --preset default
exec build/default/app/gui/brankas "$@"
