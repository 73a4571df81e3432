// SPDX-FileCopyrightText: 2026 Telco Atlas authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "settings.h"

namespace atlas {

namespace {
const QString kGeometry = QStringLiteral("window/geometry");
const QString kState = QStringLiteral("window/state");
const QString kLanguage = QStringLiteral("ui/language");
const QString kLastDatabase = QStringLiteral("data/lastDatabase");
const QString kRecent = QStringLiteral("data/recentFiles");
} // namespace

Settings::Settings() = default;

QByteArray Settings::windowGeometry() const { return m_settings.value(kGeometry).toByteArray(); }
void Settings::setWindowGeometry(const QByteArray &g) { m_settings.setValue(kGeometry, g); }
QByteArray Settings::windowState() const { return m_settings.value(kState).toByteArray(); }
void Settings::setWindowState(const QByteArray &s) { m_settings.setValue(kState, s); }
QString Settings::language() const { return m_settings.value(kLanguage).toString(); }
void Settings::setLanguage(const QString &code) { m_settings.setValue(kLanguage, code); }
QString Settings::lastDatabase() const { return m_settings.value(kLastDatabase).toString(); }
void Settings::setLastDatabase(const QString &spec) { m_settings.setValue(kLastDatabase, spec); }
QStringList Settings::recentFiles() const { return m_settings.value(kRecent).toStringList(); }

void Settings::addRecentFile(const QString &path)
{
    QStringList files = recentFiles();
    files.removeAll(path);
    files.prepend(path);
    while (files.size() > maxRecentFiles)
        files.removeLast();
    m_settings.setValue(kRecent, files);
}

} // namespace atlas
