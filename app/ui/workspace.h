// SPDX-FileCopyrightText: 2026 Telco Atlas authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/document.h"
#include "storage/database.h"

#include <QCoreApplication>

#include <memory>

namespace atlas {

// The open database behind a Document: opening it (seeding an empty one with the built-in
// dataset on first run) and loading it into the document. Shared by the GUI and the command line.
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

private:
    Document *m_document;
    std::unique_ptr<Database> m_database;
};

} // namespace atlas
