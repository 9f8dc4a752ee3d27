#!/usr/bin/env bash
# Puts "SPDX-License-Identifier: GPL-3.0-or-later" at the top of every source file of Brankas that
# lacks it, in the file's own comment syntax, after a #! line if there is one. Safe to run again:
# a file that already names its licence in its first lines is left alone.
#
#   scripts/spdx-headers.sh           add the line where it is missing
#   scripts/spdx-headers.sh --check   only list the files without it; exit 1 if there are any
#
# Source files: C++ (.cpp, .h), CMake (CMakeLists.txt, .cmake), shell scripts (.sh, .ci/run), SQL
# migrations, the packaging templates (.in) and the CI workflows (.yml). Third-party material
# keeps its own licence and is left out: resources/data (idn-area-data, ODbL), resources/fonts
# (OFL), and test fixtures. The Debian copyright and changelog templates have fixed formats.
set -euo pipefail
cd "$(dirname "$0")/.."

identifier="SPDX-License-Identifier: GPL-3.0-or-later"
check_only=0
if [ "${1:-}" = "--check" ]; then
    check_only=1
elif [ $# -gt 0 ]; then
    echo "usage: $0 [--check]" >&2
    exit 2
fi

comment_for() { # FILE -> the line to add, or nothing for a file that takes none
    case $1 in
        resources/data/* | resources/fonts/* | tests/fixtures/*) ;;
        *.cpp | *.h | *.rc.in) echo "// $identifier" ;;
        */CMakeLists.txt | CMakeLists.txt | *.cmake | *.sh | .ci/run) echo "# $identifier" ;;
        *.desktop.in | *.bash-completion | */lintian-overrides | *.yml) echo "# $identifier" ;;
        *.sql) echo "-- $identifier" ;;
        *.1.in) echo '.\" '"$identifier" ;;
        *.xml.in) echo "<!-- $identifier -->" ;;
    esac
}

missing=0
while IFS= read -r -d '' file; do
    line=$(comment_for "$file")
    [ -n "$line" ] || continue
    if head -n 3 "$file" | grep -q 'SPDX-License-Identifier:'; then
        continue
    fi
    missing=$((missing + 1))
    if [ $check_only -eq 1 ]; then
        echo "$file"
        continue
    fi
    first=$(head -n 1 "$file")
    tmp=$(mktemp)
    if [[ $first == '#!'* ]]; then
        { echo "$first"; echo "$line"; tail -n +2 "$file"; } >"$tmp"
    elif [[ $first == '<?xml'* ]]; then
        # Nothing may come before an XML declaration.
        { echo "$first"; echo "$line"; tail -n +2 "$file"; } >"$tmp"
    else
        { echo "$line"; cat "$file"; } >"$tmp"
    fi
    # Keep the file's mode (scripts stay executable).
    cat "$tmp" >"$file"
    rm -f "$tmp"
done < <(git ls-files -z)

if [ $check_only -eq 1 ]; then
    if [ $missing -gt 0 ]; then
        echo "$missing file(s) without \"$identifier\"; run scripts/spdx-headers.sh"
        exit 1
    fi
    echo "Every source file names its licence."
else
    echo "Added the SPDX line to $missing file(s)."
fi
