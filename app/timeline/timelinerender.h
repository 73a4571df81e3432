// SPDX-FileCopyrightText: 2026 Telco Atlas authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/localizedtext.h"

#include <QCoreApplication>
#include <QDate>
#include <QSize>
#include <QString>

QT_BEGIN_NAMESPACE
class QPainter;
class QRectF;
QT_END_NAMESPACE

namespace atlas {

class Document;
class TimelineIndex;

// The timeline as a picture, without a window: for `telco-atlas --render-timeline` and the
// view's Export. The page has a title with the window, a legend of the kinds shown, the lanes
// and an overview of all the data with the window marked.
namespace TimelineRender {

struct Options
{
    QDate from; // invalid: from the start of the data
    QDate to; // invalid: to the end of the data
    Language lang = Language::English;
    QSize size{ 1600,
                700 }; // logical pixels; PNGs are written at twice this (device pixel ratio 2)
};

// Chooses PNG or SVG by the file's extension; SVG keeps text as <text>. On failure returns false
// and says in *error which file and why.
bool renderToFile(const Document &doc, const Options &options, const QString &path, QString *error);
void paint(QPainter &painter, const QRectF &rect, const Document &doc, const TimelineIndex &index,
           const Options &options);

class Tr
{
    Q_DECLARE_TR_FUNCTIONS(atlas::TimelineRender)
};

} // namespace TimelineRender

} // namespace atlas
