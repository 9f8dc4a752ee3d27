#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# The files the desktop reads: the .desktop entry (desktop-file-validate), the AppStream metainfo
# (appstreamcli validate, without network: the screenshots' addresses are not fetched) and the man
# pages (man --warnings). Usage: tests/package/check-desktop-files.sh PACKAGING_BINARY_DIR APP_ID
set -uo pipefail
dir=$1/linux
id=$2
failed=0
for tool in desktop-file-validate appstreamcli man; do
    command -v $tool >/dev/null || { echo "FAIL: $tool is missing; run scripts/install-deps.sh --test"; exit 1; }
done

echo "== desktop-file-validate $id.desktop"
desktop-file-validate "$dir/$id.desktop" || failed=1
grep -q '^Name\[id\]=\|^Comment\[id\]=' "$dir/$id.desktop" || { echo "FAIL: no Indonesian name or comment"; failed=1; }

echo "== appstreamcli validate --no-net --pedantic $id.metainfo.xml"
appstreamcli validate --no-net --pedantic "$dir/$id.metainfo.xml" || failed=1

for page in brankas.1 brankas-cli.1; do
    echo "== man --warnings $page"
    warnings=$(LC_ALL=C.UTF-8 MANWIDTH=80 man --warnings -E UTF-8 -l "$dir/$page" 2>&1 >/dev/null)
    if [ -n "$warnings" ]; then
        echo "$warnings"
        failed=1
    fi
done
exit $failed
