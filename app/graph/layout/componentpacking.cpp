// SPDX-FileCopyrightText: 2026 Telco Atlas authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "componentpacking.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <numeric>

namespace atlas::ComponentPacking {

QRectF extent(const QList<int> &nodes, const QList<QPointF> &positions, const QList<QRectF> &boxes)
{
    if (nodes.isEmpty())
        return {};
    double left = std::numeric_limits<double>::max();
    double top = left;
    double right = std::numeric_limits<double>::lowest();
    double bottom = right;
    for (int i : nodes) {
        const QRectF b = boxes.at(i).translated(positions.at(i));
        left = std::min(left, b.left());
        top = std::min(top, b.top());
        right = std::max(right, b.right());
        bottom = std::max(bottom, b.bottom());
    }
    return QRectF(QPointF(left, top), QPointF(right, bottom));
}

namespace {

struct Row
{
    QList<qsizetype> members;
    double width = 0;
    double height = 0;
};

// Groups in rows no wider than `width`, in order.
QList<Row> rowsOf(const QList<QRectF> &rects, double width, double spacing)
{
    QList<Row> rows(1);
    for (qsizetype r = 0; r < rects.size(); ++r) {
        const QRectF &rect = rects.at(r);
        if (!rows.constLast().members.isEmpty()
            && rows.constLast().width + spacing + rect.width() > width)
            rows.append(Row());
        Row &row = rows.last();
        row.width += (row.members.isEmpty() ? 0 : spacing) + rect.width();
        row.height = std::max(row.height, rect.height());
        row.members.append(r);
    }
    return rows;
}

} // namespace

void packInRows(const QList<QList<int>> &groups, const QList<int> &anchoredNodes,
                QList<QPointF> &positions, const QList<QRectF> &boxes, double spacing)
{
    if (groups.isEmpty())
        return;
    QList<QRectF> rects;
    double area = 0;
    double widest = 0;
    for (const QList<int> &group : groups) {
        rects.append(extent(group, positions, boxes));
        area += (rects.constLast().width() + spacing) * (rects.constLast().height() + spacing);
        widest = std::max(widest, rects.constLast().width());
    }
    const QRectF anchored = extent(anchoredNodes, positions, boxes);
    double width = std::max(widest, std::sqrt(area) * 1.5);
    if (!anchoredNodes.isEmpty())
        width = std::max(width, anchored.width());
    double y = anchoredNodes.isEmpty() ? 0 : anchored.bottom() + spacing;
    const double centreX = anchoredNodes.isEmpty() ? 0 : anchored.center().x();
    for (const Row &row : rowsOf(rects, width, spacing)) {
        double x = centreX - row.width / 2;
        for (qsizetype r : row.members) {
            const QRectF &rect = rects.at(r);
            const QPointF shift(x - rect.left(), y + (row.height - rect.height()) / 2 - rect.top());
            for (int i : groups.at(r))
                positions[i] += shift;
            x += rect.width() + spacing;
        }
        y += row.height + spacing;
    }
    if (anchoredNodes.isEmpty()) {
        QList<int> every(positions.size());
        std::iota(every.begin(), every.end(), 0);
        const QPointF centre = extent(every, positions, boxes).center();
        for (QPointF &p : positions)
            p -= centre;
    }
}

} // namespace atlas::ComponentPacking
