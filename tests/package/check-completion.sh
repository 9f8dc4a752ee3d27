#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# The bash completion of brankas-cli: it lists exactly the commands brankas-cli has, and completes
# command words and a command's options the way an officer types them.
# Usage: tests/package/check-completion.sh BRANKAS_CLI COMPLETION_FILE
set -uo pipefail
cli=$1
completion=$2
failed=0
fail() {
    echo "FAIL: $*"
    failed=1
}

# 1. The same commands as brankas-cli --help, and each one known to brankas-cli.
listed=$(sed -n "/^_brankas_cli_commands='/,/^'/p" "$completion" | sed '1d;$d' | sed '/^$/d')
help_text=$("$cli" --lang en --help)
help_count=$("$cli" --lang en --help | sed -n '/^Commands:/,/^$/p' | grep -c '^  [a-z]')
listed_count=$(grep -c . <<<"$listed")
[ "$listed_count" -eq "$help_count" ] ||
    fail "the completion lists $listed_count commands, brankas-cli --help lists $help_count"
while read -r command; do
    # shellcheck disable=SC2086 # one or two words
    "$cli" --lang en $command --help >/dev/null 2>&1 || fail "brankas-cli does not know the command '$command'"
    grep -q "^  $command" <<<"$help_text" || fail "'$command' is not in brankas-cli --help"
done <<<"$listed"

# 2. Completing as bash does (needs the bash-completion package for _init_completion).
if [ ! -f /usr/share/bash-completion/bash_completion ]; then
    fail "/usr/share/bash-completion/bash_completion is missing; run scripts/install-deps.sh --test"
    exit 1
fi
# shellcheck disable=SC1091
source /usr/share/bash-completion/bash_completion
# shellcheck disable=SC1090
source "$completion"
complete_line() { # the words typed, the last one being completed
    COMP_WORDS=("$@")
    COMP_CWORD=$((${#COMP_WORDS[@]} - 1))
    COMP_LINE="${COMP_WORDS[*]}"
    COMP_POINT=${#COMP_LINE}
    COMPREPLY=()
    _brankas_cli
    printf '%s\n' "${COMPREPLY[@]}" | sort | tr '\n' ' ' | sed 's/ $//'
}
expect() { # EXPECTED WORDS...
    local expected=$1
    shift
    local got
    got=$(complete_line "$@")
    [ "$got" = "$expected" ] || fail "completing '$*': expected '$expected', got '$got'"
}
expect "account" "$cli" acc
expect "add edit list review search show status" "$cli" account ""
expect "--lang" "$cli" --la
expect "en id" "$cli" --lang ""
expect "report" "$cli" --lang en rep
expect "recovery-sheet register" "$cli" report re
got=$(complete_line "$cli" account add --k)
[ "$got" = "--kecamatan" ] || fail "completing 'account add --k': expected '--kecamatan', got '$got'"
got=$(complete_line "$cli" check --)
grep -q -- "--json" <<<"$got" || fail "completing 'check --': no --json in '$got'"

if [ $failed -eq 0 ]; then
    echo "bash completion: $listed_count commands, completions as expected"
fi
exit $failed
