// SPDX-FileCopyrightText: 2026 Telco Atlas authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "picturefile.h"

#include <QBuffer>
#include <QDir>
#include <QFileInfo>
#include <QImage>
#include <QImageWriter>
#include <QPainter>
#include <QSaveFile>
#include <QSvgGenerator>

namespace atlas::PictureFile {

namespace {

bool fail(QString *error, const QString &message)
{
    if (error)
        *error = message;
    return false;
}

QString shown(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

bool renderSvg(QByteArray *bytes, const QSize &size, const PaintFunction &paint, const Meta &meta)
{
    QBuffer buffer(bytes);
    buffer.open(QIODevice::WriteOnly);
    QSvgGenerator svg;
    svg.setOutputDevice(&buffer);
    svg.setSize(size);
    svg.setViewBox(QRect(QPoint(0, 0), size));
    svg.setResolution(kSvgDpi);
    svg.setTitle(meta.title);
    svg.setDescription(meta.description);
    QPainter painter;
    if (!painter.begin(&svg))
        return false;
    painter.setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing);
    const QRectF rect(QPointF(0, 0), QSizeF(size));
    painter.fillRect(rect, Qt::white);
    paint(painter, rect);
    return painter.end();
}

bool renderPng(QByteArray *bytes, const QSize &size, const PaintFunction &paint, QString *why,
               qreal pixelRatio)
{
    // Refused before allocating: the raster painter draws at most 32,767 pixels a side, and a
    // picture of more than 256 million pixels (1 GiB) is not one anybody means to write.
    const QSize pixels = size * pixelRatio;
    constexpr int kMaxSide = 32767;
    constexpr qint64 kMaxPixels = qint64(256) * 1024 * 1024;
    const bool tooLarge = pixels.width() > kMaxSide || pixels.height() > kMaxSide
            || qint64(pixels.width()) * pixels.height() > kMaxPixels;
    QImage image = tooLarge ? QImage() : QImage(pixels, QImage::Format_ARGB32_Premultiplied);
    if (image.isNull()) {
        *why = Tr::tr("the picture would be too large");
        return false;
    }
    image.setDevicePixelRatio(pixelRatio);
    image.fill(Qt::white);
    {
        QPainter painter(&image);
        painter.setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing
                               | QPainter::SmoothPixmapTransform);
        paint(painter, QRectF(QPointF(0, 0), QSizeF(size)));
    }
    QBuffer buffer(bytes);
    buffer.open(QIODevice::WriteOnly);
    QImageWriter writer(&buffer, "png");
    if (!writer.write(image)) {
        *why = writer.errorString();
        return false;
    }
    return true;
}

} // namespace

bool checkSuffix(const QString &path, QString *error)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QLatin1String("png") || suffix == QLatin1String("svg"))
        return true;
    return fail(error,
                Tr::tr("Cannot write %1: the file name must end in .svg or .png").arg(shown(path)));
}

bool write(const QString &path, const QSize &size, const PaintFunction &paint, const Meta &meta,
           QString *error, qreal pngPixelRatio)
{
    if (!checkSuffix(path, error))
        return false;
    if (!size.isValid() || size.isEmpty())
        return fail(error, Tr::tr("Cannot write %1: the picture has no size").arg(shown(path)));
    QByteArray bytes;
    QString why;
    const bool svg = QFileInfo(path).suffix().toLower() == QLatin1String("svg");
    const bool drawn = svg ? renderSvg(&bytes, size, paint, meta)
                           : renderPng(&bytes, size, paint, &why, pngPixelRatio);
    if (!drawn)
        return fail(error,
                    Tr::tr("Cannot write %1: %2")
                            .arg(shown(path),
                                 why.isEmpty() ? Tr::tr("the picture could not be drawn") : why));
    return writeBytes(path, bytes, error);
}

bool writeBytes(const QString &path, const QByteArray &bytes, QString *error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        return fail(error, Tr::tr("Cannot write %1: %2").arg(shown(path), file.errorString()));
    return true;
}

} // namespace atlas::PictureFile
