// SPDX-FileCopyrightText: 2026 Telco Atlas authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Team mode: two analysts (two Workspaces, two connections) on one database. What B stores shows
// up in A's open document by itself, row by row, without touching A's undo stack, selection or
// time window; an edit or undo A bases on a record B changed meanwhile is refused, nothing is
// written, and A's document then shows B's record. Every test runs on a shared SQLite file and,
// when ATLAS_TEST_POSTGRES_URL names a scratch database, on PostgreSQL (skipped otherwise).
#include "core/dataedit.h"
#include "models/document.h"
#include "models/editcommands.h"
#include "models/workspace.h"
#include "storage/repository.h"
#include "testsupport/postgresscratch.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QSignalSpy>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

#include <memory>

using namespace atlas;

namespace {

QString s(const char *text)
{
    return QString::fromUtf8(text);
}

struct Analyst
{
    Document document;
    std::unique_ptr<Workspace> workspace;
    QStringList notes;
};

Event newEvent(const Dataset &data, const QString &id)
{
    Event e;
    e.id = id;
    e.kind = EventKind::Partnership;
    e.date = PartialDate::fromString(s("2025-03-14"));
    e.title = { s("Remote event ") + id, s("원격 사건 ") + id };
    e.summary = { s("Imported by analyst B"), s("분석가 B가 가져옴") };
    e.participants.append({ data.entities.at(0).id, Role::Partner });
    e.participants.append({ data.entities.at(1).id, Role::Partner });
    e.sourceIds.append(data.sources.at(0).id);
    return e;
}

} // namespace

class TestLiveUpdates : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void initTestCase_data()
    {
        QTest::addColumn<QString>("backend");
        QTest::newRow("sqlite") << s("sqlite");
        QTest::newRow("postgres") << s("postgres");
    }

    void init()
    {
        QFETCH_GLOBAL(QString, backend);
        QString error;
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        QVERIFY2(test::scratchDatabase(backend, m_dir->filePath(s("team.sqlite")), &m_spec, &error),
                 qPrintable(error));
        if (m_spec.isEmpty())
            QSKIP(test::noPostgresReason);
        m_a = std::make_unique<Analyst>();
        m_b = std::make_unique<Analyst>();
        for (Analyst *analyst : { m_a.get(), m_b.get() }) {
            analyst->workspace = std::make_unique<Workspace>(&analyst->document);
            analyst->workspace->setPasswordStore(nullptr);
            analyst->workspace->setRemoteChangeHandler(
                    [analyst](const QString &note) { analyst->notes.append(note); });
            QVERIFY2(analyst->workspace->open(m_spec, &error), qPrintable(error));
        }
        QCOMPARE(m_a->document.data(), m_b->document.data());
    }

    void cleanup()
    {
        m_a.reset();
        m_b.reset();
        m_dir.reset();
    }

    // B imports events; A's window shows them without a reload: rows inserted, the undo stack,
    // selection and time window as A left them, and a note for the status bar.
    void importShowsUpInOtherWindow()
    {
        Document &a = m_a->document;
        // A has work of its own on the undo stack, a selection and a time window.
        Entity renamed = a.data().entities.at(2);
        renamed.name.en = s("Renamed by A");
        auto *own = EditCommands::updateEntity(&a, renamed);
        QVERIFY(own);
        a.undoStack()->push(own);
        QCOMPARE(a.data().entities.at(2).name.en, s("Renamed by A"));
        a.selectEntity(a.data().entities.at(3).id);
        const Document::Selection selection = a.selection();
        a.setTimeWindow(QDate(2020, 1, 1), QDate(2026, 12, 31));
        QSignalSpy resets(&a, &Document::dataReset);
        QSignalSpy inserted(&a, &Document::recordsInserted);

        // B "imports" five events in one edit.
        Document &b = m_b->document;
        QTRY_COMPARE(b.data().entities.at(2).name.en, s("Renamed by A")); // B follows A too
        DataEdit import;
        const qsizetype rows = b.data().events.size();
        for (int i = 0; i < 5; ++i)
            import.events.inserted.append({ rows + i, newEvent(b.data(), s("remote-%1").arg(i)) });
        QString error;
        QVERIFY2(b.applyEdit(import, &error), qPrintable(error));
        QElapsedTimer latency;
        latency.start();

        QTRY_VERIFY(a.data().event(s("remote-4")));
        // A figure, not a limit: the issue asks for under 2 s.
        QFETCH_GLOBAL(QString, backend);
        qInfo("%s: A's window showed B's import %lld ms after B stored it", qPrintable(backend),
              latency.elapsed());
        for (int i = 0; i < 5; ++i)
            QCOMPARE(*a.data().event(s("remote-%1").arg(i)),
                     *b.data().event(s("remote-%1").arg(i)));
        QCOMPARE(a.data().events.size(), b.data().events.size());
        QCOMPARE(resets.count(), 0);
        QVERIFY(!inserted.isEmpty());
        QCOMPARE(inserted.constFirst().at(0).value<RecordType>(), RecordType::Event);
        QCOMPARE(a.undoStack()->count(), 1);
        QCOMPARE(a.undoStack()->index(), 1);
        QCOMPARE(a.selection(), selection);
        QCOMPARE(a.windowFrom(), QDate(2020, 1, 1));
        QCOMPARE(a.windowTo(), QDate(2026, 12, 31));
        QVERIFY(!m_a->notes.isEmpty());
        QVERIFY2(m_a->notes.constLast().contains(QLatin1String("5")),
                 qPrintable(m_a->notes.constLast()));

        // A's own edit still undoes, and B sees that too.
        a.undoStack()->undo();
        QVERIFY(a.data().entities.at(2).name.en != s("Renamed by A"));
        QTRY_COMPARE(b.data().entities.at(2), a.data().entities.at(2));
    }

    // A large import is one entry in the change log, not a row per record; A's window still
    // gets every record (comparing everything with what is stored), without a reset, and A adding
    // an id the import took is refused with the time of the import.
    void largeImportIsLoggedOnce()
    {
        Document &a = m_a->document;
        Document &b = m_b->document;
        Repository repo(m_b->workspace->database()->connection());
        QString error;
        // An event B changed long ago (its own log entry says 2001), which the import changes.
        Event old = b.data().events.at(2);
        old.title.en = s("Changed long ago");
        QVERIFY2(b.applyEdit(DataEdit::updateEvent(b.data(), old), &error), qPrintable(error));
        QSqlQuery age(m_b->workspace->database()->connection());
        QVERIFY(age.prepare(s("UPDATE change_log SET changed_at = ? WHERE record_id = ?")));
        age.addBindValue(s("2001-01-01T00:00:00.000Z"));
        age.addBindValue(old.id);
        QVERIFY2(age.exec(), qPrintable(age.lastError().text()));
        QTRY_COMPARE(a.data().events.at(2).title.en, old.title.en);

        const auto before = repo.lastSequence(&error);
        QVERIFY2(before, qPrintable(error));
        DataEdit import;
        const qsizetype rows = b.data().events.size();
        const int count = 6000;
        for (int i = 0; i < count; ++i)
            import.events.inserted.append({ rows + i, newEvent(b.data(), s("bulk-%1").arg(i)) });
        Event imported = old;
        imported.title.en = s("Changed by the import");
        import.events.changed.append({ old, imported });
        QVERIFY2(b.applyEdit(import, &error), qPrintable(error));
        const auto log = repo.changesSince(*before, &error);
        QVERIFY2(log, qPrintable(error));
        QCOMPARE(log->size(), 1);
        QCOMPARE(log->constFirst().recordType, s("dataset"));

        QSignalSpy resets(&a, &Document::dataReset);
        // A, not yet told, changes that event: refused, naming the import's time, not 2001.
        Event stale = old;
        stale.title.en = s("Changed by A");
        QVERIFY(!a.applyEdit(DataEdit::updateEvent(a.data(), stale), &error));
        QVERIFY2(error.contains(s("changed by someone else at "))
                         && error.contains(QString::number(QDate::currentDate().year()))
                         && !error.contains(s("2001")),
                 qPrintable(error));
        Event mine = newEvent(a.data(), s("bulk-17"));
        QVERIFY(!a.applyEdit(DataEdit::addEvent(a.data(), mine), &error));
        QVERIFY2(error.contains(s("added by someone else at "))
                         && error.contains(QString::number(QDate::currentDate().year())),
                 qPrintable(error));
        QTRY_VERIFY(a.data().event(s("bulk-%1").arg(count - 1)));
        QCOMPARE(a.data(), b.data());
        QCOMPARE(resets.count(), 0);
    }

    // Changes and deletions come in as well; a deleted selected record is unselected.
    void changeAndDeleteShowUp()
    {
        Document &a = m_a->document;
        Document &b = m_b->document;
        const QString eventId = a.data().events.at(4).id;
        a.selectEvent(eventId);
        Entity changed = b.data().entities.at(5);
        changed.description.en = s("Changed by B");
        QString error;
        QVERIFY2(b.applyEdit(DataEdit::updateEntity(b.data(), changed), &error), qPrintable(error));
        QVERIFY2(b.applyEdit(DataEdit::removeEvent(b.data(), eventId), &error), qPrintable(error));

        QTRY_VERIFY(!a.data().event(eventId));
        QCOMPARE(a.data().entities.at(5).description.en, s("Changed by B"));
        QCOMPARE(a.data(), b.data());
        QCOMPARE(a.selection().type, Document::SelectionType::None);
    }

    // A month later somebody opens the database for writing and the old change-log entries go,
    // all but the newest write's, so the sequence keeps counting. A, behind by a change that was
    // pruned, notices the gap and still ends up with everything, row by row.
    void prunedChangeLogStillCatchesUp()
    {
        Document &a = m_a->document;
        Document &b = m_b->document;
        Entity first = b.data().entities.at(6);
        first.ticker = s("PRUNED");
        Entity second = b.data().entities.at(7);
        second.ticker = s("KEPT");
        QString error;
        QVERIFY2(b.applyEdit(DataEdit::updateEntity(b.data(), first), &error), qPrintable(error));
        QVERIFY2(b.applyEdit(DataEdit::updateEntity(b.data(), second), &error), qPrintable(error));
        {
            Repository repo(m_b->workspace->database()->connection());
            const auto last = repo.lastSequence(&error);
            QVERIFY2(last, qPrintable(error));
            QSqlQuery age(m_b->workspace->database()->connection());
            QVERIFY(age.prepare(s("UPDATE change_log SET changed_at = ? WHERE seq < ?")));
            age.addBindValue(QDateTime::currentDateTimeUtc()
                                     .addDays(-Workspace::changeLogKeepDays - 1)
                                     .toString(Qt::ISODateWithMs));
            age.addBindValue(*last);
            QVERIFY2(age.exec(), qPrintable(age.lastError().text()));

            Document c;
            Workspace later(&c);
            later.setPasswordStore(nullptr);
            QVERIFY2(later.open(m_spec, &error), qPrintable(error));
            QCOMPARE(later.lastSequence(), *last);
            const auto left = repo.changesSince(0, &error);
            QVERIFY2(left, qPrintable(error));
            QVERIFY(!left->isEmpty());
            for (const Repository::Change &change : *left)
                QCOMPARE(change.seq, *last);
        }
        QSignalSpy resets(&a, &Document::dataReset);
        QTRY_COMPARE(a.data().entities.at(7).ticker, s("KEPT"));
        QCOMPARE(a.data().entities.at(6).ticker, s("PRUNED"));
        QCOMPARE(a.data(), b.data());
        QCOMPARE(resets.count(), 0);
    }

    // A's own writes come back through the change log but are not applied a second time.
    void ownWritesAreNotAppliedTwice()
    {
        Document &a = m_a->document;
        Entity changed = a.data().entities.at(1);
        changed.ticker = s("OWN");
        QString error;
        QVERIFY2(a.applyEdit(DataEdit::updateEntity(a.data(), changed), &error), qPrintable(error));
        QSignalSpy applied(&a, &Document::applied);
        const qint64 before = m_a->workspace->lastSequence();
        QVERIFY2(m_a->workspace->fetchChanges(&error), qPrintable(error));
        QVERIFY(m_a->workspace->lastSequence() > before);
        QCOMPARE(applied.count(), 0);
        QVERIFY(m_a->notes.isEmpty());
    }

    // A edits a record B changed after A read it: refused with a message naming the record and
    // when it changed, nothing written, and A's document then shows B's record.
    void staleEditIsRefused()
    {
        Document &a = m_a->document;
        Document &b = m_b->document;
        const QString id = a.data().entities.at(6).id;
        Entity byB = *b.data().entity(id);
        byB.name.en = s("Name by B");
        QString error;
        QVERIFY2(b.applyEdit(DataEdit::updateEntity(b.data(), byB), &error), qPrintable(error));

        // A has not heard of it yet (no event loop ran) and edits the same record.
        Entity byA = *a.data().entity(id);
        byA.name.en = s("Name by A");
        QSignalSpy applied(&a, &Document::applied);
        QVERIFY(!a.applyEdit(DataEdit::updateEntity(a.data(), byA), &error));
        QVERIFY2(error.contains(id), qPrintable(error));
        QVERIFY2(error.contains(s("changed by someone else at ")), qPrintable(error));
        QVERIFY2(error.contains(QString::number(QDate::currentDate().year())), qPrintable(error));
        QCOMPARE(applied.count(), 0);

        // Nothing of A's edit was written.
        Document check;
        Workspace third(&check);
        third.setPasswordStore(nullptr);
        QVERIFY2(third.open(m_spec, &error), qPrintable(error));
        QCOMPARE(check.data().entity(id)->name.en, s("Name by B"));

        // A's window shows the current record at once, and A's next edit of it goes through.
        QTRY_COMPARE(a.data().entity(id)->name.en, s("Name by B"));
        byA = *a.data().entity(id);
        byA.ticker = s("AAA");
        QVERIFY2(a.applyEdit(DataEdit::updateEntity(a.data(), byA), &error), qPrintable(error));
    }

    // A deletes a record B deleted meanwhile, or adds an id B added: refused too.
    void staleDeleteAndDuplicateInsertAreRefused()
    {
        Document &a = m_a->document;
        Document &b = m_b->document;
        const QString id = a.data().relationships.at(0).id;
        QString error;
        Relationship byB = *b.data().relationship(id);
        byB.validUntil = PartialDate::fromString(s("2030"));
        QVERIFY2(b.applyEdit(DataEdit::updateRelationship(b.data(), byB), &error),
                 qPrintable(error));
        QVERIFY(!a.applyEdit(DataEdit::removeRelationship(a.data(), id), &error));
        QVERIFY2(error.contains(id), qPrintable(error));

        const Event fresh = newEvent(b.data(), s("both-add"));
        QVERIFY2(b.applyEdit(DataEdit::addEvent(b.data(), fresh), &error), qPrintable(error));
        Event mine = fresh;
        mine.title.en = s("A's version");
        QVERIFY(!a.applyEdit(DataEdit::addEvent(a.data(), mine), &error));
        QVERIFY2(error.contains(s("both-add")) && error.contains(s("added by someone else")),
                 qPrintable(error));
        QTRY_VERIFY(a.data().event(s("both-add")));
        QCOMPARE(a.data().event(s("both-add"))->title.en, fresh.title.en);
        QTRY_COMPARE(a.data().relationship(id)->validUntil, byB.validUntil);
    }

    // An undo is an edit too: undoing A's change after B changed the record again is refused,
    // B's record stays, and A's document shows it.
    void staleUndoIsRefused()
    {
        Document &a = m_a->document;
        Document &b = m_b->document;
        const QString id = a.data().entities.at(7).id;
        Entity byA = *a.data().entity(id);
        const QString original = byA.name.en;
        byA.name.en = s("A first");
        a.undoStack()->push(EditCommands::updateEntity(&a, byA));
        QString error;
        QVERIFY2(m_b->workspace->fetchChanges(&error), qPrintable(error));
        QCOMPARE(b.data().entity(id)->name.en, s("A first"));
        Entity byB = *b.data().entity(id);
        byB.name.en = s("B second");
        QVERIFY2(b.applyEdit(DataEdit::updateEntity(b.data(), byB), &error), qPrintable(error));

        QSignalSpy failed(&a, &Document::editFailed);
        a.undoStack()->undo();
        QCOMPARE(failed.count(), 1);
        const QString message = failed.constFirst().at(0).toString();
        QVERIFY2(message.contains(id) && message.contains(s("changed by someone else")),
                 qPrintable(message));
        QTRY_COMPARE(a.data().entity(id)->name.en, s("B second"));
        QVERIFY(a.data().entity(id)->name.en != original);
        // B's record is what the database holds.
        QVERIFY2(m_b->workspace->fetchChanges(&error), qPrintable(error));
        QCOMPARE(b.data().entity(id)->name.en, s("B second"));
    }

    // A deletes an event and adds one; B deletes the first event, above both in A's lists. A's
    // undos still apply (their rows are found again), and B sees them.
    void undoAfterRemoteDeletionAboveIsRebased()
    {
        Document &a = m_a->document;
        Document &b = m_b->document;
        QString error;
        const QString gone = a.data().events.constLast().id;
        const Event goneEvent = *a.data().event(gone);
        a.undoStack()->push(EditCommands::removeEvent(&a, gone));
        a.undoStack()->push(EditCommands::addEvent(&a, newEvent(a.data(), s("a-added"))));
        QVERIFY2(m_b->workspace->fetchChanges(&error), qPrintable(error));
        QVERIFY(b.data().event(s("a-added")) && !b.data().event(gone));
        const QString first = b.data().events.constFirst().id;
        QVERIFY(first != gone);
        QVERIFY2(b.applyEdit(DataEdit::removeEvent(b.data(), first), &error), qPrintable(error));
        QVERIFY2(m_a->workspace->fetchChanges(&error), qPrintable(error));
        QVERIFY(!a.data().event(first));

        QSignalSpy failed(&a, &Document::editFailed);
        a.undoStack()->undo(); // the added event goes, one row higher than when it was added
        a.undoStack()->undo(); // the deleted event comes back
        QVERIFY2(failed.isEmpty(),
                 failed.isEmpty() ? "" : qPrintable(failed.at(0).at(0).toString()));
        QVERIFY(!a.data().event(s("a-added")));
        QVERIFY(a.data().event(gone) && *a.data().event(gone) == goneEvent);
        QVERIFY(!a.data().event(first));
        QVERIFY2(m_b->workspace->fetchChanges(&error), qPrintable(error));
        QCOMPARE(b.data().event(gone) != nullptr, true);
        QVERIFY(!b.data().event(s("a-added")));
        // And forward again.
        a.undoStack()->redo();
        QVERIFY2(failed.isEmpty(),
                 failed.isEmpty() ? "" : qPrintable(failed.at(0).at(0).toString()));
        QVERIFY(!a.data().event(gone));
    }

    // A moves a graph node and later lets it go back to the layout: B's graph follows both, with
    // a note, and B writes nothing back (A then sees no change from B).
    void graphPositionsFollow()
    {
        Document &a = m_a->document;
        Document &b = m_b->document;
        const QString id = a.data().entities.at(3).id;
        QString error;
        a.setNodePosition(id, QPointF(120.5, -40.25));
        QSignalSpy moved(&b, &Document::nodePositionChanged);
        QVERIFY2(m_b->workspace->fetchChanges(&error), qPrintable(error));
        QCOMPARE(b.nodePosition(id), std::optional(QPointF(120.5, -40.25)));
        QCOMPARE(moved.count(), 1);
        QVERIFY2(m_b->notes.constLast().contains(s("moved")), qPrintable(m_b->notes.join(s("|"))));
        const qsizetype notesOfA = m_a->notes.size();
        QVERIFY2(m_a->workspace->fetchChanges(&error), qPrintable(error));
        QCOMPARE(m_a->notes.size(), notesOfA);

        a.setNodePosition(id, std::nullopt);
        QVERIFY2(m_b->workspace->fetchChanges(&error), qPrintable(error));
        QCOMPARE(b.nodePosition(id), std::nullopt);
        QCOMPARE(moved.count(), 2);
    }

    // PostgreSQL: the server drops A's connection. A's next edit is refused with a message saying
    // so, A goes offline, reconnects by itself, catches up with what B stored meanwhile, and
    // edits again.
    void connectionLossAndReconnect()
    {
        QFETCH_GLOBAL(QString, backend);
        if (backend != QLatin1String("postgres"))
            QSKIP("SQLite has no connection to lose");
        Workspace &wsA = *m_a->workspace;
        QList<bool> states;
        wsA.setConnectionHandler(
                [&states](bool online, const QString &) { states.append(online); });
        QSqlQuery pid(wsA.database()->connection());
        QVERIFY(pid.exec(s("SELECT pg_backend_pid()")) && pid.next());
        const int backendPid = pid.value(0).toInt();
        pid.finish();
        QSqlQuery kill(m_b->workspace->database()->connection());
        QVERIFY(kill.prepare(s("SELECT pg_terminate_backend(?)")));
        kill.bindValue(0, backendPid);
        QVERIFY2(kill.exec(), qPrintable(kill.lastError().text()));

        Document &a = m_a->document;
        Document &b = m_b->document;
        Entity byA = a.data().entities.at(8);
        byA.ticker = s("OFF");
        QString error;
        QVERIFY(!a.applyEdit(DataEdit::updateEntity(a.data(), byA), &error));
        QVERIFY2(error.contains(s("connection")) && error.contains(s("nothing was changed")),
                 qPrintable(error));
        QVERIFY(!wsA.isOnline());
        QCOMPARE(states, QList<bool>{ false });
        // Still offline: refused at once, with the same message.
        if (!wsA.isOnline()) {
            QVERIFY(!a.applyEdit(DataEdit::updateEntity(a.data(), byA), &error));
            QVERIFY2(error.contains(s("connection")), qPrintable(error));
        }

        Entity byB = b.data().entities.at(9);
        byB.ticker = s("WHILEOFF");
        QVERIFY2(b.applyEdit(DataEdit::updateEntity(b.data(), byB), &error), qPrintable(error));

        QTRY_VERIFY(wsA.isOnline());
        QCOMPARE(states, (QList<bool>{ false, true }));
        QTRY_COMPARE(a.data().entities.at(9).ticker, s("WHILEOFF"));
        QVERIFY2(a.applyEdit(DataEdit::updateEntity(a.data(), byA), &error), qPrintable(error));
        QTRY_COMPARE(b.data().entities.at(8).ticker, s("OFF"));
    }

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_spec;
    std::unique_ptr<Analyst> m_a;
    std::unique_ptr<Analyst> m_b;
};

QTEST_GUILESS_MAIN(TestLiveUpdates)
#include "tst_liveupdates.moc"
