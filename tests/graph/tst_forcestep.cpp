// SPDX-FileCopyrightText: 2026 Telco Atlas authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The live layout's own force step (ForceStep) on small graphs whose good picture is known: two
// dense groups joined by one relationship come out as two groups, a ring as a ring, no two nodes
// on one another, pinned nodes exactly where they were put, and the same input the same picture.
#include "graph/layout/forcestep.h"

#include <QLineF>
#include <QSet>
#include <QTest>

#include <algorithm>
#include <cmath>
#include <limits>
#include <numeric>

using namespace atlas;

namespace {

// Two groups of 12, every pair within a group related, and one relationship between them.
constexpr int kGroup = 12;

QList<std::pair<int, int>> twoGroups()
{
    QList<std::pair<int, int>> edges;
    for (int g = 0; g < 2; ++g) {
        for (int a = 0; a < kGroup; ++a) {
            for (int b = a + 1; b < kGroup; ++b)
                edges.append({ g * kGroup + a, g * kGroup + b });
        }
    }
    edges.append({ 0, kGroup });
    return edges;
}

QList<std::pair<int, int>> ring(int n)
{
    QList<std::pair<int, int>> edges;
    for (int i = 0; i < n; ++i)
        edges.append({ i, (i + 1) % n });
    return edges;
}

QList<QPointF> positions(const ForceStep &f)
{
    QList<QPointF> out;
    for (int i = 0; i < f.nodeCount(); ++i)
        out.append(f.position(i));
    return out;
}

double distance(const QPointF &a, const QPointF &b)
{
    return QLineF(a, b).length();
}

bool allFinite(const QList<QPointF> &p)
{
    return std::all_of(p.cbegin(), p.cend(), [](const QPointF &q) {
        return std::isfinite(q.x()) && std::isfinite(q.y());
    });
}

double closestPair(const QList<QPointF> &p)
{
    double least = std::numeric_limits<double>::max();
    for (qsizetype i = 0; i < p.size(); ++i) {
        for (qsizetype j = i + 1; j < p.size(); ++j)
            least = std::min(least, distance(p.at(i), p.at(j)));
    }
    return least;
}

QPointF centre(const QList<QPointF> &p, int from, int to)
{
    QPointF c;
    for (int i = from; i < to; ++i)
        c += p.at(i);
    return c / double(to - from);
}

} // namespace

class TestForceStep : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // Related nodes end up near one another, unrelated ones apart, the two groups as two groups,
    // every node apart from every other, and the picture neither collapsed nor blown up.
    void twoGroupsComeOutAsTwoGroups()
    {
        const QList<std::pair<int, int>> edges = twoGroups();
        ForceStep forces(2 * kGroup, edges, 500, 7);
        forces.run(500);
        QVERIFY(forces.isFinished());
        QCOMPARE(forces.temperature(), 0.0);
        const QList<QPointF> p = positions(forces);
        QVERIFY(allFinite(p));

        QSet<std::pair<int, int>> related;
        double connected = 0;
        for (const auto &[a, b] : edges) {
            related.insert({ a, b });
            connected += distance(p.at(a), p.at(b));
        }
        connected /= double(edges.size());
        double unrelated = 0;
        int pairs = 0;
        for (int a = 0; a < 2 * kGroup; ++a) {
            for (int b = a + 1; b < 2 * kGroup; ++b) {
                if (!related.contains({ a, b })) {
                    unrelated += distance(p.at(a), p.at(b));
                    ++pairs;
                }
            }
        }
        unrelated /= pairs;
        QVERIFY2(connected < 0.5 * unrelated,
                 qPrintable(
                         QStringLiteral("related %1, unrelated %2").arg(connected).arg(unrelated)));

        // Each node nearer its own group's middle than the other's, by a clear margin.
        const QPointF middle[2] = { centre(p, 0, kGroup), centre(p, kGroup, 2 * kGroup) };
        const double apart = distance(middle[0], middle[1]);
        for (int i = 0; i < 2 * kGroup; ++i) {
            const int own = i / kGroup;
            QVERIFY2(distance(p.at(i), middle[own]) < 0.5 * apart,
                     qPrintable(QStringLiteral("node %1: %2 from its group's middle, groups %3 "
                                               "apart")
                                        .arg(i)
                                        .arg(distance(p.at(i), middle[own]))
                                        .arg(apart)));
        }
        // No two nodes on one another, and the groups not flung far apart: within a few of
        // the typical relationship of each other.
        const double least = closestPair(p);
        QVERIFY2(least > 0.2 * connected,
                 qPrintable(QStringLiteral("closest %1, edges %2").arg(least).arg(connected)));
        QVERIFY2(apart < 10 * connected,
                 qPrintable(QStringLiteral("groups %1 apart, edges %2").arg(apart).arg(connected)));
    }

    // A ring is drawn as a ring: every node about as far from the middle, in ring order around it.
    void ringComesOutAsARing()
    {
        constexpr int n = 30;
        ForceStep forces(n, ring(n), 500, 3);
        forces.run(500);
        const QList<QPointF> p = positions(forces);
        const QPointF c = centre(p, 0, n);
        QList<double> radius;
        for (const QPointF &q : p)
            radius.append(distance(q, c));
        const double mean = std::accumulate(radius.cbegin(), radius.cend(), 0.0) / n;
        for (int i = 0; i < n; ++i) {
            QVERIFY2(std::abs(radius.at(i) - mean) < 0.25 * mean,
                     qPrintable(QStringLiteral("node %1 at %2, mean %3")
                                        .arg(i)
                                        .arg(radius.at(i))
                                        .arg(mean)));
        }
        // Going round the ring turns once around the middle, always the same way.
        double turned = 0;
        int sameWay = 0;
        for (int i = 0; i < n; ++i) {
            const QPointF a = p.at(i) - c;
            const QPointF b = p.at((i + 1) % n) - c;
            const double step =
                    std::atan2(a.x() * b.y() - a.y() * b.x(), a.x() * b.x() + a.y() * b.y());
            turned += step;
            sameWay += step > 0 ? 1 : -1;
        }
        QVERIFY2(std::abs(std::abs(turned) - 2 * M_PI) < 1e-6, qPrintable(QString::number(turned)));
        QCOMPARE(std::abs(sameWay), n);
    }

    // Nodes started on one point part (the same way every time).
    void nodesOnOnePointPart()
    {
        constexpr int n = 40;
        ForceStep forces(n, ring(n), 300, 1);
        for (int i = 0; i < n; ++i)
            forces.setPosition(i, QPointF(2, 3));
        forces.run(300);
        const QList<QPointF> p = positions(forces);
        QVERIFY(allFinite(p));
        QVERIFY2(closestPair(p) > 0.05, qPrintable(QString::number(closestPair(p))));
        ForceStep again(n, ring(n), 300, 1);
        for (int i = 0; i < n; ++i)
            again.setPosition(i, QPointF(2, 3));
        again.run(300);
        QCOMPARE(positions(again), p);
    }

    // A pinned node stays exactly where it was put, from the start or from halfway, while the
    // others settle around it.
    void pinnedNodesDoNotMove()
    {
        const QList<std::pair<int, int>> edges = twoGroups();
        ForceStep forces(2 * kGroup, edges, 400, 11);
        const QPointF early(5.25, -2.5);
        forces.pin(3, early);
        forces.run(200);
        QVERIFY(forces.isPinned(3));
        QVERIFY(!forces.isPinned(4));
        QCOMPARE(forces.position(3), early);
        const QPointF late(-7.0, 8.125);
        const QPointF before = forces.position(20);
        forces.pin(20, late);
        forces.run(200);
        QCOMPARE(forces.position(3), early);
        QCOMPARE(forces.position(20), late);
        QVERIFY(before != late);
        // Its group came to it.
        const QList<QPointF> p = positions(forces);
        QVERIFY2(distance(centre(p, kGroup, 2 * kGroup), late)
                         < distance(centre(p, 0, kGroup), late),
                 "the pinned node's group stayed away from it");
    }

    // Beyond its reach a node pushes nothing; within it, it does.
    void reachLimitsRepulsion()
    {
        for (const double apart : { 1.5, 3.0 }) {
            ForceStep forces(2, {}, 50, 1);
            forces.setReach(ForceStep::kGridReach);
            forces.setPosition(0, QPointF(0, 0));
            forces.setPosition(1, QPointF(apart, 0));
            forces.run(50);
            const double now = distance(forces.position(0), forces.position(1));
            if (apart < ForceStep::kGridReach)
                QVERIFY2(now > apart + 0.1, qPrintable(QString::number(now)));
            else
                QCOMPARE(now, apart);
        }
        ForceStep unlimited(2, {}, 50, 1);
        unlimited.setPosition(0, QPointF(0, 0));
        unlimited.setPosition(1, QPointF(3, 0));
        unlimited.run(50);
        QVERIFY(distance(unlimited.position(0), unlimited.position(1)) > 3.1);
    }

    // The same input gives the same picture, whether run in one go or in steps of any length;
    // another seed gives another.
    void sameInputSamePicture()
    {
        const QList<std::pair<int, int>> edges = twoGroups();
        ForceStep whole(2 * kGroup, edges, 300, 5);
        whole.run(300);
        ForceStep stepped(2 * kGroup, edges, 300, 5);
        while (!stepped.isFinished())
            stepped.run(7);
        QCOMPARE(stepped.done(), 300);
        QCOMPARE(positions(stepped), positions(whole));
        ForceStep other(2 * kGroup, edges, 300, 6);
        other.run(300);
        QVERIFY(positions(other) != positions(whole));
    }

    // Larger than a leaf of the tree many times over, with the live layout's reach: the tree keeps
    // a random graph open (no node on another, no clump), and invalid edges are ignored.
    void largerGraphStaysOpen()
    {
        constexpr int n = 2000;
        QList<std::pair<int, int>> edges;
        quint32 state = 12345;
        auto next = [&state] {
            state = state * 1664525U + 1013904223U;
            return int(state >> 8);
        };
        for (int i = 1; i < n; ++i)
            edges.append({ i, next() % i });
        while (edges.size() < 3 * n)
            edges.append({ next() % n, next() % n });
        edges.append({ -1, 4 });
        edges.append({ 3, n });
        ForceStep forces(n, edges, 200, 9);
        forces.setReach(ForceStep::kGridReach);
        forces.run(200);
        const QList<QPointF> p = positions(forces);
        QVERIFY(allFinite(p));
        QList<double> lengths;
        for (const auto &[a, b] : edges) {
            if (a >= 0 && b >= 0 && a < n && b < n && a != b)
                lengths.append(distance(p.at(a), p.at(b)));
        }
        std::nth_element(lengths.begin(), lengths.begin() + lengths.size() / 2, lengths.end());
        const double edge = lengths.at(lengths.size() / 2);
        // Nearest neighbours: none on top of another, and the typical one not crammed in.
        QList<double> nearest(n, std::numeric_limits<double>::max());
        for (int i = 0; i < n; ++i) {
            for (int j = i + 1; j < n; ++j) {
                const double d = distance(p.at(i), p.at(j));
                nearest[i] = std::min(nearest.at(i), d);
                nearest[j] = std::min(nearest.at(j), d);
            }
        }
        std::sort(nearest.begin(), nearest.end());
        QVERIFY2(nearest.constFirst() > 0.001 * edge, qPrintable(QString::number(nearest.first())));
        QVERIFY2(
                nearest.at(n / 2) > 0.05 * edge,
                qPrintable(QStringLiteral("nearest %1, edge %2").arg(nearest.at(n / 2)).arg(edge)));
    }
};

QTEST_MAIN(TestForceStep)
#include "tst_forcestep.moc"
