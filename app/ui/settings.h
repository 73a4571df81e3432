// SPDX-FileCopyrightText: 2026 Telco Atlas authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "timeline/lanechoice.h"

#include <QByteArray>
#include <QSettings>
#include <QLatin1StringView>
#include <QStringList>
#include <QVariant>

namespace atlas {

// The one typed front to QSettings: every remembered value has a name and a type here, and no
// other code spells a settings key.
class Settings
{
public:
    Settings();
    // The names of the application (they also decide where QSettings keeps its file) and its
    // desktop file; main() sets them before anything reads a setting.
    static void setApplicationIdentity();

    QByteArray windowGeometry() const { return value(kGeometry).toByteArray(); }
    void setWindowGeometry(const QByteArray &geometry) { m_settings.setValue(kGeometry, geometry); }
    QByteArray windowState() const { return value(kState).toByteArray(); }
    void setWindowState(const QByteArray &state) { m_settings.setValue(kState, state); }
    // "en", "ko", or empty to follow the system locale.
    QString language() const { return value(kLanguage).toString(); }
    void setLanguage(const QString &code) { m_settings.setValue(kLanguage, code); }
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
    bool graphSizeByDegree() const { return value(kSizeByDegree, false).toBool(); }
    void setGraphSizeByDegree(bool on) { m_settings.setValue(kSizeByDegree, on); }
    bool graphColourByCommunity() const { return value(kColourByCommunity, false).toBool(); }
    void setGraphColourByCommunity(bool on) { m_settings.setValue(kColourByCommunity, on); }
    // Colour and size as an imported file gave them (GEXF viz). Off by default.
    bool graphColourFromFile() const { return value(kColourFromFile, false).toBool(); }
    void setGraphColourFromFile(bool on) { m_settings.setValue(kColourFromFile, on); }
    bool graphSizeFromFile() const { return value(kSizeFromFile, false).toBool(); }
    void setGraphSizeFromFile(bool on) { m_settings.setValue(kSizeFromFile, on); }

    static constexpr int maxRecentFiles = 8;

private:
    // The keys (lane choices are in groups per database, see settings.cpp).
    static constexpr QLatin1StringView kGeometry{ "window/geometry" };
    static constexpr QLatin1StringView kState{ "window/state" };
    static constexpr QLatin1StringView kLanguage{ "ui/language" };
    static constexpr QLatin1StringView kLastDatabase{ "data/lastDatabase" };
    static constexpr QLatin1StringView kRecent{ "data/recentFiles" };
    static constexpr QLatin1StringView kSizeByDegree{ "graph/sizeByDegree" };
    static constexpr QLatin1StringView kColourByCommunity{ "graph/colourByCommunity" };
    static constexpr QLatin1StringView kColourFromFile{ "graph/colourFromFile" };
    static constexpr QLatin1StringView kSizeFromFile{ "graph/sizeFromFile" };

    QVariant value(QLatin1StringView key, const QVariant &fallback = {}) const
    {
        return m_settings.value(key, fallback);
    }

    mutable QSettings m_settings;
};

} // namespace atlas
