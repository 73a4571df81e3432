// SPDX-FileCopyrightText: 2026 Telco Atlas authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QRectF>
#include <QSize>
#include <QString>

#include <functional>

QT_BEGIN_NAMESPACE
class QPainter;
QT_END_NAMESPACE

namespace atlas::PictureFile {

// PNGs carry twice the logical pixels (sharp on HiDPI screens and in print); SVGs are in CSS
// pixels, as browsers and Inkscape read them.
inline constexpr qreal kPngPixelRatio = 2.0;
inline constexpr int kSvgDpi = 96;

struct Meta
{
    QString title;
    QString description;
};

// Paints the picture into rect, in logical pixels; the page is white before it runs.
using PaintFunction = std::function<void(QPainter &painter, const QRectF &rect)>;

// True for a file name ending in .svg or .png (any case); otherwise false with the one wording
// every export uses in *error.
bool checkSuffix(const QString &path, QString *error);

// Writes a picture of size (logical pixels) as PNG or SVG, chosen by the suffix, through
// QSaveFile: a failed write leaves an existing file as it was. On failure returns false and says
// in *error which file and why.
// A PNG has pngPixelRatio pixels per logical pixel.
bool write(const QString &path, const QSize &size, const PaintFunction &paint, const Meta &meta,
           QString *error, qreal pngPixelRatio = kPngPixelRatio);

// Writes bytes already made (a picture drawn otherwise) through QSaveFile, with the same
// messages as write().
bool writeBytes(const QString &path, const QByteArray &bytes, QString *error);

class Tr
{
    Q_DECLARE_TR_FUNCTIONS(atlas::PictureFile)
};

} // namespace atlas::PictureFile
