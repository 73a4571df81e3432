// SPDX-FileCopyrightText: 2026 Telco Atlas authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/database.h"
#include "storage/readsnapshot.h"
#include "storage/repository.h"
#include "storage/sqlitestatement.h"
#include "storagetestdata.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <atomic>
#include <memory>
#include <thread>
#include <vector>

using namespace atlas;
using namespace atlas::storagetest;

class TestRepository : public QObject
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
        QVERIFY2(m_db->open(m_dir->filePath(s("atlas.sqlite")), &error), qPrintable(error));
    }

    void cleanup()
    {
        m_db.reset();
        m_dir.reset();
    }

    void emptyDatabase()
    {
        Repository repo(m_db->connection());
        QString error;
        QVERIFY(repo.isEmpty(&error));
        const auto loaded = repo.load(&error);
        QVERIFY2(loaded, qPrintable(error));
        QVERIFY(loaded->isEmpty());
        QCOMPARE(loaded->info, DatasetInfo());
    }

    void isEmptyLooksAtEntitiesAndEvents()
    {
        Repository repo(m_db->connection());
        QString error;
        Dataset onlySources;
        onlySources.sources = everyShapeDataset().sources;
        QVERIFY2(repo.replaceAll(onlySources, &error), qPrintable(error));
        QVERIFY(repo.isEmpty(&error));
        QVERIFY2(repo.replaceAll(everyShapeDataset(), &error), qPrintable(error));
        QVERIFY(!repo.isEmpty(&error));
    }

    void roundTripSynthetic_data()
    {
        QTest::addColumn<quint32>("seed");
        QTest::newRow("seed 1") << 1u;
        QTest::newRow("seed 7") << 7u;
        QTest::newRow("seed 2024") << 2024u;
    }
    void roundTripSynthetic()
    {
        QFETCH(quint32, seed);
        checkRoundTrip(m_db->connection(), synthetic(seed));
    }

    void roundTripEveryShape() { checkRoundTrip(m_db->connection(), everyShapeDataset()); }
    void attributesSurvive() { checkAttributesSurvive(m_db->connection()); }
    void emptyTextAttributeSurvives() { checkEmptyTextAttributeSurvives(m_db->connection()); }
    void customTypesSurvive() { checkCustomTypesSurvive(m_db->connection()); }
    void spellsSurvive() { checkSpellsSurvive(m_db->connection()); }

    // Schema 3: a figure's note and the dataset's known gaps survive the database.
    void figureNotesAndKnownGapsSurvive()
    {
        Dataset d = everyShapeDataset();
        d.financials[1].value = -655.1e9; // a loss, with the one-off item behind it
        d.financials[1].note = { s("About KRW 1 trillion of one-off restructuring cost."),
                                 s("약 1조 원의 일회성 구조조정 비용.") };
        FigureGap gap;
        gap.companyId = s("kt");
        gap.quarter = PartialDate::quarter(2023, 3);
        gap.metric = Metric::OperatingProfit;
        gap.reason = { s("No source reports it."), s("보도된 자료가 없다.") };
        FigureGap englishOnly = gap;
        englishOnly.metric = Metric::Revenue;
        englishOnly.reason = { s("Only a derived value exists."), QString() };
        d.info.knownGaps = { gap, englishOnly };
        checkRoundTrip(m_db->connection(), d);
        // Replacing the data replaces the list of gaps too.
        d.info.knownGaps = { englishOnly };
        checkRoundTrip(m_db->connection(), d);
    }

    void precisionAndNullsSurvive() { checkPrecisionSurvives(m_db->connection()); }

    void survivesReopening()
    {
        const Dataset original = everyShapeDataset();
        {
            Repository repo(m_db->connection());
            QString error;
            QVERIFY2(repo.replaceAll(original, &error), qPrintable(error));
        }
        m_db = std::make_unique<Database>();
        QString error;
        QVERIFY2(m_db->open(m_dir->filePath(s("atlas.sqlite")), &error), qPrintable(error));
        const auto loaded = Repository(m_db->connection()).load(&error);
        QVERIFY2(loaded, qPrintable(error));
        compareDatasets(*loaded, original);
    }

    void replaceAllLeavesNothingBehind()
    {
        Repository repo(m_db->connection());
        QString error;
        QVERIFY2(repo.replaceAll(synthetic(3), &error), qPrintable(error));
        const Dataset second = everyShapeDataset();
        QVERIFY2(repo.replaceAll(second, &error), qPrintable(error));
        const auto loaded = repo.load(&error);
        QVERIFY2(loaded, qPrintable(error));
        compareDatasets(*loaded, second);
    }

    void failedReplaceAllKeepsPreviousData() { checkFailedReplaceKeepsData(m_db->connection()); }

    void duplicateIdIsRefusedByName()
    {
        Repository repo(m_db->connection());
        QString error;
        Dataset d = everyShapeDataset();
        d.entities.append(d.entities.constFirst());
        QVERIFY(!repo.replaceAll(d, &error));
        QVERIFY2(error.contains(s("\"kt\"")), qPrintable(error));
        QVERIFY(repo.isEmpty());
    }

    void mergeUpdatesAndAdds() { checkMerge(m_db->connection()); }

    void failedMergeKeepsData() { checkFailedMergeKeepsData(m_db->connection()); }

    void mergeIntoEmptyDatabaseTakesInfo()
    {
        Repository repo(m_db->connection());
        QString error;
        const Dataset d = everyShapeDataset();
        QVERIFY2(repo.merge(d, &error), qPrintable(error));
        const auto loaded = repo.load(&error);
        QVERIFY2(loaded, qPrintable(error));
        compareDatasets(*loaded, d);
        // Merging the same data again changes nothing, order included.
        QVERIFY2(repo.merge(d, &error), qPrintable(error));
        compareDatasets(*repo.load(&error), d);
    }

    void spansAreQueryable()
    {
        Repository repo(m_db->connection());
        QString error;
        QVERIFY2(repo.replaceAll(everyShapeDataset(), &error), qPrintable(error));
        // "2024-06" covers the whole month, so a window in late June finds it; "2024-Q2" too.
        QSqlQuery q(m_db->connection());
        QVERIFY(q.prepare(
                s("SELECT id FROM events WHERE date_start <= ? AND date_end >= ? ORDER BY id")));
        q.bindValue(0, s("2024-06-25"));
        q.bindValue(1, s("2024-06-20"));
        QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
        QStringList ids;
        while (q.next())
            ids << q.value(0).toString();
        QCOMPARE(ids, QStringList({ s("ev-month"), s("ev-quarter"), s("ev-year") }));
    }

    // The stored first and last days are ISO text, as Qt writes them (range queries compare the
    // text): leading zeros, month lengths and leap years, the four-digit year edges.
    void spansAreStoredAsIsoDays()
    {
        Dataset d = everyShapeDataset();
        const QList<PartialDate> dates = {
            PartialDate::day(999, 3, 7),   PartialDate::month(2024, 2), PartialDate::month(2023, 2),
            PartialDate::quarter(1970, 4), PartialDate::year(9999),     PartialDate::day(1, 1, 1),
            PartialDate::month(2100, 11),
        };
        const Event model = d.events.constFirst();
        for (qsizetype i = 0; i < dates.size(); ++i) {
            Event e = model;
            e.id = s("ev-iso-%1").arg(i);
            e.date = dates.at(i);
            d.events.append(e);
        }
        Repository repo(m_db->connection());
        QString error;
        QVERIFY2(repo.replaceAll(d, &error), qPrintable(error));
        QSqlQuery q(m_db->connection());
        QVERIFY(q.prepare(s("SELECT date_start, date_end FROM events WHERE id = ?")));
        for (qsizetype i = 0; i < dates.size(); ++i) {
            q.bindValue(0, s("ev-iso-%1").arg(i));
            QVERIFY2(q.exec() && q.next(), qPrintable(q.lastError().text()));
            QCOMPARE(q.value(0).toString(), dates.at(i).start().toString(Qt::ISODate));
            QCOMPARE(q.value(1).toString(), dates.at(i).end().toString(Qt::ISODate));
        }
        QCOMPARE(dates.constFirst().start().toString(Qt::ISODate), s("0999-03-07"));
    }

    void orderComesFromPositionColumn()
    {
        // SQLite hands rows back in insertion order anyway; reversing the stored positions
        // proves load() follows them (PostgreSQL moves updated rows, so it matters there).
        Repository repo(m_db->connection());
        QString error;
        const Dataset d = everyShapeDataset();
        QVERIFY2(repo.replaceAll(d, &error), qPrintable(error));
        QSqlQuery q(m_db->connection());
        QVERIFY(q.prepare(s("UPDATE entities SET position = ? - position")));
        q.bindValue(0, int(d.entities.size()) - 1);
        QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
        const auto loaded = repo.load(&error);
        QVERIFY2(loaded, qPrintable(error));
        QList<Entity> reversed = d.entities;
        std::reverse(reversed.begin(), reversed.end());
        QCOMPARE(loaded->entities, reversed);
    }

    // load() reads SQLite's tables in the order they keep their rows and puts them in order only
    // where they are not: rows another program stored in any order must load as written.
    void rowsStoredInAnyOrderLoadAsWritten_data()
    {
        QTest::addColumn<QString>("recordOrder");
        QTest::addColumn<QString>("listOrder");
        QTest::newRow("as written") << s("rowid") << s("rowid");
        QTest::newRow("reversed") << s("rowid DESC") << s("rowid DESC");
        QTest::newRow("lists by ordinal") << s("rowid") << s("ordinal, rowid DESC");
        QTest::newRow("lists apart") << s("id DESC") << s("ordinal DESC, rowid");
        QTest::newRow("last row apart")
                << s("rowid") << s("event_id = 'ev-month' AND ordinal > 0, rowid");
    }
    void rowsStoredInAnyOrderLoadAsWritten()
    {
        QFETCH(QString, recordOrder);
        QFETCH(QString, listOrder);
        for (const Dataset &d : { everyShapeDataset(), synthetic(7) }) {
            Repository repo(m_db->connection());
            QString error;
            QVERIFY2(repo.replaceAll(d, &error), qPrintable(error));
            QSqlQuery q(m_db->connection());
            QVERIFY(q.exec(s("PRAGMA foreign_keys = OFF")));
            for (const char *table : { "sources", "entities", "events", "relationships",
                                       "event_participants", "event_sources", "amounts" }) {
                const QString t = QLatin1String(table);
                const QString order =
                        t.contains(QLatin1Char('_')) || t == s("amounts") ? listOrder : recordOrder;
                for (const QString &sql :
                     { s("CREATE TEMP TABLE copied AS SELECT * FROM %1 ORDER BY %2").arg(t, order),
                       s("DELETE FROM %1").arg(t),
                       s("INSERT INTO %1 SELECT * FROM copied ORDER BY rowid").arg(t),
                       s("DROP TABLE copied") })
                    QVERIFY2(q.exec(sql), qPrintable(sql + q.lastError().text()));
            }
            QVERIFY(q.exec(s("PRAGMA foreign_keys = ON")));
            const auto loaded = repo.load(&error);
            QVERIFY2(loaded, qPrintable(error));
            compareDatasets(*loaded, d);
            // The indexes by id made as the rows came find every record where the list has it.
            for (const Event &e : loaded->events)
                QCOMPARE(loaded->event(e.id), &e);
            for (const Entity &e : loaded->entities)
                QCOMPARE(loaded->entity(e.id), &e);
            for (const Source &e : loaded->sources)
                QCOMPARE(loaded->source(e.id), &e);

            // The same with a helper reading the lists of events on a connection of its own:
            // taken where each event's rows come together, read again here where they do not.
            const int besideBefore = Repository::listsReadBeside();
            const auto shared = loadWithAHelper(&error);
            QVERIFY2(shared, qPrintable(error));
            compareDatasets(*shared, d);
            for (const Event &e : shared->events) // built on either thread
                QCOMPARE(shared->event(e.id), &e);
            checkReferencesShareText(*shared);
            if (listOrder == s("rowid"))
                QCOMPARE(Repository::listsReadBeside(), besideBefore + 1);
        }
    }

    // Deleting a company and undoing it gives its events their participants back as rows stored
    // after every other: the load with a helper still takes the helper's lists and reads again
    // only those events' (at 100,000 events the whole table read again took 0.15 s more).
    void anEventsRowsApartAreReadAgainAlone()
    {
        const Dataset d = synthetic(7);
        Repository repo(m_db->connection());
        QString error;
        QVERIFY2(repo.replaceAll(d, &error), qPrintable(error));
        QSqlQuery q(m_db->connection());
        QVERIFY(q.exec(s("SELECT event_id FROM event_participants WHERE ordinal = 1 "
                         "ORDER BY rowid")));
        QStringList withTwo; // events with two participants or more, as the table keeps them
        while (q.next())
            withTwo.append(q.value(0).toString());
        QVERIFY(withTwo.size() >= 2);
        // One in the middle (its rows then come in two groups) and the table's last one (its
        // first row then comes right after its second).
        for (const QString &event : { withTwo.at(withTwo.size() / 2), withTwo.constLast() }) {
            for (const QString &sql :
                 { s("CREATE TEMP TABLE moved AS SELECT * FROM event_participants "
                     "WHERE event_id = ? AND ordinal = 0"),
                   s("DELETE FROM event_participants WHERE event_id = ? AND ordinal = 0"),
                   s("INSERT INTO event_participants SELECT * FROM moved"),
                   s("DROP TABLE moved") }) {
                QVERIFY(q.prepare(sql));
                if (sql.contains(u'?'))
                    q.bindValue(0, event);
                QVERIFY2(q.exec(), qPrintable(sql + q.lastError().text()));
            }
        }
        const int besideBefore = Repository::listsReadBeside();
        const int againBefore = Repository::eventListsReadAgain();
        const auto shared = loadWithAHelper(&error);
        QVERIFY2(shared, qPrintable(error));
        compareDatasets(*shared, d);
        QCOMPARE(Repository::listsReadBeside(), besideBefore + 1);
        QCOMPARE(Repository::eventListsReadAgain(), againBefore + 2);
        checkReferencesShareText(*shared);
    }

    // Another program in the middle of a write holds the database's write lock: the load does
    // not wait for it to take its helper a snapshot, and reads the lists itself.
    void aWriterBusyLeavesTheLoadWithoutAHelper()
    {
        const Dataset d = synthetic(4);
        QString error;
        QVERIFY2(Repository(m_db->connection()).replaceAll(d, &error), qPrintable(error));
        Database other;
        QVERIFY2(other.open(m_dir->filePath(s("atlas.sqlite")), &error), qPrintable(error));
        QSqlQuery writing(other.connection());
        QVERIFY2(writing.exec(s("BEGIN IMMEDIATE")), qPrintable(writing.lastError().text()));

        const int besideBefore = Repository::listsReadBeside();
        const auto loaded = loadWithAHelper(&error);
        QVERIFY(writing.exec(s("ROLLBACK")));
        QVERIFY2(loaded, qPrintable(error));
        compareDatasets(*loaded, d);
        QCOMPARE(Repository::listsReadBeside(), besideBefore);
    }

    // A load sees the data as it was when its snapshot began: a write that lands meanwhile (another
    // window, another client) is not half read, and the next load sees all of it.
    void aLoadReadsOneStateWhileAnotherWrites()
    {
        const Dataset d = synthetic(3);
        Repository repo(m_db->connection());
        QString error;
        QVERIFY2(repo.replaceAll(d, &error), qPrintable(error));
        Database other;
        QVERIFY2(other.open(m_dir->filePath(s("atlas.sqlite")), &error), qPrintable(error));
        Dataset more = d;
        Event added = d.events.constFirst();
        added.id = s("ev-written-meanwhile");
        more.events.append(added);

        std::optional<Dataset> during;
        {
            ReadSnapshot snapshot(m_db->connection());
            QVERIFY2(Repository(other.connection()).replaceAll(more, &error), qPrintable(error));
            during = repo.load(&error);
        }
        QVERIFY2(during, qPrintable(error));
        compareDatasets(*during, d);
        const auto after = repo.load(&error);
        QVERIFY2(after, qPrintable(error));
        compareDatasets(*after, more);
    }

    // The window's progress bar: a whole load tells how far it has come as it reads, never
    // going back, and ends at exactly its total when every table it counted was read once
    // (a table left out of the count would fill the bar before the read ends).
    void loadTellsHowFarItHasCome()
    {
        SyntheticOptions o;
        o.companies = 200;
        o.events = 20000;
        o.relationships = 600;
        Dataset d = makeSyntheticDataset(o);
        d.relationships.first().spells.append({ PartialDate::fromString(s("2020")), {} });
        Repository repo(m_db->connection());
        QString error;
        QVERIFY2(repo.replaceAll(d, &error), qPrintable(error));

        Repository::Progress progress;
        QVERIFY(!progress.fraction()); // nothing counted yet
        repo.setProgress(&progress);
        std::vector<qint64> seen; // done, as another thread sees it during the read
        std::atomic<bool> reading{ true };
        std::thread watcher([&] {
            while (reading.load()) {
                const qint64 done = progress.done.load();
                if (seen.empty() || seen.back() != done)
                    seen.push_back(done);
            }
        });
        const auto loaded = repo.load(&error);
        reading = false;
        watcher.join();
        QVERIFY2(loaded, qPrintable(error));
        QCOMPARE(loaded->events.size(), d.events.size());
        const qint64 total = progress.total.load();
        QVERIFY(total > 0);
        QCOMPARE(progress.done.load(), total);
        QCOMPARE(progress.fraction(), std::optional<double>(1.0));
        QVERIFY(std::is_sorted(seen.cbegin(), seen.cend()));
        QVERIFY(std::all_of(seen.cbegin(), seen.cend(), [&](qint64 v) { return v <= total; }));

        // Records deleted (SQLite counts a table by its largest rowid): the bar never passes
        // its end, and a read of every row still ends near it.
        QSqlQuery deleting(m_db->connection());
        QVERIFY2(deleting.exec(s("DELETE FROM events WHERE rowid % 10 = 0")),
                 qPrintable(deleting.lastError().text()));
        const auto fewer = repo.load(&error);
        QVERIFY2(fewer, qPrintable(error));
        QCOMPARE(fewer->events.size(), d.events.size() - d.events.size() / 10);
        QVERIFY(progress.done.load() <= progress.total.load());
        QVERIFY(*progress.fraction() > 0.8);

        // A table read twice (its rows stored apart): the bar stays full, not beyond.
        QSqlQuery q(m_db->connection());
        for (const QString &sql :
             { s("PRAGMA foreign_keys = OFF"),
               s("CREATE TEMP TABLE copied AS SELECT * FROM event_participants ORDER BY ordinal"),
               s("DELETE FROM event_participants"),
               s("INSERT INTO event_participants SELECT * FROM copied ORDER BY rowid"),
               s("DROP TABLE copied"), s("PRAGMA foreign_keys = ON") })
            QVERIFY2(q.exec(sql), qPrintable(sql + q.lastError().text()));
        const auto again = repo.load(&error);
        QVERIFY2(again, qPrintable(error));
        compareDatasets(*again, *fewer);
        QVERIFY(progress.done.load() > progress.total.load());
        QCOMPARE(progress.fraction(), std::optional<double>(1.0));
    }

    void unknownKindIsReportedNotGuessed()
    {
        Repository repo(m_db->connection());
        QString error;
        QVERIFY2(repo.replaceAll(everyShapeDataset(), &error), qPrintable(error));
        QSqlQuery q(m_db->connection());
        QVERIFY(q.prepare(s("UPDATE events SET kind = ? WHERE id = ?")));
        q.bindValue(0, s("spaceship"));
        q.bindValue(1, s("ev-year"));
        QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
        QVERIFY(!repo.load(&error));
        QVERIFY2(error.contains(s("ev-year")) && error.contains(s("spaceship")), qPrintable(error));
    }

    void layoutSurvivesReplaceAll()
    {
        Repository repo(m_db->connection());
        QString error;
        const Dataset d = everyShapeDataset();
        QVERIFY2(repo.replaceAll(d, &error), qPrintable(error));
        {
            QSqlQuery q(m_db->connection());
            QVERIFY(q.prepare(s("INSERT INTO node_positions (entity_id, x, y) VALUES (?, ?, ?)")));
            for (const char *id : { "kt", "microsoft" }) {
                q.bindValue(0, s(id));
                q.bindValue(1, 12.5);
                q.bindValue(2, -3.25);
                QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
            }
        }
        Dataset withoutMicrosoft = d;
        withoutMicrosoft.entities.removeIf([](const Entity &e) { return e.id == s("microsoft"); });
        withoutMicrosoft.events.clear();
        withoutMicrosoft.relationships.clear();
        withoutMicrosoft.financials.removeIf(
                [](const FinancialFigure &f) { return f.companyId == s("microsoft"); });
        QVERIFY2(repo.replaceAll(withoutMicrosoft, &error), qPrintable(error));

        QSqlQuery q(m_db->connection());
        QVERIFY(q.exec(s("SELECT entity_id, x, y FROM node_positions")));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toString(), s("kt"));
        QCOMPARE(q.value(1).toDouble(), 12.5);
        QCOMPARE(q.value(2).toDouble(), -3.25);
        QVERIFY(!q.next()); // microsoft's position went with microsoft
    }

    // SqliteStatement::sharedTextAt(): a value met again is the string given for it before
    // (InRuns: in the row before; Often: in any row), and the text is always the row's.
    void repeatedTextIsReadAsOneString()
    {
        QSqlQuery q(m_db->connection());
        QVERIFY(q.exec(s("CREATE TEMP TABLE t (v TEXT)")));
        QVERIFY(q.prepare(s("INSERT INTO t (v) VALUES (?)")));
        const QStringList first = { s("c1"),   s("c1"),        s("c2"), s("c1"),
                                    QString(), s("\u00fcber"), s(""),   s("c2") };
        QVERIFY(m_db->connection().transaction());
        for (const QString &v : first) {
            q.addBindValue(v);
            QVERIFY(q.exec());
        }
        // More different values than are remembered: each still read as it is.
        const int many = int(SqliteStatement::kSharedValues) + 100;
        for (int i = 0; i < many; ++i) {
            q.addBindValue(s("x%1").arg(i));
            QVERIFY(q.exec());
        }
        QVERIFY(m_db->connection().commit());

        for (const Repeats repeats : { Repeats::InRuns, Repeats::Often }) {
            SqliteStatement read(m_db->connection(), s("SELECT v FROM t ORDER BY rowid"));
            QVERIFY(read.isValid());
            QStringList given;
            for (qsizetype row = 0; read.next(); ++row) {
                const QString *text = read.sharedTextAt(0, repeats);
                const QString expected =
                        row < first.size() ? first.at(row) : s("x%1").arg(row - first.size());
                // NULL and text that is not ASCII: not given here, read as textAt() reads them
                QCOMPARE(text == nullptr, expected.isNull() || expected == s("\u00fcber"));
                given.append(text ? *text : QString());
                if (text)
                    QCOMPARE(*text, expected);
            }
            QCOMPARE(given.size(), first.size() + many);
            QVERIFY(given.at(1).isSharedWith(given.at(0))); // c1, c1
            QVERIFY(!given.at(2).isSharedWith(given.at(0)));
            // c1 again after c2, and c2 after other values: one string each only when Often.
            QCOMPARE(given.at(3).isSharedWith(given.at(0)), repeats == Repeats::Often);
            QCOMPARE(given.at(7).isSharedWith(given.at(2)), repeats == Repeats::Often);
            QVERIFY(given.at(6).isEmpty() && !given.at(6).isNull());
        }
    }

private:
    // Each entity an event names and each source it cites is one string, however many events
    // name it: not a string per row of the list tables (two million at a million events).
    static void checkReferencesShareText(const Dataset &d)
    {
        QHash<QString, QString> seen;
        int repeated = 0;
        const auto check = [&](const QString &id) {
            const auto it = seen.constFind(id);
            if (it == seen.cend()) {
                seen.insert(id, id);
                return true;
            }
            ++repeated;
            return it->isSharedWith(id);
        };
        for (const Event &e : d.events) {
            for (const Participant &p : e.participants)
                QVERIFY2(check(p.entityId), qPrintable(e.id + s(": ") + p.entityId));
            for (const QString &id : e.sourceIds)
                QVERIFY2(check(id), qPrintable(e.id + s(": ") + id));
        }
        QVERIFY(repeated > 0);
    }

    // A whole load inside a snapshot a helper may join, as the window's read does it.
    std::optional<Dataset> loadWithAHelper(QString *error) const
    {
        const QSqlDatabase source = m_db->connection();
        ReadSnapshot snapshot(source, &source, s("atlas.sqlite"));
        Repository repo(source);
        repo.setSnapshot(&snapshot);
        return repo.load(error);
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
};

QTEST_GUILESS_MAIN(TestRepository)
#include "tst_repository.moc"
