// SPDX-FileCopyrightText: 2026 Telco Atlas authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "timeline/lanechoice.h"

#include <QByteArray>
#include <QSettings>
#include <QStringList>

namespace atlas {

// The one typed front to QSettings: every remembered value has a name and a type here, and no
// other code spells a settings key.
class Settings
{
public:
    Settings();

    QByteArray windowGeometry() const;
    void setWindowGeometry(const QByteArray &geometry);
    QByteArray windowState() const;
    void setWindowState(const QByteArray &state);
    // "en", "ko", or empty to follow the system locale.
    QString language() const;
    void setLanguage(const QString &code);
    // Database addresses are remembered without their password (see PostgresAddress), and
    // passwords that earlier versions left here are removed when Settings is made.
    QString lastDatabase() const;
    void setLastDatabase(const QString &spec);
    QStringList recentFiles() const;
    // Puts spec first, keeps at most maxRecentFiles, no duplicates.
    void addRecentFile(const QString &spec);

    // The timeline's lane choice for one database (its spec, as Database::spec() gives it, which
    // holds no password); the default choice for a database never seen.
    LaneChoice laneChoice(const QString &database) const;
    void setLaneChoice(const QString &database, const LaneChoice &choice);

    // The graph's options for large graphs (View menu): node size by relationships, colour by
    // community. Both off by default.
    bool graphSizeByDegree() const;
    void setGraphSizeByDegree(bool on);
    bool graphColourByCommunity() const;
    void setGraphColourByCommunity(bool on);

    static constexpr int maxRecentFiles = 8;

private:
    mutable QSettings m_settings;
};

} // namespace atlas
