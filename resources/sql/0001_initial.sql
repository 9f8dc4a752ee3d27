-- SPDX-License-Identifier: GPL-3.0-or-later
-- Brankas vault schema, version 1: the vault itself, its officers and the archive log.
-- Statements end with ";" at the end of a line; a trigger body runs from BEGIN to "END;".

CREATE TABLE vault_meta (
    key   TEXT PRIMARY KEY NOT NULL,
    value TEXT NOT NULL
) WITHOUT ROWID;

-- The vault key wrapped under keys derived from passphrases (the recovery passphrase for now).
-- The KDF parameters live with what they protect so they can be raised later.
CREATE TABLE key_wrap (
    name       TEXT PRIMARY KEY NOT NULL,
    kdf        TEXT NOT NULL CHECK (kdf = 'scrypt'),
    salt       BLOB NOT NULL,
    kdf_n      INTEGER NOT NULL,
    kdf_r      INTEGER NOT NULL,
    kdf_p      INTEGER NOT NULL,
    wrapped    BLOB NOT NULL,
    created_at TEXT NOT NULL
) WITHOUT ROWID;

CREATE TABLE officer (
    id          INTEGER PRIMARY KEY,
    name        TEXT NOT NULL UNIQUE COLLATE NOCASE,
    role        TEXT NOT NULL CHECK (role IN ('administrator', 'operator', 'viewer')),
    kdf         TEXT NOT NULL CHECK (kdf = 'scrypt'),
    salt        BLOB NOT NULL,
    kdf_n       INTEGER NOT NULL,
    kdf_r       INTEGER NOT NULL,
    kdf_p       INTEGER NOT NULL,
    verifier    BLOB NOT NULL,
    created_at  TEXT NOT NULL,
    disabled_at TEXT
);

-- Append-only and hash-chained: mac = HMAC(log key, previous mac || this entry's fields).
CREATE TABLE archive_log (
    seq     INTEGER PRIMARY KEY,
    at      TEXT NOT NULL,
    officer TEXT NOT NULL,
    action  TEXT NOT NULL,
    target  TEXT NOT NULL,
    details TEXT NOT NULL,
    mac     BLOB NOT NULL
);

CREATE INDEX archive_log_at ON archive_log (at);

CREATE TRIGGER archive_log_no_update BEFORE UPDATE ON archive_log
BEGIN
    SELECT RAISE(ABORT, 'the archive log is append-only');
END;

CREATE TRIGGER archive_log_no_delete BEFORE DELETE ON archive_log
BEGIN
    SELECT RAISE(ABORT, 'the archive log is append-only');
END;

-- Events that happen while the vault key is not available (a failed sign-in when the keychain
-- cannot give the key): kept here and moved into the chain, with their own times, at the next unlock.
CREATE TABLE pending_event (
    id      INTEGER PRIMARY KEY,
    at      TEXT NOT NULL,
    officer TEXT NOT NULL,
    action  TEXT NOT NULL,
    target  TEXT NOT NULL,
    details TEXT NOT NULL
);
