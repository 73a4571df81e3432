// SPDX-FileCopyrightText: 2026 Telco Atlas authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Opening while the window appears (Workspace::openInBackground): the data read on a worker
// thread is the data open() reads; meanwhile edits are refused and nothing is written; a damaged
// file is found before anything is written; another open or closing stops the read. On SQLite
// and, when ATLAS_TEST_POSTGRES_URL names a scratch database, on PostgreSQL (skipped otherwise).
#include "core/dataedit.h"
#include "core/syntheticdataset.h"
#include "models/document.h"
#include "models/workspace.h"
#include "storage/database.h"
#include "storage/repository.h"
#include "testsupport/postgresscratch.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QScopeGuard>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace atlas;

namespace {

QString s(const char *text)
{
    return QString::fromUtf8(text);
}

QByteArray digest(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
}

Dataset sample()
{
    SyntheticOptions o;
    o.companies = 60;
    o.events = 3000;
    o.relationships = 120;
    return makeSyntheticDataset(o);
}

// What openInBackground() reported, once it did.
struct Outcome
{
    bool called = false;
    bool ok = false;
    QString message;
    std::function<void(bool, const QString &)> callback()
    {
        return [this](bool result, const QString &text) {
            called = true;
            ok = result;
            message = text;
        };
    }
};

// Damages an SQLite file: the log copied in (none left beside it), the file left in WAL mode
// (as Telco Atlas writes them) or in the rollback journal's, then a page in the middle of the
// file, where the events are, overwritten.
bool damage(const QString &path, bool wal)
{
    {
        Database db;
        QString error;
        if (!db.open(path, &error))
            return false;
        QSqlQuery q(db.connection());
        if (!q.exec(s("PRAGMA wal_checkpoint(TRUNCATE)"))
            || (!wal && !q.exec(s("PRAGMA journal_mode = DELETE"))))
            return false;
    }
    QFile f(path);
    if (QFile::exists(path + s("-wal")) || !f.open(QIODevice::ReadWrite))
        return false;
    const qint64 pages = f.size() / 4096;
    return pages > 20 && f.seek((pages / 2) * 4096)
            && f.write(QByteArray(4096, char(0x5a))) == 4096;
}

DataEdit newEntity(const QString &id)
{
    Entity e;
    e.id = id;
    e.kind = EntityKind::Company;
    e.name = { s("Added while reading"), s("읽는 중에 추가") };
    DataEdit edit;
    edit.entities.inserted.append({ 0, e });
    return edit;
}

} // namespace

class TestBackgroundOpen : public QObject
{
    Q_OBJECT

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_spec;
    QString m_entity; // one with a saved graph position

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
        QVERIFY2(test::scratchDatabase(backend, m_dir->filePath(s("background.sqlite")), &m_spec,
                                       &error),
                 qPrintable(error));
        if (m_spec.isEmpty())
            QSKIP(test::noPostgresReason);
        Database db;
        QVERIFY2(db.open(m_spec, &error), qPrintable(error));
        Repository repo(db.connection());
        QVERIFY2(repo.replaceAll(sample(), &error), qPrintable(error));
        m_entity = sample().entities.at(1).id;
        QVERIFY2(repo.saveNodePositions({ { m_entity, QPointF(12.5, -3.25) } }, &error),
                 qPrintable(error));
    }

    void cleanup() { m_dir.reset(); }

    // The window's document gets what open() gives, node positions included; until then it is
    // empty and an edit is refused with a message naming the database, and nothing is stored.
    void readsWhatOpenReads()
    {
        Document reference;
        Workspace referenceSpace(&reference);
        referenceSpace.setPasswordStore(nullptr);
        QString error;
        QVERIFY2(referenceSpace.open(m_spec, &error), qPrintable(error));

        Document document;
        Workspace workspace(&document);
        workspace.setPasswordStore(nullptr);
        Outcome outcome;
        QVERIFY2(workspace.openInBackground(m_spec, &error, outcome.callback()), qPrintable(error));
        QVERIFY(workspace.isLoading());
        QVERIFY(workspace.database());
        QVERIFY(document.data().events.isEmpty());
        QString editError;
        QVERIFY(!document.applyEdit(newEntity(s("during-read")), &editError));
        QVERIFY2(editError.contains(workspace.database()->displayName()), qPrintable(editError));
        QVERIFY(document.data().entities.isEmpty());

        QTRY_VERIFY_WITH_TIMEOUT(outcome.called, 20000);
        QVERIFY2(outcome.ok, qPrintable(outcome.message));
        QVERIFY(!workspace.isLoading());
        QCOMPARE(document.data().events.size(), reference.data().events.size());
        QVERIFY(document.data() == reference.data());
        QCOMPARE(document.nodePositions(), reference.nodePositions());
        QCOMPARE(document.nodePositions().value(m_entity), QPointF(12.5, -3.25));

        // Now edits are stored; the one refused while reading never was.
        QVERIFY2(document.applyEdit(newEntity(s("after-read")), &editError), qPrintable(editError));
        Document again;
        Workspace againSpace(&again);
        againSpace.setPasswordStore(nullptr);
        QVERIFY2(againSpace.open(m_spec, &error), qPrintable(error));
        QVERIFY(again.data().entity(s("after-read")));
        QVERIFY(!again.data().entity(s("during-read")));
    }

    // The lists of a database read whole keep room for what the user adds next: the first
    // event, company or relationship added goes into the list as it is, where a list reserved to
    // its size was copied whole (the first event added at 100,000 events cost ten times the next).
    void theFirstRecordsAddedDoNotCopyTheLists()
    {
        Document document;
        Workspace workspace(&document);
        workspace.setPasswordStore(nullptr);
        QString error;
        Outcome outcome;
        QVERIFY2(workspace.openInBackground(m_spec, &error, outcome.callback()), qPrintable(error));
        QTRY_VERIFY_WITH_TIMEOUT(outcome.called, 20000);
        QVERIFY2(outcome.ok, qPrintable(outcome.message));
        const Dataset &data = document.data();
        QVERIFY(data.events.capacity() >= data.events.size() + 1024);
        QVERIFY(data.entities.capacity() >= data.entities.size() + 1024);
        QVERIFY(data.relationships.capacity() >= data.relationships.size() + 1024);
        const Event *events = data.events.constData();
        const Entity *entities = data.entities.constData();
        const Relationship *relationships = data.relationships.constData();
        for (int i = 0; i < 3; ++i) {
            Event event = data.events.at(i);
            event.id = s("added-event-%1").arg(i);
            QVERIFY2(document.applyEdit(DataEdit::addEvent(data, event), &error),
                     qPrintable(error));
            Entity entity = data.entities.at(i);
            entity.id = s("added-entity-%1").arg(i);
            QVERIFY2(document.applyEdit(DataEdit::addEntity(data, entity), &error),
                     qPrintable(error));
            Relationship relationship = data.relationships.at(i);
            relationship.id = s("added-relationship-%1").arg(i);
            QVERIFY2(document.applyEdit(DataEdit::addRelationship(data, relationship), &error),
                     qPrintable(error));
        }
        QVERIFY(data.event(s("added-event-2")));
        QVERIFY(data.entity(s("added-entity-2")));
        QVERIFY(data.relationship(s("added-relationship-2")));
        QCOMPARE(data.events.constData(), events);
        QCOMPARE(data.entities.constData(), entities);
        QCOMPARE(data.relationships.constData(), relationships);
    }

    // Damage SQLite's check finds, in a file in WAL mode (as Telco Atlas writes them): the check
    // runs on a worker, before anything is written (any data shown meanwhile leaves again); the
    // message names the file, the file stays byte for byte, and no database is left open. In
    // another journal mode opening would write the mode, so there the check runs at once and
    // refuses the file.
    void damageIsFoundBeforeAnyWrite_data()
    {
        QTest::addColumn<bool>("wal");
        QTest::newRow("wal: on the worker") << true;
        QTest::newRow("delete journal: at once") << false;
    }
    void damageIsFoundBeforeAnyWrite()
    {
        QFETCH_GLOBAL(QString, backend);
        QFETCH(bool, wal);
        if (backend != QLatin1String("sqlite"))
            QSKIP("SQLite files only");
        QVERIFY(damage(m_spec, wal));
        const QByteArray before = digest(m_spec);
        {
            // The damage is real: opening at once refuses the file.
            Database db;
            QString error;
            QVERIFY(!db.open(m_spec, &error));
            QCOMPARE(digest(m_spec), before);
        }
        Document document;
        QString error;
        Outcome outcome;
        {
            Workspace workspace(&document);
            const bool started = workspace.openInBackground(m_spec, &error, outcome.callback());
            QCOMPARE(started, wal);
            if (started) {
                QTRY_VERIFY_WITH_TIMEOUT(outcome.called, 20000);
                QVERIFY(!outcome.ok);
                error = outcome.message;
                QVERIFY(!workspace.database());
                QVERIFY(!workspace.isLoading());
            }
        }
        QVERIFY2(error.contains(QDir::toNativeSeparators(m_spec)), qPrintable(error));
        QVERIFY2(error.contains(s("damaged")), qPrintable(error));
        QVERIFY(document.data().events.isEmpty());
        QCOMPARE(digest(m_spec), before);
    }

    // A file in WAL mode not yet checked for damage: its data comes into the document as soon as
    // it is read (the check no longer shares the cores with the read), and the check follows.
    // Until it has passed an edit is refused, saying so and naming the file, and nothing is
    // stored; then done(true) and edits are stored again.
    void dataComesBeforeTheCheckAndEditsWaitForIt()
    {
        QFETCH_GLOBAL(QString, backend);
        if (backend != QLatin1String("sqlite"))
            QSKIP("SQLite files only");
        Document document;
        Workspace workspace(&document);
        workspace.setPasswordStore(nullptr);
        QString error;
        Outcome outcome;
        bool checkedWhenShown = false;
        bool calledWhenShown = true;
        QString refusal;
        QObject::connect(&document, &Document::dataReset, &document, [&] {
            if (document.data().events.isEmpty())
                return;
            checkedWhenShown = workspace.isChecking();
            calledWhenShown = outcome.called;
            document.applyEdit(newEntity(s("while-checking")), &refusal);
        });
        QVERIFY2(workspace.openInBackground(m_spec, &error, outcome.callback()), qPrintable(error));
        QTRY_VERIFY_WITH_TIMEOUT(outcome.called, 20000);
        QVERIFY2(outcome.ok, qPrintable(outcome.message));
        QVERIFY(checkedWhenShown);
        QVERIFY(!calledWhenShown);
        QVERIFY2(refusal.contains(s("checked for damage")), qPrintable(refusal));
        QVERIFY2(refusal.contains(workspace.database()->displayName()), qPrintable(refusal));
        QVERIFY(!workspace.isChecking());
        QVERIFY(!document.data().entity(s("while-checking")));
        QString editError;
        QVERIFY2(document.applyEdit(newEntity(s("after-check")), &editError),
                 qPrintable(editError));
        Document again;
        Workspace againSpace(&again);
        againSpace.setPasswordStore(nullptr);
        QVERIFY2(againSpace.open(m_spec, &error), qPrintable(error));
        QVERIFY(again.data().entity(s("after-check")));
        QVERIFY(!again.data().entity(s("while-checking")));
    }

    // File → Open of another database (WhileReading::KeepCurrent): the one open stays open with
    // its data until the new one's data is in; an edit meanwhile is refused, naming the database
    // being read, and stored in neither. Then the new one is open with what open() reads.
    void keepCurrentShowsTheOpenDataUntilTheNewIsIn()
    {
        QString error;
        Document reference;
        Workspace referenceSpace(&reference);
        referenceSpace.setPasswordStore(nullptr);
        QVERIFY2(referenceSpace.open(m_spec, &error), qPrintable(error));
        const QString first = m_dir->filePath(s("first.sqlite"));
        Document document;
        Outcome outcome;
        {
            Workspace workspace(&document);
            workspace.setPasswordStore(nullptr);
            QVERIFY2(workspace.open(first, &error), qPrintable(error)); // seeded: the built-in data
            const Dataset builtin = document.data();
            QVERIFY2(workspace.openInBackground(m_spec, &error, outcome.callback(),
                                                Workspace::WhileReading::KeepCurrent),
                     qPrintable(error));
            QVERIFY(workspace.isLoading());
            QCOMPARE(workspace.loadingName(), referenceSpace.database()->displayName());
            QCOMPARE(workspace.database()->displayName(), QDir::toNativeSeparators(first));
            QVERIFY(document.data() == builtin);
            QString editError;
            QVERIFY(!document.applyEdit(newEntity(s("during-switch")), &editError));
            QVERIFY2(editError.contains(workspace.loadingName()), qPrintable(editError));
            QVERIFY(document.data() == builtin);

            QTRY_VERIFY_WITH_TIMEOUT(outcome.called, 20000);
            QVERIFY2(outcome.ok, qPrintable(outcome.message));
            QVERIFY(!workspace.isLoading());
            QVERIFY(workspace.loadingName().isEmpty());
            QCOMPARE(workspace.database()->displayName(), referenceSpace.database()->displayName());
            QVERIFY(document.data() == reference.data());
            QCOMPARE(document.nodePositions(), reference.nodePositions());
        }
        for (const QString &spec : { first, m_spec }) {
            Document again;
            Workspace againSpace(&again);
            againSpace.setPasswordStore(nullptr);
            QVERIFY2(againSpace.open(spec, &error), qPrintable(error));
            QVERIFY(!again.data().entity(s("during-switch")));
        }
    }

    // File → Open of a damaged file: the check on the worker refuses it, and the database open
    // before is open still, with its data, taking edits again; the damaged file stays as it was.
    void keepCurrentStaysWhenTheReadFails()
    {
        QFETCH_GLOBAL(QString, backend);
        if (backend != QLatin1String("sqlite"))
            QSKIP("SQLite files only");
        QVERIFY(damage(m_spec, true));
        const QByteArray before = digest(m_spec);
        const QString first = m_dir->filePath(s("first.sqlite"));
        Document document;
        Workspace workspace(&document);
        QString error;
        QVERIFY2(workspace.open(first, &error), qPrintable(error));
        const Dataset builtin = document.data();
        Outcome outcome;
        QVERIFY2(workspace.openInBackground(m_spec, &error, outcome.callback(),
                                            Workspace::WhileReading::KeepCurrent),
                 qPrintable(error));
        QTRY_VERIFY_WITH_TIMEOUT(outcome.called, 20000);
        QVERIFY(!outcome.ok);
        QVERIFY2(outcome.message.contains(QDir::toNativeSeparators(m_spec)),
                 qPrintable(outcome.message));
        QVERIFY2(outcome.message.contains(s("damaged")), qPrintable(outcome.message));
        QVERIFY(!workspace.isLoading());
        QVERIFY(workspace.database());
        QCOMPARE(workspace.database()->displayName(), QDir::toNativeSeparators(first));
        QVERIFY(document.data() == builtin);
        QVERIFY2(document.applyEdit(newEntity(s("after-failed-open")), &error), qPrintable(error));
        QCOMPARE(digest(m_spec), before);
        Document again;
        Workspace againSpace(&again);
        QVERIFY2(againSpace.open(first, &error), qPrintable(error));
        QVERIFY(again.data().entity(s("after-failed-open")));
    }

    // A database that takes no second connection (a server at its limit) is read on the main
    // thread once that is known, and the window gets the same data.
    void noSecondConnectionReadsHere()
    {
        Document reference;
        Workspace referenceSpace(&reference);
        referenceSpace.setPasswordStore(nullptr);
        QString error;
        QVERIFY2(referenceSpace.open(m_spec, &error), qPrintable(error));
        ThreadConnection::setEnabled(false);
        const auto restore = qScopeGuard([] { ThreadConnection::setEnabled(true); });
        Document document;
        Workspace workspace(&document);
        workspace.setPasswordStore(nullptr);
        Outcome outcome;
        QVERIFY2(workspace.openInBackground(m_spec, &error, outcome.callback()), qPrintable(error));
        QTRY_VERIFY_WITH_TIMEOUT(outcome.called, 20000);
        QVERIFY2(outcome.ok, qPrintable(outcome.message));
        QVERIFY(document.data() == reference.data());
        QVERIFY(workspace.database());
    }

    // Opening another database while one is read stops the read: its result never arrives and
    // the document holds the other database.
    void anotherOpenStopsTheRead()
    {
        Document document;
        Workspace workspace(&document);
        workspace.setPasswordStore(nullptr);
        QString error;
        Outcome outcome;
        QVERIFY2(workspace.openInBackground(m_spec, &error, outcome.callback()), qPrintable(error));
        const QString other = m_dir->filePath(s("other.sqlite"));
        QVERIFY2(workspace.open(other, &error), qPrintable(error)); // seeded: the built-in data
        QVERIFY(!workspace.isLoading());
        const Dataset builtin = document.data();
        QVERIFY(!builtin.events.isEmpty());
        QVERIFY(builtin.events.size() != sample().events.size());
        // open() waited for the worker to stop, so a result it sent is queued by now.
        QCoreApplication::sendPostedEvents();
        QVERIFY(!outcome.called);
        QVERIFY(document.data() == builtin);
        QCOMPARE(workspace.database()->displayName(), QDir::toNativeSeparators(other));
    }

    // Closing the window (destroying the workspace) while reading: the read stops, nothing is
    // delivered to a workspace that is gone.
    void closingWhileReading()
    {
        Document document;
        Outcome outcome;
        {
            Workspace workspace(&document);
            workspace.setPasswordStore(nullptr);
            QString error;
            QVERIFY2(workspace.openInBackground(m_spec, &error, outcome.callback()),
                     qPrintable(error));
        }
        // The workspace waited for the worker to stop, so a result it sent is queued by now.
        QCoreApplication::sendPostedEvents();
        QVERIFY(!outcome.called);
        QVERIFY(document.data().events.isEmpty());
    }

    // An in-memory database, which a second connection cannot reach, is read at once and still
    // reported from the event loop.
    void inMemoryIsReadAtOnce()
    {
        QFETCH_GLOBAL(QString, backend);
        if (backend != QLatin1String("sqlite"))
            QSKIP("SQLite only");
        Document document;
        Workspace workspace(&document);
        QString error;
        Outcome outcome;
        QVERIFY2(workspace.openInBackground(s(":memory:"), &error, outcome.callback()),
                 qPrintable(error));
        QVERIFY(!outcome.called);
        QTRY_VERIFY(outcome.called);
        QVERIFY2(outcome.ok, qPrintable(outcome.message));
        QVERIFY(!document.data().events.isEmpty()); // seeded with the built-in data
    }
};

QTEST_GUILESS_MAIN(TestBackgroundOpen)
#include "tst_backgroundopen.moc"
