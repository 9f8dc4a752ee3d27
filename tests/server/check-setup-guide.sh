#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Follows docs/server-setup.md on the private cluster of tests/with-postgres.sh, so that the guide an
# office's server is set up by cannot drift from what Brankas needs: its SQL (a role that owns its
# database, nothing more), its pg_hba.conf line (as "host" from 127.0.0.1: the test cluster has no
# TLS), init --server with the role's password, an officer's command, and its backup and restore
# (pg_dump, createdb, pg_restore) opened and verified by brankas-cli with the password in a .pgpass.
#
# Usage: tests/server/check-setup-guide.sh GUIDE BRANKAS_CLI
# Exits 77 (ctest: skipped) without a server. Runs alone (ctest RUN_SERIAL): it edits pg_hba.conf.
set -euo pipefail

guide=$1
cli=$2
fail() {
    echo "FAIL: $*"
    exit 1
}
if [ -z "${BRANKAS_TEST_PG_URL:-}" ] || [ -z "${BRANKAS_TEST_PG_BIN:-}" ]; then
    echo "SKIPPED: no PostgreSQL server for this run: run the tests through tests/with-postgres.sh"
    exit 77
fi

# The fenced block after the comment <!-- MARK: ... -->.
block() {
    awk -v mark="<!-- $1:" 'index($0, mark) == 1 { found = 1; next }
        found && /^```/ { if (inside) exit; inside = 1; next }
        found && inside { print }' "$guide"
}
setup_sql=$(block setup-sql)
hba_line=$(block setup-hba)
backup=$(block setup-backup)
restore=$(block setup-restore)
for part in setup_sql hba_line backup restore; do
    [ -n "${!part}" ] || fail "$guide has no block for $part (its <!-- marker --> moved or went)"
done

work=$(mktemp -d)
suffix="$$_$RANDOM"
role="guide_role_$suffix"
db="guide_db_$suffix"
restored="guide_restored_$suffix"
password="guide-password-$RANDOM-$RANDOM"
superuser=${BRANKAS_TEST_PG_URL#postgresql://}
superuser=${superuser%%@*}
hostport=${BRANKAS_TEST_PG_URL#postgresql://*@}
hostport=${hostport%%/*}
host=${hostport%:*}
port=${hostport##*:}
hba="$BRANKAS_TEST_PG_DATA/pg_hba.conf"
cp "$hba" "$work/pg_hba.conf.orig"

as_owner() {
    if [ "$(id -u)" -eq 0 ] && [ -n "${BRANKAS_TEST_PG_OWNER:-}" ] && [ "$BRANKAS_TEST_PG_OWNER" != root ]; then
        /usr/sbin/runuser -u "$BRANKAS_TEST_PG_OWNER" -- "$@"
    else
        "$@"
    fi
}
reload() { as_owner "$BRANKAS_TEST_PG_BIN/pg_ctl" -D "$BRANKAS_TEST_PG_DATA" reload >/dev/null; }
superuser_sql() { "$BRANKAS_TEST_PG_BIN/psql" -X -q -v ON_ERROR_STOP=1 -d "$BRANKAS_TEST_PG_URL" "$@"; }
cleanup() {
    cat "$work/pg_hba.conf.orig" >"$hba" && reload || true
    superuser_sql -c "DROP DATABASE IF EXISTS $restored" -c "DROP DATABASE IF EXISTS $db" \
        -c "DROP ROLE IF EXISTS $role" >/dev/null 2>&1 || true
    rm -rf "$work"
}
trap cleanup EXIT

# The guide's names become this run's, whole words only: brankas_kantor, brankas_restored, brankas.
rename() {
    sed -E -e "s/PASSWORD '[^']*'/PASSWORD '$password'/" \
        -e "s#/var/backups/brankas/brankas-\\\$\\(date \\+%F\\)\\.dump#$work/vault.dump#g" \
        -e "s#/var/backups/brankas/brankas-[0-9-]+\\.dump#$work/vault.dump#g" \
        -e "s/\\bbrankas_kantor\\b/$role/g" -e "s/\\bbrankas_restored\\b/$restored/g" -e "s/\\bbrankas\\b/$db/g"
}

echo "== the guide's SQL, as the server's superuser"
rename <<<"$setup_sql" | tee "$work/setup.sql"
superuser_sql -f "$work/setup.sql"

echo "== the guide's pg_hba.conf line, from this machine"
line=$(rename <<<"$hba_line" | sed -E -e 's/^hostssl /host    /' -e 's#[0-9.]+/[0-9]+#127.0.0.1/32#')
echo "$line"
{ echo "$line"; cat "$work/pg_hba.conf.orig"; } >"$hba"
reload

export QT_QPA_PLATFORM=offscreen LC_ALL=C.UTF-8
export XDG_CONFIG_HOME="$work/config" XDG_DATA_HOME="$work/data"
vault="postgresql://$role@$host:$port/$db"
admin="admin passphrase of the guide's office"
recovery="recovery passphrase of the guide's office"

echo "== init --server with the role's password, then an officer's command"
printf '%s\n%s\n%s\n' "$password" "$admin" "$recovery" |
    "$cli" --lang en init --server "$vault" --regency 72.05 --admin "Siti Rahma" ||
    fail "init --server on the database the guide makes"
printf '%s\n' "$admin" | "$cli" --lang en --vault "$vault" --officer "Siti Rahma" officer list ||
    fail "an officer's command with the password from the keychain"
before=$(printf '%s\n' "$admin" | "$cli" --lang en --vault "$vault" --officer "Siti Rahma" log verify) ||
    fail "log verify before the backup: $before"
echo "$before"

echo "== the guide's backup and restore, as the server's superuser"
export PATH="$BRANKAS_TEST_PG_BIN:$PATH" PGHOST="$host" PGPORT="$port" PGUSER="$superuser"
rename <<<"$backup" | tee "$work/backup.sh"
bash -e "$work/backup.sh" || fail "the guide's pg_dump"
rename <<<"$restore" | tee "$work/restore.sh"
bash -e "$work/restore.sh" || fail "the guide's createdb and pg_restore"

echo "== the restored vault, the password from a .pgpass file (libpq's own way)"
printf '%s:%s:%s:%s:%s\n' "$host" "$port" "$restored" "$role" "$password" >"$work/pgpass"
chmod 600 "$work/pgpass"
after=$(printf '%s\n' "$admin" |
    PGPASSFILE="$work/pgpass" "$cli" --lang en --vault "postgresql://$role@$host:$port/$restored" \
        --officer "Siti Rahma" log verify) || fail "log verify of the restored vault: $after"
echo "$after"
# The backed-up log whole (and any sign-in the verification of the copy added).
grep -q "intact" <<<"$after" || fail "the restored log is not intact"
entries() { sed -nE 's/.*intact: ([0-9]+) entries.*/\1/p' <<<"$1"; }
[ -n "$(entries "$before")" ] && [ "$(entries "$after")" -ge "$(entries "$before")" ] ||
    fail "the restored log does not hold the entries of the backed-up one"
echo "== passed"
