// SPDX-FileCopyrightText: 2026 Telco Atlas authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "workspace.h"

#include "keyring.h"

#include "core/background.h"
#include "core/heap.h"
#include "io/builtindataset.h"
#include "storage/postgresaddress.h"
#include "storage/readsnapshot.h"
#include "storage/repository.h"
#include "storage/sqlitestatement.h"

#include <QDateTime>
#include <QDeadlineTimer>
#include <QScopeGuard>
#include <QSqlDriver>
#include <QSqlQuery>
#include <QThread>
#include <QTimer>
#include <QUuid>

#include <memory>

namespace atlas {

Workspace::Workspace(Document *document)
    : m_document(document),
      m_passwordStore(Keyring::instance()),
      m_clientId(QUuid::createUuid().toString(QUuid::WithoutBraces)),
      m_loadReceiver(std::make_unique<QObject>())
{
    m_positionConnection =
            QObject::connect(m_document, &Document::nodePositionChanged, m_document,
                             [this](const QString &entityId) { saveNodePosition(entityId); });
}

Workspace::~Workspace()
{
    stopLoading(true);
    QObject::disconnect(m_positionConnection);
    QObject::disconnect(m_notificationConnection);
    m_pollTimer.reset();
    m_checkpointTimer.reset();
    m_document->setEditSink({});
}

void Workspace::checkpointSoon()
{
    if (!m_database || !m_database->isSqlite())
        return;
    if (!m_checkpointTimer) {
        m_checkpointTimer = std::make_unique<QTimer>();
        m_checkpointTimer->setSingleShot(true);
        m_checkpointTimer->setInterval(checkpointDelayMs);
        QObject::connect(m_checkpointTimer.get(), &QTimer::timeout, m_document, [this] {
            if (m_database)
                m_database->checkpoint();
        });
    }
    m_checkpointTimer->start();
}

std::unique_ptr<Database> Workspace::prepare(const QString &spec, bool deferCheck, QString *error)
{
    auto db = std::make_unique<Database>();
    db->setQuickCheckDeferred(deferCheck);
    if (!connect(*db, spec, error))
        return nullptr;
    Repository repo(db->connection());
    repo.setClientId(m_clientId);
    QString repoError;
    // A reader cannot seed an empty database; it shows what is there.
    if (!db->isReadOnly() && repo.isEmpty(&repoError)) {
        if (!repoError.isEmpty()) {
            *error = tr("%1: %2").arg(db->displayName(), repoError);
            return nullptr;
        }
        // Nothing is written to a file not yet checked for damage (cheap when it is empty).
        if (db->quickCheckPending()
            && !Database::checkIntegrity(db->connection(), db->displayName(), error))
            return nullptr;
        const auto builtin = BuiltinDataset::load(error);
        if (!builtin)
            return nullptr;
        if (!repo.replaceAll(*builtin, &repoError)) {
            *error = tr("%1: cannot store the built-in dataset: %2")
                             .arg(db->displayName(), repoError);
            return nullptr;
        }
    }
    if (!db->quickCheckPending())
        pruneChangeLog(*db);
    return db;
}

void Workspace::pruneChangeLog(const Database &db) const
{
    // The change log would grow with every write for ever; a window behind by more than this
    // reloads whole. Failing to prune loses nothing, so it is only logged.
    if (db.isReadOnly())
        return;
    Repository repo(db.connection());
    repo.setClientId(m_clientId);
    QString repoError;
    if (!repo.pruneChangeLog(QDateTime::currentDateTimeUtc().addDays(-changeLogKeepDays),
                             &repoError))
        qWarning("%s", qPrintable(tr("%1: %2").arg(db.displayName(), repoError)));
}

std::optional<Workspace::Contents> Workspace::readContents(const QSqlDatabase &db,
                                                           const QString &displayName,
                                                           const QString &clientId, QString *error,
                                                           Repository::Progress *progress,
                                                           const QSqlDatabase *helperSource)
{
    ReadSnapshot snapshot(db, helperSource, displayName); // ends after every read below
    Repository repo(db);
    repo.setSnapshot(&snapshot);
    repo.setClientId(clientId);
    repo.setProgress(progress);
    QString repoError;
    const auto fail = [&] {
        *error = tr("%1: %2").arg(displayName, repoError);
        return std::nullopt;
    };
    // Read before the data: a change made in between is fetched again and found applied already.
    // Each record's version is read with it.
    const auto lastSeq = repo.lastSequence(&repoError);
    if (!lastSeq)
        return fail();
    RecordVersions versions;
    auto data = repo.load(&versions, &repoError);
    if (!data)
        return fail();
    auto positions = repo.loadNodePositions(&repoError);
    if (!positions)
        return fail();
    return Contents{ *lastSeq, std::move(versions), std::move(*data), std::move(*positions) };
}

bool Workspace::open(const QString &spec, QString *error)
{
    auto db = prepare(spec, false, error);
    if (!db)
        return false;
    const QSqlDatabase source = db->connection();
    auto contents = readContents(source, db->displayName(), m_clientId, error, nullptr,
                                 db->canConnectAgain() ? &source : nullptr);
    if (!contents)
        return false;
    stopLoading();
    install(std::move(db));
    adopt(std::move(*contents));
    return true;
}

std::optional<Workspace::Contents> Workspace::readOnWorker(const QSqlDatabase &source,
                                                           const QString &name,
                                                           const QString &clientId, bool checkThere,
                                                           Repository::Progress *progress,
                                                           QString *message, bool *noConnection)
{
    yieldToTheWindow();
    useBulkHeapOnThisThread(); // the data read here is the bulk of the window's memory
    const ThreadConnection connection(source, name, message);
    *noConnection = !connection.isOpen();
    if (!connection.isOpen())
        return std::nullopt;
    // The check for damage reads the whole file (a tenth of the time to open it): on a
    // connection of its own beside the read, on the other core. The data read counts only once
    // the check has passed; a damaged file gives the check's word.
    QString damage;
    bool checked = false;
    bool sound = true;
    std::unique_ptr<QThread> check;
    // A read stopped (Stop, another database, the window closed) stops the check too: at a
    // million events it has most of a second to go when the read starts.
    SqliteInterrupter stopCheck;
    if (checkThere) {
        check.reset(QThread::create([&source, &name, &damage, &checked, &sound, &stopCheck] {
            yieldToTheWindow();
            checkOnWorker(source, name, &stopCheck, &checked, &sound, &damage);
        }));
        check->start();
    }
    auto result = readContents(connection.connection(), name, clientId, message, progress, &source);
    const bool stopped = QThread::currentThread()->isInterruptionRequested();
    if (check && stopped) { // again until it ends: one just before its statement is lost
        do
            stopCheck.interrupt();
        while (!check->wait(QDeadlineTimer(20)));
    } else if (check) {
        check->wait();
    }
    if (stopped || stopCheck.wasInterrupted()) { // nothing is delivered: no receiver now
        *message = tr("Reading %1 was stopped.").arg(name);
        return std::nullopt;
    }
    if (checkThere && !checked)
        sound = Database::checkIntegrity(connection.connection(), name, &damage);
    if (!sound) {
        *message = damage;
        return std::nullopt;
    }
    return result;
}

void Workspace::checkOnWorker(const QSqlDatabase &source, const QString &name,
                              SqliteInterrupter *stop, bool *checked, bool *sound, QString *damage)
{
    QString ignored; // without a connection of its own: checked on the caller's afterwards
    const ThreadConnection own(source, name, &ignored);
    *checked = own.isOpen();
    if (*checked && stop->arm(own.connection()))
        *sound = Database::checkIntegrity(own.connection(), name, damage);
    stop->disarm();
}

bool Workspace::openInBackground(const QString &spec, QString *error,
                                 std::function<void(bool, const QString &)> done, WhileReading mode)
{
    // A large file's check for damage is read on a worker too.
    auto db = prepare(spec, true, error);
    if (!db)
        return false;
    stopLoading();
    const bool keep = mode == WhileReading::KeepCurrent && m_database;
    // With the database open before kept, the new one is checked beside its read, and its data
    // comes once both are done: a damaged file leaves the open one as it was. Otherwise the data
    // is shown once read, and the check follows on the core the read had shared with it (a
    // quarter of the wait at 100,000 events); edits wait for the check (checkAfterRead()).
    const bool checkThere = db->quickCheckPending() && keep;
    const bool checkAfter = db->quickCheckPending() && !keep;
    m_loadingName = db->displayName();
    if (keep) {
        m_pending = std::move(db);
        refuseEditsWhileReading(m_loadingName);
    } else {
        const bool wasOpen = m_database != nullptr;
        install(std::move(db));
        if (wasOpen)
            m_document->setData({});
    }
    m_loading = true;
    m_progress = std::make_shared<Repository::Progress>();
    Database &target = keep ? *m_pending : *m_database;
    auto result = std::make_shared<std::optional<Contents>>();
    auto message = std::make_shared<QString>();
    auto noConnection = std::make_shared<bool>(false);
    const auto deliver = [this, result, message, noConnection, checkThere, checkAfter, keep,
                          done = std::move(done)] {
        if (m_loadThread) {
            m_loadThread->wait();
            m_loadThread.reset();
        }
        Database &read = keep ? *m_pending : *m_database;
        // A server that takes no second connection (its limit reached): read here after all.
        if (*noConnection
            && (!checkThere
                || Database::checkIntegrity(read.connection(), read.displayName(), message.get())))
            *result =
                    readContents(read.connection(), read.displayName(), m_clientId, message.get());
        m_loading = false;
        if (checkAfter) {
            const bool read = result->has_value();
            if (read) {
                m_checking = true; // edits wait for the check from the start
                adopt(std::move(**result));
                result->reset();
                returnFreeHeap(); // what the worker freed while reading
            }
            checkAfterRead(read, *message, done);
            return;
        }
        if (!*result) {
            if (keep) { // the database open before stays, with its data
                m_pending.reset();
                storeEdits();
            } else {
                m_database.reset();
                m_document->setEditSink({});
            }
            done(false, *message);
            return;
        }
        if (checkThere)
            pruneChangeLog(read);
        if (keep)
            install(std::move(m_pending));
        adopt(std::move(**result));
        returnFreeHeap(); // what the worker freed while reading
        done(true, QString());
    };
    const QString name = target.displayName();
    if (!target.canConnectAgain()) {
        *result = readContents(target.connection(), name, m_clientId, message.get());
        QTimer::singleShot(0, m_loadReceiver.get(), deliver);
        return true;
    }
    // Copied here: a connection may only be looked up on the thread that opened it.
    const QSqlDatabase source = target.connection();
    m_loadThread.reset(QThread::create([source, name, clientId = m_clientId, result, message,
                                        noConnection, checkThere, progress = m_progress] {
        *result = readOnWorker(source, name, clientId, checkThere, progress.get(), message.get(),
                               noConnection.get());
    }));
    QObject::connect(m_loadThread.get(), &QThread::finished, m_loadReceiver.get(), deliver,
                     Qt::QueuedConnection);
    m_loadThread->start();
    return true;
}

void Workspace::checkAfterRead(bool adopted, const QString &readError,
                               const std::function<void(bool, const QString &)> &done)
{
    m_checking = true;
    refuseEditsWhileChecking();
    const QString name = m_database->displayName();
    struct Outcome
    {
        bool checked = false;
        bool sound = true;
        QString damage;
    };
    auto outcome = std::make_shared<Outcome>();
    m_checkStop = std::make_shared<SqliteInterrupter>();
    const QSqlDatabase source = m_database->connection();
    m_checkThread.reset(QThread::create([source, name, outcome, stop = m_checkStop] {
        checkOnWorker(source, name, stop.get(), &outcome->checked, &outcome->sound,
                      &outcome->damage);
    }));
    m_finishCheck = [this, adopted, outcome, readError, done](bool tell) {
        if (!outcome->checked) // no second connection: checked here
            outcome->sound = Database::checkIntegrity(m_database->connection(),
                                                      m_database->displayName(), &outcome->damage);
        // A damaged file gives the check's word, whatever the read said.
        const QString failure = outcome->sound ? readError : outcome->damage;
        if (!outcome->sound || !adopted) {
            QObject::disconnect(m_notificationConnection);
            m_pollTimer.reset();
            m_checkpointTimer.reset();
            m_database.reset();
            m_document->setEditSink({});
            if (adopted) // what was shown of it goes
                m_document->setData({});
            if (tell)
                done(false, failure);
            return;
        }
        pruneChangeLog(*m_database);
        storeEdits();
        // In the idle time after the check (some milliseconds), before the user's first edit.
        Repository(m_database->connection()).warmWriteCache(m_document->data(), warmLookups);
        if (tell)
            done(true, QString());
    };
    QObject::connect(
            m_checkThread.get(), &QThread::finished, m_loadReceiver.get(),
            [this] { finishCheck(true); }, Qt::QueuedConnection);
    // Only on a core nothing else wants (SCHED_IDLE): the window paints the data first.
    m_checkThread->start(QThread::IdlePriority);
}

void Workspace::finishCheck(bool tell)
{
    if (!m_checkThread)
        return;
    m_checkThread->wait();
    m_checkThread.reset();
    m_checkStop.reset();
    m_checking = false;
    const auto finish = std::exchange(m_finishCheck, {});
    finish(tell);
    if (m_checkedHandler)
        m_checkedHandler();
}

bool Workspace::stopReading()
{
    if (!canStopReading())
        return false;
    stopLoading();
    return true;
}

void Workspace::stopLoading(bool interruptCheck)
{
    // A result already on its way finds no receiver: a new one takes its place.
    m_loadReceiver = std::make_unique<QObject>();
    if (m_checkThread && interruptCheck) { // again until it ends: one just before is lost
        do
            m_checkStop->interrupt();
        while (!m_checkThread->wait(QDeadlineTimer(20)));
        m_checkThread.reset();
        m_checkStop.reset();
        m_finishCheck = {};
        m_checking = false;
    }
    // Another database opened while this one is checked: its outcome applies first (the data
    // shown stays only when the file is sound), without a word to the caller.
    finishCheck(false);
    if (m_loadThread) {
        m_loadThread->requestInterruption();
        m_loadThread->wait();
        m_loadThread.reset();
    }
    if (m_pending) { // the database open before goes on as it was
        m_pending.reset();
        if (m_database)
            storeEdits();
    }
    m_loading = false;
}

void Workspace::install(std::unique_ptr<Database> db)
{
    QObject::disconnect(m_notificationConnection);
    m_pollTimer.reset();
    m_checkpointTimer.reset();
    m_database = std::move(db);
    // Until the data is in (openInBackground), an edit would change a document that is not yet
    // the database's.
    refuseEditsWhileReading(m_database->displayName());
}

void Workspace::refuseEditsWhileReading(const QString &name)
{
    m_document->setEditSink([name](const DataEdit &, const Dataset &, QString *sinkError) {
        *sinkError =
                tr("%1 is still being read; nothing was changed. Try again in a moment.").arg(name);
        return false;
    });
}

void Workspace::refuseEditsWhileChecking()
{
    m_document->setEditSink([name = m_database->displayName()](const DataEdit &, const Dataset &,
                                                               QString *sinkError) {
        *sinkError = tr("%1 is being checked for damage; nothing was changed. Try again in a "
                        "moment.")
                             .arg(name);
        return false;
    });
}

void Workspace::adopt(Contents contents)
{
    m_versions = std::move(contents.versions);
    m_lastSeq = contents.lastSeq;
    m_dataVersion = -1;
    if (!m_online) {
        m_online = true;
        if (m_connectionHandler)
            m_connectionHandler(true, QString());
    }
    if (m_checking) // already as the views first show the data
        refuseEditsWhileChecking();
    {
        // The views take in the data on the bulk's heap when there is much of it (heap.h).
        const HeapWhileBuilding onBulkHeap(contents.data.events.size() >= 50'000);
        m_document->setData(std::move(contents.data), std::move(contents.positions));
    }
    if (!m_checking)
        storeEdits();
    startFollowing();
}

void Workspace::storeEdits()
{
    // Every edit and undo is stored before the document shows it, in one transaction.
    m_document->setEditSink([this](const DataEdit &edit, const Dataset &after, QString *sinkError) {
        if (m_database->isReadOnly()) {
            *sinkError = tr("%1 Nothing was changed.").arg(m_database->readOnlyReason());
            return false;
        }
        if (!m_online) {
            *sinkError = tr("The connection to %1 is lost; nothing was changed. Telco Atlas "
                            "reconnects by itself: "
                            "try again once the banner is gone.")
                                 .arg(m_database->displayName());
            return false;
        }
        Repository repository(m_database->connection());
        repository.setClientId(m_clientId);
        QString message;
        qint64 seq = 0;
        if (repository.applyEdit(edit, after, &message, &m_versions, &seq)) {
            if (repository.hasChangeLog())
                noteOwnWrite(edit, seq);
            checkpointSoon();
            return true;
        }
        if (!checkConnection()) {
            *sinkError = tr("The connection to %1 was lost; nothing was changed. Telco Atlas "
                            "reconnects by itself: "
                            "try again once the banner is gone.")
                                 .arg(m_database->displayName());
            return false;
        }
        *sinkError = tr("%1: %2").arg(m_database->displayName(), message);
        // The edit may have been based on records others changed: show the current ones, once
        // the document is done with the refused edit.
        QTimer::singleShot(0, m_document, [this] { fetchChanges(); });
        return false;
    });
}

namespace {

template <typename T>
void noteVersions(const ListEdit<T> &edit, RecordType type, qint64 seq, RecordVersions *versions)
{
    for (const auto &[row, r] : edit.removed)
        versions->forget(type, recordKey(r));
    for (const auto &[row, r] : edit.inserted)
        versions->set(type, recordKey(r), seq);
    for (const auto &[before, after] : edit.changed)
        versions->set(type, recordKey(after), seq);
}

// The change of one list from what the document holds to what the database holds now, for the
// records named in keys (all when keys is nullptr). Removed rows are found in the document, new
// records go to the end in stored order.
template <typename T>
void diffList(const QList<T> &current, const QList<T> &stored, const QSet<QString> *keys,
              ListEdit<T> *out)
{
    QHash<QString, qsizetype> storedRow;
    storedRow.reserve(stored.size());
    for (qsizetype i = 0; i < stored.size(); ++i)
        storedRow.insert(recordKey(stored.at(i)), i);
    QSet<QString> present;
    for (qsizetype i = 0; i < current.size(); ++i) {
        const T &r = current.at(i);
        const QString key = recordKey(r);
        if (keys && !keys->contains(key))
            continue;
        present.insert(key);
        const qsizetype row = storedRow.value(key, -1);
        if (row < 0)
            out->removed.append({ i, r });
        else if (!(stored.at(row) == r))
            out->changed.append({ r, stored.at(row) });
    }
    qsizetype row = current.size() - out->removed.size();
    for (const T &r : stored) {
        if (!present.contains(recordKey(r)))
            out->inserted.append({ row++, r });
    }
}

} // namespace

void Workspace::noteOwnWrite(const DataEdit &edit, qint64 seq)
{
    noteVersions(edit.sources, RecordType::Source, seq, &m_versions);
    noteVersions(edit.entities, RecordType::Entity, seq, &m_versions);
    noteVersions(edit.events, RecordType::Event, seq, &m_versions);
    noteVersions(edit.relationships, RecordType::Relationship, seq, &m_versions);
    noteVersions(edit.financials, RecordType::Financial, seq, &m_versions);
}

void Workspace::startFollowing()
{
    Repository repo(m_database->connection());
    if (!repo.hasChangeLog())
        return;
    subscribe();
    m_pollTimer = std::make_unique<QTimer>();
    m_pollTimer->setInterval(m_listening ? fallbackPollIntervalMs : pollIntervalMs);
    QObject::connect(m_pollTimer.get(), &QTimer::timeout, m_document, [this] { poll(); });
    m_pollTimer->start();
}

void Workspace::subscribe()
{
    QObject::disconnect(m_notificationConnection);
    m_listening = false;
    if (m_database->isSqlite())
        return;
    QSqlDriver *driver = m_database->connection().driver();
    const QString channel = QStringLiteral("atlas_changes");
    m_listening = driver->hasFeature(QSqlDriver::EventNotifications)
            && (driver->subscribedToNotifications().contains(channel)
                || driver->subscribeToNotification(channel));
    if (m_listening) {
        m_notificationConnection = QObject::connect(
                driver, &QSqlDriver::notification, m_document,
                [this](const QString &, QSqlDriver::NotificationSource source, const QVariant &) {
                    if (source != QSqlDriver::SelfSource)
                        fetchChanges();
                });
    }
}

bool Workspace::checkConnection()
{
    if (!m_database || m_database->isSqlite())
        return true;
    if (!m_online)
        return false;
    QSqlQuery q(m_database->connection());
    if (q.exec(QStringLiteral("SELECT 1")) && q.next())
        return true;
    m_online = false;
    QObject::disconnect(m_notificationConnection);
    if (m_pollTimer)
        m_pollTimer->setInterval(pollIntervalMs);
    if (m_connectionHandler)
        m_connectionHandler(
                false,
                tr("The connection to %1 is lost. Reconnecting…; until then the data shown may be "
                   "out of date and edits are refused.")
                        .arg(m_database->displayName()));
    return false;
}

void Workspace::reconnect()
{
    QSqlDatabase db = m_database->connection();
    db.close();
    if (!db.open())
        return;
    m_online = true;
    subscribe();
    if (m_pollTimer)
        m_pollTimer->setInterval(m_listening ? fallbackPollIntervalMs : pollIntervalMs);
    if (m_connectionHandler)
        m_connectionHandler(true, tr("Reconnected to %1.").arg(m_database->displayName()));
    QString error;
    if (!fetchChanges(&error))
        reportError(error);
}

void Workspace::poll()
{
    if (!m_database)
        return;
    if (!m_online) {
        reconnect();
        return;
    }
    if (m_database->isSqlite()) {
        // Changes when another connection commits to the file; our own commits leave it.
        QSqlQuery q(m_database->connection());
        q.setForwardOnly(true);
        if (q.exec(QStringLiteral("PRAGMA data_version")) && q.next()) {
            const qint64 version = q.value(0).toLongLong();
            if (version == m_dataVersion)
                return;
            m_dataVersion = version;
        }
    }
    QString error;
    if (!fetchChanges(&error) && checkConnection())
        reportError(error);
}

bool Workspace::fetchChanges(QString *error)
{
    if (!m_database || m_fetching || !m_online)
        return true;
    // A remote change is applied from the event loop, never inside an edit being applied.
    m_fetching = true;
    const auto done = qScopeGuard([this] { m_fetching = false; });
    auto fail = [&](const QString &message) {
        if (error)
            *error = tr("%1: %2").arg(m_database->displayName(), message);
        return false;
    };
    Repository repo(m_database->connection());
    QString repoError;
    const auto changes = repo.changesSince(m_lastSeq, &repoError);
    if (!changes)
        return fail(repoError);
    if (changes->isEmpty())
        return true;
    Repository::RecordKeys keys;
    // Sequences count up by one per write: a gap means entries this window has not seen were
    // pruned from the log, so everything is compared with what is stored.
    bool replaced = changes->constFirst().seq > m_lastSeq + 1;
    QSet<QString> moved; // entities whose graph position another window changed
    for (const Repository::Change &c : *changes) {
        if (c.client == m_clientId)
            continue;
        if (c.recordType == Repository::nodePositionType())
            moved.insert(c.recordId);
        else if (const auto type = Repository::recordTypeFromName(c.recordType))
            keys[*type].insert(c.recordId);
        else
            replaced = true; // the whole dataset
    }
    const qint64 last = changes->constLast().seq;
    if (keys.isEmpty() && !replaced) {
        m_lastSeq = last;
        followPositions(repo, &moved);
        return true;
    }

    RecordVersions versions;
    std::optional<Dataset> stored;
    if (replaced) {
        stored = repo.load(&versions, &repoError); // each record's version read with it
    } else {
        stored = repo.loadRecords(keys, &versions, &repoError);
    }
    if (!stored)
        return fail(repoError);

    const Dataset &current = m_document->data();
    auto keysOf = [&](RecordType type) -> const QSet<QString> * {
        return replaced ? nullptr : &keys[type];
    };
    DataEdit edit;
    diffList(current.sources, stored->sources, keysOf(RecordType::Source), &edit.sources);
    diffList(current.entities, stored->entities, keysOf(RecordType::Entity), &edit.entities);
    diffList(current.events, stored->events, keysOf(RecordType::Event), &edit.events);
    diffList(current.relationships, stored->relationships, keysOf(RecordType::Relationship),
             &edit.relationships);
    diffList(current.financials, stored->financials, keysOf(RecordType::Financial),
             &edit.financials);
    if (replaced && !(stored->info == current.info))
        edit.info = std::pair{ current.info, stored->info };
    if (!(stored->types == current.types)) // read whole even when only some records are
        edit.types = std::pair{ current.types, stored->types };

    if (replaced) {
        m_versions = versions;
    } else {
        for (auto it = keys.cbegin(); it != keys.cend(); ++it) {
            for (const QString &key : it.value()) {
                if (const std::optional<qint64> v = versions.value(it.key(), key))
                    m_versions.set(it.key(), key, *v);
                else
                    m_versions.forget(it.key(), key);
            }
        }
    }
    m_lastSeq = last;
    if (edit.isEmpty()) {
        followPositions(repo, replaced ? nullptr : &moved);
        return true;
    }
    const qsizetype count = edit.recordCount();
    QString applyError;
    if (!m_document->applyRemoteEdit(edit, &applyError)) {
        // Cannot happen while the document holds what was loaded plus what it stored; should it,
        // the database is the truth.
        RecordVersions all;
        auto data = repo.load(&all, &repoError);
        auto positions = data ? repo.loadNodePositions(&repoError) : std::nullopt;
        if (!positions)
            return fail(repoError);
        m_versions = std::move(all);
        m_document->setData(std::move(*data), std::move(*positions));
    }
    if (m_remoteHandler)
        m_remoteHandler(tr("%n record(s) changed by another user came in from the database.",
                           nullptr, int(count)));
    followPositions(repo, replaced ? nullptr : &moved);
    return true;
}

void Workspace::followPositions(const Repository &repo, const QSet<QString> *entityIds)
{
    if (entityIds && entityIds->isEmpty())
        return;
    QString repoError;
    const auto stored = repo.loadNodePositions(&repoError);
    if (!stored) {
        reportError(tr("%1: %2").arg(m_database->displayName(), repoError));
        return;
    }
    QSet<QString> ids;
    if (entityIds) {
        ids = *entityIds;
    } else { // everything: what is stored and what this window has
        for (auto it = stored->cbegin(); it != stored->cend(); ++it)
            ids.insert(it.key());
        for (auto it = m_document->nodePositions().cbegin();
             it != m_document->nodePositions().cend(); ++it)
            ids.insert(it.key());
    }
    // What came from the database is not written back to it.
    m_followingPositions = true;
    const auto done = qScopeGuard([this] { m_followingPositions = false; });
    int count = 0;
    for (const QString &id : std::as_const(ids)) {
        const auto at = stored->constFind(id);
        const std::optional<QPointF> position =
                at != stored->cend() ? std::optional(*at) : std::nullopt;
        if (!m_document->data().entity(id) || m_document->nodePosition(id) == position)
            continue;
        m_document->setNodePosition(id, position);
        ++count;
    }
    if (count > 0 && m_remoteHandler)
        m_remoteHandler(tr("%n graph node(s) moved by another user.", nullptr, count));
}

bool Workspace::connect(Database &db, const QString &spec, QString *error)
{
    if (!PostgresAddress::isPostgres(spec))
        return db.open(spec, error);
    const PostgresAddress address(spec);
    if (!address.isValid())
        return db.open(spec, error);
    // A password in the address is used for this connection only.
    QString password = address.password();
    if (password.isEmpty() && m_passwordStore)
        password = m_passwordStore->read(address.account()).value_or(QString());
    if (db.open(spec, password, error))
        return true;
    for (int attempt = 0; attempt < 3 && m_passwordPrompt && db.passwordRejected(); ++attempt) {
        const auto answer = m_passwordPrompt(address.withoutPassword(), *error);
        if (!answer)
            return false;
        if (!db.open(spec, answer->password, error))
            continue;
        QString storeError;
        if (answer->remember && m_passwordStore
            && !m_passwordStore->write(address.account(), answer->password, &storeError))
            reportError(storeError);
        return true;
    }
    return false;
}

void Workspace::reportError(const QString &message)
{
    if (m_errorHandler)
        m_errorHandler(message);
    else
        qWarning("%s", qPrintable(message));
}

bool Workspace::setNodePositions(const QHash<QString, QPointF> &positions, QString *error)
{
    QHash<QString, std::optional<QPointF>> changes;
    for (auto it = positions.cbegin(); it != positions.cend(); ++it)
        changes.insert(it.key(), it.value());
    return placeNodes(changes, error);
}

bool Workspace::placeNodes(const QHash<QString, std::optional<QPointF>> &positions, QString *error)
{
    if (positions.isEmpty())
        return true;
    {
        // Saved below, all at once.
        m_followingPositions = true;
        const auto done = qScopeGuard([this] { m_followingPositions = false; });
        for (auto it = positions.cbegin(); it != positions.cend(); ++it)
            m_document->setNodePosition(it.key(), it.value());
    }
    if (!m_database || m_database->isReadOnly())
        return true;
    QString repoError;
    Repository repo(m_database->connection());
    if (repo.saveNodePositions(positions, &repoError))
        return true;
    if (error)
        *error = tr("%1: %2").arg(m_database->displayName(), repoError);
    return false;
}

void Workspace::saveNodePosition(const QString &entityId)
{
    // A reader may arrange the graph; the positions stay in this window.
    if (!m_database || m_database->isReadOnly() || m_followingPositions)
        return;
    QString repoError;
    Repository repo(m_database->connection());
    if (repo.saveNodePositions({ { entityId, m_document->nodePosition(entityId) } }, &repoError))
        return;
    reportError(tr("%1: %2").arg(m_database->displayName(), repoError));
}

} // namespace atlas
