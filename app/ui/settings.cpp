// SPDX-FileCopyrightText: 2026 Telco Atlas authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "settings.h"

#include "storage/postgresaddress.h"

#include <QCryptographicHash>
#include <QGuiApplication>

namespace atlas {

namespace {
// One group per database under timelineLanes/, named by a hash of its spec (a path or an address
// can hold characters QSettings keys cannot).
QString lanesGroup(const QString &database)
{
    const QByteArray hash = QCryptographicHash::hash(
            PostgresAddress::stripPassword(database).toUtf8(), QCryptographicHash::Sha1);
    return QStringLiteral("timelineLanes/") + QString::fromLatin1(hash.toHex().left(20));
}
} // namespace

void Settings::setApplicationIdentity()
{
    QGuiApplication::setApplicationName(QStringLiteral("telco-atlas"));
    QGuiApplication::setApplicationDisplayName(QStringLiteral("Telco Atlas"));
    QGuiApplication::setOrganizationName(QStringLiteral("telco-atlas"));
    QGuiApplication::setDesktopFileName(QStringLiteral("org.telcoatlas.TelcoAtlas"));
}

Settings::Settings()
{
    // Earlier versions remembered PostgreSQL addresses with their password: take it out.
    const QString last = m_settings.value(kLastDatabase).toString();
    if (PostgresAddress::stripPassword(last) != last)
        setLastDatabase(last);
    const QStringList recent = m_settings.value(kRecent).toStringList();
    QStringList stripped;
    for (const QString &spec : recent) {
        const QString clean = PostgresAddress::stripPassword(spec);
        if (!stripped.contains(clean))
            stripped.append(clean);
    }
    if (stripped != recent)
        m_settings.setValue(kRecent, stripped);
}

QString Settings::lastDatabase() const
{
    return m_settings.value(kLastDatabase).toString();
}
void Settings::setLastDatabase(const QString &spec)
{
    m_settings.setValue(kLastDatabase, PostgresAddress::stripPassword(spec));
}
QStringList Settings::recentFiles() const
{
    return m_settings.value(kRecent).toStringList();
}

void Settings::addRecentFile(const QString &spec)
{
    const QString path = PostgresAddress::stripPassword(spec);
    QStringList files = recentFiles();
    files.removeAll(path);
    files.prepend(path);
    while (files.size() > maxRecentFiles)
        files.removeLast();
    m_settings.setValue(kRecent, files);
}

} // namespace atlas

namespace atlas {

LaneChoice Settings::laneChoice(const QString &database) const
{
    LaneChoice choice;
    if (database.isEmpty())
        return choice;
    const QString group = lanesGroup(database);
    choice.mode =
            m_settings.value(group + QStringLiteral("/mode")).toString() == QStringLiteral("pinned")
            ? LaneChoice::Mode::Pinned
            : LaneChoice::Mode::MostActive;
    choice.pinned = m_settings.value(group + QStringLiteral("/pinned")).toStringList();
    choice.groupByKind = m_settings.value(group + QStringLiteral("/groupByKind"), false).toBool();
    return choice;
}

void Settings::setLaneChoice(const QString &database, const LaneChoice &choice)
{
    if (database.isEmpty())
        return;
    const QString group = lanesGroup(database);
    m_settings.setValue(group + QStringLiteral("/database"),
                        PostgresAddress::stripPassword(database));
    m_settings.setValue(group + QStringLiteral("/mode"),
                        choice.mode == LaneChoice::Mode::Pinned ? QStringLiteral("pinned")
                                                                : QStringLiteral("mostActive"));
    m_settings.setValue(group + QStringLiteral("/pinned"), choice.pinned);
    m_settings.setValue(group + QStringLiteral("/groupByKind"), choice.groupByKind);
}

} // namespace atlas
