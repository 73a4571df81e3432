// SPDX-FileCopyrightText: 2026 Telco Atlas authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Edits reach the item models row by row: every kind of edit, its undo and its redo give row
// signals (checked by QAbstractItemModelTester) and never a reset, the selection and the current
// row stay on their records, and the document refuses an edit that leaves a dangling reference.
#include "models/document.h"
#include "models/editcommands.h"
#include "models/entitylistmodel.h"
#include "models/eventfilterproxy.h"
#include "models/eventtablemodel.h"
#include "models/financialtablemodel.h"
#include "models/roles.h"
#include "testdataset.h"

#include <QAbstractItemModelTester>
#include <QItemSelectionModel>
#include <QSignalSpy>
#include <QTest>
#include <QUndoStack>

#include <functional>
#include <memory>
#include <vector>

using namespace atlas;

namespace {

// Everything in the fixture cites its source, so edits are judged on what they bring.
Dataset sourcedDataset()
{
    Dataset d = TestData::makeDataset();
    for (Event &e : d.events)
        e.sourceIds = { QStringLiteral("src-kt-ir") };
    for (Relationship &r : d.relationships)
        r.sourceIds = { QStringLiteral("src-kt-ir") };
    return d;
}

Event newEvent()
{
    Event e = TestData::event("ev-new", EventKind::Partnership, "2024-10-01",
                              QStringLiteral("New deal"), QStringLiteral("새 거래"),
                              { QStringLiteral("kt"), QStringLiteral("perplexity") });
    e.sourceIds = { QStringLiteral("src-kt-ir") };
    return e;
}

} // namespace

class TestDocumentEdits : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        m_doc = std::make_unique<Document>();
        m_doc->setData(sourcedDataset());
        m_events = std::make_unique<EventTableModel>(m_doc.get());
        m_proxy = std::make_unique<EventFilterProxy>();
        m_proxy->setSourceModel(m_events.get());
        m_proxy->followDocument(m_doc.get());
        m_proxy->sort(EventTableModel::Date);
        m_entities = std::make_unique<EntityListModel>(m_doc.get());
        m_figures = std::make_unique<FinancialTableModel>(m_doc.get());
        m_testers.clear();
        m_resets.clear();
        for (QAbstractItemModel *model : models()) {
            m_testers.push_back(std::make_unique<QAbstractItemModelTester>(
                    model, QAbstractItemModelTester::FailureReportingMode::QtTest));
            m_resets.push_back(
                    std::make_unique<QSignalSpy>(model, &QAbstractItemModel::modelAboutToBeReset));
        }
    }

    void cleanup()
    {
        m_testers.clear();
        m_resets.clear();
        m_figures.reset();
        m_entities.reset();
        m_proxy.reset();
        m_events.reset();
        m_doc.reset();
    }

    void everyEditIsRowLevel_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<int>("eventRows"); // change of the events table's row count
        QTest::addColumn<int>("entityRows");
        QTest::addColumn<int>("figureRows");
        QTest::newRow("add entity") << "addEntity" << 0 << 1 << 0;
        QTest::newRow("change entity") << "updateEntity" << 0 << 0 << 0;
        // KT: its figures go, its participations go (events with only KT go too).
        QTest::newRow("delete entity") << "removeEntity" << -2 << -1 << -6;
        QTest::newRow("add event") << "addEvent" << 1 << 0 << 0;
        QTest::newRow("change event") << "updateEvent" << 0 << 0 << 0;
        QTest::newRow("delete event") << "removeEvent" << -1 << 0 << 0;
        QTest::newRow("add relationship") << "addRelationship" << 0 << 0 << 0;
        QTest::newRow("change relationship") << "updateRelationship" << 0 << 0 << 0;
        QTest::newRow("delete relationship") << "removeRelationship" << 0 << 0 << 0;
    }

    void everyEditIsRowLevel()
    {
        QFETCH(QString, kind);
        QFETCH(int, eventRows);
        QFETCH(int, entityRows);
        QFETCH(int, figureRows);
        const Dataset original = m_doc->data();
        const int events = m_events->rowCount();
        const int entities = m_entities->rowCount();
        const int figures = m_figures->rowCount();

        QUndoCommand *command = makeCommand(kind);
        QVERIFY(command);
        QSignalSpy inserted(m_events.get(), &QAbstractItemModel::rowsInserted);
        QSignalSpy removed(m_events.get(), &QAbstractItemModel::rowsRemoved);
        m_doc->undoStack()->push(command);
        const Dataset edited = m_doc->data();
        QCOMPARE(m_events->rowCount(), events + eventRows);
        QCOMPARE(m_entities->rowCount(), entities + entityRows);
        QCOMPARE(m_figures->rowCount(), figures + figureRows);
        if (eventRows > 0)
            QCOMPARE(inserted.count(), 1);
        if (eventRows < 0)
            QVERIFY(removed.count() >= 1);
        checkModelsMatchDocument();

        m_doc->undoStack()->undo();
        QCOMPARE(m_doc->data(), original);
        QCOMPARE(m_events->rowCount(), events);
        QCOMPARE(m_entities->rowCount(), entities);
        QCOMPARE(m_figures->rowCount(), figures);
        checkModelsMatchDocument();

        m_doc->undoStack()->redo();
        QCOMPARE(m_events->rowCount(), events + eventRows);
        checkModelsMatchDocument();
        // Later undos and redos reverse the edit along the reversal the first undo made.
        for (int again = 0; again < 2; ++again) {
            QCOMPARE(m_doc->data(), edited);
            m_doc->undoStack()->undo();
            QCOMPARE(m_doc->data(), original);
            checkModelsMatchDocument();
            m_doc->undoStack()->redo();
        }
        QCOMPARE(m_doc->data(), edited);

        for (const auto &spy : m_resets)
            QCOMPARE(spy->count(), 0);
    }

    // A rename shows in the participant cells of the entity's events, without a reset.
    void renameReachesParticipantCells()
    {
        Entity kt = *m_doc->data().entity(QStringLiteral("kt"));
        kt.name.en = QStringLiteral("Korea Telecom");
        QSignalSpy changed(m_events.get(), &QAbstractItemModel::dataChanged);
        m_doc->undoStack()->push(EditCommands::updateEntity(m_doc.get(), kt));
        QVERIFY(changed.count() >= 1);
        const int row = m_events->rowOf(QStringLiteral("ev-kt-ms"));
        QVERIFY(m_events->index(row, EventTableModel::Participants)
                        .data()
                        .toString()
                        .contains(QLatin1String("Korea Telecom")));
        QVERIFY(m_events->index(row, 0)
                        .data(Roles::SearchText)
                        .toString()
                        .contains(QLatin1String("Korea Telecom")));
        for (const auto &spy : m_resets)
            QCOMPARE(spy->count(), 0);
    }

    // The data's first and last day follow edits at its edges and inside it, and their undo, as
    // a document loaded afresh has them.
    void extentFollowsEdits()
    {
        auto check = [this](const char *after) {
            Document fresh;
            fresh.setData(m_doc->data());
            if (m_doc->dataStart() != fresh.dataStart() || m_doc->dataEnd() != fresh.dataEnd())
                QFAIL(qPrintable(QStringLiteral("after %1: %2 – %3, afresh %4 – %5")
                                         .arg(QLatin1String(after),
                                              m_doc->dataStart().toString(Qt::ISODate),
                                              m_doc->dataEnd().toString(Qt::ISODate),
                                              fresh.dataStart().toString(Qt::ISODate),
                                              fresh.dataEnd().toString(Qt::ISODate))));
        };
        const QList<Event> &events = m_doc->data().events;
        const auto [first, last] = std::minmax_element(
                events.cbegin(), events.cend(),
                [](const Event &a, const Event &b) { return a.date.start() < b.date.start(); });
        Event earliest = *first;
        const QString latest = last->id;
        QUndoStack *stack = m_doc->undoStack();
        earliest.date = PartialDate::day(2024, 7, 1);
        stack->push(EditCommands::updateEvent(m_doc.get(), earliest));
        check("moving the earliest event inside");
        stack->push(EditCommands::removeEvent(m_doc.get(), latest));
        check("removing the latest event");
        Event early = newEvent();
        early.date = PartialDate::year(1999);
        stack->push(EditCommands::addEvent(m_doc.get(), early));
        QCOMPARE(m_doc->dataStart(), QDate(1999, 1, 1));
        check("adding an event before all");
        for (int i = 0; i < 3; ++i) {
            stack->undo();
            check("an undo");
        }
        for (int i = 0; i < 3; ++i) {
            stack->redo();
            check("a redo");
        }
    }

    // A renamed company's figure rows are told, and no other; renaming an entity without figures
    // tells the figures table nothing (each such signal made the table measure its columns).
    void renameReachesOnlyThatCompanysFigures()
    {
        const Dataset &d = m_doc->data();
        QVERIFY(!d.financials.isEmpty());
        Entity company = *d.entity(d.financials.constFirst().companyId);
        company.name.en = QStringLiteral("Renamed Telecom");
        QSignalSpy changed(m_figures.get(), &QAbstractItemModel::dataChanged);
        m_doc->undoStack()->push(EditCommands::updateEntity(m_doc.get(), company));
        QSet<int> told;
        for (const QList<QVariant> &signal : std::as_const(changed)) {
            const auto topLeft = signal.at(0).value<QModelIndex>();
            const auto bottomRight = signal.at(1).value<QModelIndex>();
            if (topLeft.column() <= FinancialTableModel::Company
                && bottomRight.column() >= FinancialTableModel::Company) {
                for (int row = topLeft.row(); row <= bottomRight.row(); ++row)
                    told.insert(row);
            }
        }
        int rowsOfCompany = 0;
        for (int row = 0; row < m_figures->rowCount(); ++row) {
            const bool renamed = m_figures->index(row, FinancialTableModel::Company).data()
                    == QStringLiteral("Renamed Telecom");
            rowsOfCompany += renamed ? 1 : 0;
            QCOMPARE(told.contains(row), renamed);
        }
        QVERIFY(rowsOfCompany > 0);

        const auto withoutFigures =
                std::find_if(d.entities.cbegin(), d.entities.cend(), [&](const Entity &e) {
                    return std::none_of(
                            d.financials.cbegin(), d.financials.cend(),
                            [&](const FinancialFigure &f) { return f.companyId == e.id; });
                });
        QVERIFY(withoutFigures != d.entities.cend());
        Entity other = *withoutFigures;
        other.name.en += QStringLiteral(" (renamed)");
        changed.clear();
        m_doc->undoStack()->push(EditCommands::updateEntity(m_doc.get(), other));
        QCOMPARE(changed.count(), 0);
        for (const auto &spy : m_resets)
            QCOMPARE(spy->count(), 0);
    }

    // The selected and current rows stay on their events over edits elsewhere, their undo and a
    // change of the selected event itself.
    void selectionSurvivesEdits()
    {
        QItemSelectionModel selection(m_proxy.get());
        const QString chosen = QStringLiteral("ev-skt-pplx");
        const QModelIndex index = proxyIndexOf(chosen);
        QVERIFY(index.isValid());
        selection.setCurrentIndex(index,
                                  QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);

        auto check = [&] {
            QCOMPARE(selection.currentIndex().data(Roles::Id).toString(), chosen);
            QCOMPARE(selection.selectedRows().size(), 1);
            QCOMPARE(selection.selectedRows().first().data(Roles::Id).toString(), chosen);
        };
        m_doc->undoStack()->push(EditCommands::addEvent(m_doc.get(), newEvent()));
        check();
        m_doc->undoStack()->push(
                EditCommands::removeEvent(m_doc.get(), QStringLiteral("ev-kt-ms")));
        check();
        Event changed = *m_doc->data().event(chosen);
        changed.title.en = QStringLiteral("SK Telecom invests more in Perplexity");
        m_doc->undoStack()->push(EditCommands::updateEvent(m_doc.get(), changed));
        check();
        m_doc->undoStack()->undo();
        m_doc->undoStack()->undo();
        m_doc->undoStack()->undo();
        check();
    }

    // The document's time window and selection are not touched by an edit elsewhere (the edit
    // itself; the undo commands choose what to select on their own).
    void windowAndDocumentSelectionSurvive()
    {
        m_doc->setTimeWindow(QDate(2024, 6, 1), QDate(2024, 12, 31));
        m_doc->selectEvent(QStringLiteral("ev-gtaa"));
        QSignalSpy window(m_doc.get(), &Document::timeWindowChanged);
        QSignalSpy selected(m_doc.get(), &Document::selectionChanged);
        const DataEdit edit = DataEdit::addEvent(m_doc->data(), newEvent());
        QString error;
        QVERIFY2(m_doc->applyEdit(edit, &error), qPrintable(error));
        QVERIFY2(m_doc->applyEdit(edit.reversed(), &error), qPrintable(error));
        QCOMPARE(window.count(), 0);
        QCOMPARE(selected.count(), 0);
        QCOMPARE(m_doc->windowFrom(), QDate(2024, 6, 1));
        QCOMPARE(m_doc->selection().id, QStringLiteral("ev-gtaa"));
    }

    // Partial validation still sees what an edit leaves behind: removing an entity on its own
    // (without its events and relationships) leaves dangling references, and is refused.
    void danglingReferenceIsRefused()
    {
        const Dataset before = m_doc->data();
        DataEdit edit;
        const int row = before.entityIndex(QStringLiteral("microsoft"));
        edit.entities.removed.append({ row, before.entities.at(row) });
        QString error;
        QVERIFY(!m_doc->applyEdit(edit, &error));
        QVERIFY2(error.contains(QLatin1String("unknown entity 'microsoft'")), qPrintable(error));
        QVERIFY(error.contains(QLatin1String("ev-kt-ms")));
        QVERIFY(error.contains(QLatin1String("rel-kt-ms")));
        QCOMPARE(m_doc->data(), before);
        QCOMPARE(m_entities->rowCount(), int(before.entities.size()));

        // And a new record pointing at nothing.
        Relationship r = TestData::relationship("rel-new", RelationshipType::Partner, "kt",
                                                "nobody", "2024-01");
        r.sourceIds = { QStringLiteral("src-kt-ir") };
        QVERIFY(!m_doc->applyEdit(DataEdit::addRelationship(before, r), &error));
        QVERIFY2(error.contains(QLatin1String("unknown entity 'nobody'")), qPrintable(error));
        for (const auto &spy : m_resets)
            QCOMPARE(spy->count(), 0);
    }

    // An edit its caller checked (an import plan) skips the document's check only while the
    // data is as it was when checked: after any other edit, or another load, it is checked again.
    void checkedEditIsCheckedAgainOnceTheDataMoved()
    {
        Relationship dangling = TestData::relationship("rel-new", RelationshipType::Partner, "kt",
                                                       "nobody", "2024-01");
        dangling.sourceIds = { QStringLiteral("src-kt-ir") };
        const quint64 checkedAt = m_doc->changeCount();
        Event renamed = m_doc->data().events.at(0);
        renamed.title.en = QStringLiteral("Renamed meanwhile");
        QString error;
        QVERIFY2(m_doc->applyEdit(DataEdit::updateEvent(m_doc->data(), renamed), &error),
                 qPrintable(error));
        QVERIFY(m_doc->changeCount() != checkedAt);
        QVERIFY(!m_doc->applyCheckedEdit(DataEdit::addRelationship(m_doc->data(), dangling),
                                         checkedAt, &error));
        QVERIFY2(error.contains(QLatin1String("unknown entity 'nobody'")), qPrintable(error));
        QVERIFY(!m_doc->data().relationship(dangling.id));

        const quint64 beforeLoad = m_doc->changeCount();
        m_doc->setData(m_doc->data());
        QVERIFY(m_doc->changeCount() != beforeLoad);

        // Checked at the current state: applied with row-level signals, as applyEdit does.
        Relationship sound = dangling;
        sound.toId = QStringLiteral("perplexity");
        const int before = m_doc->data().relationships.size();
        QVERIFY2(m_doc->applyCheckedEdit(DataEdit::addRelationship(m_doc->data(), sound),
                                         m_doc->changeCount(), &error),
                 qPrintable(error));
        QCOMPARE(m_doc->data().relationships.size(), before + 1);
    }

    // Data loaded with a flaw (an event naming an entity that is not there) can still be edited:
    // the flawed event itself, and records added beside it; a new record with the same flaw is
    // refused.
    void dataWithAFlawStaysEditable()
    {
        Dataset flawed = m_doc->data();
        flawed.events[0].participants.append({ QStringLiteral("ghost"), Role::Partner });
        m_doc->setData(flawed);
        QString error;
        Event renamed = flawed.events.at(0);
        renamed.title.en = QStringLiteral("Renamed with its flaw");
        QVERIFY2(m_doc->applyEdit(DataEdit::updateEvent(m_doc->data(), renamed), &error),
                 qPrintable(error));
        Event added = flawed.events.at(1);
        added.id = QStringLiteral("ev-added-beside");
        QVERIFY2(m_doc->applyEdit(DataEdit::addEvent(m_doc->data(), added), &error),
                 qPrintable(error));
        QVERIFY(m_doc->data().event(added.id));
        Event haunted = added;
        haunted.id = QStringLiteral("ev-haunted");
        haunted.participants.append({ QStringLiteral("ghost"), Role::Partner });
        QVERIFY(!m_doc->applyEdit(DataEdit::addEvent(m_doc->data(), haunted), &error));
        QVERIFY2(error.contains(QLatin1String("unknown entity 'ghost'")), qPrintable(error));
        QVERIFY(!m_doc->data().event(haunted.id));
    }

    // An edit the sink refuses leaves the data and the models as they were.
    void refusedBySinkChangesNothing()
    {
        const Dataset before = m_doc->data();
        m_doc->setEditSink([](const DataEdit &, const Dataset &, QString *error) {
            *error = QStringLiteral("disk full");
            return false;
        });
        QSignalSpy inserted(m_events.get(), &QAbstractItemModel::rowsInserted);
        QString error;
        QVERIFY(!m_doc->applyEdit(DataEdit::addEvent(before, newEvent()), &error));
        QCOMPARE(error, QStringLiteral("disk full"));
        QCOMPARE(m_doc->data(), before);
        QCOMPARE(inserted.count(), 0);
        QCOMPARE(m_doc->data().event(QStringLiteral("ev-new")), nullptr);
    }

private:
    std::vector<QAbstractItemModel *> models() const
    {
        return { m_events.get(), m_proxy.get(), m_entities.get(), m_figures.get() };
    }

    QUndoCommand *makeCommand(const QString &kind)
    {
        Document *d = m_doc.get();
        const Dataset &data = d->data();
        if (kind == QLatin1String("addEntity"))
            return EditCommands::addEntity(d,
                                           TestData::entity("upstage", EntityKind::Company,
                                                            QStringLiteral("Upstage"),
                                                            QStringLiteral("업스테이지")));
        if (kind == QLatin1String("updateEntity")) {
            Entity e = *data.entity(QStringLiteral("microsoft"));
            e.ticker = QStringLiteral("NASDAQ:MSFT2");
            return EditCommands::updateEntity(d, e);
        }
        if (kind == QLatin1String("removeEntity"))
            return EditCommands::removeEntity(d, QStringLiteral("kt"));
        if (kind == QLatin1String("addEvent"))
            return EditCommands::addEvent(d, newEvent());
        if (kind == QLatin1String("updateEvent")) {
            Event e = *data.event(QStringLiteral("ev-gtaa"));
            e.title.en = QStringLiteral("GTAA founded");
            return EditCommands::updateEvent(d, e);
        }
        if (kind == QLatin1String("removeEvent"))
            return EditCommands::removeEvent(d, QStringLiteral("ev-skt-pplx"));
        if (kind == QLatin1String("addRelationship")) {
            Relationship r = TestData::relationship("rel-new", RelationshipType::Partner, "kt",
                                                    "perplexity", "2024-10");
            r.sourceIds = { QStringLiteral("src-kt-ir") };
            return EditCommands::addRelationship(d, r);
        }
        if (kind == QLatin1String("updateRelationship")) {
            Relationship r = *data.relationship(QStringLiteral("rel-skt-pplx"));
            r.validUntil = PartialDate::fromString(QStringLiteral("2026"));
            return EditCommands::updateRelationship(d, r);
        }
        if (kind == QLatin1String("removeRelationship"))
            return EditCommands::removeRelationship(d, QStringLiteral("rel-lgu-ms"));
        return nullptr;
    }

    // Row by row, the models show what the document holds.
    void checkModelsMatchDocument()
    {
        const Dataset &data = m_doc->data();
        QCOMPARE(m_events->rowCount(), int(data.events.size()));
        for (int row = 0; row < m_events->rowCount(); ++row) {
            QCOMPARE(m_events->index(row, 0).data(Roles::Id).toString(), data.events.at(row).id);
            QCOMPARE(m_events->index(row, EventTableModel::Title).data().toString(),
                     data.events.at(row).title.en);
        }
        QCOMPARE(m_entities->rowCount(), int(data.entities.size()));
        for (int row = 0; row < m_entities->rowCount(); ++row)
            QCOMPARE(m_entities->index(row, 0).data(Roles::Id).toString(),
                     data.entities.at(row).id);
        QCOMPARE(m_figures->rowCount(), int(data.financials.size()));
        FinancialTableModel fresh(m_doc.get());
        for (int row = 0; row < fresh.rowCount(); ++row) {
            for (int column = 0; column < fresh.columnCount(); ++column)
                QCOMPARE(m_figures->index(row, column).data(), fresh.index(row, column).data());
        }
    }

    QModelIndex proxyIndexOf(const QString &id) const
    {
        for (int row = 0; row < m_proxy->rowCount(); ++row) {
            const QModelIndex i = m_proxy->index(row, 0);
            if (i.data(Roles::Id).toString() == id)
                return i;
        }
        return {};
    }

    std::unique_ptr<Document> m_doc;
    std::unique_ptr<EventTableModel> m_events;
    std::unique_ptr<EventFilterProxy> m_proxy;
    std::unique_ptr<EntityListModel> m_entities;
    std::unique_ptr<FinancialTableModel> m_figures;
    std::vector<std::unique_ptr<QAbstractItemModelTester>> m_testers;
    std::vector<std::unique_ptr<QSignalSpy>> m_resets;
};

QTEST_MAIN(TestDocumentEdits)
#include "tst_documentedits.moc"
