// SPDX-FileCopyrightText: 2026 Telco Atlas authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <functional>

QT_BEGIN_NAMESPACE
class QWidget;
QT_END_NAMESPACE

namespace atlas {

// The one save dialog of every picture export (graph, timeline, charts): PNG or SVG, proposed in
// the Pictures folder as baseName with the preferred suffix ("png" or "svg"); a name typed
// without a suffix gets the one of the chosen file type. Empty when cancelled.
QString askPicturePath(QWidget *parent, const QString &title, const QString &baseName,
                       const QString &suffix);

// askPicturePath(), then write(path, &error); a failure is shown in a message box.
using PictureWriter = std::function<bool(const QString &path, QString *error)>;
void exportPicture(QWidget *parent, const QString &title, const QString &baseName,
                   const QString &suffix, const PictureWriter &write);

} // namespace atlas
