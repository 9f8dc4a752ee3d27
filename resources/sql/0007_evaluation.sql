-- SPDX-License-Identifier: GPL-3.0-or-later
-- Brankas vault schema, version 7: what the accounts did, for the yearly evaluation meeting.
--
-- One row per account and month (month = 'YYYY-MM'). Every figure may be NULL: a month nobody
-- counted is unknown, and the report draws it as a gap; a 0 would claim the account lost all its
-- followers. A row with every figure NULL is deleted instead of kept.
CREATE TABLE account_metric (
    account_id INTEGER NOT NULL REFERENCES account (id),
    month      TEXT NOT NULL CHECK (month GLOB '[12][0-9][0-9][0-9]-[01][0-9]'),
    followers  INTEGER CHECK (followers IS NULL OR followers >= 0),
    posts      INTEGER CHECK (posts IS NULL OR posts >= 0),
    reach      INTEGER CHECK (reach IS NULL OR reach >= 0),
    engagement INTEGER CHECK (engagement IS NULL OR engagement >= 0),
    updated_at TEXT NOT NULL,
    PRIMARY KEY (account_id, month)
) WITHOUT ROWID;

-- The report of one year reads every account's months of that year.
CREATE INDEX account_metric_month ON account_metric (month, account_id);

-- Achievements and obstacles (kendala) of one kecamatan's accounts in one year, as short texts.
CREATE TABLE evaluation_note (
    id           INTEGER PRIMARY KEY,
    kecamatan_id INTEGER NOT NULL REFERENCES kecamatan (id),
    year         INTEGER NOT NULL CHECK (year BETWEEN 2000 AND 2999),
    kind         TEXT NOT NULL CHECK (kind IN ('achievement', 'obstacle')),
    category     TEXT CHECK ((kind = 'obstacle') = (category IS NOT NULL)),
    text         TEXT NOT NULL,
    created_at   TEXT NOT NULL,
    officer      TEXT NOT NULL
);

CREATE INDEX evaluation_note_year ON evaluation_note (year, kecamatan_id);
