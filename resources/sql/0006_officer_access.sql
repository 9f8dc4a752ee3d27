-- SPDX-License-Identifier: GPL-3.0-or-later
-- Brankas vault schema, version 6: an officer's access can be closed, and an administrator can
-- give an officer a temporary passphrase.
--
-- disabled_at (from version 1) says since when an officer's access is closed; these say by whom
-- and why, so `officer list` and the Petugas page can answer without reading the whole log.
ALTER TABLE officer ADD COLUMN disabled_by TEXT;
ALTER TABLE officer ADD COLUMN disabled_reason TEXT;
-- Set by a reset: the officer signs in once with the temporary passphrase, choosing a new one.
ALTER TABLE officer ADD COLUMN must_change_passphrase INTEGER NOT NULL DEFAULT 0;
