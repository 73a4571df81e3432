// SPDX-FileCopyrightText: 2026 Telco Atlas authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "tablemapping.h"

#include "core/dataset.h"
#include "core/records.h"

#include <QDateTime>
#include <QPointF>

namespace atlas {

// Rows of the tables that hold the lists inside a record, each with the id of its record.
struct ParticipantRow
{
    QString eventId;
    int ordinal = 0;
    Participant participant;
};
struct SourceRefRow // event_sources and relationship_sources
{
    QString ownerId;
    int ordinal = 0;
    QString sourceId;
};
// An event's amount and its equivalents, numbered in pre-order: the amount is 0, its
// equivalent 1 with parent 0, and so on down the tree.
struct AmountRow
{
    QString eventId;
    int ordinal = 0;
    int parent = -1;
    Amount amount;
};
// One interval of a relationship valid over several (schema 8); ordinal keeps their order.
struct SpellRow
{
    QString relationshipId;
    int ordinal = 0;
    Spell spell;
};
struct NodePositionRow
{
    QString entityId;
    QPointF position;
};
struct ChangeLogRow
{
    qint64 seq = 0;
    QString recordType;
    QString recordId;
    QString operation;
    QString changedAt; // UTC ISO 8601
    QString client;
};

// The mapping of every table of the schema but meta (a key/value table) to the record or row it
// holds: each column is named here once, and the repository makes its statements from these.
namespace RecordTables {

const TableMapping<Source> &sources();
const TableMapping<Entity> &entities();
const TableMapping<Event> &events();
const TableMapping<ParticipantRow> &participants();
const TableMapping<AmountRow> &amounts();
// event_sources, or relationship_sources for RecordType::Relationship.
const TableMapping<SourceRefRow> &sourceRefs(RecordType owner);
const TableMapping<Relationship> &relationships();
const TableMapping<SpellRow> &spells();
const TableMapping<FinancialFigure> &financials();
const TableMapping<FigureGap> &gaps();
const TableMapping<NodePositionRow> &nodePositions();
const TableMapping<ChangeLogRow> &changeLog();

// Every mapped table with its columns at a schema version, for checking against the schema: a
// table the schema does not have yet at that version is left out.
struct TableColumns
{
    QString table;
    QStringList columns;
    int since = 1;
};
QList<TableColumns> all(int schema);

} // namespace RecordTables

} // namespace atlas
