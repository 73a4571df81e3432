-- SPDX-FileCopyrightText: 2026 Telco Atlas authors
-- SPDX-License-Identifier: GPL-3.0-or-later
--
-- Schema 6: an index on the position of every list of records. A merged record that is new goes
-- after every existing one (MAX(position) + 1); without an index that maximum was a scan of the
-- whole table on every edit (about 100,000 rows of events at a time).

CREATE INDEX sources_position_idx ON sources (position);
CREATE INDEX entities_position_idx ON entities (position);
CREATE INDEX events_position_idx ON events (position);
CREATE INDEX relationships_position_idx ON relationships (position);
CREATE INDEX financials_position_idx ON financials (position);
