// SPDX-FileCopyrightText: 2026 Telco Atlas authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "io/builtindataset.h"
#include "testsupport/firsteditiondatabase.h"
#include "io/datasetfiles.h"
#include "models/editcommands.h"
#include "models/importservice.h"
#include "models/workspace.h"
#include "storage/repository.h"
#include "ui/importdialog.h"
#include "ui/importer.h"
#include "ui/translations.h"

#include <QApplication>
#include <QCheckBox>
#include <QCryptographicHash>
#include <QDialogButtonBox>
#include <QDir>
#include <QPushButton>
#include <QFile>
#include <QLabel>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QUndoStack>

using namespace atlas;

namespace {

// Every file of the database (the SQLite file and any journal beside it), by name and digest.
QMap<QString, QByteArray> snapshot(const QString &dir)
{
    QMap<QString, QByteArray> out;
    for (const QFileInfo &fi : QDir(dir).entryInfoList(QDir::Files)) {
        if (!fi.fileName().startsWith(QLatin1String("atlas.sqlite")))
            continue;
        QFile f(fi.filePath());
        if (f.open(QIODevice::ReadOnly))
            out.insert(fi.fileName(),
                       QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256));
    }
    return out;
}

bool writeBytes(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
}

std::optional<Dataset> loadDatabase(const QString &path)
{
    Document doc;
    Workspace ws(&doc);
    QString error;
    if (!ws.open(path, &error))
        return std::nullopt;
    return doc.data();
}

} // namespace

class TestImporter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void failedImportLeavesTheDatabaseUntouched_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QStringList>("mustMention");
        QTest::newRow("bad date") << "e.csv"
                                  << QByteArray("date,kind,title,participants\n2024,launch,Ok,"
                                                "Upstage\n2024-13,launch,X,KT\n")
                                  << QStringList{ "e.csv", "line 3", "'date'" };
        QTest::newRow("missing column") << "e.csv" << QByteArray("date,kind,title\n2024,launch,X\n")
                                        << QStringList{ "e.csv", "line 1", "participants" };
        QTest::newRow("unknown kind")
                << "e.csv" << QByteArray("date,kind,title,participants\n2024,merger,X,KT\n")
                << QStringList{ "e.csv", "line 2", "'kind'", "merger" };
        QTest::newRow("truncated XML")
                << "g.graphml"
                << QByteArray("<graphml "
                              "xmlns=\"http://graphml.graphdrawing.org/xmlns\">\n<graph>\n<node "
                              "id=\"a\"/>\n<node id=\"b\">")
                << QStringList{ "g.graphml", "line 4" };
        QTest::newRow("invalid UTF-8")
                << "e.csv" << QByteArray("date,kind,title,participants\n2024,launch,\xC3\x28,KT\n")
                << QStringList{ "e.csv", "line 2", "'title'", "UTF-8" };
        QTest::newRow("duplicate ids") << "e.csv"
                                       << QByteArray("id,date,kind,title,participants\na,2024,"
                                                     "launch,X,KT\na,2024,launch,Y,KT\n")
                                       << QStringList{ "e.csv", "line 3", "'id'" };
        QTest::newRow("references nobody")
                << "mine.json" << QByteArray(R"({"format":"telco-atlas-dataset","formatVersion":1,
"sources":[{"id":"src-mine","publisher":"Me"}],
"events":[{"id":"ev-mine","kind":"plan","date":"2025","title":{"en":"A plan"},
"participants":[{"entity":"nobody","role":"subject"}],"sources":["src-mine"]}]})")
                << QStringList{ "mine.json", "ev-mine", "participants", "nobody" };
    }
    void failedImportLeavesTheDatabaseUntouched()
    {
        QFETCH(QString, name);
        QFETCH(QByteArray, bytes);
        QFETCH(QStringList, mustMention);
        QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("atlas.sqlite"));
        QVERIFY(loadDatabase(db)); // created with the built-in dataset
        const auto before = snapshot(dir.path());
        QVERIFY(!before.isEmpty());
        const QString file = dir.filePath(name);
        QVERIFY(writeBytes(file, bytes));
        {
            Document doc;
            Workspace ws(&doc);
            QString error;
            QVERIFY2(ws.open(db, &error), qPrintable(error));
            const Dataset loaded = doc.data();
            // While the database is open too: the failure comes before any write, so not even
            // the write-ahead log changes.
            const auto whileOpen = snapshot(dir.path());
            QVERIFY(!ImportService::importFile(ws, file, DuplicatePolicy::Replace, &error));
            for (const auto &word : mustMention)
                QVERIFY2(error.contains(word),
                         qPrintable(QStringLiteral("'%1' not in: %2").arg(word, error)));
            QVERIFY(doc.data() == loaded);
            QCOMPARE(snapshot(dir.path()), whileOpen);
            QCOMPARE(doc.undoStack()->count(), 0);
        }
        QCOMPARE(snapshot(dir.path()), before);
    }

    void importIsWritten()
    {
        QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("atlas.sqlite"));
        const QString file = dir.filePath(QStringLiteral("new.csv"));
        QVERIFY(writeBytes(file,
                           "date,kind,title,participants,amount,currency\n2025-Q2,investment,Round,"
                           "KT;Upstage,~1.3e10,KRW\n"));
        QString error, summary;
        {
            Document doc;
            Workspace ws(&doc);
            QVERIFY2(ws.open(db, &error), qPrintable(error));
            QVERIFY2(ImportService::importFile(ws, file, DuplicatePolicy::Skip, &error, &summary),
                     qPrintable(error));
            QVERIFY(summary.contains(QLatin1String("Upstage")));
        }
        const auto back = loadDatabase(db);
        QVERIFY(back);
        const Entity *upstage = back->entity(QStringLiteral("upstage"));
        QVERIFY(upstage);
        bool found = false;
        for (const Event &e : back->events) {
            if (e.involves(QStringLiteral("upstage"))) {
                found = true;
                QCOMPARE(e.date, PartialDate::quarter(2025, 2));
                QCOMPARE(e.amount->precision, AmountPrecision::Approximate);
            }
        }
        QVERIFY(found);
        // Again: nothing new, nothing doubled.
        {
            Document doc;
            Workspace ws(&doc);
            QVERIFY(ws.open(db, &error));
            const qsizetype events = doc.data().events.size();
            QVERIFY2(ImportService::importFile(ws, file, DuplicatePolicy::KeepBoth, &error,
                                               &summary),
                     qPrintable(error));
            QCOMPARE(doc.data().events.size(), events);
        }
    }

    // Every edit and its undo reach the database, so what is reopened is what was shown.
    void editsAndUndoAreWritten()
    {
        QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("atlas.sqlite"));
        QString error;
        Dataset original;
        {
            Document doc;
            Workspace ws(&doc);
            QVERIFY2(ws.open(db, &error), qPrintable(error));
            original = doc.data();
            doc.undoStack()->push(EditCommands::removeEntity(&doc, QStringLiteral("kt")));
            QVERIFY(!doc.data().entity(QStringLiteral("kt")));
        }
        auto back = loadDatabase(db);
        QVERIFY(back);
        QVERIFY(!back->entity(QStringLiteral("kt")));
        {
            Document doc;
            Workspace ws(&doc);
            QVERIFY(ws.open(db, &error));
            Entity e;
            e.id = QStringLiteral("upstage");
            e.name.en = QStringLiteral("Upstage");
            doc.undoStack()->push(EditCommands::addEntity(&doc, e));
            Event ev = doc.data().events.first();
            ev.title.en = QStringLiteral("Edited title");
            doc.undoStack()->push(EditCommands::updateEvent(&doc, ev));
            doc.undoStack()->undo();
        }
        back = loadDatabase(db);
        QVERIFY(back->entity(QStringLiteral("upstage")));
        QVERIFY(back->events.first().title.en != QLatin1String("Edited title"));
    }

    void undoOfADeletionRestoresTheDatabase()
    {
        QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("atlas.sqlite"));
        QString error;
        Dataset original;
        {
            Document doc;
            Workspace ws(&doc);
            QVERIFY2(ws.open(db, &error), qPrintable(error));
            original = doc.data();
            doc.undoStack()->push(EditCommands::removeEntity(&doc, QStringLiteral("kt")));
            doc.undoStack()->undo();
            QVERIFY(doc.data() == original);
        }
        const auto back = loadDatabase(db);
        QVERIFY(back);
        // Every record, each in its row.
        QVERIFY(*back == original);
    }

    // What the preview lists as new is what the database has afterwards.
    void importAddsWhatThePreviewListed()
    {
        QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("atlas.sqlite"));
        const QString file = dir.filePath(QStringLiteral("events.csv"));
        QVERIFY(writeBytes(file,
                           "date,kind,title,participants,amount,currency\n"
                           "2025-03,partnership,Rebellions chips for KT,KT;Rebellions,,\n"
                           "2025-Q3,launch,Solar Pro 3,Upstage,,\n"));
        QString error;
        Document doc;
        Workspace ws(&doc);
        QVERIFY2(ws.open(db, &error), qPrintable(error));
        const Dataset before = doc.data();
        auto in = DatasetFiles::read(file, doc.data(), &error);
        QVERIFY2(in, qPrintable(error));
        ImportDialog preview(doc.data(), *in, Language::English);
        QVERIFY(preview.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->isEnabled());
        QStringList newEntities, newEvents;
        for (const ImportPlan::Item &item : preview.plan().items()) {
            if (item.action != ImportPlan::Action::New)
                continue;
            if (item.record == QLatin1String("entity"))
                newEntities.append(item.id);
            else if (item.record == QLatin1String("event"))
                newEvents.append(item.id);
        }
        QCOMPARE(newEvents.size(), 2);
        QCOMPARE(newEntities.size(), 2); // nobody knew Rebellions or Upstage
        for (const QString &id : std::as_const(newEntities))
            QVERIFY(!before.entity(id));

        QVERIFY2(ImportService::importFile(ws, file, DuplicatePolicy::Skip, &error),
                 qPrintable(error));
        const auto back = loadDatabase(db);
        QVERIFY(back);
        QVERIFY(*back == doc.data());
        QCOMPARE(back->entities.size(), before.entities.size() + newEntities.size());
        QCOMPARE(back->events.size(), before.events.size() + newEvents.size());
        for (const QString &id : std::as_const(newEntities))
            QVERIFY2(back->entity(id), qPrintable(id));
        for (const QString &id : std::as_const(newEvents))
            QVERIFY2(back->event(id), qPrintable(id));
    }

    // The finding: a CSV row with the id of a built-in event and only an English title. The
    // preview under Replace names what the event loses; under Skip the source the row brings
    // is left out (it would cite nothing) and the summary says so.
    void previewNamesWhatReplaceLosesAndSkipLeavesNoOrphanSource()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("kt.csv"));
        QVERIFY(writeBytes(file,
                           "id,date,kind,title,participants,source_title,source_publisher\n"
                           "ev-2024-09-27-kt-microsoft-partnership,2024-09-27,partnership,"
                           "KT and Microsoft partner,KT;Microsoft,KT MS,KT MS\n"));
        QString error;
        const auto builtin = BuiltinDataset::load(&error);
        QVERIFY2(builtin, qPrintable(error));
        const Dataset &current = *builtin;
        const Event *was = current.event(QStringLiteral("ev-2024-09-27-kt-microsoft-partnership"));
        QVERIFY(was && !was->title.ko.isEmpty() && !was->summary.en.isEmpty());
        auto in = DatasetFiles::read(file, current, &error);
        QVERIFY2(in, qPrintable(error));

        Translations::apply(Language::English); // English plurals, as the program shows them
        ImportDialog dialog(current, *in, Language::English);
        dialog.setPolicy(DuplicatePolicy::Replace);
        QString text;
        for (const QLabel *label : dialog.findChildren<QLabel *>())
            text += label->text() + QLatin1Char('\n');
        QVERIFY2(text.contains(QLatin1String("loses its")), qPrintable(text));
        QVERIFY2(text.contains(QLatin1String("Korean title")), qPrintable(text));
        QVERIFY2(text.contains(QLatin1String("English summary")), qPrintable(text));

        dialog.setPolicy(DuplicatePolicy::Skip);
        text.clear();
        for (const QLabel *label : dialog.findChildren<QLabel *>())
            text += label->text() + QLatin1Char('\n');
        QVERIFY2(!text.contains(QLatin1String("loses its")), qPrintable(text));
        QVERIFY2(text.contains(
                         QLatin1String("1 source left out, cited only by records not imported")),
                 qPrintable(text));
        QVERIFY2(text.contains(QLatin1String("1 record with an id the database already uses")),
                 qPrintable(text));
        QVERIFY2(!dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->isEnabled(),
                 qPrintable(text));
        QCOMPARE(dialog.plan().merged().sources.size(), current.sources.size());
    }

    // A saved OpenDART response through the command line's path: the figures and their filings
    // are in the database afterwards; the first edition's figures that differ follow the policy.
    void dartResponseImported()
    {
        QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("atlas.sqlite"));
        const QString file = QStringLiteral(ATLAS_SOURCE_DIR "/tests/io/data/dart/kt-2024.json");
        QString error, summary;
        QVERIFY2(TestData::writeFirstEditionDatabase(db, &error), qPrintable(error));
        {
            Document doc;
            Workspace ws(&doc);
            QVERIFY2(ws.open(db, &error), qPrintable(error));
            QVERIFY2(ImportService::importFile(ws, file, DuplicatePolicy::Skip, &error, &summary),
                     qPrintable(error));
            QVERIFY2(summary.contains(QLatin1String("4 skipped")), qPrintable(summary));
        }
        auto back = loadDatabase(db);
        QVERIFY(back);
        auto find = [](const Dataset &d, int quarter, Metric metric) -> const FinancialFigure * {
            for (const auto &f : d.financials) {
                if (f.companyId == QLatin1String("kt")
                    && f.quarter == PartialDate::quarter(2024, quarter) && f.metric == metric)
                    return &f;
            }
            return nullptr;
        };
        QVERIFY(find(*back, 3, Metric::Revenue));
        QCOMPARE(find(*back, 3, Metric::Revenue)->value, 6'700'000'000'000.0);
        QCOMPARE(find(*back, 4, Metric::OperatingProfit)->value, -250'000'000'000.0);
        QCOMPARE(find(*back, 4, Metric::OperatingProfit)->basis,
                 QStringLiteral("consolidated-kifrs-q4-computed"));
        const Source *filing = back->source(find(*back, 3, Metric::Revenue)->sourceId);
        QVERIFY(filing);
        QCOMPARE(filing->url,
                 QStringLiteral("https://dart.fss.or.kr/dsaf001/main.do?rcpNo=20241114000103"));
        QCOMPARE(find(*back, 2, Metric::Revenue)->value,
                 6'546'400'000'000.0); // skipped: the database's
        {
            Document doc;
            Workspace ws(&doc);
            QVERIFY2(ws.open(db, &error), qPrintable(error));
            QVERIFY2(
                    ImportService::importFile(ws, file, DuplicatePolicy::Replace, &error, &summary),
                    qPrintable(error));
        }
        back = loadDatabase(db);
        QCOMPARE(find(*back, 2, Metric::Revenue)->value, 6'500'000'000'000.0);
    }

    // What cannot be imported is an error naming it, and nothing is written.
    void dartResponseRefused_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("words");
        QTest::newRow("unknown stock code") << "unknown-stock-code.json"
                                            << "stock code 123450";
        QTest::newRow("Q4 without nine months") << "lguplus-2023-annual.json"
                                                << "lguplus-2023-annual.json: LG Uplus 2023 Q4";
        QTest::newRow("status 020") << "status-020.json"
                                    << "too many requests";
    }
    void dartResponseRefused()
    {
        QFETCH(QString, file);
        QFETCH(QString, words);
        QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("atlas.sqlite"));
        QString error;
        {
            Document doc;
            Workspace ws(&doc);
            QVERIFY2(ws.open(db, &error), qPrintable(error));
        }
        const auto before = snapshot(dir.path());
        {
            Document doc;
            Workspace ws(&doc);
            QVERIFY2(ws.open(db, &error), qPrintable(error));
            QVERIFY(!ImportService::importFile(
                    ws, QStringLiteral(ATLAS_SOURCE_DIR "/tests/io/data/dart/") + file,
                    DuplicatePolicy::Replace, &error));
            QVERIFY2(error.contains(words), qPrintable(error));
            QCOMPARE(doc.undoStack()->count(), 0);
        }
        const auto back = loadDatabase(db);
        QVERIFY(back);
        for (const auto &f : back->financials)
            QVERIFY(!f.sourceId.startsWith(QLatin1String("dart-")));
    }

    // The preview lists the unknown stock code and still imports the known company's figures.
    void dartPreviewListsUnknownStockCode()
    {
        QTemporaryDir dir;
        QString error;
        QVERIFY2(TestData::writeFirstEditionDatabase(dir.filePath(QStringLiteral("atlas.sqlite")),
                                                     &error),
                 qPrintable(error));
        Document doc;
        Workspace ws(&doc);
        QVERIFY2(ws.open(dir.filePath(QStringLiteral("atlas.sqlite")), &error), qPrintable(error));
        auto in = DatasetFiles::read(
                QStringLiteral(ATLAS_SOURCE_DIR "/tests/io/data/dart/unknown-stock-code.json"),
                doc.data(), &error);
        QVERIFY2(in, qPrintable(error));
        ImportDialog preview(doc.data(), *in, Language::English);
        auto *unresolved = preview.findChild<QLabel *>(QStringLiteral("unresolved"));
        QVERIFY(unresolved);
        QVERIFY(!unresolved->isHidden());
        QVERIFY2(unresolved->text().contains(QLatin1String("123450")),
                 qPrintable(unresolved->text()));
        QVERIFY(preview.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->isEnabled());
        QCOMPARE(preview.plan().changes().financials.size(), 2);
    }

    // A GEXF file's preview lists what the import does not keep beside what it adds; its
    // attributes are kept, so they are not listed.
    void gexfPreviewListsWhatIsNotKept()
    {
        QString error;
        const auto in = DatasetFiles::read(
                QStringLiteral(ATLAS_SOURCE_DIR "/tests/io/data/gexf/gephi-les-miserables.gexf"),
                Dataset(), &error);
        QVERIFY2(in, qPrintable(error));
        ImportDialog preview(Dataset(), *in, Language::English);
        auto *summary = preview.findChild<QLabel *>(QStringLiteral("summary"));
        QVERIFY(summary);
        QVERIFY2(summary->text().contains(QLatin1String("Not kept or changed:"))
                         && summary->text().contains(QLatin1String("weight"))
                         && !summary->text().contains(QLatin1String("viz"))
                         && !summary->text().contains(QLatin1String("Modularity Class")),
                 qPrintable(summary->text()));
        QVERIFY(preview.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->isEnabled());
        // The file places its nodes: the layout is kept only when the user asks.
        auto *keep = preview.findChild<QCheckBox *>(QStringLiteral("keepPositions"));
        QVERIFY(keep);
        QVERIFY(!keep->isChecked());
        QVERIFY2(keep->text().contains(QLatin1String("77")), qPrintable(keep->text()));
        QVERIFY(preview.positions().isEmpty());
        keep->setChecked(true);
        QCOMPARE(preview.positions().size(), 77);
        if (const QByteArray shot = qgetenv("ATLAS_SHOT_DIR"); !shot.isEmpty()) {
            preview.resize(900, 600);
            preview.show();
            QVERIFY(QTest::qWaitForWindowExposed(&preview));
            preview.grab().save(QString::fromLocal8Bit(shot) + QStringLiteral("/gexf-preview.png"));
        }
    }

    // A file without positions offers no check box; the window's import applies the positions
    // the preview gives, saved in the database.
    void positionsAreSavedWhenKept()
    {
        QString error;
        const auto in = DatasetFiles::read(
                QStringLiteral(ATLAS_SOURCE_DIR "/tests/io/data/gexf/gephi-data.gexf"), Dataset(),
                &error);
        QVERIFY2(in, qPrintable(error));
        ImportDialog plain(Dataset(), *in, Language::English);
        QVERIFY(!plain.findChild<QCheckBox *>(QStringLiteral("keepPositions")));

        QTemporaryDir dir;
        Document doc;
        Workspace ws(&doc);
        QVERIFY2(ws.open(dir.filePath(QStringLiteral("p.sqlite")), &error), qPrintable(error));
        const QString kt = QStringLiteral("kt");
        QVERIFY(ws.setNodePositions({ { kt, QPointF(12.5, -40) } }, &error));
        QCOMPARE(doc.nodePosition(kt), std::optional(QPointF(12.5, -40)));
        Repository repo(ws.database()->connection());
        const auto stored = repo.loadNodePositions(&error);
        QVERIFY2(stored, qPrintable(error));
        QCOMPARE(stored->value(kt), QPointF(12.5, -40));
    }

    // The window's import of a file whose layout the user keeps: undo takes the file's positions
    // away with its entities, redo puts both back, in the document and in the database.
    void undoAndRedoOfAnImportKeepTheLayout()
    {
        QString error;
        auto in = DatasetFiles::read(
                QStringLiteral(ATLAS_SOURCE_DIR "/tests/io/data/gexf/gephi-les-miserables.gexf"),
                Dataset(), &error);
        QVERIFY2(in, qPrintable(error));
        QTemporaryDir dir;
        Document doc;
        Workspace ws(&doc);
        QVERIFY2(ws.open(dir.filePath(QStringLiteral("p.sqlite")), &error), qPrintable(error));
        QHash<QString, QPointF> kept;
        QTimer::singleShot(0, qApp, [&kept] {
            QTRY_VERIFY(qobject_cast<ImportDialog *>(QApplication::activeModalWidget()));
            auto *preview = qobject_cast<ImportDialog *>(QApplication::activeModalWidget());
            preview->findChild<QCheckBox *>(QStringLiteral("keepPositions"))->setChecked(true);
            kept = preview->positions();
            preview->accept();
        });
        QVERIFY(Importer::previewAndApply(ws, std::move(*in), nullptr));
        QCOMPARE(kept.size(), 77);
        const auto stored = [&ws] {
            Repository repo(ws.database()->connection());
            QString e;
            return repo.loadNodePositions(&e).value_or(QHash<QString, QPointF>());
        };
        const QString id = kept.cbegin().key();
        QCOMPARE(doc.nodePosition(id), std::optional(kept.value(id)));
        QCOMPARE(stored().value(id), kept.value(id));

        doc.undoStack()->undo();
        QVERIFY(!doc.data().entity(id));
        QVERIFY(!doc.nodePosition(id));
        QVERIFY(!stored().contains(id));

        doc.undoStack()->redo();
        QVERIFY(doc.data().entity(id));
        QCOMPARE(doc.nodePositions().size(), 77);
        for (auto it = kept.cbegin(); it != kept.cend(); ++it)
            QCOMPARE(doc.nodePosition(it.key()), std::optional(it.value()));
        QCOMPARE(stored(), kept);
    }

    // An import that places entities the database already has: its undo gives them back the
    // positions they had (none: the layout's), its redo the file's again.
    void undoOfAnImportRestoresEarlierPositions()
    {
        Document doc;
        Dataset data;
        for (const QString &id : { QStringLiteral("a"), QStringLiteral("b") }) {
            Entity e;
            e.id = id;
            e.name.en = id;
            data.entities.append(e);
        }
        doc.setData(data, { { QStringLiteral("a"), QPointF(1, 2) } });
        Entity c;
        c.id = QStringLiteral("c");
        c.name.en = QStringLiteral("c");
        DataEdit edit = DataEdit::addEntity(doc.data(), c);
        auto *command = new EditCommand(&doc, edit, QStringLiteral("Import"));
        command->setPositions({ { QStringLiteral("a"), QPointF(10, 20) },
                                { QStringLiteral("b"), QPointF(30, 40) },
                                { QStringLiteral("c"), QPointF(50, 60) } });
        doc.undoStack()->push(command);
        QCOMPARE(doc.nodePosition(QStringLiteral("a")), std::optional(QPointF(10, 20)));
        QCOMPARE(doc.nodePosition(QStringLiteral("c")), std::optional(QPointF(50, 60)));
        doc.undoStack()->undo();
        QCOMPARE(doc.nodePosition(QStringLiteral("a")), std::optional(QPointF(1, 2)));
        QVERIFY(!doc.nodePosition(QStringLiteral("b")));
        QVERIFY(!doc.nodePosition(QStringLiteral("c")));
        doc.undoStack()->redo();
        QCOMPARE(doc.nodePosition(QStringLiteral("b")), std::optional(QPointF(30, 40)));
        QCOMPARE(doc.nodePosition(QStringLiteral("c")), std::optional(QPointF(50, 60)));
    }

    void policyNames()
    {
        QCOMPARE(ImportService::policyFromName(QStringLiteral("keep-both")),
                 std::optional(DuplicatePolicy::KeepBoth));
        QCOMPARE(ImportService::policyFromName(QStringLiteral("skip")),
                 std::optional(DuplicatePolicy::Skip));
        QVERIFY(!ImportService::policyFromName(QStringLiteral("merge")));
    }
};

QTEST_MAIN(TestImporter)
#include "tst_importer.moc"
