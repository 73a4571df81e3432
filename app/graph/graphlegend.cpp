// SPDX-FileCopyrightText: 2026 Telco Atlas authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "graphlegend.h"

#include "graphscene.h"
#include "graphstyle.h"

#include <QEvent>
#include <QPainter>

#include <cmath>

namespace atlas {

GraphLegend::GraphLegend(GraphScene *scene, QWidget *parent) : QWidget(parent), m_scene(scene)
{
    setAttribute(Qt::WA_TransparentForMouseEvents);
    connect(scene, &GraphScene::shownChanged, this, &GraphLegend::refresh);
    refresh();
}

QSize GraphLegend::sizeHint() const
{
    const QSizeF s =
            GraphStyle::legendSize(m_kinds, m_types, m_notes, m_customKinds, m_customTypes);
    return QSize(int(std::ceil(s.width())), int(std::ceil(s.height())));
}

void GraphLegend::refresh()
{
    const QList<EntityKind> kinds = m_scene->shownKinds();
    const QList<RelationshipType> types = m_scene->shownTypes();
    const QList<CustomType> customKinds = m_scene->shownCustomKinds();
    const QList<CustomType> customTypes = m_scene->shownCustomTypes();
    const QStringList notes = m_scene->legendNotes();
    const bool kindColours = m_scene->showsKindColours();
    if (kinds == m_kinds && types == m_types && customKinds == m_customKinds
        && customTypes == m_customTypes && notes == m_notes && kindColours == m_kindColours)
        return;
    m_kinds = kinds;
    m_types = types;
    m_customKinds = customKinds;
    m_customTypes = customTypes;
    m_notes = notes;
    m_kindColours = kindColours;
    resize(sizeHint());
    updateGeometry();
    update();
}

void GraphLegend::paintEvent(QPaintEvent *)
{
    if (m_kinds.isEmpty() && m_types.isEmpty() && m_customKinds.isEmpty()
        && m_customTypes.isEmpty())
        return;
    QPainter p(this);
    GraphStyle::paintLegend(&p, QPointF(0, 0), m_kinds, m_types, m_notes, m_kindColours,
                            m_customKinds, m_customTypes);
}

void GraphLegend::changeEvent(QEvent *event)
{
    // Kind and type labels are translated: a new language changes the legend's width.
    if (event->type() == QEvent::LanguageChange) {
        m_notes = m_scene->legendNotes();
        resize(sizeHint());
        update();
    }
    QWidget::changeEvent(event);
}

} // namespace atlas
