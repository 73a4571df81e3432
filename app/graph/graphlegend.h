// SPDX-FileCopyrightText: 2026 Telco Atlas authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/customtypes.h"
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
    // The user-defined kinds and types shown, after the built-in ones.
    const QList<CustomType> &customKinds() const { return m_customKinds; }
    const QList<CustomType> &customTypes() const { return m_customTypes; }
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
    QList<CustomType> m_customKinds;
    QList<CustomType> m_customTypes;
    QStringList m_notes;
    bool m_kindColours = true;
};

} // namespace atlas
