// SPDX-FileCopyrightText: 2026 Telco Atlas authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The command line checked in-process: every option's value, the exit code and a message that
// names the option and the value, before anything is opened or written.
#include "io/builtindataset.h"
#include "models/document.h"
#include "models/workspace.h"
#include "reports/commandline.h"
#include "reports/headless.h"

#include <QFile>
#include <QHashSeed>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace atlas;

namespace {

CommandLine::Result parse(const QStringList &args)
{
    return CommandLine::parse(QStringList{ QStringLiteral("telco-atlas") } + args);
}

// The request in one line, so a row compares all of it and a failure shows the difference.
QString describe(const CommandLine::Request &r)
{
    QStringList commands;
    for (const auto &[option, file] : r.commands)
        commands << option + QLatin1Char('=') + file;
    return QStringLiteral("db=%1 lang=%2 from=%3 to=%4 focus=%5 hops=%6 page=%7 company=%8 view=%9 "
                          "dup=%10 run=%11 size=%12")
            .arg(r.database, r.lang ? languageCode(*r.lang) : QStringLiteral("-"),
                 r.from.toString(Qt::ISODate), r.to.toString(Qt::ISODate),
                 r.focus.join(QLatin1Char(',')))
            .arg(r.hops)
            .arg(r.page == QPageSize::Letter ? QStringLiteral("letter") : QStringLiteral("a4"),
                 r.company, FinancialChartBuilder::viewKey(r.view))
            .arg(int(r.onDuplicate))
            .arg(commands.join(QLatin1Char(',')))
            .arg(r.size.isValid() ? QStringLiteral("%1x%2").arg(r.size.width()).arg(r.size.height())
                                  : QString());
}

const QString kDefaults = QStringLiteral(
        "db= lang=- from= to= focus= hops=1 page=a4 company= view=q2 dup=0 run= size=");

QString with(const QString &changes)
{
    QString out = kDefaults;
    for (const QString &change : changes.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        const QString key = change.section(QLatin1Char('='), 0, 0) + QLatin1Char('=');
        const qsizetype at = out.indexOf(QLatin1Char(' ') + key) + 1;
        const qsizetype end = out.indexOf(QLatin1Char(' '), at);
        out.replace(at, (end < 0 ? out.size() : end) - at, change);
    }
    return out;
}

} // namespace

class TestCommandLineParse : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

private Q_SLOTS:
    void initTestCase()
    {
        QHashSeed::setDeterministicGlobalSeed();
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setApplicationName(QStringLiteral("telco-atlas"));
        QCoreApplication::setApplicationVersion(QStringLiteral("1.2.3"));
    }

    void validRequests_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("expected");
        QTest::newRow("nothing: the window") << QStringList{} << kDefaults;
        QTest::newRow("database and language")
                << QStringList{ "--database", "/tmp/a.sqlite", "--lang", "ko" }
                << with("db=/tmp/a.sqlite lang=ko");
        QTest::newRow("option=value form")
                << QStringList{ "--lang=en", "--hops=3" } << with("lang=en hops=3");
        QTest::newRow("window") << QStringList{ "--from", "2024-01-01", "--to", "2024-12-31" }
                                << with("from=2024-01-01 to=2024-12-31");
        QTest::newRow("same day window")
                << QStringList{ "--from", "2024-06-13", "--to", "2024-06-13" }
                << with("from=2024-06-13 to=2024-06-13");
        QTest::newRow("focus list")
                << QStringList{ "--focus", "KT,케이티,,SKT" } << with("focus=KT,케이티,SKT");
        QTest::newRow("letter, any case")
                << QStringList{ "--page", "Letter" } << with("page=letter");
        QTest::newRow("graph size") << QStringList{ "--render-graph", "g.png", "--size", "800x600" }
                                    << with("size=800x600 run=render-graph=g.png");
        QTest::newRow("graph size, capital X")
                << QStringList{ "--size", "1600X1000" } << with("size=1600x1000");
        QTest::newRow("chart") << QStringList{ "--render-chart", "c.svg",  "--company",
                                               " SKT ",          "--view", "peers" }
                               << with("company=SKT view=peers run=render-chart=c.svg");
        QTest::newRow("import policy")
                << QStringList{ "--import", "x.csv", "--on-duplicate", "keep-both" }
                << with("dup=2 run=import=x.csv");
        // Commands run in the table's order whatever the order they were written in.
        QTest::newRow("commands in run order")
                << QStringList{ "--briefing", "b.pdf", "--export",          "e.json",
                                "--import",   "i.csv", "--render-timeline", "t.png" }
                << with("run=import=i.csv,export=e.json,render-timeline=t.png,briefing=b.pdf");
    }
    void validRequests()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, expected);
        const auto result = parse(args);
        if (const auto *exit = std::get_if<CommandLine::Exit>(&result))
            QFAIL(qPrintable(exit->message));
        const auto &request = std::get<CommandLine::Request>(result);
        QCOMPARE(describe(request), expected);
        QCOMPARE(request.isHeadless(), !request.commands.isEmpty());
    }

    void wrongValues_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QStringList>("named");
        QTest::newRow("unknown option")
                << QStringList{ "--colour=red" } << QStringList{ "colour", "--help" };
        QTest::newRow("stray argument")
                << QStringList{ "briefing.pdf" } << QStringList{ "briefing.pdf" };
        QTest::newRow("missing value") << QStringList{ "--briefing" } << QStringList{ "briefing" };
        QTest::newRow("lang") << QStringList{ "--lang", "fr" } << QStringList{ "--lang", "fr" };
        QTest::newRow("from") << QStringList{ "--from", "2024-13-01" }
                              << QStringList{ "--from", "2024-13-01" };
        QTest::newRow("from, short")
                << QStringList{ "--from", "2024-1-1" } << QStringList{ "--from", "2024-1-1" };
        QTest::newRow("to") << QStringList{ "--to", "yesterday" }
                            << QStringList{ "--to", "yesterday" };
        QTest::newRow("to before from")
                << QStringList{ "--from", "2024-06-01", "--to", "2024-01-01" }
                << QStringList{ "--to", "2024-01-01", "2024-06-01" };
        QTest::newRow("hops 0") << QStringList{ "--hops", "0" } << QStringList{ "--hops", "'0'" };
        QTest::newRow("hops 4") << QStringList{ "--hops", "4" } << QStringList{ "--hops", "'4'" };
        QTest::newRow("hops text")
                << QStringList{ "--hops", "two" } << QStringList{ "--hops", "two" };
        QTest::newRow("page") << QStringList{ "--page", "a5" } << QStringList{ "--page", "a5" };
        QTest::newRow("size without height")
                << QStringList{ "--size", "800" } << QStringList{ "--size", "'800'" };
        QTest::newRow("size text")
                << QStringList{ "--size", "big" } << QStringList{ "--size", "'big'" };
        QTest::newRow("size zero")
                << QStringList{ "--size", "0x600" } << QStringList{ "--size", "'0x600'" };
        QTest::newRow("size negative")
                << QStringList{ "--size", "-800x600" } << QStringList{ "--size", "'-800x600'" };
        QTest::newRow("size too large")
                << QStringList{ "--size", "40000x600" } << QStringList{ "--size", "'40000x600'" };
        QTest::newRow("view") << QStringList{ "--render-chart", "c.svg", "--view", "pie" }
                              << QStringList{ "--view", "pie" };
        QTest::newRow("on-duplicate") << QStringList{ "--on-duplicate", "merge" }
                                      << QStringList{ "--on-duplicate", "merge" };
        QTest::newRow("stock code without a name") << QStringList{ "--map-stock-code", "123450" }
                                                   << QStringList{ "--map-stock-code", "123450" };
        QTest::newRow("gexf-version") << QStringList{ "--gexf-version", "1.4" }
                                      << QStringList{ "--gexf-version", "'1.4'", "1.2", "1.3" };
        QTest::newRow("keep-positions without import")
                << QStringList{ "--keep-positions" }
                << QStringList{ "--keep-positions", "--import" };
        QTest::newRow("stock code not six digits") << QStringList{ "--map-stock-code", "12345=KT" }
                                                   << QStringList{ "--map-stock-code", "12345=KT" };
    }
    void wrongValues()
    {
        QFETCH(QStringList, args);
        QFETCH(QStringList, named);
        const auto result = parse(args);
        const auto *exit = std::get_if<CommandLine::Exit>(&result);
        QVERIFY(exit);
        QCOMPARE(exit->code, 2);
        for (const QString &word : named)
            QVERIFY2(exit->message.contains(word), qPrintable(exit->message));
    }

    void helpAndVersionExitWithZero()
    {
        auto result = parse({ QStringLiteral("--help") });
        auto *exit = std::get_if<CommandLine::Exit>(&result);
        QVERIFY(exit);
        QCOMPARE(exit->code, 0);
        for (const auto &option : CommandLine::options())
            QVERIFY2(exit->message.contains(QStringLiteral("--") + option.name),
                     qPrintable(option.name));
        result = parse({ QStringLiteral("--version") });
        exit = std::get_if<CommandLine::Exit>(&result);
        QVERIFY(exit);
        QCOMPARE(exit->code, 0);
        QCOMPARE(exit->message, QStringLiteral("telco-atlas 1.2.3"));
    }

    void languageIsKnownBeforeParsing_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("code");
        QTest::newRow("none") << QStringList{ "--page", "a4" } << QString();
        QTest::newRow("ko") << QStringList{ "--lang", "ko", "--page", "a5" }
                            << QStringLiteral("ko");
        QTest::newRow("en=") << QStringList{ "--lang=en" } << QStringLiteral("en");
        QTest::newRow("wrong") << QStringList{ "--lang", "fr" } << QString();
        QTest::newRow("no value") << QStringList{ "--lang" } << QString();
    }
    void languageIsKnownBeforeParsing()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, code);
        const auto lang =
                CommandLine::requestedLanguage(QStringList{ QStringLiteral("telco-atlas") } + args);
        QCOMPARE(lang ? languageCode(*lang) : QString(), code);
    }

    void noDisplayForCommands_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<bool>("noDisplay");
        QTest::newRow("window") << QStringList{ "--lang", "ko" } << false;
        QTest::newRow("help") << QStringList{ "-h" } << true;
        QTest::newRow("version") << QStringList{ "--version" } << true;
        for (const auto &command : Headless::commands())
            QTest::addRow("%s", command.option)
                    << QStringList{ QStringLiteral("--%1=x").arg(QLatin1String(command.option)) }
                    << true;
    }
    void noDisplayForCommands()
    {
        QFETCH(QStringList, args);
        QFETCH(bool, noDisplay);
        QList<QByteArray> bytes{ "telco-atlas" };
        for (const QString &a : args)
            bytes << a.toUtf8();
        QList<char *> argv;
        for (QByteArray &b : bytes)
            argv << b.data();
        QCOMPARE(CommandLine::needsNoDisplay(int(argv.size()), argv.data()), noDisplay);
    }

    void namesAreCheckedAgainstTheData_data()
    {
        QTest::addColumn<QString>("focus");
        QTest::addColumn<QString>("company");
        QTest::addColumn<int>("code");
        QTest::addColumn<QString>("result");
        QTest::newRow("ticker and Korean name") << "030200,케이티"
                                                << "SK Telecom" << 0 << "kt,kt sk-telecom";
        QTest::newRow("unknown focus") << "KT,Nokia"
                                       << "" << 2 << "--focus: no entity is called 'Nokia'";
        QTest::newRow("unknown company") << ""
                                         << "Nokia" << 2 << "Nokia";
        QTest::newRow("company without figures") << ""
                                                 << "Microsoft" << 2 << "Microsoft";
    }
    void namesAreCheckedAgainstTheData()
    {
        QFETCH(QString, focus);
        QFETCH(QString, company);
        QFETCH(int, code);
        QFETCH(QString, result);
        QString error;
        const auto data = BuiltinDataset::load(&error);
        QVERIFY2(data, qPrintable(error));
        CommandLine::Request request;
        request.focus = focus.split(QLatin1Char(','), Qt::SkipEmptyParts);
        request.company = company;
        const auto exit = CommandLine::resolve(request, *data);
        QCOMPARE(exit ? exit->code : 0, code);
        if (exit)
            QVERIFY2(exit->message.contains(result), qPrintable(exit->message));
        else
            QCOMPARE(request.focus.join(QLatin1Char(',')) + QLatin1Char(' ') + request.company,
                     result);
    }

    // The commands run in-process: exit 1 names the file or database, 2 the wrong name, and
    // nothing is written after a wrong value.
    void runHeadlessExitCodes()
    {
        const QString db = m_dir.filePath(QStringLiteral("h.sqlite"));
        auto request = std::get<CommandLine::Request>(
                parse({ QStringLiteral("--database"), db, QStringLiteral("--export"),
                        m_dir.filePath(QStringLiteral("h.json")) }));
        CommandLine::Exit exit = runHeadless(request);
        QVERIFY2(exit.code == 0, qPrintable(exit.message));
        QVERIFY(QFile::exists(m_dir.filePath(QStringLiteral("h.json"))));

        request.commands = { { QStringLiteral("export"),
                               QStringLiteral("/nonexistent-dir/out.json") } };
        exit = runHeadless(request);
        QCOMPARE(exit.code, 1);
        QVERIFY2(exit.message.contains(QStringLiteral("/nonexistent-dir/out.json")),
                 qPrintable(exit.message));

        const QString chart = m_dir.filePath(QStringLiteral("c.svg"));
        request.commands = { { QStringLiteral("render-chart"), chart } };
        request.company = QStringLiteral("Nokia");
        exit = runHeadless(request);
        QCOMPARE(exit.code, 2);
        QVERIFY2(exit.message.contains(QStringLiteral("Nokia")), qPrintable(exit.message));
        QVERIFY(!QFile::exists(chart));
    }

    // A stock code the data does not know, mapped to a company: the DART figures land on it; an
    // unknown company is refused before anything is imported.
    void mappedStockCodeImportsTheFigures()
    {
        const QString db = m_dir.filePath(QStringLiteral("dart.sqlite"));
        const QString file =
                QStringLiteral(ATLAS_SOURCE_DIR "/tests/io/data/dart/unknown-stock-code.json");
        auto request = std::get<CommandLine::Request>(
                parse({ QStringLiteral("--database"), db, QStringLiteral("--import"), file,
                        QStringLiteral("--map-stock-code"), QStringLiteral("123450=Nokia") }));
        CommandLine::Exit exit = runHeadless(request);
        QCOMPARE(exit.code, 2);
        QVERIFY2(exit.message.contains(QStringLiteral("Nokia")), qPrintable(exit.message));

        request = std::get<CommandLine::Request>(
                parse({ QStringLiteral("--database"), db, QStringLiteral("--import"), file }));
        exit = runHeadless(request);
        QCOMPARE(exit.code, 1);
        QVERIFY2(exit.message.contains(QStringLiteral("123450")), qPrintable(exit.message));

        request = std::get<CommandLine::Request>(
                parse({ QStringLiteral("--database"), db, QStringLiteral("--import"), file,
                        QStringLiteral("--map-stock-code"), QStringLiteral("123450=Microsoft") }));
        exit = runHeadless(request);
        QVERIFY2(exit.code == 0, qPrintable(exit.message));
        Document document;
        Workspace workspace(&document);
        QString error;
        QVERIFY2(workspace.open(db, &error), qPrintable(error));
        int figures = 0;
        for (const auto &f : document.data().financials) {
            if (f.companyId == QLatin1String("microsoft")) {
                ++figures;
                QVERIFY(f.sourceId.startsWith(QLatin1String("dart-")));
            }
        }
        QVERIFY(figures > 0);
        QCOMPARE(document.data().entity(QStringLiteral("microsoft"))->ticker,
                 BuiltinDataset::load(&error)
                         ->entity(QStringLiteral("microsoft"))
                         ->ticker); // the data keeps its tickers
    }

    // The manual page documents every option the parser takes.
    void manPageListsEveryOption()
    {
        QFile man(QStringLiteral(ATLAS_SOURCE_DIR "/packaging/telco-atlas.1"));
        QVERIFY2(man.open(QIODevice::ReadOnly), qPrintable(man.fileName()));
        const QString text = QString::fromUtf8(man.readAll());
        for (const auto &option : CommandLine::options()) {
            // As groff writes it: \fB\-\-on\-duplicate\fR \fIPOLICY\fR
            const QString name = QStringLiteral("\\fB\\-\\-")
                    + QString(option.name).replace(QLatin1Char('-'), QStringLiteral("\\-"))
                    + QStringLiteral("\\fR");
            const QString withValue = option.valueName.isEmpty()
                    ? name
                    : name + QStringLiteral(" \\fI%1\\fR").arg(option.valueName);
            QVERIFY2(text.contains(withValue),
                     qPrintable(
                             QStringLiteral("telco-atlas.1 does not describe %1").arg(withValue)));
        }
    }
};

QTEST_MAIN(TestCommandLineParse)
#include "tst_commandline_parse.moc"
