// SPDX-FileCopyrightText: 2026 Telco Atlas authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSize>
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

// askPicturePath() with a size below the file types, as `--size WxH` gives on the command line:
// off (the default) the picture has its natural size, a PNG at most 4,096 pixels on its longer
// side; on, the drawing is fitted to width x height pixels. *size receives the size chosen, or an
// empty size for the natural one (its value going in is the size first proposed).
QString askSizedPicturePath(QWidget *parent, const QString &title, const QString &baseName,
                            const QString &suffix, QSize *size);

// askPicturePath(), then write(path, &error); a failure is shown in a message box.
using PictureWriter = std::function<bool(const QString &path, QString *error)>;
void exportPicture(QWidget *parent, const QString &title, const QString &baseName,
                   const QString &suffix, const PictureWriter &write);
// The same with askSizedPicturePath(): write(path, size, &error), size empty for the natural one.
using SizedPictureWriter =
        std::function<bool(const QString &path, const QSize &size, QString *error)>;
void exportSizedPicture(QWidget *parent, const QString &title, const QString &baseName,
                        const QString &suffix, const SizedPictureWriter &write);

} // namespace atlas
