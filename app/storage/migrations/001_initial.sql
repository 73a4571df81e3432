-- SPDX-FileCopyrightText: 2026 Telco Atlas authors
-- SPDX-License-Identifier: GPL-3.0-or-later
--
-- Schema 1: the whole dataset. One text runs unchanged on SQLite and PostgreSQL, so it keeps to
-- TEXT, INTEGER and DOUBLE PRECISION. The migrator splits statements at a ';' that ends a line
-- and skips whole-line comments; values never appear here, the migrator binds schema_version.
--
-- Every list of the dataset keeps its order through a position (top-level records) or ordinal
-- (lists inside a record) column. Dates keep their precision as PartialDate text ("2024-06") and
-- carry their span as ISO days in date_start / date_end for range queries.

CREATE TABLE meta (
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL
);

CREATE TABLE sources (
    id TEXT PRIMARY KEY,
    position INTEGER NOT NULL,
    publisher TEXT NOT NULL,
    title TEXT NOT NULL,
    url TEXT NOT NULL,
    date TEXT,
    date_start TEXT,
    date_end TEXT,
    language TEXT NOT NULL
);

CREATE TABLE entities (
    id TEXT PRIMARY KEY,
    position INTEGER NOT NULL,
    kind TEXT NOT NULL,
    name_en TEXT NOT NULL,
    name_ko TEXT NOT NULL,
    ticker TEXT NOT NULL,
    description_en TEXT NOT NULL,
    description_ko TEXT NOT NULL
);

CREATE TABLE events (
    id TEXT PRIMARY KEY,
    position INTEGER NOT NULL,
    kind TEXT NOT NULL,
    date TEXT,
    date_start TEXT,
    date_end TEXT,
    title_en TEXT NOT NULL,
    title_ko TEXT NOT NULL,
    summary_en TEXT NOT NULL,
    summary_ko TEXT NOT NULL
);
CREATE INDEX events_span_idx ON events (date_start, date_end);

CREATE TABLE event_participants (
    event_id TEXT NOT NULL REFERENCES events (id) ON DELETE CASCADE,
    ordinal INTEGER NOT NULL,
    entity_id TEXT NOT NULL REFERENCES entities (id) ON DELETE CASCADE,
    role TEXT NOT NULL,
    PRIMARY KEY (event_id, ordinal)
);
CREATE INDEX event_participants_entity_idx ON event_participants (entity_id);

CREATE TABLE event_sources (
    event_id TEXT NOT NULL REFERENCES events (id) ON DELETE CASCADE,
    ordinal INTEGER NOT NULL,
    source_id TEXT NOT NULL REFERENCES sources (id) ON DELETE CASCADE,
    PRIMARY KEY (event_id, ordinal)
);
CREATE INDEX event_sources_source_idx ON event_sources (source_id);

-- Ordinal 0 is the event's amount, 1 its equivalent. Numbered in pre-order with parent_ordinal
-- naming the amount a row is the equivalent of, so an equivalent of an equivalent survives too.
-- NULL value / min / max mean "not given", which is not the same as 0.
CREATE TABLE amounts (
    event_id TEXT NOT NULL REFERENCES events (id) ON DELETE CASCADE,
    ordinal INTEGER NOT NULL,
    parent_ordinal INTEGER,
    precision TEXT NOT NULL,
    currency TEXT NOT NULL,
    value DOUBLE PRECISION,
    min DOUBLE PRECISION,
    max DOUBLE PRECISION,
    text_en TEXT NOT NULL,
    text_ko TEXT NOT NULL,
    PRIMARY KEY (event_id, ordinal)
);

-- date_start is the first day of valid_from (NULL: start unknown), date_end the last day of
-- valid_until (NULL: open-ended), so "valid within [a, b]" is a plain range query.
CREATE TABLE relationships (
    id TEXT PRIMARY KEY,
    position INTEGER NOT NULL,
    type TEXT NOT NULL,
    from_id TEXT NOT NULL REFERENCES entities (id) ON DELETE CASCADE,
    to_id TEXT NOT NULL REFERENCES entities (id) ON DELETE CASCADE,
    valid_from TEXT,
    valid_until TEXT,
    date_start TEXT,
    date_end TEXT,
    event_id TEXT REFERENCES events (id) ON DELETE SET NULL
);
CREATE INDEX relationships_from_idx ON relationships (from_id);
CREATE INDEX relationships_to_idx ON relationships (to_id);
CREATE INDEX relationships_event_idx ON relationships (event_id);

CREATE TABLE relationship_sources (
    relationship_id TEXT NOT NULL REFERENCES relationships (id) ON DELETE CASCADE,
    ordinal INTEGER NOT NULL,
    source_id TEXT NOT NULL REFERENCES sources (id) ON DELETE CASCADE,
    PRIMARY KEY (relationship_id, ordinal)
);
CREATE INDEX relationship_sources_source_idx ON relationship_sources (source_id);

CREATE TABLE financials (
    company_id TEXT NOT NULL REFERENCES entities (id) ON DELETE CASCADE,
    quarter TEXT NOT NULL,
    metric TEXT NOT NULL,
    position INTEGER NOT NULL,
    value DOUBLE PRECISION NOT NULL,
    currency TEXT NOT NULL,
    basis TEXT NOT NULL,
    source_id TEXT REFERENCES sources (id) ON DELETE SET NULL,
    date_start TEXT,
    date_end TEXT,
    PRIMARY KEY (company_id, quarter, metric)
);
CREATE INDEX financials_source_idx ON financials (source_id);
