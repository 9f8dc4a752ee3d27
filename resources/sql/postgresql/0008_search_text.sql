-- SPDX-License-Identifier: GPL-3.0-or-later
-- Brankas vault schema on PostgreSQL, version 8: the text `account search` reads, kept ready.
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
