-- SPDX-License-Identifier: GPL-3.0-or-later
-- Brankas vault schema, version 4: an index on the archive log's target, so one account's or one
-- kecamatan's entries are found without reading the whole log (a million entries in a national
-- vault). The log's rows are not touched: an index is not part of what the chain's MACs cover.

CREATE INDEX archive_log_target ON archive_log (target, seq);
