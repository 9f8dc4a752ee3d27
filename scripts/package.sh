#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Builds the Debian package of Brankas (build/default/packages/brankas_VERSION_ARCH.deb) and checks
# it with lintian. Install it with: sudo apt-get install ./build/default/packages/brankas_*.deb
# Extra arguments go to cmake's configure step (e.g. -DBRANKAS_BUILD_TESTS=OFF).
set -euo pipefail
cd "$(dirname "$0")/.."

scripts/install-deps.sh --test  # the packaging tools and lintian are among the test packages
cmake --preset default "$@"
# Only what the package holds; the tests are built by scripts/test.sh.
cmake --build --preset default --target brankas brankas-cli brankas_linux_package_files
rm -rf build/default/packages
(cd build/default && cpack -G DEB -B packages)
rm -rf build/default/packages/_CPack_Packages
deb=$(ls build/default/packages/brankas_*.deb)
echo "Built $deb"
lintian --info --display-info --pedantic "$deb" || true
if lintian "$deb" | grep -q '^E: '; then
    echo "lintian reports errors in $deb"
    exit 1
fi
