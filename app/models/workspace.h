// SPDX-FileCopyrightText: 2026 Telco Atlas authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/document.h"
#include "storage/database.h"

#include <QCoreApplication>
#include <QMetaObject>

#include <functional>
#include <memory>

namespace atlas {

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
    bool open(const QString &spec, QString *error);
    bool isOpen() const { return m_database != nullptr; }
    const Database *database() const { return m_database.get(); }
    Document *document() const { return m_document; }

    // Gets a message naming the database when saving a node position fails (the change stays in
    // the document). Without one the message goes to the log.
    void setErrorHandler(std::function<void(const QString &)> handler) { m_errorHandler = std::move(handler); }

private:
    void saveNodePosition(const QString &entityId);

    Document *m_document;
    std::unique_ptr<Database> m_database;
    QMetaObject::Connection m_positionConnection;
    std::function<void(const QString &)> m_errorHandler;
};

} // namespace atlas
