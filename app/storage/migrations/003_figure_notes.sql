-- SPDX-FileCopyrightText: 2026 Telco Atlas authors
-- SPDX-License-Identifier: GPL-3.0-or-later
--
-- Schema 3: a figure may carry a note (a one-off item behind it, or another reported value),
-- and the dataset lists the quarters no source reports, with the reason, so a chart can show a
-- gap honestly. Empty text means "no note", as elsewhere in this schema. A gap names a company
-- by id without a foreign key: it belongs to the dataset information, which is written first.

ALTER TABLE financials ADD COLUMN note_en TEXT NOT NULL DEFAULT '';
ALTER TABLE financials ADD COLUMN note_ko TEXT NOT NULL DEFAULT '';

CREATE TABLE financial_gaps (
    company_id TEXT NOT NULL,
    quarter TEXT NOT NULL,
    metric TEXT NOT NULL,
    position INTEGER NOT NULL,
    reason_en TEXT NOT NULL,
    reason_ko TEXT NOT NULL,
    PRIMARY KEY (company_id, quarter, metric)
);
