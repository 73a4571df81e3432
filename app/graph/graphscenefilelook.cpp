// SPDX-FileCopyrightText: 2026 Telco Atlas authors
// SPDX-License-Identifier: GPL-3.0-or-later
// GraphScene's options to draw nodes as an imported file drew them: the colour and size a GEXF
// file's viz gave each node, kept as entity attributes.
#include "graphscene.h"

#include "graphstyle.h"
#include "io/gexfdataset.h"
#include "models/document.h"
#include "nodeitem.h"

#include <QColor>

#include <algorithm>
#include <cmath>
#include <limits>
#include <optional>

namespace atlas {

namespace {

// The attribute's text as a colour ("#rrggbb", "#aarrggbb", an SVG colour name); invalid when
// it is none.
QColor colourOf(const Attribute *a)
{
    if (!a || a->type != AttributeType::Text)
        return {};
    return QColor::fromString(a->textValue().trimmed());
}

// A positive, finite size (a number, or text of one, as an edit may leave it).
std::optional<double> sizeOf(const Attribute *a)
{
    if (!a)
        return std::nullopt;
    bool ok = a->type == AttributeType::Number;
    const double v = ok ? a->numberValue() : a->textValue().trimmed().toDouble(&ok);
    if (!ok || !std::isfinite(v) || v <= 0)
        return std::nullopt;
    return v;
}

} // namespace

void GraphScene::setColouredFromFile(bool on)
{
    if (on == m_colourFromFile)
        return;
    m_colourFromFile = on;
    if (on)
        m_colourByCommunity = false;
    updateFills();
    Q_EMIT shownChanged();
}

void GraphScene::setSizedFromFile(bool on)
{
    if (on == m_sizeFromFile)
        return;
    m_sizeFromFile = on;
    if (on && m_sizeByDegree) {
        m_sizeByDegree = false;
        for (NodeItem *n : std::as_const(m_nodes)) {
            if (n->memberCount() == 0)
                n->setSizedByDegree(false);
        }
    }
    updateFileSizes();
    sortLabelOrder();
    // Nodes keep their places; where larger shapes now overlap, the layout makes room.
    requestLayout(LayoutMode::OverlapsOnly);
    Q_EMIT shownChanged();
}

bool GraphScene::showsKindColours() const
{
    if (m_colourByCommunity)
        return false;
    if (!m_colourFromFile)
        return true;
    return std::any_of(m_nodes.cbegin(), m_nodes.cend(), [this](const NodeItem *n) {
        return n->memberCount() == 0 && !m_fileColours.contains(n->id());
    });
}

// Every entity's colour and size from the file, and the range of the sizes.
void GraphScene::readFileLook()
{
    const bool hadColours = hasFileColours();
    const bool hadSizes = hasFileSizes();
    m_fileColours.clear();
    m_fileSizes.clear();
    m_smallestFileSize = std::numeric_limits<double>::max();
    m_largestFileSize = 0;
    const QString colourName = GexfDataset::vizColorAttribute();
    const QString sizeName = GexfDataset::vizSizeAttribute();
    for (const Entity &e : m_document->data().entities) {
        if (e.attributes.isEmpty())
            continue;
        if (const QColor c = colourOf(e.attributes.find(colourName)); c.isValid())
            m_fileColours.insert(e.id, c);
        if (const auto size = sizeOf(e.attributes.find(sizeName))) {
            m_fileSizes.insert(e.id, *size);
            m_smallestFileSize = std::min(m_smallestFileSize, *size);
            m_largestFileSize = std::max(m_largestFileSize, *size);
        }
    }
    if (hadColours != hasFileColours() || hadSizes != hasFileSizes())
        Q_EMIT fileLookChanged();
}

qreal GraphScene::fileRadiusOf(const QString &entityId) const
{
    const auto it = m_fileSizes.constFind(entityId);
    if (!m_sizeFromFile || it == m_fileSizes.cend())
        return 0;
    return GraphStyle::fileRadius(*it, m_smallestFileSize, m_largestFileSize);
}

// Gives each entity's node its radius from the file (or none); true when one changed.
bool GraphScene::updateFileSizes()
{
    bool changed = false;
    for (NodeItem *n : std::as_const(m_nodes)) {
        if (n->memberCount() > 0)
            continue;
        const qreal r = fileRadiusOf(n->id());
        changed = changed || r != n->fileRadius();
        n->setFileRadius(r);
    }
    return changed;
}

// A node that came with an edit. Nodes coloured by community keep theirs (communities are found
// again after an edit).
void GraphScene::applyFileLook(NodeItem *node)
{
    if (!m_colourByCommunity)
        node->setFillColor(fillFor(node));
    node->setFileRadius(fileRadiusOf(node->id()));
}

// After an edit of entities: an attribute edited, an import that brings colours or sizes.
void GraphScene::followFileLook()
{
    readFileLook();
    if (!m_colourByCommunity) {
        for (NodeItem *n : std::as_const(m_nodes)) {
            if (n->memberCount() == 0)
                n->setFillColor(fillFor(n));
        }
    }
    if (updateFileSizes())
        requestLayout(LayoutMode::OverlapsOnly);
}

} // namespace atlas
