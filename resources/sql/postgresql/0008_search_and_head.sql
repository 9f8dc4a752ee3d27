-- SPDX-License-Identifier: GPL-3.0-or-later
-- Brankas vault schema on PostgreSQL, version 8: the text `account search` reads, kept ready;
-- the log's head read under its lock, and announced when it moves, without round trips of their own.
--
-- A search looks for each word in seven fields of an account and its kecamatan. ILIKE lowered
-- every field anew for every search (a UTF-8 lower() per character): 52 ms on the national
-- register, where one regency takes 1 ms. Each row now keeps its searched fields in one column,
-- joined by chr(1) (a search word never holds a control character, so no word spans two fields)
-- and with the ASCII letters lowered: lower() in the "C" collation turns A-Z into a-z and leaves
-- every other character as it is, which is what AccountSearch::fold does to the ASCII letters of
-- a field. An ASCII search word (already folded) is then part of the column exactly where it is
-- part of a folded field, and strpos() finds it comparing bytes, whatever collation the database
-- was created with. The server writes the column on every INSERT and UPDATE of the row (STORED),
-- so an edited account is found by its new text at once. Only immutable functions may compute a
-- generated column (concat_ws is not one); every field joined here is NOT NULL.
ALTER TABLE account ADD COLUMN search_text text NOT NULL GENERATED ALWAYS AS (
    lower((handle || chr(1) || display_name || chr(1) || email || chr(1) || phone || chr(1) || holder) COLLATE "C")
) STORED;

ALTER TABLE kecamatan ADD COLUMN search_text text NOT NULL GENERATED ALWAYS AS (
    lower((code || chr(1) || name) COLLATE "C")
) STORED;

-- Every change appends to the archive log holding the head's transaction lock, and every other
-- writer of the vault waits meanwhile: each round trip to the server made under it is a round trip
-- all the office's PCs wait for. This function takes the lock and reads the head and the newest
-- signature in one. A VOLATILE PL/pgSQL function gives each statement a snapshot of its own, so
-- the read after the lock sees every change committed before the lock was granted (in READ
-- COMMITTED, a single statement that took the lock would read with the snapshot it began with).
CREATE FUNCTION brankas_lock_head(lock_key bigint)
RETURNS TABLE (head_seq bigint, head_mac bytea, signed_first bigint, signed_last bigint, signer bytea)
LANGUAGE plpgsql VOLATILE AS $$
BEGIN
    PERFORM pg_advisory_xact_lock(lock_key);
    RETURN QUERY
        SELECT h.seq, h.mac, s.first_seq, s.last_seq, s.signer
        FROM (SELECT 1 AS one) AS o
        LEFT JOIN (SELECT l.seq, l.mac FROM archive_log AS l ORDER BY l.seq DESC LIMIT 1) AS h ON true
        LEFT JOIN (SELECT g.first_seq, g.last_seq, g.signer FROM log_signature AS g
                   ORDER BY g.last_seq DESC LIMIT 1) AS s ON true;
END;
$$;

-- The other PCs' windows reload when the head moves (LISTEN brankas_vault_changed, the new head's
-- sequence number as payload). Announced by the write of the sealed head, which every append makes,
-- instead of by a statement of its own under the lock; the notification leaves with the commit.
CREATE FUNCTION brankas_announce_head() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    PERFORM pg_notify('brankas_vault_changed', split_part(NEW.value, ' ', 1));
    RETURN NULL;
END;
$$;

CREATE TRIGGER vault_meta_announce_head AFTER INSERT OR UPDATE ON vault_meta
    FOR EACH ROW WHEN (NEW.key = 'log_head') EXECUTE FUNCTION brankas_announce_head();
