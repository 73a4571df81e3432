// SPDX-FileCopyrightText: 2026 Telco Atlas authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/dataedit.h"
#include "core/dataset.h"
#include "storage/recordversions.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QSet>
#include <QPointF>
#include <QSqlDatabase>
#include <QString>

#include <algorithm>
#include <atomic>
#include <optional>

namespace atlas {

class ReadSnapshot;

// Reads and writes a whole Dataset on an open database whose schema is current (Database::open
// sees to that). Every write is one transaction: on any failure it is rolled back and the error
// names the record and carries the database's own message.
class Repository
{
    Q_DECLARE_TR_FUNCTIONS(atlas::Repository)

public:
    explicit Repository(QSqlDatabase db);

    // Team mode (schema 4). Every write transaction takes the next sequence number, records each
    // record it changes in the change log under it, and stores it as the version of those
    // records. On older schemas nothing is logged and nothing is versioned.
    struct Change
    {
        qint64 seq = 0;
        QString recordType; // recordTypeName(); "dataset" for a whole replacement
        QString recordId; // recordKey() of the record
        QString operation; // insert, update, delete, upsert, replace
        QDateTime changedAt;
        QString client;
    };
    static QString recordTypeName(RecordType type);
    // The change log's record type of a graph node's position (record id: the entity id).
    static QString nodePositionType() { return QStringLiteral("node_position"); }
    static std::optional<RecordType> recordTypeFromName(const QString &name);
    // Keys of records by type, as the change log names them.
    using RecordKeys = QHash<RecordType, QSet<QString>>;

    // Who writes: stored in the change log with every change, so a client can tell its own.
    void setClientId(const QString &client) { m_client = client; }
    bool hasChangeLog() const;
    // The largest sequence in the change log, 0 when empty or without one.
    std::optional<qint64> lastSequence(QString *error) const;
    // Changes after seq, in sequence order.
    std::optional<QList<Change>> changesSince(qint64 seq, QString *error) const;
    // Removes the change-log entries made before `before`, except the newest write's, so the
    // sequence keeps counting up; gives how many went. A client whose last sequence is older than
    // what is left sees a gap (changesSince no longer starts right after it) and reloads.
    std::optional<int> pruneChangeLog(const QDateTime &before, QString *error);
    // The records named in keys as they are stored now, each list in stored order; a key that is
    // not found was deleted. With versions, their versions go there too.
    std::optional<Dataset> loadRecords(const RecordKeys &keys, RecordVersions *versions,
                                       QString *error) const;

    // No entities and no events. False (with *error set) when the database cannot be read, so a
    // caller never seeds data over a database it could not look into.
    bool isEmpty(QString *error = nullptr) const;
    // The whole database, every list in the order it was written.
    std::optional<Dataset> load(QString *error) const;
    // The same, and the version of every record, read with it: per table its most common
    // version once, and the records whose version differs.
    std::optional<Dataset> load(RecordVersions *versions, QString *error) const;
    // How far a whole load() has come, for a progress bar on another thread: its parts counted
    // when the load starts (every row of each table read, weighed by its number of columns, which
    // is roughly what a row costs to read) and as they are read. done may pass total when a table
    // is read twice (stored out of order); fraction() stays at most 1.
    struct Progress
    {
        std::atomic<qint64> done{ 0 };
        std::atomic<qint64> total{ 0 };
        // Nothing until the load has counted its parts.
        std::optional<double> fraction() const
        {
            const qint64 all = total.load(std::memory_order_relaxed);
            if (all <= 0)
                return std::nullopt;
            return std::min(1.0, double(done.load(std::memory_order_relaxed)) / double(all));
        }
    };
    // load() counts into progress while it reads (nullptr: not at all). Not owned.
    void setProgress(Progress *progress) { m_progress = progress; }
    // A whole load() inside snapshot (begun on this repository's connection): with a helper's
    // source (SQLite or PostgreSQL), the lists of events (participants, sources) are read on a
    // second connection and thread beside the records, each on one of two cores.
    void setSnapshot(ReadSnapshot *snapshot) { m_snapshot = snapshot; }
    // How many loads in this process took their lists of events from a helper (tests).
    static int listsReadBeside();
    // How many events' lists (participants, sources) loads in this process read again by their
    // keys, their rows apart in the table (tests).
    static int eventListsReadAgain();

    // Deletes everything and inserts data. Saved graph positions of entities that are still
    // present are kept: they are the user's layout, not part of the data.
    bool replaceAll(const Dataset &data, QString *error);
    // Inserts or replaces every record of data by id (financial figures by company, quarter and
    // metric). A replaced record keeps its place in the order, a new one goes to the end. The
    // dataset info is only taken when the database has none yet, so merging a file into the
    // built-in dataset does not rename it.
    bool merge(const Dataset &data, QString *error);
    // Stores one edit in one transaction: every record of upserts inserted or replaced (as merge
    // does), then every record of removed deleted, dependants first. after is the whole data
    // after the edit: the stored order of each list and the dataset info are made that of after,
    // so an undone deletion comes back in its row.
    bool applyChanges(const Dataset &upserts, const Dataset &removed, const Dataset &after,
                      QString *error);
    // Stores one edit in one transaction, touching only the rows it changes: inserted and
    // changed records are written (their child rows only when the record was there before),
    // removed ones deleted, and an inserted record that is not at the end of its list (an undone
    // deletion) gets a position between its neighbours in after, the data after the edit.
    // Nothing is re-read or re-ordered; other rows move only when there is no gap to fill.
    // With expected (the versions the edit was based on), every changed or
    // removed record must still have that version and every inserted one must not exist yet;
    // otherwise nothing is written and *error names the record and when it changed. *seq gets
    // the sequence (the records' new version) of the write.
    bool applyEdit(const DataEdit &edit, const Dataset &after, QString *error,
                   const RecordVersions *expected = nullptr, qint64 *seq = nullptr);
    // On SQLite: reads, for about `lookups` events and companies spread over data, the rows an
    // edit of them reaches (the event, its participants, its change-log entries, the events of the
    // company), so the connection's page cache holds the upper levels of those tables and indexes
    // and its memory is in place before the first edit, as it is for every later one. A cold
    // first delete at 100,000 events spent some 20 ms more in SQLite than the ones after it.
    // Does nothing on PostgreSQL, whose server keeps its own cache.
    void warmWriteCache(const Dataset &data, int lookups) const;

    // Where the user put nodes of the company graph (entity id → scene position). Empty on a
    // schema-1 database, which has no place for them.
    std::optional<QHash<QString, QPointF>> loadNodePositions(QString *error) const;
    // Stores each given position, or forgets it for std::nullopt, all in one transaction, and
    // logs each under nodePositionType() so other windows move the node too.
    bool saveNodePositions(const QHash<QString, std::optional<QPointF>> &changes, QString *error);

private:
    bool write(const Dataset &data, bool merge, QString *error);
    std::optional<Dataset> loadImpl(const RecordKeys *keys, RecordVersions *versions,
                                    QString *error) const;

    QSqlDatabase m_db;
    QString m_client;
    Progress *m_progress = nullptr;
    ReadSnapshot *m_snapshot = nullptr;
};

} // namespace atlas
