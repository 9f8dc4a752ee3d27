#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# lintian on the built .deb: fails on any error, and on any warning that is neither fixed nor
# overridden in packaging/linux/lintian-overrides (where each override gives its reason).
# Usage: tests/package/check-lintian.sh FILE.deb
set -euo pipefail
command -v lintian >/dev/null || { echo "FAIL: lintian is missing; run scripts/install-deps.sh --test"; exit 1; }
output=$(lintian --info --display-info --pedantic --show-overrides "$1" 2>&1 || true)
echo "$output"
if grep -E '^(E|W): ' <<<"$output"; then
    echo "FAIL: lintian reports the errors or warnings above"
    exit 1
fi
echo "lintian: no errors, no warnings"
