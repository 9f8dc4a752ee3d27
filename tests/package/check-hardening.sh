#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Checks that the executables were built with the hardening of cmake/BrankasHardening.cmake, by
# reading the ELF files as hardening-check does: PIE, full RELRO (GNU_RELRO and BIND_NOW), stack
# protector and a non-executable stack. _FORTIFY_SOURCE shows in a binary only where the compiler
# could not prove a call safe (__memcpy_chk and friends), and Brankas's C++ may have none, so it is
# checked where it is decided: every compile command of core/, ui/ and app/ has to carry it.
# Usage: tests/package/check-hardening.sh READELF COMPILE_COMMANDS_JSON EXECUTABLE...
set -euo pipefail
readelf=$1
commands=$2
shift 2
failed=0

sources=$(grep -c '"file": ".*/\(core\|ui\|app\)/[^"]*\.cpp"' "$commands" || true)
fortified=$(grep -A0 '"command":' "$commands" | grep -c -- '-D_FORTIFY_SOURCE=2.*-fstack-protector-strong' || true)
echo "compile commands: $sources sources in core/, ui/ and app/; $fortified commands with -D_FORTIFY_SOURCE=2 and -fstack-protector-strong"
if [ "$sources" -eq 0 ]; then
    echo "compile commands: NONE for core/, ui/, app/ (is $commands the right file?)"
    failed=1
fi
for file in $(grep -o '"file": "[^"]*/\(core\|ui\|app\)/[^"]*\.cpp"' "$commands" | sed 's/"file": "//;s/"$//'); do
    if ! grep -F -B3 "\"file\": \"$file\"" "$commands" | grep -q -- '-D_FORTIFY_SOURCE=2'; then
        echo "compiled without -D_FORTIFY_SOURCE=2: $file"
        failed=1
    fi
done
for binary in "$@"; do
    name=$(basename "$binary")
    header=$("$readelf" -h -W "$binary")
    segments=$("$readelf" -l -W "$binary")
    dynamic=$("$readelf" -d -W "$binary")
    symbols=$("$readelf" --dyn-syms -W "$binary")
    check() { # DESCRIPTION CONDITION-RESULT
        if [ "$2" = yes ]; then
            echo "$name: $1: yes"
        else
            echo "$name: $1: NO"
            failed=1
        fi
    }
    check "position independent (PIE)" "$(grep -q 'Type:.*DYN' <<<"$header" && grep -q 'FLAGS_1.*PIE' <<<"$dynamic" && echo yes)"
    check "read-only relocations (RELRO)" "$(grep -q GNU_RELRO <<<"$segments" && echo yes)"
    check "immediate binding (BIND_NOW)" "$(grep -Eq 'BIND_NOW|FLAGS.*NOW' <<<"$dynamic" && echo yes)"
    check "stack protector" "$(grep -q '__stack_chk_fail' <<<"$symbols" && echo yes)"
    echo "$name: fortified calls (__*_chk): $(grep -Ec '__[a-z_]+_chk(@|$| )' <<<"$symbols" || true)"
    check "non-executable stack" "$(grep 'GNU_STACK' <<<"$segments" | grep -qv 'RWE' && echo yes)"
done
exit $failed
