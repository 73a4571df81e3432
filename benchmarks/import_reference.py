#!/usr/bin/env python3
# SPDX-FileCopyrightText: 2026 Telco Atlas authors
# SPDX-License-Identifier: GPL-3.0-or-later
"""The yardstick for `telco-atlas --import`: parse a dataset JSON file and insert the same rows
into an existing Telco Atlas database with sqlite3 executemany in one transaction (new records
after the stored ones, as the import does). No checks, no merge: the least any importer must do.
Usage: import_reference.py DATASET.json DATABASE.sqlite"""
import calendar
import json
import sqlite3
import sys


def span(text):
    """First and last ISO day of a partial date ("2024", "2024-Q2", "2024-06", "2024-06-03")."""
    if not text:
        return None, None
    y = int(text[:4])
    if len(text) == 4:
        return f"{y:04d}-01-01", f"{y:04d}-12-31"
    if text[5] == "Q":
        q = int(text[6])
        m0, m1 = 3 * q - 2, 3 * q
        return f"{y:04d}-{m0:02d}-01", f"{y:04d}-{m1:02d}-{calendar.monthrange(y, m1)[1]:02d}"
    m = int(text[5:7])
    if len(text) == 7:
        return f"{y:04d}-{m:02d}-01", f"{y:04d}-{m:02d}-{calendar.monthrange(y, m)[1]:02d}"
    return text, text


def text(obj, key, lang):
    return (obj.get(key) or {}).get(lang, "")


def main(path, database):
    with open(path, encoding="utf-8") as f:
        data = json.load(f)
    db = sqlite3.connect(database)
    cur = db.cursor()

    def start(table):
        return (cur.execute(f"SELECT COALESCE(MAX(position) + 1, 0) FROM {table}").fetchone()[0])

    cur.execute("BEGIN")
    p = start("sources")
    rows = []
    for i, s in enumerate(data["sources"]):
        a, b = span(s.get("date"))
        rows.append((s["id"], p + i, s["publisher"], s.get("title", ""), s.get("url", ""), s.get("date"), a, b,
                     s.get("language", "")))
    cur.executemany("INSERT INTO sources (id, position, publisher, title, url, date, date_start, date_end, language)"
                    " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", rows)
    p = start("entities")
    cur.executemany("INSERT INTO entities (id, position, kind, name_en, name_ko, ticker, description_en, description_ko)"
                    " VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                    [(e["id"], p + i, e["kind"], text(e, "name", "en"), text(e, "name", "ko"), e.get("ticker", ""),
                      text(e, "description", "en"), text(e, "description", "ko"))
                     for i, e in enumerate(data["entities"])])
    p = start("events")
    events, participants, sources, amounts = [], [], [], []
    for i, e in enumerate(data["events"]):
        a, b = span(e.get("date"))
        events.append((e["id"], p + i, e["kind"], e.get("date"), a, b, text(e, "title", "en"), text(e, "title", "ko"),
                       text(e, "summary", "en"), text(e, "summary", "ko")))
        participants += [(e["id"], k, x["entity"], x["role"]) for k, x in enumerate(e.get("participants", []))]
        sources += [(e["id"], k, s) for k, s in enumerate(e.get("sources", []))]
        amount, ordinal, parent = e.get("amount"), 0, None
        while amount:
            amounts.append((e["id"], ordinal, parent, amount["precision"], amount.get("currency", ""),
                            amount.get("value"), amount.get("min"), amount.get("max"), text(amount, "text", "en"),
                            text(amount, "text", "ko")))
            amount, parent, ordinal = amount.get("equivalent"), ordinal, ordinal + 1
    cur.executemany("INSERT INTO events (id, position, kind, date, date_start, date_end, title_en, title_ko,"
                    " summary_en, summary_ko) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", events)
    cur.executemany("INSERT INTO event_participants (event_id, ordinal, entity_id, role) VALUES (?, ?, ?, ?)",
                    participants)
    cur.executemany("INSERT INTO event_sources (event_id, ordinal, source_id) VALUES (?, ?, ?)", sources)
    cur.executemany("INSERT INTO amounts (event_id, ordinal, parent_ordinal, precision, currency, value, min, max,"
                    " text_en, text_ko) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", amounts)
    p = start("relationships")
    relationships, relationship_sources = [], []
    for i, r in enumerate(data["relationships"]):
        a, _ = span(r.get("validFrom"))
        _, b = span(r.get("validUntil"))
        relationships.append((r["id"], p + i, r["type"], r["from"], r["to"], r.get("validFrom"), r.get("validUntil"),
                              a, b, r.get("event")))
        relationship_sources += [(r["id"], k, s) for k, s in enumerate(r.get("sources", []))]
    cur.executemany("INSERT INTO relationships (id, position, type, from_id, to_id, valid_from, valid_until,"
                    " date_start, date_end, event_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", relationships)
    cur.executemany("INSERT INTO relationship_sources (relationship_id, ordinal, source_id) VALUES (?, ?, ?)",
                    relationship_sources)
    p = start("financials")
    figures = []
    for i, f in enumerate(data["financials"]):
        a, b = span(f["quarter"])
        figures.append((f["company"], f["quarter"], f["metric"], p + i, f["value"], f["currency"], f["basis"],
                        f.get("source"), a, b))
    cur.executemany("INSERT INTO financials (company_id, quarter, metric, position, value, currency, basis, source_id,"
                    " date_start, date_end) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", figures)
    db.commit()
    db.close()


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
