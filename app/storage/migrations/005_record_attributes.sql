-- SPDX-FileCopyrightText: 2026 Telco Atlas authors
-- SPDX-License-Identifier: GPL-3.0-or-later
--
-- Schema 5: free typed attributes of entities, events and relationships (imported GraphML keys,
-- GEXF attributes, JSON "attributes", extra CSV columns). One table for the three owners, so
-- records without attributes cost nothing. owner_type: entity, event or relationship;
-- value_type: text, number, date or bool; value: the canonical text (numbers shortest round
-- trip, dates ISO 8601 YYYY-MM-DD, booleans true/false). position keeps the record's order.

CREATE TABLE record_attributes (
    owner_type TEXT NOT NULL,
    owner_id TEXT NOT NULL,
    position INTEGER NOT NULL,
    name TEXT NOT NULL,
    value_type TEXT NOT NULL,
    value TEXT NOT NULL,
    PRIMARY KEY (owner_type, owner_id, position)
);
