-- SPDX-License-Identifier: GPL-3.0-or-later
-- Brankas vault schema, version 3: handovers (berita acara serah terima) of accounts between the
-- office and its committees, and the office settings their printed records need.

-- Where the office signs its records ("bertempat di ...", "Buol, 30 Desember 2023") and how it
-- numbers them. {seq} is the handover's number within its year.
ALTER TABLE office ADD COLUMN city TEXT NOT NULL DEFAULT '';
ALTER TABLE office ADD COLUMN handover_number_template TEXT NOT NULL DEFAULT '{seq}/BA/HM.02/{regency}/{month-roman}/{year}';

-- A handover is a draft until it is finalised; finalising gives it its number, applies the status
-- changes to its accounts and freezes it. A finalised handover can only be followed by another.
CREATE TABLE handover (
    id               INTEGER PRIMARY KEY,
    kind             TEXT NOT NULL CHECK (kind IN ('activation', 'return', 'transfer')),
    kecamatan_id     INTEGER NOT NULL REFERENCES kecamatan (id),
    term_id          INTEGER REFERENCES term (id),
    committee_id     INTEGER REFERENCES committee (id),
    held_on          TEXT NOT NULL,
    place            TEXT NOT NULL DEFAULT '',
    from_name        TEXT NOT NULL,
    from_position    TEXT NOT NULL DEFAULT '',
    from_office      TEXT NOT NULL DEFAULT '',
    to_name          TEXT NOT NULL,
    to_position      TEXT NOT NULL DEFAULT '',
    to_office        TEXT NOT NULL DEFAULT '',
    witness_name     TEXT NOT NULL DEFAULT '',
    witness_position TEXT NOT NULL DEFAULT '',
    notes            TEXT NOT NULL DEFAULT '',
    copies           INTEGER NOT NULL DEFAULT 2 CHECK (copies BETWEEN 1 AND 10),
    number           TEXT,
    sequence         INTEGER,
    created_at       TEXT NOT NULL,
    created_by       TEXT NOT NULL,
    finalized_at     TEXT,
    finalized_by     TEXT,
    CHECK ((finalized_at IS NULL) = (number IS NULL))
);

CREATE INDEX handover_kecamatan ON handover (kecamatan_id);
CREATE UNIQUE INDEX handover_number ON handover (number) WHERE number IS NOT NULL;

-- The accounts of a handover, with what was changed on each during it. The statuses before and
-- after are filled in when the handover is finalised.
CREATE TABLE handover_account (
    handover_id      INTEGER NOT NULL REFERENCES handover (id),
    account_id       INTEGER NOT NULL REFERENCES account (id),
    position         INTEGER NOT NULL,
    password_changed INTEGER NOT NULL DEFAULT 0,
    recovery_changed INTEGER NOT NULL DEFAULT 0,
    status_before    TEXT,
    status_after     TEXT,
    PRIMARY KEY (handover_id, account_id)
) WITHOUT ROWID;

CREATE INDEX handover_account_account ON handover_account (account_id);

-- What was signed stays as it was signed.
CREATE TRIGGER handover_final_no_update BEFORE UPDATE ON handover WHEN OLD.finalized_at IS NOT NULL
BEGIN
    SELECT RAISE(ABORT, 'a finalised handover cannot be changed');
END;

CREATE TRIGGER handover_final_no_delete BEFORE DELETE ON handover WHEN OLD.finalized_at IS NOT NULL
BEGIN
    SELECT RAISE(ABORT, 'a finalised handover cannot be changed');
END;

CREATE TRIGGER handover_account_final_no_insert BEFORE INSERT ON handover_account
WHEN (SELECT finalized_at FROM handover WHERE id = NEW.handover_id) IS NOT NULL
BEGIN
    SELECT RAISE(ABORT, 'a finalised handover cannot be changed');
END;

CREATE TRIGGER handover_account_final_no_update BEFORE UPDATE ON handover_account
WHEN (SELECT finalized_at FROM handover WHERE id = OLD.handover_id) IS NOT NULL
BEGIN
    SELECT RAISE(ABORT, 'a finalised handover cannot be changed');
END;

CREATE TRIGGER handover_account_final_no_delete BEFORE DELETE ON handover_account
WHEN (SELECT finalized_at FROM handover WHERE id = OLD.handover_id) IS NOT NULL
BEGIN
    SELECT RAISE(ABORT, 'a finalised handover cannot be changed');
END;
