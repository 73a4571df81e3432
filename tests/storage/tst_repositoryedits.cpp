// SPDX-FileCopyrightText: 2026 Telco Atlas authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Repository::applyEdit writes what an edit changed and nothing else: a trigger-based log in the
// test database records every row inserted, updated or deleted by the edit.
#include "core/dataedit.h"
#include "core/syntheticdataset.h"
#include "storage/database.h"
#include "storage/repository.h"
#include "storage/sqlitestatement.h"

#include <QSqlError>
#include <QSqlRecord>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace atlas;

namespace {

const QStringList kTables = {
    QStringLiteral("sources"),       QStringLiteral("entities"),
    QStringLiteral("events"),        QStringLiteral("event_participants"),
    QStringLiteral("event_sources"), QStringLiteral("amounts"),
    QStringLiteral("relationships"), QStringLiteral("relationship_sources"),
    QStringLiteral("financials")
};

// The record a row of table belongs to.
QString ownerColumn(const QString &table)
{
    if (table.startsWith(QLatin1String("event_")) || table == QLatin1String("amounts"))
        return QStringLiteral("event_id");
    if (table == QLatin1String("relationship_sources"))
        return QStringLiteral("relationship_id");
    if (table == QLatin1String("financials"))
        return QStringLiteral("company_id");
    return QStringLiteral("id");
}

} // namespace

class TestRepositoryEdits : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        m_db = std::make_unique<Database>();
        QString error;
        QVERIFY2(m_db->open(m_dir->filePath(QStringLiteral("atlas.sqlite")), &error),
                 qPrintable(error));
        SyntheticOptions o;
        o.companies = 30;
        o.events = 300;
        o.relationships = 60;
        m_data = makeSyntheticDataset(o);
        Repository repo(m_db->connection());
        QVERIFY2(repo.replaceAll(m_data, &error), qPrintable(error));
        // The log: one row per row written, with the record it belongs to.
        QSqlQuery q(m_db->connection());
        QVERIFY2(
                q.exec(QStringLiteral("CREATE TEMP TABLE row_log (tbl TEXT, op TEXT, owner TEXT)")),
                qPrintable(q.lastError().text()));
        for (const QString &table : kTables) {
            const QString owner = ownerColumn(table);
            for (const auto &[op, row] :
                 { std::pair{ "INSERT", "NEW" }, std::pair{ "UPDATE", "NEW" },
                   std::pair{ "DELETE", "OLD" } }) {
                const QString sql =
                        QStringLiteral("CREATE TEMP TRIGGER log_%1_%2 AFTER %2 ON main.%1 BEGIN "
                                       "INSERT INTO row_log VALUES ('%1', '%2', %3.%4); END")
                                .arg(table, QLatin1String(op), QLatin1String(row), owner);
                QVERIFY2(q.exec(sql), qPrintable(q.lastError().text()));
            }
        }
        // An event's own columns rewritten (not only its version stamped): "events_fields".
        QVERIFY2(q.exec(QStringLiteral(
                         "CREATE TEMP TRIGGER log_event_fields AFTER UPDATE OF kind, date, "
                         "date_start, date_end, title_en, title_ko, summary_en, summary_ko "
                         "ON main.events BEGIN "
                         "INSERT INTO row_log VALUES ('events_fields', 'UPDATE', NEW.id); END")),
                 qPrintable(q.lastError().text()));
    }

    void cleanup()
    {
        m_db.reset();
        m_dir.reset();
    }

    // Changing one event writes that event's rows only; nothing is re-ordered.
    void changeTouchesOnlyTheEditedRecord()
    {
        Event changed = m_data.events.at(150);
        changed.title.en = QStringLiteral("Changed");
        const DataEdit edit = DataEdit::updateEvent(m_data, changed);
        QVERIFY(apply(edit));
        const auto log = changes();
        QVERIFY(!log.isEmpty());
        for (const auto &row : log)
            QCOMPARE(row.at(2), changed.id);
        QVERIFY(log.contains(
                QStringList{ QStringLiteral("events"), QStringLiteral("UPDATE"), changed.id }));
        // Its participants, sources and amount are as they were: their rows are left alone.
        QCOMPARE(tablesOf(log),
                 (QSet<QString>{ QStringLiteral("events"), QStringLiteral("events_fields") }));
        QCOMPARE(loaded().events.at(150), changed);
    }

    // Of a changed event's lists only those that differ are rewritten (deleting a company
    // changes the participants of each of its events, nothing else of them).
    void onlyTheChangedListsAreRewritten()
    {
        qsizetype at = -1;
        for (qsizetype i = 0; i < m_data.events.size() && at < 0; ++i) {
            const Event &e = m_data.events.at(i);
            if (e.participants.size() >= 2 && !e.sourceIds.isEmpty() && e.amount)
                at = i;
        }
        QVERIFY(at >= 0);
        Event changed = m_data.events.at(at);
        changed.participants.removeLast();
        const qint64 version = versionOf(changed.id);
        QVERIFY(apply(DataEdit::updateEvent(m_data, changed)));
        // The event's row only takes the write's version (team mode reloads it from that); its
        // own columns, and the indexes on them, are not rewritten.
        QCOMPARE(tablesOf(changes()),
                 (QSet<QString>{ QStringLiteral("events"), QStringLiteral("event_participants") }));
        QVERIFY(versionOf(changed.id) > version);
        QCOMPARE(loaded().events.at(at), changed);

        clearLog();
        changed.sourceIds.removeLast();
        QVERIFY(apply(DataEdit::updateEvent(m_data, changed)));
        QCOMPARE(tablesOf(changes()),
                 (QSet<QString>{ QStringLiteral("events"), QStringLiteral("event_sources") }));
        QCOMPARE(loaded().events.at(at), changed);

        clearLog();
        changed.amount->text.en = QStringLiteral("Reported as an estimate");
        QVERIFY(apply(DataEdit::updateEvent(m_data, changed)));
        QCOMPARE(tablesOf(changes()),
                 (QSet<QString>{ QStringLiteral("events"), QStringLiteral("amounts") }));
        QCOMPARE(loaded().events.at(at), changed);
        QCOMPARE(loaded(), m_data);
    }

    // A changed participant list is written from its first row that differs: a company taken
    // from the end deletes its own row and no other; one put in front or taken from there moves
    // the others' rows in place (they keep their row, so the index by company is left alone); a
    // company replaced by another rewrites the list from there.
    void participantRowsBeforeTheChangeAreKept()
    {
        qsizetype at = -1;
        for (qsizetype i = 0; i < m_data.events.size() && at < 0; ++i) {
            if (m_data.events.at(i).participants.size() >= 2)
                at = i;
        }
        QVERIFY(at >= 0);
        Event changed = m_data.events.at(at);
        const qsizetype before = changed.participants.size();
        changed.participants.removeLast();
        QVERIFY(apply(DataEdit::updateEvent(m_data, changed)));
        QCOMPARE(participantRowOps(), (QStringList{ QStringLiteral("DELETE") }));
        QCOMPARE(loaded().events.at(at), changed);

        clearLog();
        Participant front = changed.participants.constLast();
        for (const Entity &e : std::as_const(m_data.entities)) {
            if (e.id != front.entityId) {
                front.entityId = e.id;
                break;
            }
        }
        const QHash<QString, qint64> rowsBefore = participantRowIds(changed.id);
        changed.participants.prepend(front);
        QVERIFY(apply(DataEdit::updateEvent(m_data, changed)));
        QStringList moved(before - 1, QStringLiteral("UPDATE"));
        moved.append(QStringLiteral("INSERT"));
        QCOMPARE(participantRowOps(), moved);
        QCOMPARE(loaded().events.at(at), changed);
        QCOMPARE(loaded(), m_data);
        // Each company that was there keeps its row, at its new ordinal.
        const QHash<QString, qint64> rowsAfter = participantRowIds(changed.id);
        for (auto it = rowsBefore.cbegin(); it != rowsBefore.cend(); ++it) {
            const QString now = it.key().section(QLatin1Char('@'), 0, 0) + QLatin1Char('@')
                    + QString::number(it.key().section(QLatin1Char('@'), 1).toInt() + 1);
            QCOMPARE(rowsAfter.value(now, -1), it.value());
        }

        // Taken from the front again: the first row goes, the others move back down.
        clearLog();
        changed.participants.removeFirst();
        QVERIFY(apply(DataEdit::updateEvent(m_data, changed)));
        QStringList back{ QStringLiteral("DELETE") };
        back.append(QStringList(before - 1, QStringLiteral("UPDATE")));
        QCOMPARE(participantRowOps(), back);
        QCOMPARE(participantRowIds(changed.id), rowsBefore);
        QCOMPARE(loaded(), m_data);

        // The first company replaced by another: the list from there is written anew.
        clearLog();
        for (const Entity &e : std::as_const(m_data.entities)) {
            if (!changed.involves(e.id)) {
                changed.participants.first().entityId = e.id;
                break;
            }
        }
        QVERIFY(apply(DataEdit::updateEvent(m_data, changed)));
        QStringList anew(before - 1, QStringLiteral("DELETE"));
        anew.append(QStringList(before - 1, QStringLiteral("INSERT")));
        QCOMPARE(participantRowOps(), anew);
        QCOMPARE(loaded(), m_data);
    }

    // Once a database is open, the write connection looks up a sample of events and companies
    // (Repository::warmWriteCache): the pages an edit walks are then in its cache before the
    // first edit, which would otherwise read them one by one. A connection opened afresh holds
    // next to nothing; warmed, it holds some hundred pages here (2 MB at most, its limit).
    void warmingFillsTheWriteCache()
    {
        SyntheticOptions o;
        o.companies = 200;
        o.events = 5000;
        o.relationships = 300;
        const Dataset data = makeSyntheticDataset(o);
        const QString path = m_dir->filePath(QStringLiteral("warm.sqlite"));
        QString error;
        {
            Database db;
            QVERIFY2(db.open(path, &error), qPrintable(error));
            QVERIFY2(Repository(db.connection()).replaceAll(data, &error), qPrintable(error));
        }
        Database db;
        QVERIFY2(db.open(path, &error), qPrintable(error));
        const qint64 cold = SqliteStatement::cacheBytes(db.connection());
        QVERIFY(cold >= 0);
        Repository(db.connection()).warmWriteCache(data, 300);
        const qint64 warm = SqliteStatement::cacheBytes(db.connection());
        QVERIFY2(warm >= cold + 50 * 4096,
                 qPrintable(QStringLiteral("%1 bytes cold, %2 warm").arg(cold).arg(warm)));
    }

    // Deleting an event and undoing it: the rows of that event (and of relationships that came
    // from it) only; the undone record goes back into its gap without moving any other row.
    void deleteAndUndoTouchOnlyTheEditedRows()
    {
        const QString id = m_data.events.at(100).id;
        const DataEdit edit = DataEdit::removeEvent(m_data, id);
        QVERIFY(apply(edit));
        for (const auto &row : changes())
            QCOMPARE(row.at(2), id);
        QCOMPARE(loaded(), m_data);

        clearLog();
        QVERIFY(apply(edit.reversed()));
        const auto log = changes();
        QVERIFY(!log.isEmpty());
        for (const auto &row : log)
            QCOMPARE(row.at(2), id);
        QCOMPARE(loaded(), m_data);
        QCOMPARE(loaded().events.at(100).id, id);
    }

    // An entity's removal takes its events' participations, relationships and figures; the log
    // names no other record, and undo restores every row in its place.
    void entityRemovalAndUndo()
    {
        const QString id = m_data.entities.at(3).id;
        const DataEdit edit = DataEdit::removeEntity(m_data, id);
        QSet<QString> touched{ id };
        for (const auto &[before, after] : edit.events.changed)
            touched.insert(before.id);
        for (const auto &[row, e] : edit.events.removed)
            touched.insert(e.id);
        for (const auto &[row, r] : edit.relationships.removed)
            touched.insert(r.id);
        QVERIFY(apply(edit));
        for (const auto &row : changes())
            QVERIFY2(touched.contains(row.at(2)), qPrintable(row.join(QLatin1Char(' '))));
        QCOMPARE(loaded(), m_data);
        QVERIFY(apply(edit.reversed()));
        QCOMPARE(loaded(), m_data);
    }

    // Inserting where there is no gap moves the rows after it, and the order stays right.
    void insertWithoutGapKeepsOrder()
    {
        Entity e;
        e.id = QStringLiteral("zz-new");
        e.name = { QStringLiteral("New"), QString() };
        DataEdit edit;
        edit.entities.inserted.append({ 2, e });
        QVERIFY(apply(edit));
        QCOMPARE(loaded().entities, m_data.entities);
        QCOMPARE(m_data.entities.at(2).id, e.id);
    }

    // The versions a window keeps: after the import every record has the import's version, kept
    // once per type; a record edited later has its own. An edit based on an older version of a
    // record is refused, one based on the current versions is stored.
    void versionsKeepOnlyRecordsThatDiffer()
    {
        Repository repo(m_db->connection());
        QString error;
        RecordVersions importedVersions;
        QVERIFY2(repo.load(&importedVersions, &error), qPrintable(error));
        const RecordVersions *imported = &importedVersions;
        const auto importSeq = repo.lastSequence(&error);
        QVERIFY(importSeq && *importSeq > 0);
        QCOMPARE(imported->ownCount(), 0);
        QCOMPARE(imported->value(RecordType::Event, m_data.events.at(7).id), *importSeq);
        QCOMPARE(imported->value(RecordType::Entity, m_data.entities.at(3).id), *importSeq);
        QCOMPARE(imported->value(RecordType::Financial, recordKey(m_data.financials.at(0))),
                 *importSeq);

        Event changed = m_data.events.at(7);
        changed.title.en = QStringLiteral("Changed once");
        DataEdit edit = DataEdit::updateEvent(m_data, changed);
        QVERIFY(edit.applyTo(&m_data, &error));
        qint64 seq = 0;
        QVERIFY2(repo.applyEdit(edit, m_data, &error, &*imported, &seq), qPrintable(error));
        QVERIFY(seq > *importSeq);

        RecordVersions nowVersions;
        QVERIFY2(repo.load(&nowVersions, &error), qPrintable(error));
        const RecordVersions *now = &nowVersions;
        QCOMPARE(now->ownCount(), 1);
        QCOMPARE(now->value(RecordType::Event, changed.id), seq);
        QCOMPARE(now->value(RecordType::Event, m_data.events.at(8).id), *importSeq);

        // Based on the versions read before that edit: refused, and nothing is written.
        changed.title.en = QStringLiteral("Changed twice");
        edit = DataEdit::updateEvent(m_data, changed);
        Dataset after = m_data;
        QVERIFY(edit.applyTo(&after, &error));
        clearLog();
        QVERIFY(!repo.applyEdit(edit, after, &error, &*imported));
        QVERIFY2(error.contains(changed.id), qPrintable(error));
        QVERIFY(changes().isEmpty());
        // Based on the current ones: stored.
        QVERIFY2(repo.applyEdit(edit, after, &error, &*now), qPrintable(error));
        QCOMPARE(loaded().events.at(7).title.en, QStringLiteral("Changed twice"));

        // A forgotten record is not checked; a deleted one reads as unknown.
        RecordVersions versions = *now;
        versions.forget(RecordType::Event, changed.id);
        QCOMPARE(versions.value(RecordType::Event, changed.id), std::nullopt);
        QCOMPARE(versions.value(RecordType::Event, m_data.events.at(8).id), *importSeq);
        versions.setCommon(RecordType::Event, seq);
        QCOMPARE(versions.value(RecordType::Event, m_data.events.at(8).id), seq);
        QCOMPARE(versions.value(RecordType::Event, changed.id), std::nullopt);
    }

    // Rows written in bulk go to SQLite without Qt's statements in between; every column of every
    // table is stored as Qt stores it, with the same type (NULL, integer, real or text), after an
    // import and after an edit that inserts rows.
    void bulkInsertStoresWhatQtStores()
    {
        Event added = m_data.events.at(3);
        added.id = QStringLiteral("added-event");
        // Text beyond ASCII and beyond the Basic Multilingual Plane, and empty text, in the
        // rows written in bulk.
        Dataset stored = m_data;
        stored.events[5].title.ko = QStringLiteral("한국어 제목 \U0001F4F1 (5G)");
        stored.events[6].summary.en = QLatin1String("");
        auto tablesAfterWrites = [&](bool direct) {
            SqliteStatement::setEnabled(direct);
            QList<QStringList> rows;
            Database db;
            QString error;
            if (!db.open(m_dir->filePath(direct ? QStringLiteral("direct.sqlite")
                                                : QStringLiteral("qt.sqlite")),
                         &error)) {
                qWarning("%s", qPrintable(error));
                return rows;
            }
            Repository repo(db.connection());
            Dataset data = stored;
            const DataEdit edit = DataEdit::addEvent(data, added);
            if (!repo.replaceAll(stored, &error) || !edit.applyTo(&data, &error)
                || !repo.applyEdit(edit, data, &error)) {
                qWarning("%s", qPrintable(error));
                return rows;
            }
            for (const QString &table : kTables) {
                QSqlQuery q(db.connection());
                q.exec(QStringLiteral("SELECT * FROM %1 ORDER BY rowid").arg(table));
                while (q.next()) {
                    QStringList row{ table };
                    for (int i = 0; i < q.record().count(); ++i)
                        row << QStringLiteral("%1:%2")
                                        .arg(q.value(i).typeId())
                                        .arg(q.value(i).toString());
                    rows << row;
                }
            }
            return rows;
        };
        const auto viaQt = tablesAfterWrites(false);
        const auto direct = tablesAfterWrites(true);
        QVERIFY(viaQt.size() > m_data.events.size());
        QCOMPARE(direct, viaQt);
    }

    // A whole table is read straight from SQLite (SqliteStatement::next and value): every value
    // of every table as Qt's driver gives it (type and text, NULLs included), and the loaded
    // dataset equal to the one read through Qt.
    void loadReadsWhatQtReads()
    {
        Dataset stored = m_data;
        stored.events[5].title.ko = QStringLiteral("한국어 제목 \U0001F4F1 (5G)");
        stored.events[6].summary.en = QLatin1String("");
        Database db;
        QString error;
        QVERIFY2(db.open(m_dir->filePath(QStringLiteral("read.sqlite")), &error),
                 qPrintable(error));
        Repository repo(db.connection());
        QVERIFY2(repo.replaceAll(stored, &error), qPrintable(error));
        int nulls = 0;
        for (const QString &table : kTables) {
            const QString sql = QStringLiteral("SELECT * FROM %1 ORDER BY rowid").arg(table);
            QSqlQuery q(db.connection());
            QVERIFY(q.exec(sql));
            SqliteStatement direct(db.connection(), sql);
            QVERIFY(direct.isValid());
            while (q.next()) {
                QVERIFY2(direct.next(), qPrintable(table));
                for (int i = 0; i < q.record().count(); ++i) {
                    const QVariant want = q.value(i);
                    const QVariant got = direct.value(i);
                    QCOMPARE(got.typeId(), want.typeId());
                    QCOMPARE(got.isNull(), want.isNull());
                    QCOMPARE(got.toString(), want.toString());
                    nulls += want.isNull();
                }
            }
            QVERIFY(!direct.next());
            QVERIFY(!direct.hasFailed());
        }
        QVERIFY(nulls > 0);
        SqliteStatement::setEnabled(false);
        const auto viaQt = repo.load(&error);
        SqliteStatement::setEnabled(true);
        QVERIFY2(viaQt, qPrintable(error));
        const auto loaded = repo.load(&error);
        QVERIFY2(loaded, qPrintable(error));
        QVERIFY(*loaded == *viaQt);
        QCOMPARE(loaded->events.at(5).title.ko, stored.events.at(5).title.ko);
        QVERIFY(*loaded == stored);
    }

private:
    bool apply(const DataEdit &edit)
    {
        QString error;
        if (!edit.applyTo(&m_data, &error)) {
            qWarning("%s", qPrintable(error));
            return false;
        }
        Repository repo(m_db->connection());
        if (!repo.applyEdit(edit, m_data, &error)) {
            qWarning("%s", qPrintable(error));
            return false;
        }
        return true;
    }

    static QSet<QString> tablesOf(const QList<QStringList> &log)
    {
        QSet<QString> tables;
        for (const auto &row : log)
            tables.insert(row.at(0));
        return tables;
    }

    QList<QStringList> changes() const
    {
        QList<QStringList> out;
        QSqlQuery q(m_db->connection());
        q.exec(QStringLiteral("SELECT tbl, op, owner FROM row_log"));
        while (q.next())
            out.append({ q.value(0).toString(), q.value(1).toString(), q.value(2).toString() });
        return out;
    }

    // What happened to participant rows, in order: one "INSERT", "UPDATE" or "DELETE" per row.
    // The rowid of each participant row of an event, by "entity@ordinal".
    QHash<QString, qint64> participantRowIds(const QString &eventId) const
    {
        QHash<QString, qint64> out;
        QSqlQuery q(m_db->connection());
        q.prepare(QStringLiteral(
                "SELECT entity_id, ordinal, rowid FROM event_participants WHERE event_id = ?"));
        q.addBindValue(eventId);
        if (!q.exec())
            return out;
        while (q.next()) {
            out.insert(q.value(0).toString() + QLatin1Char('@') + q.value(1).toString(),
                       q.value(2).toLongLong());
        }
        return out;
    }

    QStringList participantRowOps() const
    {
        QStringList out;
        for (const auto &row : changes()) {
            if (row.at(0) == QLatin1String("event_participants"))
                out.append(row.at(1));
        }
        return out;
    }

    qint64 versionOf(const QString &eventId) const
    {
        QSqlQuery q(m_db->connection());
        q.prepare(QStringLiteral("SELECT version FROM events WHERE id = ?"));
        q.addBindValue(eventId);
        return q.exec() && q.next() ? q.value(0).toLongLong() : -1;
    }

    void clearLog() const
    {
        QSqlQuery q(m_db->connection());
        q.exec(QStringLiteral("DELETE FROM row_log"));
    }

    Dataset loaded() const
    {
        QString error;
        auto d = Repository(m_db->connection()).load(&error);
        return d ? *d : Dataset();
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    Dataset m_data;
};

QTEST_GUILESS_MAIN(TestRepositoryEdits)
#include "tst_repositoryedits.moc"
