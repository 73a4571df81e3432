// SPDX-FileCopyrightText: 2026 Telco Atlas authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "workspace.h"

#include "io/builtindataset.h"
#include "storage/repository.h"

namespace atlas {

Workspace::Workspace(Document *document) : m_document(document) { }

Workspace::~Workspace() = default;

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
    m_database = std::move(db);
    m_document->setData(std::move(*data));
    return true;
}

} // namespace atlas
