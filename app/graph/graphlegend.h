// SPDX-FileCopyrightText: 2026 Telco Atlas authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/kinds.h"

#include <QStringList>
#include <QWidget>

namespace atlas {

class GraphScene;

// The key to shapes, colours and line styles, over a corner of the view. It lists only the
// kinds and types that are shown, so it shrinks with filters and focus; clicks pass through it.
class GraphLegend : public QWidget
{
    Q_OBJECT
public:
    GraphLegend(GraphScene *scene, QWidget *parent);

    const QList<EntityKind> &kinds() const { return m_kinds; }
    const QList<RelationshipType> &types() const { return m_types; }
    // What node size and colour mean when an option of the view changes them.
    const QStringList &notes() const { return m_notes; }
    QSize sizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void refresh();

    GraphScene *m_scene;
    QList<EntityKind> m_kinds;
    QList<RelationshipType> m_types;
    QStringList m_notes;
    bool m_kindColours = true;
};

} // namespace atlas
