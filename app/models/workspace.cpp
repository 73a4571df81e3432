// SPDX-FileCopyrightText: 2026 Telco Atlas authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "workspace.h"

#include "keyring.h"

#include "io/builtindataset.h"
#include "storage/postgresaddress.h"
#include "storage/repository.h"

namespace atlas {

Workspace::Workspace(Document *document)
    : m_document(document)
    , m_passwordStore(Keyring::instance())
{
    m_positionConnection = QObject::connect(m_document, &Document::nodePositionChanged, m_document,
                                            [this](const QString &entityId) { saveNodePosition(entityId); });
}

Workspace::~Workspace()
{
    QObject::disconnect(m_positionConnection);
    m_document->setEditSink({});
}

bool Workspace::open(const QString &spec, QString *error)
{
    auto db = std::make_unique<Database>();
    if (!connect(*db, spec, error))
        return false;
    Repository repo(db->connection());
    QString repoError;
    // A reader cannot seed an empty database; it shows what is there.
    if (!db->isReadOnly() && repo.isEmpty(&repoError)) {
        if (!repoError.isEmpty()) {
            *error = tr("%1: %2").arg(db->displayName(), repoError);
            return false;
        }
        const auto builtin = BuiltinDataset::load(error);
        if (!builtin)
            return false;
        if (!repo.replaceAll(*builtin, &repoError)) {
            *error = tr("%1: cannot store the built-in dataset: %2").arg(db->displayName(), repoError);
            return false;
        }
    }
    auto data = repo.load(&repoError);
    if (!data) {
        *error = tr("%1: %2").arg(db->displayName(), repoError);
        return false;
    }
    auto positions = repo.loadNodePositions(&repoError);
    if (!positions) {
        *error = tr("%1: %2").arg(db->displayName(), repoError);
        return false;
    }
    m_database = std::move(db);
    m_document->setData(std::move(*data), std::move(*positions));
    // Every edit and undo is stored before the document shows it, in one transaction.
    m_document->setEditSink([this](const DataEdit &edit, const Dataset &after, QString *sinkError) {
        if (m_database->isReadOnly()) {
            *sinkError = tr("%1 Nothing was changed.").arg(m_database->readOnlyReason());
            return false;
        }
        Repository repository(m_database->connection());
        QString message;
        if (repository.applyEdit(edit, after, &message))
            return true;
        *sinkError = tr("%1: %2").arg(m_database->displayName(), message);
        return false;
    });
    return true;
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
        if (answer->remember && m_passwordStore && !m_passwordStore->write(address.account(), answer->password, &storeError))
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

void Workspace::saveNodePosition(const QString &entityId)
{
    // A reader may arrange the graph; the positions stay in this window.
    if (!m_database || m_database->isReadOnly())
        return;
    QString repoError;
    Repository repo(m_database->connection());
    if (repo.saveNodePositions({{entityId, m_document->nodePosition(entityId)}}, &repoError))
        return;
    reportError(tr("%1: %2").arg(m_database->displayName(), repoError));
}

} // namespace atlas
