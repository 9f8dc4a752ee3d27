#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# Fails when a user-visible string of Brankas is not fully translated.
#
#   check-translations.sh LUPDATE SOURCE_DIR
#
# 1. Looks for translation calls lupdate cannot see (a context or message that is not a string
#    literal): such strings never reach the .ts files and stay English in every language.
# 2. Copies translations/brankas_id.ts to a temporary folder and runs lupdate over core, app and ui
#    into the copy, so strings added to the sources but not yet to the committed file show up as
#    unfinished. Every message must then have a finished, non-empty translation that keeps the
#    %1, %2 ... and %n placeholders of its source, and no line break the source does not have.
# 3. Does the same for translations/brankas_en.ts with -pluralonly: English only needs its plural
#    forms ("1 entry" / "2 entries").
#
# POSIX sh, find, sort, sed and awk only (Debian's mawk is enough); no Python.
set -eu

if [ $# -ne 2 ]; then
    echo "usage: $0 LUPDATE SOURCE_DIR" >&2
    exit 2
fi
lupdate=$1
source_dir=$2
source_dirs="core app ui"

work=$(mktemp -d "${TMPDIR:-/tmp}/brankas-translations.XXXXXX")
trap 'rm -rf "$work"' EXIT
trap 'exit 1' HUP INT TERM

failed=0

# --- 1. translation calls lupdate cannot extract -------------------------------------------------
# The patterns are matched on whole files, so calls split over several lines are seen too.
# Allowed exception: translate(Error::TranslationContext, variable), as in Error::message(), csv.cpp
# and platform.cpp: those texts are collected where they are written, with QT_TRANSLATE_NOOP.
cd "$source_dir"
find $source_dirs -type f \( -name '*.cpp' -o -name '*.h' \) | sort >"$work/sources"
lint=$(awk '
    FNR == 1 && NR > 1 { check(previous, text) }
    FNR == 1 { text = ""; previous = FILENAME }
    { text = text $0 "\n" }
    END { if (NR > 0) check(previous, text) }

    function lineAt(s, position,    n, i) {
        n = 1
        for (i = 1; i < position; i++) if (substr(s, i, 1) == "\n") n++
        return n
    }
    function report(file, s, position, what) {
        printf "%s:%d: %s\n", file, lineAt(s, position), what
    }
    function check(file, s,    rest, offset, call) {
        # QCoreApplication::translate(context, ...) with a context that is not a literal
        rest = s; offset = 0
        while (match(rest, /translate\([[:space:]]*[^"[:space:])]/)) {
            call = substr(rest, RSTART)
            if (call !~ /^translate\([[:space:]]*(Error::)?TranslationContext[[:space:]]*,/)
                report(file, s, offset + RSTART, "translate() with a context that is not a string literal; lupdate skips it")
            offset += RSTART + RLENGTH - 1; rest = substr(rest, RSTART + RLENGTH)
        }
        # QT_TRANSLATE_NOOP(context, ...) with a context that is not a literal
        rest = s; offset = 0
        while (match(rest, /QT_TRANSLATE_[A-Z0-9_]*\([[:space:]]*[^"[:space:]]/)) {
            report(file, s, offset + RSTART, "QT_TRANSLATE_NOOP with a context that is not a string literal; lupdate skips it")
            offset += RSTART + RLENGTH - 1; rest = substr(rest, RSTART + RLENGTH)
        }
        # Error(ErrorCode::X, "text"): the message is never collected for translation
        rest = s; offset = 0
        while (match(rest, /Error\([[:space:]]*ErrorCode::[A-Za-z]+[[:space:]]*,[[:space:]]*"/)) {
            report(file, s, offset + RSTART, "Error message without QT_TRANSLATE_NOOP(\"Brankas::Error\", ...)")
            offset += RSTART + RLENGTH - 1; rest = substr(rest, RSTART + RLENGTH)
        }
    }
' $(cat "$work/sources") | sort -t: -k1,1 -k2,2n)
if [ -n "$lint" ]; then
    echo "Strings that lupdate cannot collect (write the context and text as string literals):"
    echo "$lint" | sed 's/^/  /'
    failed=1
fi

# --- 2 and 3. the catalogues ---------------------------------------------------------------------
# Prints every message of a .ts file that is unfinished, empty or missing, or whose placeholders or
# line breaks differ from its source; exits 1 if there is one.
check_ts() {
    awk -v file="$1" '
        BEGIN { RS = "</message>"; problems = 0; messages = 0 }

        function unescape(s) {
            gsub(/&lt;/, "<", s); gsub(/&gt;/, ">", s); gsub(/&quot;/, "\"", s); gsub(/&apos;/, "'\''", s)
            gsub(/&#x0*[aA];/, "\n", s); gsub(/&amp;/, "\\&", s)
            return s
        }
        function between(s, opening, closing,    i, j) {
            i = index(s, opening); if (i == 0) return ""
            s = substr(s, i + length(opening)); j = index(s, closing)
            return j == 0 ? "" : substr(s, 1, j - 1)
        }
        # The sorted set of placeholders: %1 ... %99 and %n; %L1 counts as %1.
        function placeholders(s,    seen, keys, n, k, i, j, t, p) {
            n = 0
            while (match(s, /%L?([0-9][0-9]?|n)/)) {
                p = substr(s, RSTART, RLENGTH); sub(/^%L/, "%", p)
                if (!(p in seen)) { seen[p] = 1; keys[++n] = p }
                s = substr(s, RSTART + RLENGTH)
            }
            for (i = 2; i <= n; i++) {
                t = keys[i]
                for (j = i - 1; j >= 1 && keys[j] > t; j--) keys[j + 1] = keys[j]
                keys[j + 1] = t
            }
            k = ""
            for (i = 1; i <= n; i++) k = k (i > 1 ? " " : "") keys[i]
            return k == "" ? "none" : k
        }
        function lines(s) { return gsub(/\n/, "\n", s) }
        function problem(what) {
            problems++
            printf "  [%s] \"%s\": %s\n", context, source, what
        }
        function compare(text, label) {
            if (placeholders(text) != placeholders(source))
                problem(label "has placeholders " placeholders(text) " but the source has " placeholders(source))
            if (lines(text) != lines(source))
                problem(label "has " lines(text) " line break(s) but the source has " lines(source))
        }

        {
            if (match($0, /<name>[^<]*<\/name>/)) context = unescape(substr($0, RSTART + 6, RLENGTH - 13))
            m = index($0, "<message")
            if (m == 0) next
            msg = substr($0, m)
            header = substr(msg, 1, index(msg, ">"))
            source = unescape(between(msg, "<source>", "</source>"))
            messages++
            t = index(msg, "<translation")
            if (t == 0) { problem("no translation"); next }
            rest = substr(msg, t); tag = substr(rest, 1, index(rest, ">"))
            if (tag ~ /type="(vanished|obsolete)"/) { messages--; next }
            if (tag ~ /type="unfinished"/) { problem("translation unfinished"); next }
            body = tag ~ /\/>$/ ? "" : between(rest, tag, "</translation>")
            if (header ~ /numerus="yes"/) {
                forms = 0
                while ((i = index(body, "<numerusform")) > 0) {
                    body = substr(body, i); tag = substr(body, 1, index(body, ">"))
                    form = tag ~ /\/>$/ ? "" : unescape(between(body, tag, "</numerusform>"))
                    body = substr(body, length(tag) + 1)
                    forms++
                    if (form == "") problem("plural form " forms " is empty")
                    else compare(form, "plural form " forms " ")
                }
                if (forms == 0) problem("no plural forms")
            } else {
                text = unescape(body)
                if (text == "") problem("translation empty")
                else compare(text, "the translation ")
            }
        }
        END {
            if (problems > 0) {
                printf "%s: %d problem(s) in %d message(s)\n", file, problems, messages
                exit 1
            }
            printf "%s: %d message(s), all translated\n", file, messages
        }
    ' "$2"
}

check_catalogue() { # NAME [extra lupdate options]
    name=$1
    shift
    if [ ! -f "translations/$name" ]; then
        echo "translations/$name is missing"
        failed=1
        return
    fi
    cp "translations/$name" "$work/$name"
    # shellcheck disable=SC2086 # the source folders are separate arguments
    if ! "$lupdate" -silent -locations none -no-obsolete "$@" $source_dirs -ts "$work/$name" >"$work/lupdate.log" 2>&1; then
        cat "$work/lupdate.log"
        echo "lupdate failed on translations/$name"
        failed=1
        return
    fi
    # lupdate warns about calls it cannot understand (e.g. a tr() outside a class with Q_OBJECT).
    if [ -s "$work/lupdate.log" ]; then
        cat "$work/lupdate.log"
    fi
    if ! check_ts "translations/$name" "$work/$name"; then
        echo "  Run from the source folder: $lupdate -locations relative -no-obsolete $* $source_dirs -ts translations/$name"
        echo "  then translate every message above (Qt Linguist, or edit the .ts file)."
        failed=1
    fi
}

check_catalogue brankas_id.ts
check_catalogue brankas_en.ts -pluralonly

exit $failed
