-- SPDX-FileCopyrightText: 2026 Telco Atlas authors
-- SPDX-License-Identifier: GPL-3.0-or-later
--
-- Schema 8: relationships valid over several intervals (spells). A relationship with one interval
-- keeps it in relationships.valid_from/valid_until and has no rows here; one with two or more
-- has a row per interval in their order (ordinal from 0), and its relationships row holds the
-- envelope (earliest start, latest end). valid_from/valid_until: a partial date as text
-- ("2024", "2024-Q2", "2024-06", "2024-06-13"); NULL is an unknown start or an open end.

CREATE TABLE relationship_spells (
    relationship_id TEXT NOT NULL REFERENCES relationships(id) ON DELETE CASCADE,
    ordinal INTEGER NOT NULL,
    valid_from TEXT,
    valid_until TEXT,
    PRIMARY KEY (relationship_id, ordinal)
);
