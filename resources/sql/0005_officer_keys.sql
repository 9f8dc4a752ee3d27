-- SPDX-License-Identifier: GPL-3.0-or-later
-- Brankas vault schema, version 5: officers sign what they write, and secrets need an officer.
--
-- Each officer gets an Ed25519 key pair (signs their log entries) and an X25519 key pair (receives
-- the secrets key), both private halves wrapped under a key derived from the officer's passphrase.
-- Officers made before this version get theirs at their next sign-in.
ALTER TABLE officer ADD COLUMN sign_public BLOB;
ALTER TABLE officer ADD COLUMN box_public BLOB;
ALTER TABLE officer ADD COLUMN keys_wrapped BLOB;

-- The secrets key, sealed to each holder's X25519 public key: 'officer:<id>' for operators and
-- administrators, 'recovery' for the recovery passphrase. A viewer never has a row here.
CREATE TABLE secrets_wrap (
    holder     TEXT PRIMARY KEY NOT NULL,
    box        BLOB NOT NULL,
    created_at TEXT NOT NULL
) WITHOUT ROWID;

-- Officer signatures: each over the chain's MAC at last_seq, for the entries first_seq..last_seq,
-- which that officer appended. signer is the officer's Ed25519 public key. When the same officer
-- appends right after their own newest signed entry, their newest signature is replaced by one over
-- the longer run (the chain's MAC covers every entry before it), so there are far fewer signatures
-- than entries.
CREATE TABLE log_signature (
    last_seq  INTEGER PRIMARY KEY,
    first_seq INTEGER NOT NULL,
    signer    BLOB NOT NULL,
    signature BLOB NOT NULL
);

CREATE TRIGGER log_signature_no_update BEFORE UPDATE ON log_signature
WHEN NOT (NEW.first_seq = OLD.first_seq AND NEW.signer = OLD.signer AND NEW.last_seq > OLD.last_seq)
BEGIN
    SELECT RAISE(ABORT, 'the archive log is append-only');
END;

CREATE TRIGGER log_signature_no_delete BEFORE DELETE ON log_signature
BEGIN
    SELECT RAISE(ABORT, 'the archive log is append-only');
END;

-- Verification looks for the newest checkpoint without reading a million rows.
CREATE INDEX archive_log_action ON archive_log (action, seq);

-- Entries before this one were written before officers signed: they keep verifying by the chain
-- alone. A new vault signs from its first entry.
INSERT INTO vault_meta (key, value)
    SELECT 'log_signed_from', CAST(coalesce(max(seq), 0) + 1 AS TEXT) FROM archive_log;
