// SPDX-FileCopyrightText: 2026 Telco Atlas authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// A database file holding the first edition of the data (see firsteditiondataset.h), for tests
// that import into a database and count what the import adds or replaces: they follow the code,
// not the growing built-in dataset a new database is seeded with.

#include "firsteditiondataset.h"
#include "storage/database.h"
#include "storage/repository.h"

namespace atlas::TestData {

// A database file at sqlitePath holding data (a fixture), for tests that open the program on it.
inline bool writeDatabase(const QString &sqlitePath, const Dataset &data, QString *error)
{
    Database db;
    return db.open(sqlitePath, error) && Repository(db.connection()).replaceAll(data, error);
}

inline bool writeFirstEditionDatabase(const QString &sqlitePath, QString *error)
{
    return writeDatabase(sqlitePath, firstEdition(), error);
}

} // namespace atlas::TestData
