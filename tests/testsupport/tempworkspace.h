// SPDX-FileCopyrightText: 2026 Telco Atlas authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QTemporaryDir>

namespace atlas::test {

// A private folder for one test, removed afterwards, with a database path in it no other test
// uses: tests never share files or databases.
class TempWorkspace
{
public:
    bool isValid() const { return m_dir.isValid(); }
    QString path() const { return m_dir.path(); }
    QString filePath(const QString &name) const { return m_dir.filePath(name); }
    // A new SQLite path on every call ("db-1.sqlite", "db-2.sqlite", ...), or the one named.
    QString databasePath(const QString &name = {});
    // Writes bytes to name in the folder; the path, or empty when it cannot be written.
    QString writeFile(const QString &name, const QByteArray &bytes) const;

private:
    QTemporaryDir m_dir;
    int m_databases = 0;
};

// The SHA-256 of a file's bytes, empty when it cannot be read: "the file is untouched".
QByteArray fileDigest(const QString &path);

} // namespace atlas::test
