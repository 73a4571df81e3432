// SPDX-FileCopyrightText: 2026 Telco Atlas authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The command line as a user or a script meets it: the real executable in a child process.
#include "io/builtindataset.h"
#include "io/datasetjson.h"
#include "storage/database.h"
#include "storage/repository.h"
#include "testsupport/runtool.h"
#include "testsupport/tempworkspace.h"

#include <QDateTime>
#include <QDeadlineTimer>
#include <QFile>
#include <QImage>
#include <QStandardPaths>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace atlas;
using atlas::test::fileDigest;
using atlas::test::runTool;
using atlas::test::ToolRun;

class TestCommandLine : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    static bool writeFile(const QString &path, const QByteArray &bytes)
    {
        QFile f(path);
        return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
    }

private Q_SLOTS:
    // benchmarks/launch.sh times the wait a user has at launch: with the logging rule on, the
    // window notes once it has painted with its data, at a moment after the launch.
    void theWindowNotesWhenItHasPaintedWithItsData()
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("QT_LOGGING_RULES"), QStringLiteral("atlas.startup.info=true"));
        QProcess p;
        p.setProcessEnvironment(env);
        p.setReadChannel(QProcess::StandardError);
        const qint64 launched = QDateTime::currentMSecsSinceEpoch();
        atlas::test::startTool(
                p,
                { QStringLiteral("--database"), m_dir.filePath(QStringLiteral("launch.sqlite")) });
        const QRegularExpression note(QStringLiteral("painted with its data at (\\d+) ms"));
        QString err;
        QRegularExpressionMatch found;
        const QDeadlineTimer deadline(60000);
        while (!(found = note.match(err)).hasMatch() && !deadline.hasExpired()
               && p.state() != QProcess::NotRunning) {
            p.waitForReadyRead(1000);
            err += QString::fromUtf8(p.readAllStandardError());
        }
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        p.kill();
        p.waitForFinished();
        QVERIFY2(found.hasMatch(), qPrintable(err));
        const qint64 noted = found.captured(1).toLongLong();
        QVERIFY2(noted >= launched && noted <= now, qPrintable(err));
    }

    void version()
    {
        const ToolRun r = runTool({ QStringLiteral("--version") });
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(
                r.out.contains(QLatin1String("telco-atlas"))
                        && r.out.contains(QRegularExpression(QStringLiteral("\\d+\\.\\d+\\.\\d+"))),
                qPrintable(r.out));
    }

    void help()
    {
        const ToolRun r = runTool({ QStringLiteral("--help") });
        QCOMPARE(r.exitCode, 0);
        for (const char *option : { "--database", "--export", "--lang", "--version" })
            QVERIFY2(r.out.contains(QLatin1String(option)), option);
    }

    void wrongFlagIsRefused()
    {
        const ToolRun r = runTool({ QStringLiteral("--colour=red") });
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(QLatin1String("colour")), qPrintable(r.err));
    }

    void wrongLanguageIsRefused()
    {
        const ToolRun r =
                runTool({ QStringLiteral("--lang"), QStringLiteral("fr"),
                          QStringLiteral("--export"), m_dir.filePath(QStringLiteral("x.json")) });
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(QLatin1String("fr")), qPrintable(r.err));
        QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("x.json"))));
    }

    void exportRoundTrip()
    {
        const QString db = m_dir.filePath(QStringLiteral("first.sqlite"));
        const QString json = m_dir.filePath(QStringLiteral("export.json"));
        const ToolRun r =
                runTool({ QStringLiteral("--database"), db, QStringLiteral("--export"), json });
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));

        QString error;
        const auto exported = DatasetJson::readFile(json, &error);
        QVERIFY2(exported, qPrintable(error));
        // A new database starts with the built-in dataset, and the export carries all of it.
        const auto builtin = BuiltinDataset::load(&error);
        QVERIFY(builtin);
        QVERIFY(*exported == *builtin);

        // Loading the export into an empty database gives the same data back.
        Database second;
        QVERIFY2(second.open(m_dir.filePath(QStringLiteral("second.sqlite")), &error),
                 qPrintable(error));
        Repository repo(second.connection());
        QVERIFY2(repo.replaceAll(*exported, &error), qPrintable(error));
        const auto loaded = repo.load(&error);
        QVERIFY2(loaded, qPrintable(error));
        QVERIFY(*loaded == *exported);
    }

    void notADatabaseIsRefusedAndUntouched()
    {
        const QString path = m_dir.filePath(QStringLiteral("notes.sqlite"));
        {
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("These are my meeting notes, not a database.\n");
        }
        const QByteArray before = fileDigest(path);
        const ToolRun r = runTool({ QStringLiteral("--database"), path, QStringLiteral("--export"),
                                    m_dir.filePath(QStringLiteral("n.json")) });
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(path), qPrintable(r.err));
        QCOMPARE(fileDigest(path), before);
        QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("n.json"))));
    }

    void wrongValues_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("named");
        QTest::newRow("view") << QStringList{ "--render-chart", "c.svg", "--view", "pie" } << "pie";
        QTest::newRow("from") << QStringList{ "--briefing", "b.pdf", "--from", "2024-13-01" }
                              << "2024-13-01";
        QTest::newRow("to before from") << QStringList{ "--briefing", "b.pdf", "--from",
                                                        "2024-06-01", "--to",  "2024-01-01" }
                                        << "2024-01-01";
        QTest::newRow("page") << QStringList{ "--briefing", "b.pdf", "--page", "a5" } << "a5";
        QTest::newRow("focus") << QStringList{ "--briefing", "b.pdf", "--focus", "Nokia" }
                               << "Nokia";
    }
    void wrongValues()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, named);
        const ToolRun r = runTool(QStringList{ QStringLiteral("--database"),
                                               m_dir.filePath(QStringLiteral("v.sqlite")) }
                                  + args);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(named), qPrintable(r.err));
        QVERIFY(!QFile::exists(args.at(1)));
    }

    void rendersChartTimelineAndBriefing()
    {
        const QString db = m_dir.filePath(QStringLiteral("r.sqlite"));
        const QString chart = m_dir.filePath(QStringLiteral("chart.svg"));
        const QString timeline = m_dir.filePath(QStringLiteral("timeline.png"));
        const QString briefing = m_dir.filePath(QStringLiteral("briefing.pdf"));
        const ToolRun r = runTool({ QStringLiteral("--database"),
                                    db,
                                    QStringLiteral("--render-chart"),
                                    chart,
                                    QStringLiteral("--company"),
                                    QStringLiteral("SK Telecom"),
                                    QStringLiteral("--view"),
                                    QStringLiteral("trend"),
                                    QStringLiteral("--render-timeline"),
                                    timeline,
                                    QStringLiteral("--from"),
                                    QStringLiteral("2024-01-01"),
                                    QStringLiteral("--to"),
                                    QStringLiteral("2024-12-31"),
                                    QStringLiteral("--briefing"),
                                    briefing,
                                    QStringLiteral("--lang"),
                                    QStringLiteral("ko"),
                                    QStringLiteral("--focus"),
                                    QStringLiteral("케이티") });
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QFile svg(chart);
        QVERIFY(svg.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(svg.readAll());
        QVERIFY2(text.contains(QStringLiteral("<text")) && text.contains(QStringLiteral("SK")),
                 "chart labels are not text");
        QVERIFY(QImage(timeline).width() >= 1600);
        QVERIFY(QFileInfo(briefing).size() > 20000);
        if (QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty())
            QSKIP("poppler-utils is not installed");
        QProcess p;
        p.start(QStringLiteral("pdftotext"), { briefing, QStringLiteral("-") });
        QVERIFY(p.waitForFinished(60000));
        const QString pdf = QString::fromUtf8(p.readAllStandardOutput());
        QVERIFY2(pdf.contains(QStringLiteral("마이크로소프트"))
                         && pdf.contains(QStringLiteral("케이티")),
                 qPrintable(pdf.left(300)));
        QVERIFY(pdf.contains(QStringLiteral("2024년")));
    }

    void importThenExportByExtension()
    {
        const QString db = m_dir.filePath(QStringLiteral("imp.sqlite"));
        const QString csv = m_dir.filePath(QStringLiteral("mine.csv"));
        {
            QFile f(csv);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("date,kind,title,participants,title_ko\n"
                    "2024-11,launch,KT launches an AI agent,KT;Example Robotics,KT AI 에이전트 "
                    "출시\n");
        }
        ToolRun r = runTool({ QStringLiteral("--database"), db, QStringLiteral("--import"), csv });
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QString graphml = m_dir.filePath(QStringLiteral("all.graphml"));
        const QString json = m_dir.filePath(QStringLiteral("all.json"));
        r = runTool({ QStringLiteral("--database"), db, QStringLiteral("--export"), json });
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QString error;
        const auto data = DatasetJson::readFile(json, &error);
        QVERIFY2(data, qPrintable(error));
        bool found = false;
        for (const auto &e : data->events)
            found |= e.title.en == QLatin1String("KT launches an AI agent")
                    && e.date.toString() == QLatin1String("2024-11");
        QVERIFY(found);
        QVERIFY(!data->resolveEntity(QStringLiteral("Example Robotics")).isEmpty());
        r = runTool({ QStringLiteral("--database"), db, QStringLiteral("--export"), graphml });
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QFile g(graphml);
        QVERIFY(g.open(QIODevice::ReadOnly));
        QVERIFY(g.readAll().contains("<graphml"));
    }

    void badImportLeavesTheDatabaseUnchanged()
    {
        const QString db = m_dir.filePath(QStringLiteral("bad-import.sqlite"));
        QVERIFY(runTool({ QStringLiteral("--database"), db, QStringLiteral("--export"),
                          m_dir.filePath(QStringLiteral("x1.json")) })
                        .exitCode
                == 0);
        const QByteArray before = fileDigest(db);
        const QString csv = m_dir.filePath(QStringLiteral("bad.csv"));
        {
            QFile f(csv);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("date,kind,title,participants\n2024-13,launch,Broken,KT\n");
        }
        const ToolRun r =
                runTool({ QStringLiteral("--database"), db, QStringLiteral("--import"), csv });
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QStringLiteral("bad.csv"))
                         && r.err.contains(QStringLiteral("line 2"))
                         && r.err.contains(QStringLiteral("date")),
                 qPrintable(r.err));
        QCOMPARE(fileDigest(db), before);
    }

    // A GEXF file named .xml imports by its content; what it had that is not kept is printed;
    // the data goes out again as GEXF, with the attributes the file had (stored in between).
    void importByContentThenExportGexf()
    {
        const QString db = m_dir.filePath(QStringLiteral("gexf.sqlite"));
        const QString xml = m_dir.filePath(QStringLiteral("les-miserables.xml"));
        QVERIFY(QFile::copy(
                QStringLiteral(ATLAS_SOURCE_DIR "/tests/io/data/gexf/gephi-les-miserables.gexf"),
                xml));
        ToolRun r = runTool({ QStringLiteral("--database"), db, QStringLiteral("--import"), xml });
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        // 77 characters and 254 edges, and the source the relationships cite: the file.
        QVERIFY2(r.out.contains(QStringLiteral("332 new records")), qPrintable(r.out));
        QVERIFY2(!r.out.contains(QStringLiteral("Modularity Class"))
                         && r.out.contains(QStringLiteral("weight")),
                 qPrintable(r.out));
        const QString gexf = m_dir.filePath(QStringLiteral("all.gexf"));
        r = runTool({ QStringLiteral("--database"), db, QStringLiteral("--export"), gexf });
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QFile g(gexf);
        QVERIFY(g.open(QIODevice::ReadOnly));
        const QByteArray bytes = g.readAll();
        QVERIFY(bytes.contains("<gexf xmlns=\"http://gexf.net/1.3\"")
                && bytes.contains("label=\"Valjean\""));
        QVERIFY(bytes.contains("title=\"Modularity Class\" type=\"long\""));
    }

    // The issue's own file: TinkerPop's Grateful Dead GraphML, named .xml, imported without a
    // mapping. 28 songs have an empty songType (saved as empty text, not refused); the new names
    // are songs and artists, so the summary does not call them companies.
    void importGratefulDeadWhole()
    {
        const QString db = m_dir.filePath(QStringLiteral("grateful-dead.sqlite"));
        const QString xml =
                QStringLiteral(ATLAS_SOURCE_DIR "/tests/io/data/tinkerpop/grateful-dead.xml");
        ToolRun r = runTool({ QStringLiteral("--database"), db, QStringLiteral("--import"), xml });
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        // 808 nodes, 8,049 edges and the file as the relationships' source.
        QVERIFY2(r.out.contains(QStringLiteral("8858 new records")), qPrintable(r.out));
        QVERIFY2(r.out.contains(QStringLiteral("become new entities"))
                         && !r.out.contains(QStringLiteral("companies")),
                 qPrintable(r.out));
        const QString json = m_dir.filePath(QStringLiteral("grateful-dead.json"));
        r = runTool({ QStringLiteral("--database"), db, QStringLiteral("--export"), json });
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QFile f(json);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray bytes = f.readAll();
        QVERIFY(bytes.contains("\"songType\": \"\""));

        // Its GraphML export imports into another, fresh database: the source the first import
        // made for grateful-dead.xml is not there, so the relationships cite the new file.
        const QString graphml = m_dir.filePath(QStringLiteral("grateful-dead.graphml"));
        r = runTool({ QStringLiteral("--database"), db, QStringLiteral("--export"), graphml });
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        r = runTool({ QStringLiteral("--database"), m_dir.filePath(QStringLiteral("fresh.sqlite")),
                      QStringLiteral("--import"), graphml });
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains(QStringLiteral("8858 new records"))
                         && r.out.contains(QStringLiteral("cite this file instead")),
                 qPrintable(r.out));
    }

    // --keep-positions: the file's viz:position become the saved graph positions (y downwards);
    // without it, none are saved and the graph lays the nodes out itself.
    void importKeepsPositionsWhenAsked()
    {
        const QString gexf =
                QStringLiteral(ATLAS_SOURCE_DIR "/tests/io/data/gexf/gephi-les-miserables.gexf");
        for (const bool keep : { false, true }) {
            const QString db = m_dir.filePath(QStringLiteral("positions-%1.sqlite").arg(keep));
            QStringList args{ QStringLiteral("--database"), db, QStringLiteral("--import"), gexf };
            if (keep)
                args << QStringLiteral("--keep-positions");
            const ToolRun r = runTool(args);
            QVERIFY2(r.exitCode == 0, qPrintable(r.err));
            Database database;
            QString error;
            QVERIFY2(database.open(db, &error), qPrintable(error));
            Repository repo(database.connection());
            const auto positions = repo.loadNodePositions(&error);
            QVERIFY2(positions, qPrintable(error));
            const auto data = repo.load(&error);
            QVERIFY2(data, qPrintable(error));
            QCOMPARE(positions->size(), keep ? 77 : 0);
            if (keep)
                QCOMPARE(positions->value(data->resolveEntity(QStringLiteral("Myriel"))),
                         QPointF(-102.81979, 185.35468));
        }
        const ToolRun lone = runTool({ QStringLiteral("--keep-positions") });
        QCOMPARE(lone.exitCode, 2);
        QVERIFY2(lone.err.contains(QStringLiteral("--import")), qPrintable(lone.err));
    }

    // --export FILE.gexf writes the graph's layout as viz, in GEXF 1.3 or, with --gexf-version 1.2,
    // 1.2draft; positions kept from an import come out where the file had them.
    void exportGexfVersionsWithTheLayout()
    {
        const QString db = m_dir.filePath(QStringLiteral("gexf-versions.sqlite"));
        const QString gexf =
                QStringLiteral(ATLAS_SOURCE_DIR "/tests/io/data/gexf/gephi-les-miserables.gexf");
        ToolRun r = runTool({ QStringLiteral("--database"), db, QStringLiteral("--import"), gexf,
                              QStringLiteral("--keep-positions") });
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        for (const QString &version : { QStringLiteral("1.3"), QStringLiteral("1.2") }) {
            const QString out = m_dir.filePath(QStringLiteral("layout-%1.gexf").arg(version));
            QStringList args{ QStringLiteral("--database"), db, QStringLiteral("--export"), out };
            if (version == QLatin1String("1.2"))
                args << QStringLiteral("--gexf-version") << version;
            r = runTool(args);
            QVERIFY2(r.exitCode == 0, qPrintable(r.err));
            QFile f(out);
            QVERIFY(f.open(QIODevice::ReadOnly));
            const QByteArray bytes = f.readAll();
            const QByteArray ns = version == QLatin1String("1.3") ? "http://gexf.net/1.3"
                                                                  : "http://www.gexf.net/1.2draft";
            QVERIFY(bytes.contains("<gexf xmlns=\"" + ns + '"'));
            QVERIFY(bytes.contains("xmlns:viz=\"" + ns + "/viz\""));
            // Myriel where Gephi put him, and every node of the graph placed.
            QVERIFY2(bytes.contains("<viz:position x=\"-102.81979\" y=\"-185.35468\" z=\"0\"/>"),
                     bytes.left(3000).constData());
            QVERIFY(bytes.count("<viz:position") >= 77);
        }
    }

    void unknownFileIsRefusedNamingIt()
    {
        const QString db = m_dir.filePath(QStringLiteral("svg-import.sqlite"));
        QVERIFY(runTool({ QStringLiteral("--database"), db, QStringLiteral("--export"),
                          m_dir.filePath(QStringLiteral("x2.json")) })
                        .exitCode
                == 0);
        const QByteArray before = fileDigest(db);
        const QString svg = m_dir.filePath(QStringLiteral("drawing.xml"));
        {
            QFile f(svg);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("<?xml version=\"1.0\"?>\n<svg xmlns=\"http://www.w3.org/2000/svg\" "
                    "width=\"10\" height=\"10\"/>\n");
        }
        const ToolRun r =
                runTool({ QStringLiteral("--database"), db, QStringLiteral("--import"), svg });
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QStringLiteral("drawing.xml"))
                         && r.err.contains(QStringLiteral("<svg>"))
                         && r.err.contains(QStringLiteral("not GraphML or GEXF")),
                 qPrintable(r.err));
        QCOMPARE(fileDigest(db), before);
    }

    // --import with --mapping: a Gephi-style edge table imports as the profile says.
    void importWithMapping()
    {
        const QString db = m_dir.filePath(QStringLiteral("mapped.sqlite"));
        const QString csv = m_dir.filePath(QStringLiteral("edges.csv"));
        const QString profile = m_dir.filePath(QStringLiteral("edges.mapping.json"));
        QVERIFY(writeFile(csv,
                          "Source,Target,Relation,Since,Weight\n"
                          "KT,Upstage Robotics,invests_in,2024-06,3\n"
                          "Upstage Robotics,Seoul Lab,licenses-to,2025,1\n"));
        QVERIFY(writeFile(profile, R"({"format": "atlas-import-mapping", "version": 1,
                                       "source": "Source", "target": "Target",
                                       "type": "Relation", "start": "Since", "keep": []})"));
        ToolRun r = runTool({ QStringLiteral("--database"), db, QStringLiteral("--import"), csv,
                              QStringLiteral("--mapping"), profile });
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains(QLatin1String("Upstage Robotics")), qPrintable(r.out));
        const QString json = m_dir.filePath(QStringLiteral("mapped.json"));
        r = runTool({ QStringLiteral("--database"), db, QStringLiteral("--export"), json });
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QString error;
        const auto data = DatasetJson::readFile(json, &error);
        QVERIFY2(data, qPrintable(error));
        const QString kt = data->resolveEntity(QStringLiteral("KT"));
        const QString upstage = data->resolveEntity(QStringLiteral("Upstage Robotics"));
        const QString lab = data->resolveEntity(QStringLiteral("Seoul Lab"));
        QVERIFY(!kt.isEmpty() && !upstage.isEmpty() && !lab.isEmpty());
        int found = 0;
        for (const Relationship &rel : data->relationships) {
            if (rel.fromId == kt && rel.toId == upstage) {
                ++found;
                QCOMPARE(rel.type, RelationshipType::InvestsIn);
                QCOMPARE(rel.validFrom.toString(), QStringLiteral("2024-06"));
                QVERIFY(rel.attributes.isEmpty()); // "keep": [] keeps no Weight
            }
            if (rel.fromId == upstage && rel.toId == lab) {
                ++found;
                QCOMPARE(rel.customType, QStringLiteral("licenses-to"));
            }
        }
        QCOMPARE(found, 2);
        QVERIFY(data->types.relationshipType(QStringLiteral("licenses-to")));
    }

    // A bad profile, a profile for other columns, --mapping without --import: a message naming
    // the file, a non-zero exit, and the database as it was.
    void badMappingChangesNothing_data()
    {
        QTest::addColumn<QByteArray>("profile");
        QTest::addColumn<bool>("withImport");
        QTest::addColumn<QStringList>("named");
        QTest::newRow("unknown field")
                << QByteArray(R"({"format":"atlas-import-mapping","version":1,"nme":"Source"})")
                << true << QStringList{ "p.json", "unknown field", "nme" };
        QTest::newRow("wrong version")
                << QByteArray(R"({"format":"atlas-import-mapping","version":9})") << true
                << QStringList{ "p.json", "version 9" };
        QTest::newRow("column not in the file")
                << QByteArray(R"({"format":"atlas-import-mapping","version":1,"name":"Company"})")
                << true << QStringList{ "p.json", "'Company'", "data.csv", "Source, Target" };
        QTest::newRow("without --import")
                << QByteArray(R"({"format":"atlas-import-mapping","version":1,"name":"Source"})")
                << false << QStringList{ "--mapping", "--import" };
    }
    void badMappingChangesNothing()
    {
        QFETCH(QByteArray, profile);
        QFETCH(bool, withImport);
        QFETCH(QStringList, named);
        const QString db = m_dir.filePath(QStringLiteral("bad-mapping.sqlite"));
        if (!QFile::exists(db))
            QVERIFY(runTool({ QStringLiteral("--database"), db, QStringLiteral("--export"),
                              m_dir.filePath(QStringLiteral("x3.json")) })
                            .exitCode
                    == 0);
        const QByteArray before = fileDigest(db);
        const QString csv = m_dir.filePath(QStringLiteral("data.csv"));
        const QString p = m_dir.filePath(QStringLiteral("p.json"));
        QVERIFY(writeFile(csv, "Source,Target\nKT,Nowhere Inc\n"));
        QVERIFY(writeFile(p, profile));
        QStringList args{ QStringLiteral("--database"), db, QStringLiteral("--mapping"), p };
        if (withImport)
            args << QStringLiteral("--import") << csv;
        else
            args << QStringLiteral("--export") << m_dir.filePath(QStringLiteral("x4.json"));
        const ToolRun r = runTool(args);
        QVERIFY2(r.exitCode != 0, qPrintable(r.out));
        for (const QString &n : named)
            QVERIFY2(r.err.contains(n), qPrintable(n + QLatin1String(" not in: ") + r.err));
        QCOMPARE(fileDigest(db), before);
    }

    void unwritableExportNamesTheFile()
    {
        const QString db = m_dir.filePath(QStringLiteral("third.sqlite"));
        const QString target = QStringLiteral("/nonexistent-dir/out.json");
        const ToolRun r =
                runTool({ QStringLiteral("--database"), db, QStringLiteral("--export"), target });
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(target), qPrintable(r.err));
    }
};

QTEST_MAIN(TestCommandLine)
#include "tst_commandline.moc"
