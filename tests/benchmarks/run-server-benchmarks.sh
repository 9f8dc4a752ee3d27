#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# The vault on a PostgreSQL server beside the same vault in a SQLite file, in one run (issue 13):
# `account search` from one regency to the country, `log verify` of the national vault (1,000,000
# generated entries), `vault move` of both vaults to the server, and writers adding accounts at
# the same time, 1 against 4, each writer a "PC" with its own keychain, then `log verify`.
#
# Usage: tests/benchmarks/run-server-benchmarks.sh [BUILD_DIR]      (default: build/bench)
#
# Starts a private cluster through tests/with-postgres.sh (with fsync on, BRANKAS_TEST_PG_DURABLE=1:
# a commit waits for the disk as SQLite's synchronous=FULL does) and the administrator's PC's
# keychain through tests/with-keyring.sh. The vaults go to a new folder under ${TMPDIR:-/tmp},
# removed at the end unless BRANKAS_BENCH_KEEP=1. BRANKAS_BENCH_ENTRIES overrides the 1,000,000
# entries of the national vault; BRANKAS_BENCH_CLI_RUNS the runs of each brankas-cli measurement
# (default 7, after a warm-up run); BRANKAS_BENCH_WRITE_SECONDS how long each writer round lasts
# (default 20); BRANKAS_BENCH_ONLY=writers skips the search and verification sections (with a small
# BRANKAS_BENCH_ENTRIES, the writers' figures in a few minutes). Run it `nice`d on a shared machine;
# the load average is printed at start and end.
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
root=$(cd "$here/../.." && pwd)
build=$(realpath -m "${1:-$root/build/bench}")

if [ -z "${BRANKAS_TEST_PG_URL:-}" ]; then
    export BRANKAS_TEST_PG_DURABLE=1
    exec "$root/tests/with-postgres.sh" "$0" "$build"
fi
if [ -z "${BRANKAS_IN_KEYRING_SESSION:-}" ]; then
    exec "$root/tests/with-keyring.sh" "$0" "$build"
fi

if [ ! -f "$build/build.ninja" ] && [ ! -f "$build/Makefile" ]; then
    cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DBRANKAS_WERROR=ON
fi
cmake --build "$build" --target brankas-bench-gen brankas-bench brankas-bench-run brankas-bench-writer brankas-cli \
    -j2 >/dev/null

gen="$build/tests/benchmarks/brankas-bench-gen"
bench="$build/tests/benchmarks/brankas-bench"
runner="$build/tests/benchmarks/brankas-bench-run"
writer="$build/tests/benchmarks/brankas-bench-writer"
cli="$build/app/cli/brankas-cli"
national_entries=${BRANKAS_BENCH_ENTRIES:-1000000}
cli_runs=${BRANKAS_BENCH_CLI_RUNS:-7}
write_seconds=${BRANKAS_BENCH_WRITE_SECONDS:-20}
# A kecamatan of 72.05 whose name no other kecamatan shares: 5 accounts in either vault.
search_text=momunu

work=$(mktemp -d "${TMPDIR:-/tmp}/brankas-server-bench.XXXXXX")
if [ -z "${BRANKAS_BENCH_KEEP:-}" ]; then
    trap 'rm -rf "$work"' EXIT
fi
# The administrator's passphrase, then the recovery passphrase: what init and recover read.
printf 'admin passphrase 1\nmeja kursi lemari pintu jendela\n' >"$work/passphrases"
# `account add`: the administrator's passphrase, then the new account's password.
printf 'admin passphrase 1\nBench-Sandi-42!\n' >"$work/add-input"
export QT_QPA_PLATFORM=offscreen LC_ALL=C.UTF-8

# The cluster's address without its database: postgresql://brankas@127.0.0.1:PORT
server=${BRANKAS_TEST_PG_URL%/*}
pg_sql() { "$BRANKAS_TEST_PG_BIN/psql" -X -q -At -d "$BRANKAS_TEST_PG_URL" -c "$1"; }

# shellcheck source=tests/benchmarks/benchmark-lines.sh
. "$here/benchmark-lines.sh"
now_ms() { date +%s%3N; }

section "Machine"
machine_lines
versions=$(dpkg-query -W -f='${Package} ${Version}\n' libqt6core6 libsqlite3-0 libqt6sql6-psql libpq5 2>/dev/null || true)
echo "Qt:         $(awk '$1 == "libqt6core6" { print $2 }' <<<"$versions") (QPSQL $(awk '$1 == "libqt6sql6-psql" { print $2 }' <<<"$versions"))"
echo "SQLite:     $(awk '$1 == "libsqlite3-0" { print $2 }' <<<"$versions")"
echo "PostgreSQL: $(pg_sql 'SHOW server_version'), libpq $(awk '$1 == "libpq5" { print $2 }' <<<"$versions"), on this machine (127.0.0.1), fsync $(pg_sql 'SHOW fsync'), synchronous_commit $(pg_sql 'SHOW synchronous_commit')"
echo "Build:      $(grep -m1 '^CMAKE_BUILD_TYPE' "$build/CMakeCache.txt" | cut -d= -f2) ($build)"
echo "Load:       $(load) (1, 5, 15 min) at start"

section "Generate: one regency (72.05), 10,000 log entries"
"$gen" --vault "$work/regency.brankas" --regency 72.05 <"$work/passphrases"

section "Generate: national, $national_entries log entries"
"$gen" --vault "$work/national.brankas" --regency all --log-entries "$national_entries" <"$work/passphrases"

# vault move to an empty database of the cluster: schema, rows, and the copy's whole log verified.
section "vault move --to the server (copy, then verify the copy's whole log)"
for vault in regency national; do
    pg_sql "CREATE DATABASE $vault"
    start=$(now_ms)
    "$cli" --lang en --vault "$work/$vault.brankas" --officer Admin vault move --to "$server/$vault" \
        <"$work/passphrases" >"$work/move-$vault.txt"
    echo "$vault: $(($(now_ms) - start)) ms wall, load $(load); $(tail -1 "$work/move-$vault.txt")"
done
pg_sql "SELECT 'national on the server: ' || pg_size_pretty(pg_database_size('national'))"
echo "national file: $(du -m "$work/national.brankas" | cut -f1) MiB"

# brankas-cli end to end through brankas-bench-run: wall time from spawn to exit, CPU, peak RSS.
median_of() { sed -n 's/.* median \([0-9.]*\) ms.*/\1/p' <<<"$1"; }
cpu_of() { sed -n 's/.* CPU \([0-9.]*\) ms.*/\1/p' <<<"$1"; }
end_to_end() { # LABEL RUNS OUTPUT ARGS...
    local label=$1 runs=$2 output=$3
    shift 3
    "$runner" --runs "$runs" --stdin "$work/passphrases" --output "$output" --label "$label" -- \
        "$cli" --officer Admin "$@"
}
address() { # ENGINE VAULT
    if [ "$1" = sqlite ]; then echo "$work/$2.brankas"; else echo "$server/$2"; fi
}

if [ "${BRANKAS_BENCH_ONLY:-}" != writers ]; then
    section "brankas-cli account search $search_text, end to end, $cli_runs runs each (load $(load))"
    for engine in sqlite postgresql; do
        regency=$(end_to_end "$engine one regency" "$cli_runs" "$work/search-$engine-regency.txt" \
            --vault "$(address $engine regency)" account search "$search_text")
        national=$(end_to_end "$engine national" "$cli_runs" "$work/search-$engine-national.txt" \
            --vault "$(address $engine national)" account search "$search_text")
        echo "$regency, $(wc -l <"$work/search-$engine-regency.txt") accounts found"
        echo "$national, $(wc -l <"$work/search-$engine-national.txt") accounts found"
        awk -v e="$engine" -v r="$(median_of "$regency")" -v n="$(median_of "$national")" \
            -v rc="$(cpu_of "$regency")" -v nc="$(cpu_of "$national")" \
            'BEGIN { printf "%s: national - one regency: %+.1f ms wall, %+.1f ms CPU (target < 50 ms)\n", e, n - r, nc - rc }'
    done

    section "brankas-cli log verify of the national vault, end to end, 3 runs each (load $(load))"
    for engine in sqlite postgresql; do
        end_to_end "$engine national" 3 "$work/verify-$engine.txt" --vault "$(address $engine national)" log verify
        tail -1 "$work/verify-$engine.txt"
    done
    # In process: open, unlock, sign-in, the query of `account search` alone, the health check,
    # ArchiveLog::verify alone, and appends (1,000 one per transaction, 10,000 in one).
    for engine in sqlite postgresql; do
        for vault in regency national; do
            section "brankas-bench: $engine, $vault (load $(load))"
            "$bench" --vault "$(address $engine $vault)" --runs 5 --verify-runs 3 --scrypt-runs 1 <"$work/passphrases"
        done
    done

fi

# Writers: each PC has its own keychain (tests/with-keyring.sh with BRANKAS_KEYRING_DIR) and enrols
# with the recovery passphrase, as a new PC does. The writers of one round start at the same moment.
pc_run() { # PC COMMAND...
    local pc=$1
    shift
    env -u BRANKAS_IN_KEYRING_SESSION -u DBUS_SESSION_BUS_ADDRESS -u GNOME_KEYRING_CONTROL -u GNOME_KEYRING_PID \
        -u XDG_DATA_HOME -u XDG_CONFIG_HOME -u XDG_RUNTIME_DIR \
        BRANKAS_KEYRING_DIR="$work/pc$pc" HOME="$work/pc$pc/home" "$root/tests/with-keyring.sh" "$@" 2> >(
        grep -v '^dbus-daemon\[' >&2)
}
# One officer at a brankas-cli: `account add` again and again until END (ms since the epoch), each
# a new process that signs in (scrypt) and records one account with its password. A file vault held
# by another process refuses; the officer tries again 0.1 s later.
cat >"$work/cli-writer.sh" <<'EOF'
#!/usr/bin/env bash
set -u
cli=$1 vault=$2 prefix=$3 start=$4 end=$5 input=$6 out=$7
while [ "$(date +%s%3N)" -lt "$start" ]; do sleep 0.01; done
added=0 refused=0 n=0
while [ "$(date +%s%3N)" -lt "$end" ]; do
    n=$((n + 1))
    if "$cli" --lang en --vault "$vault" --officer Admin account add --kecamatan 72.05.01 --platform instagram \
        --handle "$prefix.$n" --permanent <"$input" >/dev/null 2>"$out.err"; then
        added=$((added + 1))
    else
        refused=$((refused + 1))
        cp "$out.err" "$out.refusal"
        sleep 0.1
    fi
done
echo "$added $refused $(date +%s%3N)" >"$out"
EOF
chmod +x "$work/cli-writer.sh"

for pc in 1 2 3 4; do
    for engine in sqlite postgresql; do
        pc_run "$pc" "$cli" --lang en --vault "$(address $engine national)" --officer Admin recover \
            <"$work/passphrases" >/dev/null
    done
done

round=0
cli_round() { # ENGINE WRITERS
    local engine=$1 writers=$2 vault
    vault=$(address "$1" national)
    round=$((round + 1))
    local start=$(($(now_ms) + 3000))
    local end=$((start + write_seconds * 1000))
    local pids=()
    for pc in $(seq 1 "$writers"); do
        pc_run "$pc" "$work/cli-writer.sh" "$cli" "$vault" "cli${round}_$pc" "$start" "$end" "$work/add-input" \
            "$work/cli$round-$pc.txt" &
        pids+=($!)
    done
    wait "${pids[@]}"
    cat "$work"/cli"$round"-*.txt | awk -v e="$engine" -v w="$writers" -v s="$start" -v l="$(load)" '
        { added += $1; refused += $2; if ($3 > last) last = $3 }
        END { t = (last - s) / 1000; printf "%s, %d brankas-cli writer(s): %d accounts in %.1f s = %.2f accounts/s (%d refused), load %s\n", e, w, added, t, added / t, refused, l }'
    if compgen -G "$work/cli$round-*.txt.refusal" >/dev/null; then
        echo "  a refusal: $(cat "$(compgen -G "$work/cli$round-*.txt.refusal" | head -1)")"
    fi
}
# Where the CPU goes while writers add: the machine's busy cores (from /proc/stat) and the server's
# CPU (its postmaster and every process it started, those that ended meanwhile included: the
# postmaster collects their time), in clock ticks. One writer and its server process take turns
# (on one machine a round trip is CPU, not a wire), so one writer keeps about one core busy, and
# N cores then allow at most N / (its busy cores) times its rate, however many writers there are.
cpu_sample() { # prints: busy-ticks total-ticks server-ticks
    local postmaster
    postmaster=$(head -1 "$BRANKAS_TEST_PG_DATA/postmaster.pid")
    awk '/^cpu / { print $2 + $3 + $4 + $7 + $8, $2 + $3 + $4 + $5 + $6 + $7 + $8 }' /proc/stat | tr '\n' ' '
    # After "pid (comm) ": state, ppid, ..., utime (12), stime, cutime, cstime (15).
    cat /proc/[0-9]*/stat 2>/dev/null | awk -v pm="$postmaster" '
        { pid = $1; rest = $0; sub(/^.*\) /, "", rest); split(rest, f, " ")
          if (pid == pm || f[2] == pm) ticks += f[12] + f[13] + f[14] + f[15] }
        END { print ticks + 0 }'
}
sample_at() { # MS FILE: a cpu_sample at MS since the epoch
    local wait=$(($1 - $(now_ms)))
    if [ "$wait" -gt 0 ]; then sleep "$(awk -v w="$wait" 'BEGIN { print w / 1000 }')"; fi
    cpu_sample >"$2"
}
single_busy=""
bench_round() { # ENGINE WRITERS
    local engine=$1 writers=$2 vault
    vault=$(address "$1" national)
    round=$((round + 1))
    local start=$(($(now_ms) + 5000))
    local pids=()
    for pc in $(seq 1 "$writers"); do
        pc_run "$pc" "$writer" --vault "$vault" --prefix "w${round}_$pc" --seconds "$write_seconds" --start-at "$start" \
            <"$work/passphrases" >"$work/w$round-$pc.txt" &
        pids+=($!)
    done
    # The second sample a little before the writers stop, so that their measurements after the
    # round (the checks alone) stay out.
    sample_at "$((start + 200))" "$work/cpu$round-a" &
    sample_at "$((start + write_seconds * 1000 - 200))" "$work/cpu$round-b" &
    for pid in "${pids[@]}"; do wait "$pid" || true; done
    wait
    cat "$work"/w"$round"-*.txt | sed 's/^/  /'
    cat "$work"/w"$round"-*.txt | awk -v e="$engine" -v w="$writers" -v s="$write_seconds" -v l="$(load)" '
        /added/ { added += $4; opened++ } /refused/ { refused++ }
        END { printf "%s, %d writer(s) signed in once: %d accounts in %d s = %.1f accounts/s (%d opened the vault, %d refused), load %s\n", e, w, added, s, added / s, opened, refused, l }'
    local rate busy
    rate=$(cat "$work"/w"$round"-*.txt | awk '/added/ { added += $4 } END { print added / '"$write_seconds"' }')
    read -r b0 t0 s0 <"$work/cpu$round-a"
    read -r b1 t1 s1 <"$work/cpu$round-b"
    busy=$(awk -v b=$((b1 - b0)) -v t=$((t1 - t0)) -v n="$(nproc)" 'BEGIN { printf "%.2f", n * b / t }')
    awk -v busy="$busy" -v n="$(nproc)" -v st=$((s1 - s0)) -v hz="$(getconf CLK_TCK)" -v r="$rate" \
        -v secs="$(awk -v ms=$((write_seconds * 1000 - 400)) 'BEGIN { print ms / 1000 }')" '
        BEGIN { printf "  CPU while writing: %s of the machine'"'"'s %d cores busy; the server %.2f ms per account added\n", busy, n, (r > 0 ? 1000 * st / hz / (r * secs) : 0) }'
    if [ "$engine" = postgresql ] && [ "$writers" = 1 ]; then
        single_busy=$busy
        # The part of an add no other PC's add can overlap is the time its transaction holds the
        # vault's write order (the head's lock to the commit's end, the disk's flush included).
        # Writers with CPUs of their own, as PCs have, could reach at most add / held times one
        # writer's rate, whatever their number: the lock's own ceiling, apart from this machine's.
        grep -h '^writer' "$work"/w"$round"-*.txt | sed -E 's/.*add median ([0-9.]+) ms.*write order held ([0-9.]+) ms.*/\1 \2/' |
            awk '{ printf "  the write order held %.2f ms of an add'"'"'s %.2f ms (medians): writers on CPUs of their own reach at most %.1fx one writer'"'"'s rate\n", $2, $1, ($2 > 0 ? $1 / $2 : 0) }'
    elif [ "$engine" = postgresql ] && [ -n "$single_busy" ]; then
        awk -v b="$single_busy" -v n="$(nproc)" 'BEGIN { printf "  one writer kept %s cores busy: on %d cores any number of writers reach at most %.1fx its rate here\n", b, n, n / b }'
    fi
}

section "Writers signed in once (brankas-bench-writer, an officer's window), ${write_seconds} s per round"
for engine in sqlite postgresql; do
    bench_round "$engine" 1
    bench_round "$engine" 4
done

section "Writers at brankas-cli (each add a new process with its sign-in), ${write_seconds} s per round"
for engine in sqlite postgresql; do
    cli_round "$engine" 1
    cli_round "$engine" 4
done

section "log verify after the writers (every add and its entries in one chain)"
for engine in sqlite postgresql; do
    printf '%s: ' "$engine"
    "$cli" --lang en --vault "$(address $engine national)" --officer Admin log verify <"$work/passphrases" | tail -1
done

section "Done"
echo "Load:       $(load) (1, 5, 15 min) at end"
if [ -n "${BRANKAS_BENCH_KEEP:-}" ]; then
    echo "Vaults kept in $work (the server's databases go with the cluster)"
fi
