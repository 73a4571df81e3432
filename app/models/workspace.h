// SPDX-FileCopyrightText: 2026 Telco Atlas authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/document.h"
#include "storage/database.h"
#include "storage/repository.h"

#include <QCoreApplication>
#include <QMetaObject>

#include <functional>
#include <memory>
#include <optional>

QT_BEGIN_NAMESPACE
class QThread;
class QTimer;
QT_END_NAMESPACE

namespace atlas {

class PasswordStore;
class SqliteInterrupter;

// The open database behind a Document: opening it (seeding an empty one with the built-in
// dataset on first run) and loading it into the document, with the graph positions the user saved
// there. Shared by the GUI and the command line. While a database is open, every change of a node
// position in the document is saved to it at once, in its own transaction.
class Workspace
{
    Q_DECLARE_TR_FUNCTIONS(atlas::Workspace)

public:
    explicit Workspace(Document *document);
    ~Workspace();

    // On failure the document and the previously open database stay as they were.
    // A PostgreSQL address without a password takes it from the password store, else from libpq
    // (PGPASSWORD, PGPASSFILE, ~/.pgpass); when the server wants one, the prompt asks for it. A
    // password is never kept anywhere but in the store, and only when the user asks for that.
    bool open(const QString &spec, QString *error);
    // Opens spec as open() does, but reads the data on a worker thread so that a window can
    // appear and answer meanwhile. Connecting, checking and seeding happen here first: a password
    // prompt or a problem with the file comes at once, with false. Until the data is in, the
    // document is empty, isLoading() is true and edits are refused; then done(true, {}) is called
    // on this thread with the data in the document, or done(false, error) with the document empty
    // and no database open. An SQLite file not yet checked for damage shows its data once read,
    // and is checked after (isChecking()): done comes then. open() or destroying the workspace
    // stops a read under way (done is then not called). An in-memory database, which a second
    // connection cannot reach, is read here before this returns (done still comes from the event
    // loop). KeepCurrent (File → Open): the document keeps the data of the database open now, and
    // that database stays open, until the new one's data is in; edits are refused meanwhile. When
    // the read fails, done(false, error) comes with both as they were.
    enum class WhileReading { ShowNothing, KeepCurrent };
    bool openInBackground(const QString &spec, QString *error,
                          std::function<void(bool ok, const QString &error)> done,
                          WhileReading mode = WhileReading::ShowNothing);
    bool isLoading() const { return m_loading; }
    // After openInBackground() (WhileReading::ShowNothing) has put the data of an SQLite file
    // into the document: the file is being checked for damage on a worker, edits are refused
    // meanwhile; then done() is called. A damaged file's data leaves the document again, and
    // done(false, error) names the file and the damage.
    bool isChecking() const { return m_checking; }
    // The database openInBackground() is reading (empty when it reads none).
    QString loadingName() const { return m_loading ? m_loadingName : QString(); }
    // How much of that read is done, from 0 to 1: nothing until the worker has counted the rows
    // (or when the database is read in one go on this thread).
    std::optional<double> loadingProgress() const
    {
        return m_loading && m_progress ? m_progress->fraction() : std::nullopt;
    }
    // File → Open (WhileReading::KeepCurrent): whether another database is being read while
    // this one stays open, and stopping that read. The database open before goes on as it was,
    // taking edits again; the other one is closed, untouched, and done is not called. False
    // (nothing done) when no such read is under way (a read at start has nothing to go back to).
    bool canStopReading() const { return m_loading && m_pending != nullptr; }
    bool stopReading();
    bool isOpen() const { return m_database != nullptr; }
    // Edits and imports are refused with readOnlyReason(); export and briefings work.
    bool isReadOnly() const { return m_database && m_database->isReadOnly(); }
    QString readOnlyReason() const { return m_database ? m_database->readOnlyReason() : QString(); }

    // Where remembered passwords are looked up and kept: the desktop keyring unless set (nullptr:
    // none).
    void setPasswordStore(PasswordStore *store) { m_passwordStore = store; }
    struct PasswordAnswer
    {
        QString password;
        bool remember = false; // keep it in the password store once it worked
    };
    // Asked with the address (without password) and what went wrong; nothing means cancelled.
    using PasswordPrompt = std::function<std::optional<PasswordAnswer>(const QString &address,
                                                                       const QString &problem)>;
    void setPasswordPrompt(PasswordPrompt prompt) { m_passwordPrompt = std::move(prompt); }
    const Database *database() const { return m_database.get(); }
    Document *document() const { return m_document; }

    // Gets a message naming the database when saving a node position fails (the change stays in
    // the document). Without one the message goes to the log.
    void setErrorHandler(std::function<void(const QString &)> handler)
    {
        m_errorHandler = std::move(handler);
    }
    // Gets a short note for the status bar when changes of other clients came in.
    void setRemoteChangeHandler(std::function<void(const QString &)> handler)
    {
        m_remoteHandler = std::move(handler);
    }

    // PostgreSQL: false from when the connection to the server is found lost until it is back.
    // Meanwhile edits are refused with a message saying so (nothing is queued), the poll tries
    // to reconnect every second, and once back the changes missed are fetched.
    bool isOnline() const { return m_online; }
    // Told when the connection is lost (false, a sentence for a banner) and when it is back.
    void setConnectionHandler(std::function<void(bool online, const QString &message)> handler)
    {
        m_connectionHandler = std::move(handler);
    }

    // Told when the check for damage after a read (isChecking()) has ended, the outcome applied.
    void setCheckedHandler(std::function<void()> handler) { m_checkedHandler = std::move(handler); }

    // Places graph nodes (an import that keeps the file's layout): in the document, and in the
    // database in one transaction. False (with *error naming the database) when that fails.
    bool setNodePositions(const QHash<QString, QPointF> &positions, QString *error);
    // The same, where no position takes a node's away (the layout places it again): what an
    // import's undo and redo write (EditCommand::setPositions()).
    bool placeNodes(const QHash<QString, std::optional<QPointF>> &positions, QString *error);

    // Reads and applies what other clients changed since the last time; what the poll and the
    // notifications call. False (with *error) when the database could not be read.
    bool fetchChanges(QString *error = nullptr);
    // The sequence of the last change this workspace has seen (0: none, or no change log).
    qint64 lastSequence() const { return m_lastSeq; }
    // How often the database is asked whether something changed.
    static constexpr int pollIntervalMs = 1000;
    // SQLite: how long after the last edit the write-ahead log is copied into the file.
    static constexpr int checkpointDelayMs = 1500;
    // SQLite: how many events and companies the write connection looks up once a database is
    // open and checked, to have its page cache ready for the first edit
    // (Repository::warmWriteCache).
    static constexpr int warmLookups = 300;
    static constexpr int fallbackPollIntervalMs = 5000; // PostgreSQL, with notifications
    // Opening a database for writing prunes change-log entries older than this.
    static constexpr int changeLogKeepDays = 30;

private:
    // What opening reads from a database: on this thread, or on a worker's (openInBackground).
    struct Contents
    {
        qint64 lastSeq = 0;
        RecordVersions versions;
        Dataset data;
        QHash<QString, QPointF> positions;
    };
    // Everything read in one state of the data (ReadSnapshot); with helperSource (a connection
    // for which Database::canConnectAgain()) part of it on a second connection and thread.
    static std::optional<Contents> readContents(const QSqlDatabase &db, const QString &displayName,
                                                const QString &clientId, QString *error,
                                                Repository::Progress *progress = nullptr,
                                                const QSqlDatabase *helperSource = nullptr);
    // openInBackground()'s worker: reads through a connection of its own, with the check for
    // damage (checkThere) on another beside it; nothing when either failed or the read was
    // stopped (*message says why). *noConnection: no second connection could be made.
    static std::optional<Contents> readOnWorker(const QSqlDatabase &source, const QString &name,
                                                const QString &clientId, bool checkThere,
                                                Repository::Progress *progress, QString *message,
                                                bool *noConnection);
    // Connects to spec, seeds an empty database and prunes the change log.
    // deferCheck: Database::setQuickCheckDeferred(); then the change log is pruned only once the
    // check passed (pruneChangeLog()).
    std::unique_ptr<Database> prepare(const QString &spec, bool deferCheck, QString *error);
    void pruneChangeLog(const Database &db) const;
    // Makes db the open database, with no data in the document yet and edits refused.
    void install(std::unique_ptr<Database> db);
    // Puts what was read from the open database into the document and starts storing edits
    // (refusing them while isChecking()).
    void adopt(Contents contents);
    // Edits go to the open database (the document's edit sink).
    void storeEdits();
    // Edits are refused: name is still being read.
    void refuseEditsWhileReading(const QString &name);
    // Edits are refused: the open database is being checked for damage (isChecking()).
    void refuseEditsWhileChecking();
    // Stops a read under way on the worker thread and forgets it. A check for damage under way
    // (isChecking()) is waited for and its outcome applied, or with interruptCheck stopped.
    void stopLoading(bool interruptCheck = false);
    // The check for damage after the data was read (adopted: it is in the document; else
    // readError says why not), on a worker; finishCheck() applies its outcome, calling done
    // when tell.
    void checkAfterRead(bool adopted, const QString &readError,
                        const std::function<void(bool, const QString &)> &done);
    void finishCheck(bool tell);
    // On a worker: SQLite's check for damage on a connection of its own (*checked: one could be
    // made), stopped by stop.
    static void checkOnWorker(const QSqlDatabase &source, const QString &name,
                              SqliteInterrupter *stop, bool *checked, bool *sound, QString *damage);
    bool connect(Database &db, const QString &spec, QString *error);
    void saveNodePosition(const QString &entityId);
    // Moves the graph nodes another window moved (entityIds; nullptr: compare all positions).
    void followPositions(const Repository &repo, const QSet<QString> *entityIds);
    void reportError(const QString &message);
    void startFollowing();
    void noteOwnWrite(const DataEdit &edit, qint64 seq);
    void subscribe();
    // PostgreSQL: after a failed statement, whether the server still answers; if not, offline.
    bool checkConnection();
    void reconnect();
    void poll();
    // (Re)starts the wait for the checkpoint after an edit was stored.
    void checkpointSoon();

    Document *m_document;
    std::unique_ptr<Database> m_database;
    QMetaObject::Connection m_positionConnection;
    std::function<void(const QString &)> m_errorHandler;
    PasswordStore *m_passwordStore;
    PasswordPrompt m_passwordPrompt;
    std::function<void(const QString &)> m_remoteHandler;
    QString m_clientId;
    RecordVersions m_versions;
    qint64 m_lastSeq = 0;
    bool m_followingPositions = false;
    qint64 m_dataVersion = -1;
    std::unique_ptr<QTimer> m_pollTimer;
    // SQLite: the checkpoint once the user has paused after edits (Database::checkpoint).
    std::unique_ptr<QTimer> m_checkpointTimer;
    QMetaObject::Connection m_notificationConnection;
    bool m_fetching = false;
    bool m_online = true;
    bool m_listening = false;
    std::function<void(bool, const QString &)> m_connectionHandler;
    // openInBackground(): the worker thread, and what its result is delivered to on this thread
    // (destroyed with the workspace, so a result that comes too late goes nowhere).
    std::unique_ptr<QThread> m_loadThread;
    std::unique_ptr<QObject> m_loadReceiver;
    bool m_loading = false;
    QString m_loadingName;
    std::shared_ptr<Repository::Progress> m_progress; // of the read under way, shared with it
    // checkAfterRead(): the check's thread, its stop, and what applies its outcome.
    std::unique_ptr<QThread> m_checkThread;
    std::shared_ptr<SqliteInterrupter> m_checkStop;
    std::function<void(bool tell)> m_finishCheck;
    std::function<void()> m_checkedHandler;
    bool m_checking = false;
    // WhileReading::KeepCurrent: the database being read, open beside the current one.
    std::unique_ptr<Database> m_pending;
};

} // namespace atlas
