// SPDX-FileCopyrightText: 2026 Telco Atlas authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "testsupport/firsteditiondataset.h"
#include "core/dataedit.h"
#include "core/syntheticdataset.h"
#include "models/document.h"
#include "timeline/timelineoverview.h"
#include "timeline/timelineplayer.h"
#include "timeline/timelinerenderer.h"
#include "timeline/timelineview.h"
#include "timeline/timelinewidget.h"

#include <QAction>
#include <QApplication>
#include <QLabel>
#include <QMenu>
#include <QPainter>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>
#include <QWheelEvent>

#include <memory>

using namespace atlas;

namespace {

// The five-year KT–Microsoft partnership: valid from 27 September 2024.
const QString kFiveYearPartnership = QStringLiteral("rel-kt-microsoft-partner-2024-09");
const QString kFirstPartnership = QStringLiteral("rel-kt-microsoft-partner-2024-06");

QPoint at(double x, double y)
{
    return QPointF(x, y).toPoint();
}

} // namespace

class TestTimelineWidget : public QObject
{
    Q_OBJECT

    Dataset m_data;
    std::unique_ptr<Document> m_document;
    std::unique_ptr<TimelineWidget> m_widget;

    TimelineView *view() const { return m_widget->view(); }
    TimelineOverview *overview() const { return m_widget->overview(); }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        m_data = TestData::firstEdition();
    }

    void init()
    {
        m_document = std::make_unique<Document>();
        m_document->setData(m_data);
        m_widget = std::make_unique<TimelineWidget>(m_document.get());
        m_widget->resize(1500, 640);
        m_widget->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_widget.get()));
    }

    void cleanup()
    {
        m_widget.reset();
        m_document.reset();
    }

    void brushingSetsTheWindowAndTheGraphFollows_data()
    {
        QTest::addColumn<QDate>("to");
        QTest::addColumn<bool>("fiveYearPartnership");
        QTest::newRow("ending 26 September 2024, the day before") << QDate(2024, 9, 26) << false;
        QTest::newRow("ending 27 September 2024, the day it starts") << QDate(2024, 9, 27) << true;
        QTest::newRow("ending 30 September 2024") << QDate(2024, 9, 30) << true;
    }

    void brushingSetsTheWindowAndTheGraphFollows()
    {
        QFETCH(QDate, to);
        QFETCH(bool, fiveYearPartnership);
        const QDate from(2024, 6, 1);
        const TimeScale &s = overview()->scale();
        QVERIFY2(s.pixelsPerDay() >= 1.0, "the strip must resolve single days for this test");
        const double y = overview()->height() / 3.0;

        // Drag in the strip from 1 June to the last day, as a user draws a brush.
        QTest::mousePress(overview(), Qt::LeftButton, {}, at(s.xOfMiddle(from), y));
        QTest::mouseMove(overview(), at((s.xOfMiddle(from) + s.xOfMiddle(to)) / 2.0, y));
        QTest::mouseMove(overview(), at(s.xOfMiddle(to), y));
        QTest::mouseRelease(overview(), Qt::LeftButton, {}, at(s.xOfMiddle(to), y));

        QCOMPARE(m_document->windowFrom(), from);
        QCOMPARE(m_document->windowTo(), to);
        const RelationshipGraph graph = m_document->graph();
        QCOMPARE(graph.containsRelationship(kFiveYearPartnership), fiveYearPartnership);
        QVERIFY(graph.containsRelationship(kFirstPartnership));
        // The lanes view shows exactly the window.
        QCOMPARE(view()->scale().firstDate(), from);
        QCOMPARE(view()->scale().lastDate(), to);
        // And the brush is drawn there.
        QVERIFY(std::abs(overview()->brushRect().left() - s.xOf(from)) < 1.0);
        QVERIFY(std::abs(overview()->brushRect().right() - s.xOf(to.addDays(1))) < 1.0);
    }

    void draggingTheBrushMovesTheWindow()
    {
        m_document->setTimeWindow(QDate(2024, 3, 1), QDate(2024, 5, 31));
        const qint64 length = m_document->windowFrom().daysTo(m_document->windowTo());
        const TimeScale &s = overview()->scale();
        const double y = overview()->height() / 3.0;
        const double grab = s.xOfMiddle(QDate(2024, 4, 15));
        const double shift = 30.0 * s.pixelsPerDay();
        QTest::mousePress(overview(), Qt::LeftButton, {}, at(grab, y));
        QTest::mouseMove(overview(), at(grab + shift, y));
        QTest::mouseRelease(overview(), Qt::LeftButton, {}, at(grab + shift, y));
        QVERIFY(std::abs(QDate(2024, 3, 1).daysTo(m_document->windowFrom()) - 30) <= 1);
        QCOMPARE(m_document->windowFrom().daysTo(m_document->windowTo()), length);

        // Double-click: all time again.
        QTest::mouseDClick(overview(), Qt::LeftButton, {}, at(grab, y));
        QVERIFY(!m_document->windowFrom().isValid());
        QVERIFY(!m_document->windowTo().isValid());
    }

    void clickingAGlyphSelectsItsEvent_data()
    {
        QTest::addColumn<QString>("eventId");
        QTest::newRow("a day event") << "ev-2024-06-13-sk-telecom-perplexity-investment";
        QTest::newRow("a month span") << "ev-2024-11-lg-uplus-ixi-o-launch";
    }

    void clickingAGlyphSelectsItsEvent()
    {
        QFETCH(QString, eventId);
        m_document->setTimeWindow(QDate(2024, 1, 1), QDate(2024, 12, 31));
        const auto position = view()->eventPosition(eventId);
        QVERIFY2(position, "the event is drawn on its own");
        QTest::mouseClick(view(), Qt::LeftButton, {}, position->toPoint());
        QCOMPARE(m_document->selection().type, Document::SelectionType::Event);
        QCOMPARE(m_document->selection().id, eventId);
        // The window did not move: a click is not a drag.
        QCOMPARE(m_document->windowFrom(), QDate(2024, 1, 1));
        QCOMPARE(view()->currentLayout().selectedEvent, m_data.eventIndex(eventId));
    }

    void clickingALaneNameSelectsItsCompany()
    {
        const TimelineLayout &layout = view()->currentLayout();
        const auto &lane = layout.lanes.at(1);
        const QString id = m_data.entities.at(lane.lane.entity).id;
        QTest::mouseClick(view(), Qt::LeftButton, {},
                          at(layout.labelsRect.left() + 20, lane.top + 8));
        QCOMPARE(m_document->selection().type, Document::SelectionType::Entity);
        QCOMPARE(m_document->selection().id, id);
        // Selected, the company moves to the first lane, highlighted.
        QCOMPARE(view()->currentLayout().lanes.first().lane.entity, m_data.entityIndex(id));
        QVERIFY(view()->currentLayout().lanes.first().focused);
    }

    void selectionElsewhereHighlightsLaneAndEvents()
    {
        m_document->setTimeWindow(QDate(2024, 1, 1), QDate(2024, 12, 31));
        m_document->selectEntity(QStringLiteral("lg-uplus"));
        const TimelineLayout &layout = view()->currentLayout();
        QCOMPARE(m_data.entities.at(layout.lanes.first().lane.entity).id,
                 QStringLiteral("lg-uplus"));
        // The highlight is painted: the lane's band has the highlight colour, the others not.
        const QImage image = view()->grab().toImage();
        const auto bandAt = [&](int lane) {
            const auto &l = view()->currentLayout().lanes.at(lane);
            return image.pixelColor(at(3, l.top + l.height / 2.0) * image.devicePixelRatio());
        };
        QCOMPARE(bandAt(0), QColor(0xff, 0xf1, 0xc2));
        QVERIFY(bandAt(1) != QColor(0xff, 0xf1, 0xc2));
        QCOMPARE(layout.selectedEntityId, QStringLiteral("lg-uplus"));

        // An event selected elsewhere: ringed, and its participants' lanes marked.
        const QString eventId =
                QStringLiteral("ev-2024-02-26-global-telco-ai-alliance-mwc-meeting");
        m_document->selectEvent(eventId);
        const TimelineLayout &after = view()->currentLayout();
        QCOMPARE(after.selectedEvent, m_data.eventIndex(eventId));
        QStringList involved;
        for (const auto &lane : after.lanes) {
            if (lane.involved)
                involved << m_data.entities.at(lane.lane.entity).id;
        }
        involved.sort();
        QCOMPARE(involved,
                 (QStringList{ "deutsche-telekom", "e-and", "singtel", "sk-telecom", "softbank" }));
    }

    void keysAndWheelZoomAndPan()
    {
        m_document->setTimeWindow(QDate(2024, 1, 1), QDate(2024, 12, 31));
        view()->setFocus();
        auto length = [this] { return m_document->windowFrom().daysTo(m_document->windowTo()); };
        const qint64 year = length();

        QTest::keyClick(view(), Qt::Key_Plus);
        QVERIFY(length() < year);
        const qint64 zoomed = length();
        QTest::keyClick(view(), Qt::Key_Minus);
        QVERIFY(length() > zoomed);

        const QDate before = m_document->windowFrom();
        QTest::keyClick(view(), Qt::Key_Right);
        QVERIFY(m_document->windowFrom() > before);
        QTest::keyClick(view(), Qt::Key_Left);
        QTest::keyClick(view(), Qt::Key_Left);
        QVERIFY(m_document->windowFrom() < before);

        // Ctrl+wheel over the lanes zooms about the pointer: the day under it stays put.
        const TimelineLayout &layout = view()->currentLayout();
        const QPointF pointer(layout.plotRect.left() + layout.plotRect.width() * 0.25,
                              layout.plotRect.top() + 10);
        const QDate under = layout.scale.dateAt(pointer.x());
        const qint64 beforeWheel = length();
        QWheelEvent wheel(pointer, view()->mapToGlobal(pointer), QPoint(), QPoint(0, 240),
                          Qt::NoButton, Qt::ControlModifier, Qt::NoScrollPhase, false);
        QApplication::sendEvent(view(), &wheel);
        QVERIFY(length() < beforeWheel);
        QVERIFY(std::abs(view()->scale().dateAt(pointer.x()).daysTo(under)) <= 1);

        // F fits all: the window opens.
        QTest::keyClick(view(), Qt::Key_F);
        QVERIFY(!m_document->windowFrom().isValid());
        QVERIFY(!m_document->windowTo().isValid());
    }

    void draggingTheLanesPans()
    {
        m_document->setTimeWindow(QDate(2024, 1, 1), QDate(2024, 12, 31));
        const TimelineLayout &layout = view()->currentLayout();
        const double perDay = layout.scale.pixelsPerDay();
        // Start on empty space at the bottom of the plot, below the lanes.
        const QPointF start(layout.plotRect.center().x(), layout.plotRect.bottom() - 3);
        QVERIFY(!layout.hitAt(start));
        QTest::mousePress(view(), Qt::LeftButton, {}, start.toPoint());
        QTest::mouseMove(view(), at(start.x() + 50, start.y()));
        QTest::mouseMove(view(), at(start.x() + 100, start.y()));
        QTest::mouseRelease(view(), Qt::LeftButton, {}, at(start.x() + 100, start.y()));
        // Dragged right by 100 px: earlier time comes into view.
        const qint64 moved = m_document->windowFrom().daysTo(QDate(2024, 1, 1));
        QVERIFY2(std::abs(moved - 100.0 / perDay) <= 1.5, qPrintable(QString::number(moved)));
        QCOMPARE(m_document->selection().type, Document::SelectionType::None);
    }

    void presets()
    {
        QStringList keys;
        for (QAction *a : m_widget->presetMenu()->actions()) {
            if (!a->isSeparator())
                keys << a->data().toString();
        }
        // All time, each year of the data, the last 12 months.
        QCOMPARE(keys, (QStringList{ "all", "2023", "2024", "2025", "last-12-months" }));

        QVERIFY(m_widget->applyPreset(QStringLiteral("2024")));
        QCOMPARE(m_document->windowFrom(), QDate(2024, 1, 1));
        QCOMPARE(m_document->windowTo(), QDate(2024, 12, 31));

        QVERIFY(m_widget->applyPreset(QStringLiteral("last-12-months")));
        QCOMPARE(m_document->windowTo(), m_document->dataEnd());
        QCOMPARE(m_document->windowFrom(), m_document->dataEnd().addYears(-1).addDays(1));

        // Chosen from the menu, as a user does.
        QAction *all = m_widget->presetMenu()->actions().first();
        m_widget->presetMenu()->triggered(all);
        QVERIFY(!m_document->windowFrom().isValid());

        QVERIFY(!m_widget->applyPreset(QStringLiteral("someday")));
    }

    void playAdvancesTheWindowAndTheGraphFollows()
    {
        TimelinePlayer *player = m_widget->player();
        const QDate start(2023, 7, 27);
        m_document->setTimeWindow(start, QDate(2023, 10, 26));
        const qint64 length = m_document->windowFrom().daysTo(m_document->windowTo());
        QVERIFY(!m_document->graph().containsRelationship(kFiveYearPartnership));

        QSignalSpy windows(m_document.get(), &Document::timeWindowChanged);
        player->setSpeed(100.0); // a tick every few milliseconds
        m_widget->playAction()->trigger();
        QVERIFY(player->isPlaying());
        QVERIFY(m_widget->playAction()->isChecked());
        QTRY_VERIFY(m_document->windowFrom() > start);
        QCOMPARE(m_document->windowFrom().daysTo(m_document->windowTo()), length);

        // It runs to the end of the data, keeping the length, and stops there.
        QTRY_VERIFY_WITH_TIMEOUT(!player->isPlaying(), 10000);
        QCOMPARE(m_document->windowTo(), m_document->dataEnd());
        QCOMPARE(m_document->windowFrom().daysTo(m_document->windowTo()), length);
        QVERIFY(!m_widget->playAction()->isChecked());
        QVERIFY(windows.size() >= 10); // one change per month of data
        // The alliances formed on the way are in the graph now.
        QVERIFY(m_document->graph().containsRelationship(
                QStringLiteral("rel-kt-supplies-microsoft")));
    }

    void stepAndPause()
    {
        TimelinePlayer *player = m_widget->player();
        m_document->setTimeWindow(QDate(2024, 1, 1), QDate(2024, 3, 31));
        QVERIFY(player->stepForward());
        QCOMPARE(m_document->windowFrom(), QDate(2024, 2, 1));
        QCOMPARE(m_document->windowTo(),
                 QDate(2024, 2, 1).addDays(QDate(2024, 1, 1).daysTo(QDate(2024, 3, 31))));
        m_widget->stepBackAction()->trigger();
        QCOMPARE(m_document->windowFrom(), QDate(2024, 1, 1));

        // From all time, play starts on the first months of the data.
        m_document->resetTimeWindow();
        player->setSpeed(0.5);
        player->play();
        QCOMPARE(m_document->windowFrom(), m_document->dataStart());
        QVERIFY(m_document->windowTo() < m_document->dataEnd());
        player->pause();
        QVERIFY(!player->isPlaying());

        // Space plays and pauses while the timeline has focus.
        view()->setFocus();
        QTest::keyClick(view(), Qt::Key_Space);
        QVERIFY(player->isPlaying());
        QTest::keyClick(view(), Qt::Key_Space);
        QVERIFY(!player->isPlaying());
    }

    void languageChangesLabels()
    {
        m_document->setTimeWindow(QDate(2024, 1, 1), QDate(2024, 12, 31));
        const auto *label = m_widget->findChild<QLabel *>(QStringLiteral("timelineWindowLabel"));
        QVERIFY(label);
        QVERIFY(label->text().contains(QStringLiteral("1 January 2024")));
        m_document->setLanguage(Language::Korean);
        QVERIFY(label->text().contains(QStringLiteral("2024년 1월 1일")));
        const TimelineLayout &layout = view()->currentLayout();
        QCOMPARE(layout.lanes.first().label, QStringLiteral("케이티"));
        QCOMPARE(layout.ticks.minor.first().label, QStringLiteral("1월"));
    }

    // The overview as a user sees it: the strip with the brush where the window is, pixel for
    // pixel what the renderer draws in one go. Steps of the window move only the brush (the
    // strip is kept), and an edit that changes the density draws the strip again.
    void overviewKeepsItsStripAcrossWindowSteps()
    {
        const auto expected = [this] {
            QImage image(overview()->size(), QImage::Format_RGB32);
            QPainter painter(&image);
            TimelineRenderer::paintOverview(
                    painter, QRectF(overview()->rect()), view()->index(), overview()->scale(),
                    overview()->brushStart(), overview()->brushEnd(), m_document->language(),
                    overview()->hasFocus(), Palette::screen(overview()->palette()));
            return image;
        };
        const auto shown = [this] {
            return overview()->grab().toImage().convertToFormat(QImage::Format_RGB32);
        };
        QCOMPARE(shown(), expected());
        const int strips = overview()->stripPaints();
        QVERIFY(strips >= 1);
        for (int month = 1; month <= 12; month += 3) {
            m_document->setTimeWindow(QDate(2024, month, 1), QDate(2024, month + 2, 28));
            QCOMPARE(shown(), expected());
        }
        QCOMPARE(overview()->stripPaints(), strips);

        // An event moved years before the rest: the density and the scale change.
        Event moved = m_document->data().events.at(3);
        moved.date = PartialDate::fromString(QStringLiteral("2015-03-02"));
        QString error;
        QVERIFY2(m_document->applyEdit(DataEdit::updateEvent(m_document->data(), moved), &error),
                 qPrintable(error));
        const QImage after = expected();
        QCOMPARE(shown(), after);
        QVERIFY(overview()->stripPaints() > strips);
        m_document->setLanguage(Language::Korean);
        QCOMPARE(shown(), expected());
        QVERIFY(shown() != after); // the tick labels in Korean
    }

    // A large dataset's index is built on a worker while the window answers: the timeline says it
    // is being prepared, and an edit made meanwhile is in the index that finally shows (built
    // again), equal to one built at once from the data.
    void largeIndexIsBuiltOnAWorker()
    {
        SyntheticOptions o;
        o.events = TimelineView::indexOnWorkerFrom + 1000;
        o.companies = 200;
        m_document->setData(makeSyntheticDataset(o));
        QVERIFY(view()->isIndexing());
        QCOMPARE(view()->index().size(), 0);
        QCOMPARE(view()->currentLayout().emptyText, QStringLiteral("Preparing the timeline…"));
        QVERIFY(view()->currentLayout().lanes.isEmpty());

        // Meanwhile an event moves to 1990, before every other.
        Event moved = m_document->data().events.at(10);
        moved.date = PartialDate::fromString(QStringLiteral("1990-05-17"));
        QString error;
        QVERIFY2(m_document->applyEdit(DataEdit::updateEvent(m_document->data(), moved), &error),
                 qPrintable(error));
        QVERIFY(view()->isIndexing());

        QTRY_VERIFY_WITH_TIMEOUT(!view()->isIndexing(), 60000);
        const TimelineIndex fresh(m_document->data());
        QCOMPARE(view()->index().size(), fresh.size());
        QCOMPARE(view()->index().firstDay(), fresh.firstDay());
        QCOMPARE(view()->index().firstDay(), TimeScale::dayOf(QDate(1990, 5, 17)));
        QCOMPARE(view()->index().lastDay(), fresh.lastDay());
        QVERIFY(view()->currentLayout().emptyText.isEmpty());
        QVERIFY(!view()->currentLayout().lanes.isEmpty());
    }
};

QTEST_MAIN(TestTimelineWidget)
#include "tst_timelinewidget.moc"
