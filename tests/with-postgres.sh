#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Runs a command beside a private PostgreSQL 15 cluster made for it, and removes the cluster after.
# Usage: tests/with-postgres.sh COMMAND [ARGS...]
#
# The cluster lives in a temporary folder, belongs to an unprivileged user (initdb refuses root:
# when run as root it runs as "postgres", the user Debian's package creates), listens only on
# 127.0.0.1 at a free port and on a socket in that folder, and trusts its one role "brankas",
# which may create databases. Nothing of the machine's own PostgreSQL service is used or touched.
#
# The command sees BRANKAS_TEST_PG_URL (postgresql://brankas@127.0.0.1:PORT/postgres); suites that
# need a server read it and say they skip, and why, when it is missing. A cluster that was started
# before (BRANKAS_TEST_PG_URL already set) is reused.
set -euo pipefail

if [ -n "${BRANKAS_TEST_PG_URL:-}" ]; then
    exec "$@"
fi

bin=""
for candidate in /usr/lib/postgresql/*/bin; do
    if [ -x "$candidate/initdb" ] && [ -x "$candidate/pg_ctl" ]; then
        bin=$candidate
    fi
done
if [ -z "$bin" ]; then
    echo "with-postgres: no PostgreSQL server here (install postgresql-15); the suites that need one will skip" >&2
    exec "$@"
fi

owner=$(id -un)
as_owner=()
if [ "$(id -u)" -eq 0 ]; then
    owner=postgres
    if ! id "$owner" >/dev/null 2>&1; then
        echo "with-postgres: running as root, and there is no unprivileged user \"postgres\" to run the cluster" >&2
        exit 1
    fi
    as_owner=(/usr/sbin/runuser -u "$owner" --)
fi

scratch=$(mktemp -d -t brankas-pg.XXXXXX)
chmod 755 "$scratch"
data="$scratch/data"
mkdir "$data"
chown "$owner" "$scratch" "$data"

stop_cluster() {
    "${as_owner[@]}" "$bin/pg_ctl" -D "$data" -m immediate -w stop >/dev/null 2>&1 || true
    rm -rf "$scratch"
}
trap stop_cluster EXIT
trap 'exit 1' INT TERM

# A free loopback port: ask the kernel for one, then hand it to the server (the window in between
# is small, and a clash only makes the start fail loudly below).
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')

"${as_owner[@]}" "$bin/initdb" -D "$data" -U brankas -A trust -E UTF8 --locale=C.UTF-8 >"$scratch/initdb.log" 2>&1 ||
    { cat "$scratch/initdb.log" >&2; exit 1; }
# fsync off: the cluster is thrown away after the run, and the tests that stop a server mid-write
# stop it with "immediate", which does not depend on fsync. The benchmarks set
# BRANKAS_TEST_PG_DURABLE=1: a commit then waits for the disk, as a real server's does.
fsync=off
if [ -n "${BRANKAS_TEST_PG_DURABLE:-}" ]; then
    fsync=on
fi
"${as_owner[@]}" "$bin/pg_ctl" -D "$data" -l "$scratch/server.log" -w -t 60 \
    -o "-c listen_addresses=127.0.0.1 -p $port -k $scratch -c fsync=$fsync -c max_connections=60" start >/dev/null ||
    { cat "$scratch/server.log" >&2; exit 1; }

export BRANKAS_TEST_PG_URL="postgresql://brankas@127.0.0.1:$port/postgres"
# The suites that stop and restart the server mid-write run pg_ctl as its owner.
export BRANKAS_TEST_PG_BIN="$bin" BRANKAS_TEST_PG_DATA="$data" BRANKAS_TEST_PG_OWNER="$owner"
echo "with-postgres: private PostgreSQL $("$bin/postgres" --version | awk '{print $3}') on 127.0.0.1:$port" >&2
status=0
"$@" || status=$?
exit $status
