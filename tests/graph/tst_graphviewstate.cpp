// SPDX-FileCopyrightText: 2026 Telco Atlas authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "graph/graphviewstate.h"

#include <QSignalSpy>
#include <QTest>

using namespace atlas;

namespace {

// A chain of companies 0 - 1 - 2 - 3 - 4, every link a partnership in the window, and a product
// 5 tied to 0 by a supply link.
ShownInput chain()
{
    ShownInput in;
    for (int i = 0; i < 5; ++i)
        in.nodes.append({ EntityKind::Company, {}, true });
    in.nodes.append({ EntityKind::Product, {}, true });
    for (int i = 0; i < 4; ++i)
        in.edges.append({ i, i + 1, RelationshipType::Partner, {}, true, false });
    in.edges.append({ 0, 5, RelationshipType::Supplies, {}, true, false });
    return in;
}

QList<int> indexes(const QList<bool> &flags)
{
    QList<int> out;
    for (qsizetype i = 0; i < flags.size(); ++i) {
        if (flags.at(i))
            out.append(int(i));
    }
    return out;
}

} // namespace

// What the company graph shows, decided without a scene: filters, the time window, the focus and
// its hops, collapsed communities.
class TestGraphViewState : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everythingInTheWindowShows()
    {
        GraphViewState state;
        const ShownSets s = state.shown(chain());
        QCOMPARE(indexes(s.nodes), (QList<int>{ 0, 1, 2, 3, 4, 5 }));
        QCOMPARE(s.edgeCount, 5);
    }

    // A hidden kind takes its nodes and every relationship touching them; a hidden type its
    // relationships, and the nodes left without any.
    void filtersHideKindsAndTypes()
    {
        GraphViewState state;
        QSignalSpy changed(&state, &GraphViewState::filtersChanged);
        state.setKindShown(EntityKind::Product, false);
        state.setKindShown(EntityKind::Product, false); // no change, no signal
        QCOMPARE(changed.size(), 1);
        ShownSets s = state.shown(chain());
        QCOMPARE(indexes(s.nodes), (QList<int>{ 0, 1, 2, 3, 4 }));
        QVERIFY(!s.edges.at(4));
        state.setKindShown(EntityKind::Product, true);
        state.setTypeShown(RelationshipType::Partner, false);
        s = state.shown(chain());
        QCOMPARE(indexes(s.nodes), (QList<int>{ 0, 5 }));
        QCOMPARE(s.edgeCount, 1);
    }

    // User-defined kinds and types filter by key, leaving the built-in ones alone.
    void customKeysFilter()
    {
        ShownInput in = chain();
        in.nodes[4] = { EntityKind::Custom, QStringLiteral("song"), true };
        in.edges[0].type = RelationshipType::Custom;
        in.edges[0].customType = QStringLiteral("covers");
        GraphViewState state;
        state.setCustomKindShown(QStringLiteral("song"), false);
        state.setCustomTypeShown(QStringLiteral("covers"), false);
        const ShownSets s = state.shown(in);
        QCOMPARE(indexes(s.edges), (QList<int>{ 1, 2, 4 }));
        QCOMPARE(indexes(s.nodes), (QList<int>{ 0, 1, 2, 3, 5 }));
    }

    // Outside the time window, or with an end not placed yet, a relationship is not shown.
    void windowAndPlacement()
    {
        ShownInput in = chain();
        in.edges[3].inWindow = false;
        in.nodes[5].placed = false;
        const ShownSets s = state().shown(in);
        QCOMPARE(indexes(s.edges), (QList<int>{ 0, 1, 2 }));
        QCOMPARE(indexes(s.nodes), (QList<int>{ 0, 1, 2, 3 }));
        QCOMPARE(indexes(s.passes), (QList<int>{ 0, 1, 2 }));
    }

    // The focus shows the nodes within its hops, walking only relationships the user can see.
    void focusWalksItsHopsThroughWhatIsShown()
    {
        GraphViewState state;
        QSignalSpy focus(&state, &GraphViewState::focusChanged);
        ShownInput in = chain();
        in.focus = 1;
        in.focusInWindow = true;
        state.setFocus(QStringLiteral("n1"), 1);
        QCOMPARE(indexes(state.shown(in).nodes), (QList<int>{ 0, 1, 2 }));
        state.setFocus(QStringLiteral("n1"), 2);
        QCOMPARE(indexes(state.shown(in).nodes), (QList<int>{ 0, 1, 2, 3, 5 }));
        QCOMPARE(focus.size(), 2);
        QCOMPARE(focus.at(0).at(1).toBool(), true); // a new entity
        QCOMPARE(focus.at(1).at(1).toBool(), false); // only its hops
        state.setFocus(QStringLiteral("n1"), 2);
        QCOMPARE(focus.size(), 2);
        // With the supply links hidden, what lies beyond one is out of reach whatever the hops,
        // though the relationships there are shown.
        in.edges[1].type = RelationshipType::Supplies;
        state.setTypeShown(RelationshipType::Supplies, false);
        state.setFocus(QStringLiteral("n1"), 4);
        QCOMPARE(indexes(state.shown(in).nodes), (QList<int>{ 0, 1 }));
    }

    // A focus with no relationship shown is still shown itself, if it is in the window.
    void focusAloneShowsItself()
    {
        ShownInput in = chain();
        for (ShownInput::Edge &e : in.edges)
            e.inWindow = e.source != 4 && e.dest != 4;
        in.focus = 4;
        in.focusInWindow = true;
        GraphViewState state;
        state.setFocus(QStringLiteral("n4"), 1);
        QCOMPARE(indexes(state.shown(in).nodes), (QList<int>{ 4 }));
        in.focusInWindow = false;
        QCOMPARE(indexes(state.shown(in).nodes), QList<int>{});
    }

    // Relationships touching a collapsed community pass the filters but are not drawn (the
    // community's merged lines stand for them).
    void collapsedEndsPassButDoNotShow()
    {
        ShownInput in = chain();
        in.edges[1].collapsed = true;
        const ShownSets s = state().shown(in);
        QVERIFY(s.passes.at(1));
        QVERIFY(!s.edges.at(1));
        QCOMPARE(s.edgeCount, 4);
    }

    void hoverAndKeyboardNodeSignalChanges()
    {
        GraphViewState state;
        QSignalSpy hover(&state, &GraphViewState::hoveredChanged);
        QSignalSpy keyboard(&state, &GraphViewState::keyboardNodeChanged);
        state.setHovered(QStringLiteral("kt"));
        state.setHovered(QStringLiteral("kt"));
        state.setKeyboardNode(QStringLiteral("skt"));
        state.setKeyboardNode(QStringLiteral("lgu"));
        QCOMPARE(hover.size(), 1);
        QCOMPARE(keyboard.size(), 2);
        QCOMPARE(keyboard.at(1).at(0).toString(), QStringLiteral("skt"));
        QCOMPARE(keyboard.at(1).at(1).toString(), QStringLiteral("lgu"));
        state.clearPointers();
        QVERIFY(state.hovered().isEmpty());
        QVERIFY(state.keyboardNode().isEmpty());
    }

private:
    static const GraphViewState &state()
    {
        static GraphViewState plain;
        return plain;
    }
};

QTEST_GUILESS_MAIN(TestGraphViewState)
#include "tst_graphviewstate.moc"
