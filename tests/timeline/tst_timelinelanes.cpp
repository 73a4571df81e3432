// SPDX-FileCopyrightText: 2026 Telco Atlas authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Lanes the user picks (issue 14): pinned and picked lanes, the lane picker and its search,
// lanes scrolled when they do not fit, and a pinned entity that an edit removes. What is checked
// is what the timeline draws: the lane labels of its layout.
#include "core/customtypes.h"
#include "core/syntheticdataset.h"
#include "models/document.h"
#include "models/editcommands.h"
#include "timeline/lanepicker.h"
#include "timeline/timelineindex.h"
#include "timeline/timelineview.h"
#include "timeline/timelinewidget.h"

#include <QAction>
#include <QApplication>
#include <QLineEdit>
#include <QScrollBar>
#include <QStandardPaths>
#include <QTest>
#include <QUndoStack>

#include <memory>

using namespace atlas;

class TestTimelineLanes : public QObject
{
    Q_OBJECT

    Dataset m_data;
    std::unique_ptr<Document> m_document;
    std::unique_ptr<TimelineWidget> m_widget;

    TimelineView *view() const { return m_widget->view(); }
    QString nameOf(int entity) const { return m_document->data().entities.at(entity).name.en; }
    QString idOf(int entity) const { return m_document->data().entities.at(entity).id; }
    // The quietest company with events: never among the lanes that fit by default.
    int quietCompany() const { return view()->index().companiesByRank().last(); }
    void setWindow(const QDate &from, const QDate &to)
    {
        m_document->setTimeWindow(from, to);
        QTRY_COMPARE(view()->scale().firstDate(), from);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        SyntheticOptions o;
        o.seed = 14;
        o.companies = 300;
        o.events = 6000;
        m_data = makeSyntheticDataset(o);
    }

    void init()
    {
        m_document = std::make_unique<Document>();
        m_document->setData(m_data);
        m_widget = std::make_unique<TimelineWidget>(m_document.get());
        m_widget->resize(1400, 520);
        m_widget->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_widget.get()));
    }

    void cleanup()
    {
        m_widget.reset();
        m_document.reset();
    }

    void byDefaultAFewLanesAndOther()
    {
        // The default stays as it was: the busiest companies that fit, then Other; no scrolling.
        const QStringList labels = view()->laneLabels();
        QVERIFY(labels.size() >= 2);
        QCOMPARE(labels.first(), nameOf(view()->index().companiesByRank().first()));
        QVERIFY(!labels.contains(nameOf(quietCompany())));
        QVERIFY(!view()->laneScrollBar()->isVisible());
    }

    void pickingLanesShowsExactlyThoseLanes()
    {
        const QList<int> &ranked = view()->index().companiesByRank();
        LaneChoice choice;
        choice.mode = LaneChoice::Mode::Pinned;
        choice.pinned = { idOf(quietCompany()), idOf(ranked.at(40)), idOf(ranked.at(3)) };
        view()->setLaneChoice(choice);
        QCOMPARE(view()->laneLabels(),
                 (QStringList{ nameOf(quietCompany()), nameOf(ranked.at(40)),
                               nameOf(ranked.at(3)) }));
        // With an entity selected, its lane comes first.
        m_document->selectEntity(idOf(ranked.at(7)));
        QCOMPARE(view()->laneLabels(),
                 (QStringList{ nameOf(ranked.at(7)), nameOf(quietCompany()), nameOf(ranked.at(40)),
                               nameOf(ranked.at(3)) }));
    }

    void pinnedLaneStaysWhenTheWindowMoves()
    {
        const int quiet = quietCompany();
        view()->setPinned(idOf(quiet), true);
        QCOMPARE(view()->laneLabels().first(), nameOf(quiet));
        // Windows where the quiet company has nothing, and where it has: its lane stays first.
        for (int year = 2020; year <= 2025; ++year) {
            setWindow(QDate(year, 1, 1), QDate(year, 3, 31));
            QCOMPARE(view()->laneLabels().value(0), nameOf(quiet));
        }
        view()->zoomIn();
        view()->panBy(-300);
        QCOMPARE(view()->laneLabels().value(0), nameOf(quiet));
    }

    void lanesThatDoNotFitScroll()
    {
        view()->setPinned(idOf(quietCompany()), true);
        // Most active after the pinned lane: every company of the window has a lane, scrolled.
        const int total = view()->laneCount();
        const QStringList first = view()->laneLabels();
        QVERIFY2(total > first.size() + 20,
                 qPrintable(QStringLiteral("%1 lanes, %2 on screen").arg(total).arg(first.size())));
        QTRY_VERIFY(view()->laneScrollBar()->isVisible());
        const double axisBottom = view()->currentLayout().plotRect.top();

        view()->setFocus();
        QTest::keyClick(view(), Qt::Key_PageDown);
        const QStringList second = view()->laneLabels();
        QVERIFY(second.size() > 1);
        // A new screen of lanes, keeping the last one of the screen before for context.
        QCOMPARE(second.first(), first.last());
        for (const QString &label : second.mid(1))
            QVERIFY2(!first.contains(label), qPrintable(label));
        QCOMPARE(view()->currentLayout().plotRect.top(), axisBottom); // the axis stays

        // The scroll bar reaches the last lane: Other, or the quietest company of the window.
        view()->laneScrollBar()->setValue(view()->laneScrollBar()->maximum());
        QVERIFY(view()->firstLane() > 0);
        QCOMPARE(view()->firstLane() + view()->laneLabels().size(), total);
        QTest::keyClick(view(), Qt::Key_Up);
        QCOMPARE(view()->firstLane(), view()->laneScrollBar()->maximum() - 1);
        // Only the lanes on screen are laid out.
        QVERIFY(view()->currentLayout().lanes.size() < total);
    }

    void thePickerSearchesAndPicks()
    {
        m_widget->chooseLanesAction()->trigger();
        LanePicker *picker = nullptr;
        QTRY_VERIFY((picker = m_widget->findChild<LanePicker *>()));
        QTRY_VERIFY(picker->isVisible());
        const int all = picker->visibleNames().size();
        QVERIFY(all > 200);

        auto *search = picker->findChild<QLineEdit *>(QStringLiteral("lanePickerSearch"));
        QVERIFY(search);
        QTest::keyClicks(search, QStringLiteral("Company 12"));
        const QStringList found = picker->visibleNames();
        QVERIFY(!found.isEmpty());
        QVERIFY(found.size() < all);
        for (const QString &name : found)
            QVERIFY2(name.startsWith(QStringLiteral("Company 12")), qPrintable(name));
        // Korean names are searched too.
        search->clear();
        search->insert(QStringLiteral("회사 12")); // typed through an input method
        QCOMPARE(picker->visibleNames(), found);

        const int quiet = quietCompany();
        QVERIFY(picker->setChecked(idOf(quiet), true));
        picker->findChild<QWidget *>(QStringLiteral("lanePickerPinnedOnly"))
                ->setProperty("checked", true);
        picker->accept();
        QCOMPARE(view()->laneLabels(), QStringList{ nameOf(quiet) });
        QCOMPARE(view()->laneChoice().mode, LaneChoice::Mode::Pinned);
    }

    void pinKeyPinsTheSelectedEntity()
    {
        const int quiet = quietCompany();
        m_document->selectEntity(idOf(quiet));
        view()->setFocus();
        QTest::keyClick(view(), Qt::Key_P);
        QVERIFY(view()->isPinned(idOf(quiet)));
        QVERIFY(m_widget->pinLaneAction()->isChecked());
        m_document->clearSelection();
        QCOMPARE(view()->laneLabels().value(0), nameOf(quiet));
        m_document->selectEntity(idOf(quiet));
        QTest::keyClick(view(), Qt::Key_P);
        QVERIFY(!view()->isPinned(idOf(quiet)));
    }

    void groupedByKindKeepsKindsTogether()
    {
        // Pinned in mixed order: a company, a non-company, a company.
        const Dataset &data = m_document->data();
        int other = -1;
        for (int e = 0; e < data.entities.size() && other < 0; ++e) {
            if (data.entities.at(e).kind != EntityKind::Company
                && view()->index().eventCount(e) > 0)
                other = e;
        }
        QVERIFY(other >= 0);
        const QList<int> &ranked = view()->index().companiesByRank();
        LaneChoice choice;
        choice.mode = LaneChoice::Mode::Pinned;
        choice.pinned = { idOf(ranked.at(5)), idOf(other), idOf(ranked.at(9)) };
        view()->setLaneChoice(choice);
        QCOMPARE(view()->laneLabels(),
                 (QStringList{ nameOf(ranked.at(5)), nameOf(other), nameOf(ranked.at(9)) }));
        choice.groupByKind = true;
        view()->setLaneChoice(choice);
        QCOMPARE(view()->laneLabels(),
                 (QStringList{ nameOf(ranked.at(5)), nameOf(ranked.at(9)), nameOf(other) }));
    }

    // Grouped by kind, entities of kinds of the user's own are grouped kind by kind (after the
    // built-in kinds, by key), not all together as one "custom" kind.
    void groupingByKindSeparatesCustomKinds()
    {
        const QList<int> ranked = view()->index().companiesByRank();
        Dataset data = m_document->data();
        const CustomTypes known = data.types;
        data.types.adoptKind(QStringLiteral("song"), known);
        data.types.adoptKind(QStringLiteral("artist"), known);
        const auto setKind = [&](int entity, const QString &key) {
            data.entities[entity].kind = EntityKind::Custom;
            data.entities[entity].customKind = key;
        };
        setKind(ranked.at(5), QStringLiteral("song"));
        setKind(ranked.at(6), QStringLiteral("artist"));
        setKind(ranked.at(7), QStringLiteral("song"));
        m_document->setData(data);
        LaneChoice choice;
        choice.mode = LaneChoice::Mode::Pinned;
        choice.pinned = { idOf(ranked.at(5)), idOf(ranked.at(6)), idOf(ranked.at(7)),
                          idOf(ranked.at(8)) };
        choice.groupByKind = true;
        view()->setLaneChoice(choice);
        QCOMPARE(view()->laneLabels(),
                 (QStringList{ nameOf(ranked.at(8)), nameOf(ranked.at(6)), nameOf(ranked.at(5)),
                               nameOf(ranked.at(7)) }));
    }

    void aDeletedPinnedEntityLeavesQuietly()
    {
        const QList<int> &ranked = view()->index().companiesByRank();
        const QString goneId = idOf(ranked.at(20));
        const QString goneName = nameOf(ranked.at(20));
        const QString keptName = nameOf(ranked.at(21));
        LaneChoice choice;
        choice.mode = LaneChoice::Mode::Pinned;
        choice.pinned = { goneId, idOf(ranked.at(21)) };
        view()->setLaneChoice(choice);
        QCOMPARE(view()->laneLabels(), (QStringList{ goneName, keptName }));
        m_document->undoStack()->push(EditCommands::removeEntity(m_document.get(), goneId));
        QCOMPARE(view()->laneLabels(), QStringList{ keptName });
        m_document->undoStack()->undo();
        QCOMPARE(view()->laneLabels(), (QStringList{ goneName, keptName }));
    }

    // A rename shows in the lane's label at once, and the index the lanes come from follows it
    // in place: the same counts and order a fresh index gives (the name orders equal counts).
    void aRenamedEntityRelabelsItsLane()
    {
        const int busiest = view()->index().companiesByRank().first();
        Entity renamed = m_document->data().entities.at(busiest);
        renamed.name.en = QStringLiteral("Renamed Telecom");
        m_document->undoStack()->push(EditCommands::updateEntity(m_document.get(), renamed));
        QCOMPARE(view()->laneLabels().first(), QStringLiteral("Renamed Telecom"));
        QCOMPARE(view()->index().companiesByRank(),
                 TimelineIndex(m_document->data()).companiesByRank());
        m_document->undoStack()->undo();
        QCOMPARE(view()->laneLabels().first(), m_data.entities.at(busiest).name.en);
        QCOMPARE(view()->index().companiesByRank(), TimelineIndex(m_data).companiesByRank());
    }
};

QTEST_MAIN(TestTimelineLanes)
#include "tst_timelinelanes.moc"
