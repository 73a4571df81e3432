// SPDX-FileCopyrightText: 2026 Telco Atlas authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "tempworkspace.h"

#include <QCryptographicHash>
#include <QFile>

namespace atlas::test {

QString TempWorkspace::databasePath(const QString &name)
{
    if (!name.isEmpty())
        return m_dir.filePath(name);
    return m_dir.filePath(QStringLiteral("db-%1.sqlite").arg(++m_databases));
}

QString TempWorkspace::writeFile(const QString &name, const QByteArray &bytes) const
{
    const QString path = m_dir.filePath(name);
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size())
        return {};
    return path;
}

QByteArray fileDigest(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
}

} // namespace atlas::test
