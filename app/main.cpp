// SPDX-FileCopyrightText: 2026 Telco Atlas authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "charts/chartrender.h"
#include "charts/financialchartbuilder.h"
#include "graph/graphrender.h"
#include "io/datasetfiles.h"
#include "models/document.h"
#include "reports/briefingcommand.h"
#include "storage/database.h"
#include "timeline/timelinerender.h"
#include "ui/importer.h"
#include "ui/mainwindow.h"
#include "ui/settings.h"
#include "ui/translations.h"
#include "ui/workspace.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QMessageBox>

#include <cstdio>

using namespace atlas;

namespace {

const char *const kHeadlessOptions[] = {"--export", "--import", "--briefing", "--render-chart", "--render-timeline", "--render-graph",
                                         "--help", "-h", "--help-all", "--version", "-v"};

// Commands that only write files must work without a display (CI, servers, scripts).
bool isHeadless(int argc, char **argv)
{
    for (int i = 1; i < argc; ++i) {
        const QByteArray a(argv[i]);
        for (const char *option : kHeadlessOptions) {
            if (a == option || a.startsWith(QByteArray(option) + '='))
                return true;
        }
    }
    return false;
}

QDate parseDay(const QString &text, bool *ok)
{
    const QDate d = QDate::fromString(text, Qt::ISODate);
    *ok = d.isValid() && text.size() == 10;
    return d;
}

void printError(const QString &message)
{
    std::fprintf(stderr, "telco-atlas: %s\n", qPrintable(message));
}

} // namespace

int main(int argc, char *argv[])
{
    if (isHeadless(argc, argv) && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");

    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("telco-atlas"));
    QApplication::setApplicationDisplayName(QStringLiteral("Telco Atlas"));
    QApplication::setOrganizationName(QStringLiteral("telco-atlas"));
    QApplication::setApplicationVersion(QStringLiteral(ATLAS_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("org.telcoatlas.TelcoAtlas"));

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate(
        "main", "Timeline and relationship explorer of the telecom AI race.\n"
                "Without options it opens the window on the last database (first run: the built-in dataset)."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption databaseOption(
        QStringLiteral("database"),
        QApplication::translate("main", "Use the database at PATH: an SQLite file (created with the built-in dataset "
                                        "when new) or postgresql://user@host:port/dbname."),
        QStringLiteral("PATH"));
    const QCommandLineOption exportOption(
        QStringLiteral("export"),
        QApplication::translate("main", "Write the whole database to FILE and exit: .json (dataset format), .csv (events; "
                                        "entities when the name ends in entities.csv) or .graphml."),
        QStringLiteral("FILE"));
    const QCommandLineOption langOption(QStringLiteral("lang"),
                                        QApplication::translate("main", "Interface and data language: ko or en."),
                                        QStringLiteral("LANG"));
    const QCommandLineOption briefingOption(
        QStringLiteral("briefing"),
        QApplication::translate("main", "Write a sourced briefing to FILE.pdf and exit (uses --lang, --from, --to, --focus, --page)."),
        QStringLiteral("FILE"));
    const QCommandLineOption chartOption(
        QStringLiteral("render-chart"),
        QApplication::translate("main", "Draw a financial chart to FILE.svg or FILE.png and exit (uses --company, --view, --lang)."),
        QStringLiteral("FILE"));
    const QCommandLineOption timelineOption(
        QStringLiteral("render-timeline"),
        QApplication::translate("main", "Draw the timeline to FILE.svg or FILE.png and exit (uses --from, --to, --lang)."),
        QStringLiteral("FILE"));
    const QCommandLineOption graphOption(
        QStringLiteral("render-graph"),
        QApplication::translate("main", "Draw the company graph to FILE.svg or FILE.png and exit (uses --focus, --hops, --lang)."),
        QStringLiteral("FILE"));
    const QCommandLineOption hopsOption(QStringLiteral("hops"),
                                        QApplication::translate("main", "Neighbourhood around --focus for --render-graph: 1 to 3 hops."),
                                        QStringLiteral("N"), QStringLiteral("1"));
    const QCommandLineOption fromOption(QStringLiteral("from"),
                                        QApplication::translate("main", "Start of the time window, YYYY-MM-DD."),
                                        QStringLiteral("DATE"));
    const QCommandLineOption toOption(QStringLiteral("to"), QApplication::translate("main", "End of the time window, YYYY-MM-DD."),
                                      QStringLiteral("DATE"));
    const QCommandLineOption focusOption(
        QStringLiteral("focus"),
        QApplication::translate("main", "Entity in focus: id, English or Korean name, or ticker (several separated by commas for --briefing)."),
        QStringLiteral("NAME"));
    const QCommandLineOption pageOption(QStringLiteral("page"), QApplication::translate("main", "Paper size of the briefing: a4 or letter."),
                                        QStringLiteral("SIZE"), QStringLiteral("a4"));
    const QCommandLineOption companyOption(QStringLiteral("company"),
                                           QApplication::translate("main", "Company of the chart: id, name or ticker."),
                                           QStringLiteral("NAME"));
    const QCommandLineOption viewOption(QStringLiteral("view"), QApplication::translate("main", "Chart view: q2, trend or peers."),
                                        QStringLiteral("VIEW"), QStringLiteral("q2"));
    const QCommandLineOption importOption(
        QStringLiteral("import"),
        QApplication::translate("main", "Merge FILE (.json, .csv or .graphml) into the database, all or nothing, and exit."),
        QStringLiteral("FILE"));
    const QCommandLineOption duplicateOption(
        QStringLiteral("on-duplicate"),
        QApplication::translate("main", "What --import does with ids already in the database: skip, replace or keep-both."),
        QStringLiteral("POLICY"), QStringLiteral("skip"));
    parser.addOptions({importOption, duplicateOption});
    parser.addOptions({databaseOption, exportOption, langOption, briefingOption, chartOption, timelineOption, graphOption, hopsOption, fromOption,
                       toOption, focusOption, pageOption, companyOption, viewOption});

    if (!parser.parse(QApplication::arguments())) {
        printError(parser.errorText());
        std::fprintf(stderr, "%s\n", qPrintable(QApplication::translate("main", "Try 'telco-atlas --help'.")));
        return 2;
    }
    if (parser.isSet(QStringLiteral("help")))
        parser.showHelp(0);
    if (parser.isSet(QStringLiteral("version")))
        parser.showVersion();
    if (!parser.positionalArguments().isEmpty()) {
        printError(QApplication::translate("main", "unexpected argument '%1'").arg(parser.positionalArguments().first()));
        return 2;
    }

    Settings settings;
    Language lang = Translations::systemLanguage();
    if (!settings.language().isEmpty())
        lang = languageFromCode(settings.language());
    if (parser.isSet(langOption)) {
        const QString code = parser.value(langOption);
        if (code != QLatin1String("ko") && code != QLatin1String("en")) {
            printError(QApplication::translate("main", "--lang must be 'ko' or 'en', not '%1'").arg(code));
            return 2;
        }
        lang = languageFromCode(code);
    }
    Translations::apply(lang);

    bool ok = true;
    const QDate from = parser.isSet(fromOption) ? parseDay(parser.value(fromOption), &ok) : QDate();
    if (!ok) {
        printError(QApplication::translate("main", "--from must be a date YYYY-MM-DD, not '%1'").arg(parser.value(fromOption)));
        return 2;
    }
    const QDate to = parser.isSet(toOption) ? parseDay(parser.value(toOption), &ok) : QDate();
    if (!ok) {
        printError(QApplication::translate("main", "--to must be a date YYYY-MM-DD, not '%1'").arg(parser.value(toOption)));
        return 2;
    }
    if (from.isValid() && to.isValid() && to < from) {
        printError(QApplication::translate("main", "--to (%1) is before --from (%2)").arg(to.toString(Qt::ISODate), from.toString(Qt::ISODate)));
        return 2;
    }
    const QString page = parser.value(pageOption).toLower();
    if (page != QLatin1String("a4") && page != QLatin1String("letter")) {
        printError(QApplication::translate("main", "--page must be 'a4' or 'letter', not '%1'").arg(parser.value(pageOption)));
        return 2;
    }
    if (!FinancialChartBuilder::viewFromKey(parser.value(viewOption))) {
        printError(QApplication::translate("main", "--view must be 'q2', 'trend' or 'peers', not '%1'").arg(parser.value(viewOption)));
        return 2;
    }

    const auto duplicatePolicy = Importer::policyFromName(parser.value(duplicateOption));
    if (!duplicatePolicy) {
        printError(QApplication::translate("main", "--on-duplicate must be 'skip', 'replace' or 'keep-both', not '%1'")
                       .arg(parser.value(duplicateOption)));
        return 2;
    }

    const int hops = parser.value(hopsOption).toInt(&ok);
    if (!ok || hops < 1 || hops > 3) {
        printError(QApplication::translate("main", "--hops must be 1, 2 or 3, not '%1'").arg(parser.value(hopsOption)));
        return 2;
    }

    const bool headless = parser.isSet(exportOption) || parser.isSet(importOption) || parser.isSet(graphOption) || parser.isSet(briefingOption) || parser.isSet(chartOption)
        || parser.isSet(timelineOption);
    QString spec = parser.value(databaseOption);
    if (spec.isEmpty())
        spec = headless || settings.lastDatabase().isEmpty() ? Database::defaultLocation() : settings.lastDatabase();

    Document document;
    document.setLanguage(lang);
    Workspace workspace(&document);
    QString error;
    if (!workspace.open(spec, &error)) {
        printError(error);
        if (!headless)
            QMessageBox::critical(nullptr, QApplication::translate("main", "Cannot Open Database"), error);
        return 1;
    }

    if (headless) {
        // Every drawing (graph, timeline, charts, briefing) shows the same window.
        if (from.isValid() || to.isValid())
            document.setTimeWindow(from, to);
        QStringList focus;
        for (const QString &name : parser.value(focusOption).split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            const QString id = document.data().resolveEntity(name);
            if (id.isEmpty()) {
                printError(QApplication::translate("main", "--focus: no entity is called '%1'").arg(name.trimmed()));
                return 2;
            }
            focus << id;
        }
        if (parser.isSet(importOption)) {
            QString summary;
            if (!Importer::importFile(workspace, parser.value(importOption), *duplicatePolicy, &error, &summary)) {
                printError(error);
                return 1;
            }
            std::printf("%s\n", qPrintable(summary));
        }
        if (parser.isSet(exportOption) && !DatasetFiles::write(document.data(), parser.value(exportOption), &error)) {
            printError(error);
            return 1;
        }
        if (parser.isSet(chartOption)) {
            ChartRender::Options o;
            o.company = parser.value(companyOption);
            o.view = parser.value(viewOption);
            o.lang = lang;
            if (!ChartRender::renderToFile(document, o, parser.value(chartOption), &error)) {
                printError(error);
                return 1;
            }
        }
        if (parser.isSet(graphOption)) {
            GraphRender::Options o;
            o.focus = focus.value(0);
            o.hops = hops;
            o.lang = lang;
            if (!GraphRender::renderToFile(document, o, parser.value(graphOption), &error)) {
                printError(error);
                return 1;
            }
        }
        if (parser.isSet(timelineOption)) {
            TimelineRender::Options o;
            o.from = from;
            o.to = to;
            o.lang = lang;
            if (!TimelineRender::renderToFile(document, o, parser.value(timelineOption), &error)) {
                printError(error);
                return 1;
            }
        }
        if (parser.isSet(briefingOption)) {
            BriefingOptions o;
            o.lang = lang;
            o.from = from;
            o.to = to;
            o.focus = focus;
            o.pageSize = QPageSize(page == QLatin1String("letter") ? QPageSize::Letter : QPageSize::A4);
            if (!BriefingCommand::writePdf(document, o, parser.value(briefingOption), &error)) {
                printError(error);
                return 1;
            }
        }
        return 0;
    }

    if (parser.isSet(databaseOption))
        settings.setLastDatabase(spec);
    MainWindow window(&document, &workspace);
    window.show();
    return QApplication::exec();
}
