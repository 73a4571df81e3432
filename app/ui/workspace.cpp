// SPDX-FileCopyrightText: 2026 Telco Atlas authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "workspace.h"

#include "io/builtindataset.h"
#include "storage/repository.h"

namespace atlas {

Workspace::Workspace(Document *document)
    : m_document(document)
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
    if (!db->open(spec, error))
        return false;
    Repository repo(db->connection());
    QString repoError;
    if (repo.isEmpty(&repoError)) {
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
        Repository repository(m_database->connection());
        QString message;
        if (repository.applyEdit(edit, after, &message))
            return true;
        *sinkError = tr("%1: %2").arg(m_database->displayName(), message);
        return false;
    });
    return true;
}

void Workspace::saveNodePosition(const QString &entityId)
{
    if (!m_database)
        return;
    QString repoError;
    Repository repo(m_database->connection());
    if (repo.saveNodePositions({{entityId, m_document->nodePosition(entityId)}}, &repoError))
        return;
    const QString message = tr("%1: %2").arg(m_database->displayName(), repoError);
    if (m_errorHandler)
        m_errorHandler(message);
    else
        qWarning("%s", qPrintable(message));
}

} // namespace atlas
