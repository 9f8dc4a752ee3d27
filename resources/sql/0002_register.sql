-- SPDX-License-Identifier: GPL-3.0-or-later
-- Brankas vault schema, version 2: the register of kecamatan, terms, committees and accounts,
-- with each account's status history and its encrypted secrets with their history.

-- The office that keeps the vault, for letterheads and for the health check's "recovery contact
-- is the office's" rule (comma-separated e-mail domains and phone numbers).
CREATE TABLE office (
    id             INTEGER PRIMARY KEY CHECK (id = 1),
    name           TEXT NOT NULL,
    address        TEXT NOT NULL DEFAULT '',
    phone          TEXT NOT NULL DEFAULT '',
    email          TEXT NOT NULL DEFAULT '',
    website        TEXT NOT NULL DEFAULT '',
    head_name      TEXT NOT NULL DEFAULT '',
    head_title     TEXT NOT NULL DEFAULT '',
    officer_title  TEXT NOT NULL DEFAULT '',
    email_domains  TEXT NOT NULL DEFAULT '',
    phone_numbers  TEXT NOT NULL DEFAULT ''
);

CREATE TABLE kecamatan (
    id         INTEGER PRIMARY KEY,
    code       TEXT NOT NULL UNIQUE,
    name       TEXT NOT NULL,
    address    TEXT NOT NULL DEFAULT '',
    phone      TEXT NOT NULL DEFAULT '',
    email      TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL,
    retired_at TEXT
);

CREATE TABLE term (
    id         INTEGER PRIMARY KEY,
    name       TEXT NOT NULL,
    formed_on  TEXT NOT NULL,
    ends_on    TEXT NOT NULL,
    created_at TEXT NOT NULL,
    CHECK (ends_on >= formed_on)
);

CREATE TABLE term_extension (
    id         INTEGER PRIMARY KEY,
    term_id    INTEGER NOT NULL REFERENCES term (id),
    until      TEXT NOT NULL,
    basis      TEXT NOT NULL,
    created_at TEXT NOT NULL,
    officer    TEXT NOT NULL
);

CREATE INDEX term_extension_term ON term_extension (term_id);

-- One kecamatan's Panwaslu for one term, and its members.
CREATE TABLE committee (
    id           INTEGER PRIMARY KEY,
    kecamatan_id INTEGER NOT NULL REFERENCES kecamatan (id),
    term_id      INTEGER NOT NULL REFERENCES term (id),
    UNIQUE (kecamatan_id, term_id)
);

CREATE TABLE committee_member (
    id                  INTEGER PRIMARY KEY,
    committee_id        INTEGER NOT NULL REFERENCES committee (id),
    name                TEXT NOT NULL,
    position            TEXT NOT NULL DEFAULT '',
    phone               TEXT NOT NULL DEFAULT '',
    handles_social_media INTEGER NOT NULL DEFAULT 0
);

CREATE INDEX committee_member_committee ON committee_member (committee_id);

CREATE TABLE account (
    id               INTEGER PRIMARY KEY,
    kecamatan_id     INTEGER NOT NULL REFERENCES kecamatan (id),
    platform         TEXT NOT NULL,
    platform_name    TEXT NOT NULL DEFAULT '',
    handle           TEXT NOT NULL,
    display_name     TEXT NOT NULL DEFAULT '',
    email            TEXT NOT NULL DEFAULT '',
    phone            TEXT NOT NULL DEFAULT '',
    two_factor       TEXT NOT NULL DEFAULT 'none',
    nature           TEXT NOT NULL CHECK (nature IN ('term', 'permanent')),
    term_id          INTEGER REFERENCES term (id),
    status           TEXT NOT NULL,
    active_from      TEXT,
    active_until     TEXT,
    holder           TEXT NOT NULL DEFAULT '',
    notes            TEXT NOT NULL DEFAULT '',
    last_reviewed_on TEXT,
    created_at       TEXT NOT NULL,
    updated_at       TEXT NOT NULL,
    UNIQUE (platform, platform_name COLLATE NOCASE, handle COLLATE NOCASE)
);

CREATE INDEX account_kecamatan ON account (kecamatan_id);
CREATE INDEX account_term ON account (term_id);
CREATE INDEX account_status ON account (status);

CREATE TABLE account_status_change (
    id          INTEGER PRIMARY KEY,
    account_id  INTEGER NOT NULL REFERENCES account (id),
    from_status TEXT,
    to_status   TEXT NOT NULL,
    reason      TEXT NOT NULL,
    officer     TEXT NOT NULL,
    at          TEXT NOT NULL
);

CREATE INDEX account_status_change_account ON account_status_change (account_id);

-- Every value a secret ever had, encrypted and bound to its row; the newest per kind is current.
-- reuse_tag is a keyed hash of a password, so reuse across accounts shows without decrypting.
CREATE TABLE account_secret (
    id         INTEGER PRIMARY KEY,
    account_id INTEGER NOT NULL REFERENCES account (id),
    kind       TEXT NOT NULL,
    sealed     BLOB NOT NULL,
    reuse_tag  BLOB,
    set_at     TEXT NOT NULL,
    officer    TEXT NOT NULL,
    reason     TEXT NOT NULL
);

CREATE INDEX account_secret_account ON account_secret (account_id, kind, id);
CREATE INDEX account_secret_reuse ON account_secret (reuse_tag);
