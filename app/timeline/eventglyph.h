// SPDX-FileCopyrightText: 2026 Telco Atlas authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/kinds.h"

#include <QColor>
#include <QPainterPath>
#include <QPointF>

QT_BEGIN_NAMESPACE
class QPainter;
QT_END_NAMESPACE

namespace atlas {

// Shape and colour of an event kind, the same in the timeline, its legend and its exports. The
// colours are from the Okabe–Ito set (told apart with colour-vision deficiencies) and every kind
// also has its own shape, so nothing rests on colour alone.
class EventGlyph
{
public:
    enum Style {
        Filled = 0,
        Hollow = 1, // the event's amount is approximate, a range or only words
        Dimmed = 2, // not part of the current selection
        Highlighted = 4, // the selected event
    };

    static QColor colour(EventKind kind);
    // The outline of the kind's shape, centred on centre, about size pixels across.
    static QPainterPath shape(EventKind kind, const QPointF &centre, double size);
    static void paint(QPainter &painter, EventKind kind, const QPointF &centre, double size,
                      int style = Filled);
};

} // namespace atlas
