-- SPDX-FileCopyrightText: 2026 Telco Atlas authors
-- SPDX-License-Identifier: GPL-3.0-or-later
--
-- Schema 2: where the user left each node of the company graph, so a layout survives a restart.
-- A position belongs to its entity and goes when the entity goes.

CREATE TABLE node_positions (
    entity_id TEXT PRIMARY KEY REFERENCES entities (id) ON DELETE CASCADE,
    x DOUBLE PRECISION NOT NULL,
    y DOUBLE PRECISION NOT NULL
);
