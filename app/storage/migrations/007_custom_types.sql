-- SPDX-FileCopyrightText: 2026 Telco Atlas authors
-- SPDX-License-Identifier: GPL-3.0-or-later
--
-- Schema 6 (custom types): user-defined entity kinds and relationship types. A record of such a
-- kind keeps its key in the column that holds built-in keys (entities.kind, relationships.type),
-- so no record table changes; this table defines the keys. category: kind or relationship-type;
-- shape: a kind's node shape or a relationship type's line dash; directed: 1 or 0 (types);
-- position keeps the order they were defined in.

CREATE TABLE custom_types (
    category TEXT NOT NULL,
    type_key TEXT NOT NULL,
    position INTEGER NOT NULL,
    label_en TEXT,
    label_ko TEXT,
    color TEXT NOT NULL,
    shape TEXT NOT NULL,
    directed INTEGER NOT NULL,
    PRIMARY KEY (category, type_key)
);
