-- SPDX-FileCopyrightText: 2026 Telco Atlas authors
-- SPDX-License-Identifier: GPL-3.0-or-later
--
-- Schema 4: team mode. The change log says which records each write changed, so an open window
-- fetches only what changed since the last sequence it saw; every record carries the sequence
-- of the write that last changed it as its version, so an edit based on an older one is refused.
-- One text for SQLite and PostgreSQL: the sequence is not a SERIAL or AUTOINCREMENT but given by
-- the writer (one number per write transaction, the largest plus one) while it holds the write
-- lock (BEGIN IMMEDIATE on SQLite, LOCK TABLE change_log on PostgreSQL), so sequences become
-- visible in the order they were given and a reader never skips a write that committed late.
-- operation: insert, update, delete, upsert (a merge), or replace (record_type dataset: the
-- whole data was replaced). changed_at is UTC ISO 8601 text; client names the program instance.

CREATE TABLE change_log (
    seq BIGINT NOT NULL,
    record_type TEXT NOT NULL,
    record_id TEXT NOT NULL,
    operation TEXT NOT NULL,
    changed_at TEXT NOT NULL,
    client TEXT NOT NULL,
    PRIMARY KEY (seq, record_type, record_id)
);
CREATE INDEX change_log_record_idx ON change_log (record_type, record_id);

ALTER TABLE sources ADD COLUMN version BIGINT NOT NULL DEFAULT 0;
ALTER TABLE entities ADD COLUMN version BIGINT NOT NULL DEFAULT 0;
ALTER TABLE events ADD COLUMN version BIGINT NOT NULL DEFAULT 0;
ALTER TABLE relationships ADD COLUMN version BIGINT NOT NULL DEFAULT 0;
ALTER TABLE financials ADD COLUMN version BIGINT NOT NULL DEFAULT 0;
