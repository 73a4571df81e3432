// SPDX-FileCopyrightText: 2026 Telco Atlas authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/validator.h"
#include "io/builtindataset.h"
#include "io/importplan.h"

#include <QStandardPaths>
#include <QTest>

using namespace atlas;

namespace {

Dataset builtin()
{
    QString error;
    auto d = BuiltinDataset::load(&error);
    if (!d)
        qFatal("%s", qPrintable(error));
    return *d;
}

// A file that redescribes KT, adds Upstage and an event of both, citing a source of its own.
ImportedData incomingFile()
{
    const Dataset current = builtin();
    ImportedData in;
    in.fileName = QStringLiteral("mine.json");
    Source src;
    src.id = QStringLiteral("src-mine");
    src.publisher = QStringLiteral("My notes");
    in.data.sources.append(src);
    Entity kt = *current.entity(QStringLiteral("kt"));
    kt.description.en = QStringLiteral("Changed description");
    in.data.entities.append(kt);
    Entity upstage;
    upstage.id = QStringLiteral("upstage");
    upstage.name.en = QStringLiteral("Upstage");
    in.data.entities.append(upstage);
    in.data.entities.append(*current.entity(QStringLiteral("microsoft"))); // the same as current
    Event ev;
    ev.id = QStringLiteral("ev-2025-kt-upstage");
    ev.kind = EventKind::Partnership;
    ev.date = PartialDate::fromString(QStringLiteral("2025-03"));
    ev.title.en = QStringLiteral("KT and Upstage partner");
    ev.participants = { { QStringLiteral("kt"), Role::Partner },
                        { QStringLiteral("upstage"), Role::Partner } };
    ev.sourceIds = { QStringLiteral("src-mine") };
    in.data.events.append(ev);
    Relationship rel;
    rel.id = QStringLiteral("rel-kt-upstage");
    rel.fromId = QStringLiteral("kt");
    rel.toId = QStringLiteral("upstage");
    rel.eventId = ev.id;
    in.data.relationships.append(rel);
    return in;
}

const ImportPlan::Item *itemFor(const ImportPlan &plan, const char *record, const char *fileId)
{
    for (const auto &i : plan.items()) {
        if (i.record == QLatin1String(record) && i.fileId == QLatin1String(fileId))
            return &i;
    }
    return nullptr;
}

} // namespace

class TestImportPlan : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void skip()
    {
        const Dataset current = builtin();
        const ImportPlan plan = ImportPlan::compute(current, incomingFile(), DuplicatePolicy::Skip);
        QVERIFY2(plan.isValid(), qPrintable(plan.error()));
        QCOMPARE(plan.conflicts(), 1);
        QCOMPARE(itemFor(plan, "entity", "kt")->action, ImportPlan::Action::Skip);
        QCOMPARE(itemFor(plan, "entity", "microsoft")->action, ImportPlan::Action::Unchanged);
        QCOMPARE(itemFor(plan, "entity", "upstage")->action, ImportPlan::Action::New);
        QCOMPARE(plan.merged().entity(QStringLiteral("kt"))->description,
                 current.entity(QStringLiteral("kt"))->description);
        QVERIFY(!plan.changes().entity(QStringLiteral("kt")));
        QCOMPARE(plan.changes().entities.size(), 1);
        QCOMPARE(plan.changes().events.size(), 1);
        QCOMPARE(plan.merged().events.size(), current.events.size() + 1);
    }

    void replace()
    {
        const Dataset current = builtin();
        const ImportPlan plan =
                ImportPlan::compute(current, incomingFile(), DuplicatePolicy::Replace);
        QVERIFY2(plan.isValid(), qPrintable(plan.error()));
        QCOMPARE(itemFor(plan, "entity", "kt")->action, ImportPlan::Action::Update);
        QCOMPARE(plan.merged().entity(QStringLiteral("kt"))->description.en,
                 QStringLiteral("Changed description"));
        // A replaced record keeps its place.
        QCOMPARE(plan.merged().entityIndex(QStringLiteral("kt")),
                 current.entityIndex(QStringLiteral("kt")));
        QCOMPARE(plan.merged().entities.size(), current.entities.size() + 1);
        QVERIFY(plan.changes().entity(QStringLiteral("kt")));
    }

    // A source the file brings only for a record that is skipped would be cited by nothing: it is
    // left out and said so; a source the file cites nowhere (a list of sources) still comes in.
    void skipLeavesOutSourcesOnlySkippedRecordsCite()
    {
        const Dataset current = builtin();
        ImportedData in;
        in.fileName = QStringLiteral("notes.csv");
        Source onlyForSkipped;
        onlyForSkipped.id = QStringLiteral("src-kt-ms-notes");
        onlyForSkipped.publisher = QStringLiteral("KT MS");
        Source list;
        list.id = QStringLiteral("src-reading-list");
        list.publisher = QStringLiteral("Reading list");
        in.data.sources = { onlyForSkipped, list };
        Event changed = current.events.first();
        changed.title.ko.clear();
        changed.sourceIds = { onlyForSkipped.id };
        in.data.events.append(changed);

        const ImportPlan skip = ImportPlan::compute(current, in, DuplicatePolicy::Skip);
        QVERIFY2(skip.isValid(), qPrintable(skip.error()));
        QCOMPARE(itemFor(skip, "event", qPrintable(changed.id))->action, ImportPlan::Action::Skip);
        QCOMPARE(itemFor(skip, "source", "src-kt-ms-notes")->action, ImportPlan::Action::Unused);
        QVERIFY(!skip.merged().source(QStringLiteral("src-kt-ms-notes")));
        QVERIFY(!skip.changes().source(QStringLiteral("src-kt-ms-notes")));
        QCOMPARE(itemFor(skip, "source", "src-reading-list")->action, ImportPlan::Action::New);
        QVERIFY(skip.merged().source(QStringLiteral("src-reading-list")));
        QCOMPARE(skip.toEdit(current).sources.inserted.size(), 1);

        // Replace writes the event, so its source comes with it.
        const ImportPlan replace = ImportPlan::compute(current, in, DuplicatePolicy::Replace);
        QVERIFY2(replace.isValid(), qPrintable(replace.error()));
        QCOMPARE(itemFor(replace, "source", "src-kt-ms-notes")->action, ImportPlan::Action::New);
        QVERIFY(replace.merged().source(QStringLiteral("src-kt-ms-notes")));
    }

    void keepBoth()
    {
        const Dataset current = builtin();
        const ImportPlan plan =
                ImportPlan::compute(current, incomingFile(), DuplicatePolicy::KeepBoth);
        QVERIFY2(plan.isValid(), qPrintable(plan.error()));
        QCOMPARE(plan.conflicts(), 1);
        const auto *kt = itemFor(plan, "entity", "kt");
        QCOMPARE(kt->action, ImportPlan::Action::Rename);
        QCOMPARE(kt->id, QStringLiteral("kt-2"));
        QCOMPARE(plan.merged().entity(QStringLiteral("kt"))->description,
                 current.entity(QStringLiteral("kt"))->description);
        QCOMPARE(plan.merged().entity(QStringLiteral("kt-2"))->description.en,
                 QStringLiteral("Changed description"));
        // The file's event and relationship follow their KT to its new id.
        const Event *ev = plan.merged().event(QStringLiteral("ev-2025-kt-upstage"));
        QVERIFY(ev);
        QVERIFY(ev->involves(QStringLiteral("kt-2")));
        QVERIFY(!ev->involves(QStringLiteral("kt")));
        QCOMPARE(plan.merged().relationship(QStringLiteral("rel-kt-upstage"))->fromId,
                 QStringLiteral("kt-2"));
        // An exact copy is not duplicated.
        QCOMPARE(itemFor(plan, "entity", "microsoft")->action, ImportPlan::Action::Unchanged);
        QVERIFY(!plan.merged().entity(QStringLiteral("microsoft-2")));
    }

    void sameDataChangesNothing_data()
    {
        QTest::addColumn<int>("policy");
        QTest::newRow("skip") << int(DuplicatePolicy::Skip);
        QTest::newRow("replace") << int(DuplicatePolicy::Replace);
        QTest::newRow("keep both") << int(DuplicatePolicy::KeepBoth);
    }
    void sameDataChangesNothing()
    {
        QFETCH(int, policy);
        const Dataset current = builtin();
        ImportedData in;
        in.fileName = QStringLiteral("again.json");
        in.data = current;
        const ImportPlan plan = ImportPlan::compute(current, in, DuplicatePolicy(policy));
        QVERIFY2(plan.isValid(), qPrintable(plan.error()));
        QVERIFY(!plan.hasChanges());
        QVERIFY(plan.merged() == current);
        QCOMPARE(plan.count(ImportPlan::Action::Unchanged), int(plan.items().size()));
    }

    // Keep Both copies only what differs: the file's copies of records that reference a renamed
    // record but are otherwise the database's stay as they are.
    void keepBothCopiesOnlyWhatDiffers()
    {
        Dataset current = builtin();
        current.entities[0].ticker = QStringLiteral("KRX:000001");
        ImportedData in;
        in.fileName = QStringLiteral("again.json");
        in.data = builtin();
        const ImportPlan plan = ImportPlan::compute(current, in, DuplicatePolicy::KeepBoth);
        QVERIFY2(plan.isValid(), qPrintable(plan.error()));
        QStringList added;
        for (const auto &item : plan.items()) {
            if (item.action != ImportPlan::Action::Unchanged)
                added << item.record + QLatin1Char(' ') + item.id;
        }
        QCOMPARE(added, QStringList{ QStringLiteral("entity %1-2").arg(current.entities[0].id) });
    }

    void invalidResultIsRefused_data()
    {
        QTest::addColumn<int>("damage");
        QTest::addColumn<QStringList>("mustMention");
        QTest::newRow("unknown participant")
                << 0 << QStringList{ "mine.json", "ev-2025-kt-upstage", "participants", "nokia" };
        QTest::newRow("unknown source")
                << 1 << QStringList{ "mine.json", "ev-2025-kt-upstage", "sources", "src-gone" };
        QTest::newRow("duplicate ids in the file")
                << 2 << QStringList{ "mine.json", "upstage", "more than once" };
        QTest::newRow("bad id") << 3 << QStringList{ "mine.json", "Bad Id", "id" };
    }
    void invalidResultIsRefused()
    {
        QFETCH(int, damage);
        QFETCH(QStringList, mustMention);
        ImportedData in = incomingFile();
        switch (damage) {
        case 0:
            in.data.events[0].participants.append({ QStringLiteral("nokia"), Role::Partner });
            break;
        case 1:
            in.data.events[0].sourceIds = { QStringLiteral("src-gone") };
            break;
        case 2:
            in.data.entities.append(in.data.entities.at(1));
            break;
        case 3:
            in.data.entities[1].id = QStringLiteral("Bad Id");
            in.data.events[0].participants[1].entityId = QStringLiteral("Bad Id");
            in.data.relationships[0].toId = QStringLiteral("Bad Id");
            break;
        }
        for (auto policy :
             { DuplicatePolicy::Skip, DuplicatePolicy::Replace, DuplicatePolicy::KeepBoth }) {
            const ImportPlan plan = ImportPlan::compute(builtin(), in, policy);
            QVERIFY(!plan.isValid());
            for (const auto &word : mustMention)
                QVERIFY2(plan.error().contains(word),
                         qPrintable(QStringLiteral("'%1' not in: %2").arg(word, plan.error())));
        }
    }

    // The import applies its edit without the document's own check when the plan found the
    // merged data clean: that check must have nothing left to find. A flaw the data had before
    // (not written by the import) leaves the plan valid but not clean, so the document checks.
    void cleanMergeLeavesTheEditCheckNothing()
    {
        for (auto policy :
             { DuplicatePolicy::Skip, DuplicatePolicy::Replace, DuplicatePolicy::KeepBoth }) {
            const Dataset current = builtin();
            const ImportPlan plan = ImportPlan::compute(current, incomingFile(), policy);
            QVERIFY2(plan.isValid(), qPrintable(plan.error()));
            QVERIFY(plan.mergedIsClean());
            const DataEdit edit = plan.toEdit(current);
            Dataset after = current;
            edit.applyTo(&after, nullptr);
            QCOMPARE(after, plan.merged());
            QCOMPARE(Validator::validateEdit(after, edit).size(), 0);
        }
        Dataset flawed = builtin();
        flawed.events[0].participants.append({ QStringLiteral("ghost"), Role::Partner });
        const ImportPlan plan = ImportPlan::compute(flawed, incomingFile(), DuplicatePolicy::Skip);
        QVERIFY2(plan.isValid(), qPrintable(plan.error()));
        QVERIFY(!plan.mergedIsClean());
    }

    // The data changed under an open preview (another client removed a record the import
    // replaces): the edit does not fit that data and names the record, instead of replacing
    // another record or reading outside the list.
    void editOfARecordGoneSinceThePlanDoesNotFit()
    {
        const Dataset current = builtin();
        const ImportPlan plan =
                ImportPlan::compute(current, incomingFile(), DuplicatePolicy::Replace);
        QVERIFY2(plan.isValid(), qPrintable(plan.error()));
        Dataset changed = current;
        changed.entities.removeAt(changed.entityIndex(QStringLiteral("kt")));
        const DataEdit edit = plan.toEdit(changed);
        QString error;
        QVERIFY(!edit.fits(changed, &error));
        QVERIFY2(error.contains(QLatin1String("'kt'")), qPrintable(error));
        QVERIFY(plan.toEdit(current).fits(current, &error));
    }

    void figuresUnderKeepBoth()
    {
        const Dataset current = builtin();
        QVERIFY(!current.financials.isEmpty());
        ImportedData in;
        in.fileName = QStringLiteral("figures.json");
        FinancialFigure f = current.financials.first();
        f.value += 1;
        in.data.financials.append(f);
        // Two figures of one quarter cannot both be kept: the current one stays.
        const ImportPlan keep = ImportPlan::compute(current, in, DuplicatePolicy::KeepBoth);
        QVERIFY2(keep.isValid(), qPrintable(keep.error()));
        QCOMPARE(keep.items().first().action, ImportPlan::Action::Skip);
        QVERIFY(keep.merged() == current);
        const ImportPlan replace = ImportPlan::compute(current, in, DuplicatePolicy::Replace);
        QCOMPARE(replace.merged().financials.first().value, f.value);
    }
};

QTEST_GUILESS_MAIN(TestImportPlan)
#include "tst_importplan.moc"
