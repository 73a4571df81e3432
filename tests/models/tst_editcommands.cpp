// SPDX-FileCopyrightText: 2026 Telco Atlas authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/validator.h"
#include "io/builtindataset.h"
#include "io/csvdataset.h"
#include "io/importplan.h"
#include "models/document.h"
#include "models/editcommands.h"
#include "models/workspace.h"
#include "storage/database.h"
#include "storage/repository.h"
#include "testsupport/tempworkspace.h"

#include <QSignalSpy>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

#include <functional>

using namespace atlas;

namespace {

Dataset builtin()
{
    QString error;
    auto d = BuiltinDataset::load(&error);
    if (!d)
        qFatal("%s", qPrintable(error));
    return *d;
}

using MakeCommand = std::function<EditCommand *(Document *)>;

} // namespace

Q_DECLARE_METATYPE(MakeCommand)

class TestEditCommands : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void undoRedo_data()
    {
        QTest::addColumn<MakeCommand>("make");
        QTest::addColumn<int>("selects"); // Document::SelectionType after redo
        Entity upstage;
        upstage.id = QStringLiteral("upstage");
        upstage.name = { QStringLiteral("Upstage"), QStringLiteral("업스테이지") };
        QTest::newRow("add entity")
                << MakeCommand([=](Document *d) { return EditCommands::addEntity(d, upstage); })
                << int(Document::SelectionType::Entity);
        QTest::newRow("edit entity") << MakeCommand([](Document *d) {
            Entity kt = *d->data().entity(QStringLiteral("kt"));
            kt.description.en = QStringLiteral("Edited");
            return EditCommands::updateEntity(d, kt);
        }) << int(Document::SelectionType::Entity);
        QTest::newRow("delete entity") << MakeCommand([](Document *d) {
            return EditCommands::removeEntity(d, QStringLiteral("kt"));
        }) << int(Document::SelectionType::None);
        QTest::newRow("add event") << MakeCommand([](Document *d) {
            Source s;
            s.id = QStringLiteral("src-mine");
            s.publisher = QStringLiteral("Me");
            s.url = QStringLiteral("https://example.org/a");
            Event e;
            e.id = QStringLiteral("ev-2025-q1-mine");
            e.kind = EventKind::Investment;
            e.date = PartialDate::quarter(2025, 1);
            e.title.en = QStringLiteral("Mine");
            e.participants = { { QStringLiteral("kt"), Role::Investor },
                               { QStringLiteral("perplexity"), Role::Investee } };
            e.amount = Amount{
                AmountPrecision::Approximate, QStringLiteral("USD"), 1e7, {}, {}, {}, {}
            };
            e.sourceIds = { s.id };
            return EditCommands::addEvent(d, e, { s });
        }) << int(Document::SelectionType::Event);
        QTest::newRow("edit event") << MakeCommand([](Document *d) {
            Event e = d->data().events.at(1);
            e.participants.append({ QStringLiteral("openai"), Role::Partner });
            e.date = PartialDate::year(e.date.yearValue());
            return EditCommands::updateEvent(d, e);
        }) << int(Document::SelectionType::Event);
        QTest::newRow("delete event") << MakeCommand([](Document *d) {
            return EditCommands::removeEvent(d, d->data().relationships.first().eventId);
        }) << int(Document::SelectionType::None);
        QTest::newRow("add relationship") << MakeCommand([](Document *d) {
            Relationship r;
            r.id = QStringLiteral("rel-new");
            r.type = RelationshipType::InvestsIn;
            r.fromId = QStringLiteral("kt");
            r.toId = QStringLiteral("perplexity");
            r.sourceIds = { d->data().sources.first().id };
            return EditCommands::addRelationship(d, r);
        }) << int(Document::SelectionType::Relationship);
        QTest::newRow("edit relationship") << MakeCommand([](Document *d) {
            Relationship r = d->data().relationships.at(3);
            r.validUntil = PartialDate::month(2031, 1);
            return EditCommands::updateRelationship(d, r);
        }) << int(Document::SelectionType::Relationship);
        QTest::newRow("delete relationship") << MakeCommand([](Document *d) {
            return EditCommands::removeRelationship(d, d->data().relationships.at(4).id);
        }) << int(Document::SelectionType::None);
        QTest::newRow("import") << MakeCommand([](Document *d) {
            QString error;
            const auto in = CsvDataset::parse(
                    "date,kind,title,participants\n2025-05,launch,New model,Upstage\n",
                    QStringLiteral("new.csv"), d->data(), &error);
            return EditCommands::import(d,
                                        ImportPlan::compute(d->data(), *in, DuplicatePolicy::Skip),
                                        QStringLiteral("new.csv"));
        }) << int(Document::SelectionType::None);
    }
    void undoRedo()
    {
        QFETCH(MakeCommand, make);
        QFETCH(int, selects);
        Document doc;
        doc.setData(builtin());
        const Dataset original = doc.data();
        // Every step is stored as the workspace stores it; the database must read back as the
        // document shows the data, in the same order.
        QTemporaryDir dir;
        Database db;
        QString error;
        QVERIFY2(db.open(dir.filePath(QStringLiteral("atlas.sqlite")), &error), qPrintable(error));
        Repository repo(db.connection());
        QVERIFY2(repo.replaceAll(original, &error), qPrintable(error));
        doc.setEditSink([&](const DataEdit &edit, const Dataset &after, QString *sinkError) {
            // As Workspace stores edits: only the rows the edit touches.
            return repo.applyEdit(edit, after, sinkError);
        });
        auto stored = [&] {
            const auto back = repo.load(&error);
            return back ? *back : Dataset();
        };
        QSignalSpy resets(&doc, &Document::dataReset);
        QSignalSpy applied(&doc, &Document::applied);
        QSignalSpy edits(&doc, &Document::dataEdited);

        EditCommand *command = make(&doc);
        QVERIFY(command);
        doc.undoStack()->push(command);
        QCOMPARE(doc.undoStack()->count(), 1);
        const Dataset edited = doc.data();
        QVERIFY(!(edited == original));
        QVERIFY(Validator::validate(edited).isEmpty());
        QCOMPARE(resets.count(), 0); // an edit is not a load: row signals, no reset
        QCOMPARE(applied.count(), 1);
        QCOMPARE(edits.count(), 1);
        QCOMPARE(int(doc.selection().type), selects);
        QVERIFY(!doc.undoStack()->undoText().isEmpty());

        QVERIFY(stored() == edited);

        doc.undoStack()->undo();
        QVERIFY(doc.data() == original);
        QVERIFY(stored() == original);
        doc.undoStack()->redo();
        QVERIFY(doc.data() == edited);
        QVERIFY(stored() == edited);
        doc.undoStack()->undo();
        QVERIFY(doc.data() == original);
        QVERIFY(stored() == original);
        QCOMPARE(edits.count(), 4);
        doc.setEditSink({});
    }

    void deletingAnEntityComesBackWhole()
    {
        Document doc;
        doc.setData(builtin());
        doc.setNodePosition(QStringLiteral("kt"), QPointF(12, 34));
        doc.selectEntity(QStringLiteral("kt"));
        const Dataset original = doc.data();
        doc.undoStack()->push(EditCommands::removeEntity(&doc, QStringLiteral("kt")));
        QVERIFY(!doc.data().entity(QStringLiteral("kt")));
        QCOMPARE(doc.selection().type, Document::SelectionType::None);
        for (const auto &r : doc.data().relationships)
            QVERIFY(r.fromId != QLatin1String("kt") && r.toId != QLatin1String("kt"));
        doc.undoStack()->undo();
        // Every relationship, participation and figure in its row, the node where it was.
        QVERIFY(doc.data() == original);
        QCOMPARE(doc.nodePosition(QStringLiteral("kt")), std::optional<QPointF>(QPointF(12, 34)));
        QCOMPARE(doc.selection().id, QStringLiteral("kt"));
    }

    void invalidEditIsRefused()
    {
        Document doc;
        doc.setData(builtin());
        const Dataset original = doc.data();
        QSignalSpy failures(&doc, &Document::editFailed);
        Event e = doc.data().events.first();
        e.participants.append({ QStringLiteral("nobody"), Role::Partner });
        doc.undoStack()->push(EditCommands::updateEvent(&doc, e));
        QCOMPARE(failures.count(), 1);
        QVERIFY(failures.first().first().toString().contains(QLatin1String("nobody")));
        QCOMPARE(doc.undoStack()->count(), 0);
        QVERIFY(doc.data() == original);
    }

    // An import checked by its plan at one state of the data is checked again by the document
    // when the data changed before it was applied (a remote change while the preview was open).
    void checkedEditIsCheckedWhenTheDataChangedSince()
    {
        Document doc;
        doc.setData(builtin());
        const quint64 planned = doc.changeCount();
        Entity renamed = doc.data().entities.first();
        renamed.name.en = QStringLiteral("Renamed meanwhile");
        QString error;
        QVERIFY2(doc.applyEdit(DataEdit::updateEntity(doc.data(), renamed), &error),
                 qPrintable(error));
        const Dataset before = doc.data();
        QSignalSpy failures(&doc, &Document::editFailed);
        Event e = doc.data().events.first();
        e.id = QStringLiteral("ev-checked-before");
        e.participants.append({ QStringLiteral("nobody"), Role::Partner });
        auto *command =
                new EditCommand(&doc, DataEdit::addEvent(doc.data(), e), QStringLiteral("Import"));
        command->setCheckedAt(planned);
        doc.undoStack()->push(command);
        QCOMPARE(failures.count(), 1);
        QVERIFY(failures.first().first().toString().contains(QLatin1String("nobody")));
        QCOMPARE(doc.undoStack()->count(), 0);
        QVERIFY(doc.data() == before);
    }

    void failingStorageLeavesEverythingAsItWas()
    {
        Document doc;
        doc.setData(builtin());
        const Dataset original = doc.data();
        bool storageWorks = false;
        doc.setEditSink([&](const DataEdit &, const Dataset &, QString *error) {
            if (!storageWorks)
                *error = QStringLiteral("disk full");
            return storageWorks;
        });
        QSignalSpy failures(&doc, &Document::editFailed);
        QSignalSpy resets(&doc, &Document::dataReset);
        doc.undoStack()->push(EditCommands::removeEntity(&doc, QStringLiteral("kt")));
        QCOMPARE(failures.count(), 1);
        QCOMPARE(failures.first().first().toString(), QStringLiteral("disk full"));
        QCOMPARE(resets.count(), 0);
        QCOMPARE(doc.undoStack()->count(), 0);
        QVERIFY(doc.data() == original);

        storageWorks = true;
        doc.undoStack()->push(EditCommands::removeEntity(&doc, QStringLiteral("kt")));
        QCOMPARE(doc.undoStack()->count(), 1);
        storageWorks = false;
        const Dataset edited = doc.data();
        doc.undoStack()->undo();
        // An undo the storage refuses changes nothing and leaves the stack clean of it.
        QVERIFY(doc.data() == edited);
        QCOMPARE(failures.count(), 2);
    }

    // One transaction: a write that fails half-way leaves the database as it was.
    void failedWriteRollsBack()
    {
        const Dataset original = builtin();
        QTemporaryDir dir;
        Database db;
        QString error;
        QVERIFY2(db.open(dir.filePath(QStringLiteral("atlas.sqlite")), &error), qPrintable(error));
        Repository repo(db.connection());
        QVERIFY2(repo.replaceAll(original, &error), qPrintable(error));
        const DataEdit removal =
                DataEdit::removeRelationship(original, original.relationships.first().id);
        Dataset upserts;
        Entity fine;
        fine.id = QStringLiteral("fine-co");
        fine.name.en = QStringLiteral("Fine");
        upserts.entities = { fine };
        Event broken = original.events.first();
        broken.participants.append({ QStringLiteral("nobody"), Role::Partner }); // no such entity
        upserts.events = { broken };
        QVERIFY(!repo.applyChanges(upserts, removal.removedRecords(), original, &error));
        QVERIFY2(error.contains(broken.id), qPrintable(error));
        const auto back = repo.load(&error);
        QVERIFY(back);
        QVERIFY(*back == original);
    }

    // An edit goes into SQLite's write-ahead log at once; copying the log into the database
    // file (a checkpoint, a few thousand page writes) waits until the user pauses, so it is not
    // part of any edit. SQLite does it by itself only past Database::autoCheckpointPages.
    void checkpointWaitsForAPause()
    {
        test::TempWorkspace temp;
        const QString path = temp.databasePath();
        {
            Database db;
            QString error;
            QVERIFY2(db.open(path, &error), qPrintable(error));
            QSqlQuery q(db.connection());
            QVERIFY(q.exec(QStringLiteral("PRAGMA wal_autocheckpoint")) && q.next());
            QCOMPARE(q.value(0).toInt(), Database::autoCheckpointPages);
        }
        Document document;
        Workspace workspace(&document);
        QString error;
        QVERIFY2(workspace.open(path, &error), qPrintable(error));
        Entity company = document.data().entities.first();
        auto rename = [&](const QString &name) {
            company.name.en = name;
            document.undoStack()->push(EditCommands::updateEntity(&document, company));
        };
        const QByteArray opened = test::fileDigest(path);
        rename(QStringLiteral("Renamed once"));
        QTRY_VERIFY_WITH_TIMEOUT(test::fileDigest(path) != opened,
                                 Workspace::checkpointDelayMs * 4);
        // Once that edit has been copied in, the file stays as it is through the next edit, its
        // undo and its redo, and takes them in after the pause.
        const QByteArray before = test::fileDigest(path);
        rename(QStringLiteral("Renamed twice"));
        document.undoStack()->undo();
        document.undoStack()->redo();
        QCOMPARE(test::fileDigest(path), before);
        QTRY_VERIFY_WITH_TIMEOUT(test::fileDigest(path) != before,
                                 Workspace::checkpointDelayMs * 4);
        // What the file holds now, read without the log: the last edit.
        QTemporaryDir copy;
        const QString alone = copy.filePath(QStringLiteral("alone.sqlite"));
        QVERIFY(QFile::copy(path, alone));
        Database db;
        QVERIFY2(db.open(alone, &error), qPrintable(error));
        const auto stored = Repository(db.connection()).load(&error);
        QVERIFY2(stored, qPrintable(error));
        QCOMPARE(stored->entity(company.id)->name.en, QStringLiteral("Renamed twice"));
    }

    void editsKeepTheUndoHistoryAndTimeWindow()
    {
        Document doc;
        doc.setData(builtin());
        doc.setTimeWindow(QDate(2024, 1, 1), QDate(2024, 12, 31));
        Entity a;
        a.id = QStringLiteral("a-co");
        a.name.en = QStringLiteral("A Co");
        doc.undoStack()->push(EditCommands::addEntity(&doc, a));
        Entity b = a;
        b.id = QStringLiteral("b-co");
        doc.undoStack()->push(EditCommands::addEntity(&doc, b));
        QCOMPARE(doc.undoStack()->count(), 2);
        QCOMPARE(doc.windowFrom(), QDate(2024, 1, 1));
        QCOMPARE(doc.windowTo(), QDate(2024, 12, 31));
        QVERIFY(!EditCommands::updateEntity(&doc, b)); // nothing changes: no command
        QVERIFY(!EditCommands::removeEntity(&doc, QStringLiteral("nobody")));
    }
};

QTEST_GUILESS_MAIN(TestEditCommands)
#include "tst_editcommands.moc"
