// SPDX-FileCopyrightText: 2026 Telco Atlas authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "commandline.h"

#include "core/dataset.h"
#include "headless.h"
#include "models/importservice.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QRegularExpression>

namespace atlas::CommandLine {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(atlas::CommandLine)
};

// --size: a picture smaller than this is no picture, a larger one no raster painter draws.
constexpr int kMinPictureSide = 16;
constexpr int kMaxPictureSide = 16384;

// The options that set values; the commands (option → what it writes) are Headless::commands().
struct Setting
{
    const char *name;
    const char *valueName;
    const char *description;
    const char *defaultValue;
};

const Setting kSettings[] = {
    { "database", "PATH",
      QT_TRANSLATE_NOOP(
              "atlas::CommandLine",
              "Use the database at PATH: an SQLite file (created with the built-in dataset "
              "when new) or postgresql://user@host:port/dbname."),
      nullptr },
    { "lang", "LANG",
      QT_TRANSLATE_NOOP("atlas::CommandLine", "Interface and data language: ko or en."), nullptr },
    { "from", "DATE",
      QT_TRANSLATE_NOOP("atlas::CommandLine", "Start of the time window, YYYY-MM-DD."), nullptr },
    { "to", "DATE", QT_TRANSLATE_NOOP("atlas::CommandLine", "End of the time window, YYYY-MM-DD."),
      nullptr },
    { "focus", "NAME",
      QT_TRANSLATE_NOOP("atlas::CommandLine",
                        "Entity in focus: id, English or Korean name, or ticker (several separated "
                        "by commas for --briefing)."),
      nullptr },
    { "hops", "N",
      QT_TRANSLATE_NOOP("atlas::CommandLine",
                        "Neighbourhood around --focus for --render-graph: 1 to 3 hops."),
      "1" },
    { "size", "WxH",
      QT_TRANSLATE_NOOP(
              "atlas::CommandLine",
              "Size in pixels of the picture of --render-graph, e.g. 1600x1000, the drawing fitted "
              "to it "
              "(default: the drawing at 100 %, a PNG at most 4096 pixels on its longer side)."),
      nullptr },
    { "page", "SIZE",
      QT_TRANSLATE_NOOP("atlas::CommandLine", "Paper size of the briefing: a4 or letter."), "a4" },
    { "company", "NAME",
      QT_TRANSLATE_NOOP("atlas::CommandLine", "Company of the chart: id, name or ticker."),
      nullptr },
    { "view", "VIEW", QT_TRANSLATE_NOOP("atlas::CommandLine", "Chart view: q2, trend or peers."),
      "q2" },
    { "on-duplicate", "POLICY",
      QT_TRANSLATE_NOOP(
              "atlas::CommandLine",
              "What --import does with ids already in the database: skip, replace or keep-both."),
      "skip" },
    { "map-stock-code", "CODE=NAME",
      QT_TRANSLATE_NOOP("atlas::CommandLine",
                        "For --import of DART figures: the company (id, name or ticker) a stock "
                        "code the data does not "
                        "know belongs to; several separated by commas."),
      nullptr },
    { "mapping", "PROFILE.json",
      QT_TRANSLATE_NOOP("atlas::CommandLine",
                        "For --import of a CSV, GraphML or GEXF file: read it as the import "
                        "mapping PROFILE.json says (which column or attribute is the name, the "
                        "kind, the relationship type, the dates; which to keep), a profile saved "
                        "from the import mapping dialog."),
      nullptr },
    { "gexf-version", "VERSION",
      QT_TRANSLATE_NOOP("atlas::CommandLine",
                        "GEXF version of --export FILE.gexf: 1.3 (default) or 1.2 (the 1.2draft "
                        "namespace, for readers such as networkx 2 that know no newer one)."),
      "1.3" },
    { "keep-positions", nullptr,
      QT_TRANSLATE_NOOP("atlas::CommandLine",
                        "For --import of a GEXF file: place the imported nodes where the file's "
                        "viz:position puts them, and save those positions; without it the graph "
                        "lays them out itself."),
      nullptr },
};

QString translated(const char *description)
{
    return QCoreApplication::translate("atlas::CommandLine", description);
}

void addOptions(QCommandLineParser &parser)
{
    parser.setApplicationDescription(
            Tr::tr("Timeline and relationship explorer of the telecom AI race.\n"
                   "Without options it opens the window on the last database (first run: the "
                   "built-in dataset)."));
    parser.addHelpOption();
    parser.addVersionOption();
    for (const auto &command : Headless::commands()) {
        parser.addOption(QCommandLineOption(QString::fromLatin1(command.option),
                                            translated(command.description),
                                            QString::fromLatin1(command.valueName)));
    }
    for (const auto &s : kSettings) {
        parser.addOption(QCommandLineOption(QString::fromLatin1(s.name), translated(s.description),
                                            QString::fromLatin1(s.valueName),
                                            QString::fromLatin1(s.defaultValue)));
    }
}

Exit wrong(const QString &message)
{
    return Exit{ 2, message, {} };
}

std::optional<QDate> day(const QString &text)
{
    const QDate d = QDate::fromString(text, Qt::ISODate);
    if (!d.isValid() || text.size() != 10)
        return std::nullopt;
    return d;
}

// Every value checked, with one wording: "--OPTION must be …, not 'VALUE'".
std::optional<Exit> readValues(const QCommandLineParser &parser, Request &r)
{
    auto value = [&](const char *name) { return parser.value(QString::fromLatin1(name)); };
    auto isSet = [&](const char *name) { return parser.isSet(QString::fromLatin1(name)); };
    r.database = value("database");
    if (isSet("lang")) {
        const QString code = value("lang");
        if (code != QLatin1String("ko") && code != QLatin1String("en"))
            return wrong(Tr::tr("--lang must be 'ko' or 'en', not '%1'").arg(code));
        r.lang = languageFromCode(code);
    }
    if (isSet("from")) {
        const auto from = day(value("from"));
        if (!from)
            return wrong(Tr::tr("--from must be a date YYYY-MM-DD, not '%1'").arg(value("from")));
        r.from = *from;
    }
    if (isSet("to")) {
        const auto to = day(value("to"));
        if (!to)
            return wrong(Tr::tr("--to must be a date YYYY-MM-DD, not '%1'").arg(value("to")));
        r.to = *to;
    }
    if (r.from.isValid() && r.to.isValid() && r.to < r.from)
        return wrong(Tr::tr("--to (%1) is before --from (%2)")
                             .arg(r.to.toString(Qt::ISODate), r.from.toString(Qt::ISODate)));
    r.focus = value("focus").split(QLatin1Char(','), Qt::SkipEmptyParts);
    bool ok = false;
    r.hops = value("hops").toInt(&ok);
    if (!ok || r.hops < 1 || r.hops > 3)
        return wrong(Tr::tr("--hops must be 1, 2 or 3, not '%1'").arg(value("hops")));
    if (isSet("size")) {
        static const QRegularExpression wxh(QStringLiteral("^([0-9]{1,5})[xX]([0-9]{1,5})$"));
        const QRegularExpressionMatch m = wxh.match(value("size").trimmed());
        const int w = m.hasMatch() ? m.captured(1).toInt() : 0;
        const int h = m.hasMatch() ? m.captured(2).toInt() : 0;
        if (w < kMinPictureSide || h < kMinPictureSide || w > kMaxPictureSide
            || h > kMaxPictureSide)
            return wrong(
                    Tr::tr("--size must be WIDTHxHEIGHT in pixels, each from %1 to %2, not '%3'")
                            .arg(kMinPictureSide)
                            .arg(kMaxPictureSide)
                            .arg(value("size")));
        r.size = QSize(w, h);
    }
    const QString page = value("page").toLower();
    if (page != QLatin1String("a4") && page != QLatin1String("letter"))
        return wrong(Tr::tr("--page must be 'a4' or 'letter', not '%1'").arg(value("page")));
    r.page = page == QLatin1String("letter") ? QPageSize::Letter : QPageSize::A4;
    r.company = value("company").trimmed();
    const auto view = FinancialChartBuilder::viewFromKey(value("view"));
    if (!view)
        return wrong(
                Tr::tr("--view must be 'q2', 'trend' or 'peers', not '%1'").arg(value("view")));
    r.view = *view;
    const auto policy = ImportService::policyFromName(value("on-duplicate"));
    if (!policy)
        return wrong(Tr::tr("--on-duplicate must be 'skip', 'replace' or 'keep-both', not '%1'")
                             .arg(value("on-duplicate")));
    r.onDuplicate = *policy;
    const auto gexfVersion = GexfDataset::versionFromName(value("gexf-version"));
    if (!gexfVersion)
        return wrong(Tr::tr("--gexf-version must be '1.2' or '1.3', not '%1'")
                             .arg(value("gexf-version")));
    r.gexfVersion = *gexfVersion;
    for (const QString &pair :
         value("map-stock-code").split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const qsizetype eq = pair.indexOf(QLatin1Char('='));
        const QString code = pair.left(eq).trimmed();
        static const QRegularExpression sixDigits(QStringLiteral("^[0-9]{6}$"));
        if (eq < 0 || !sixDigits.match(code).hasMatch() || pair.mid(eq + 1).trimmed().isEmpty())
            return wrong(Tr::tr("--map-stock-code must be CODE=NAME with a six-digit stock code, "
                                "not '%1'")
                                 .arg(pair));
        r.stockCodes.append({ code, pair.mid(eq + 1).trimmed() });
    }
    return std::nullopt;
}

} // namespace

Result parse(const QStringList &arguments)
{
    QCommandLineParser parser;
    addOptions(parser);
    if (!parser.parse(arguments))
        return wrong(parser.errorText() + QLatin1Char('\n') + Tr::tr("Try 'telco-atlas --help'."));
    if (parser.isSet(QStringLiteral("help")) || parser.isSet(QStringLiteral("help-all")))
        return Exit{ 0, parser.helpText(), {} };
    if (parser.isSet(QStringLiteral("version")))
        return Exit{ 0,
                     QCoreApplication::applicationName() + QLatin1Char(' ')
                             + QCoreApplication::applicationVersion(),
                     {} };
    if (!parser.positionalArguments().isEmpty())
        return wrong(
                Tr::tr("unexpected argument '%1'").arg(parser.positionalArguments().constFirst()));
    Request request;
    if (auto exit = readValues(parser, request))
        return *exit;
    for (const auto &command : Headless::commands()) {
        const QString option = QString::fromLatin1(command.option);
        if (parser.isSet(option))
            request.commands.append({ option, parser.value(option) });
    }
    request.keepPositions = parser.isSet(QStringLiteral("keep-positions"));
    if (request.keepPositions && !parser.isSet(QStringLiteral("import")))
        return wrong(
                Tr::tr("--keep-positions needs --import FILE: it keeps that file's positions"));
    if (parser.isSet(QStringLiteral("mapping"))) {
        if (!parser.isSet(QStringLiteral("import")))
            return wrong(Tr::tr("--mapping needs --import FILE: it says how to read that file"));
        // Read before the database opens: a bad profile changes nothing.
        QString error;
        request.mappingPath = parser.value(QStringLiteral("mapping"));
        request.mapping = ImportMapping::readFile(request.mappingPath, &error);
        if (!request.mapping)
            return Exit{ 1, error, {} };
    }
    return request;
}

std::optional<Exit> resolve(Request &request, const Dataset &data)
{
    QStringList ids;
    for (const QString &name : std::as_const(request.focus)) {
        const QString id = data.resolveEntity(name);
        if (id.isEmpty())
            return wrong(Tr::tr("--focus: no entity is called '%1'").arg(name.trimmed()));
        ids << id;
    }
    request.focus = ids;
    for (auto &[code, name] : request.stockCodes) {
        const QString id = data.resolveEntity(name);
        if (id.isEmpty())
            return wrong(Tr::tr("--map-stock-code: no entity is called '%1'").arg(name));
        name = id;
    }
    if (request.company.isEmpty())
        return std::nullopt;
    const QString id = data.resolveEntity(request.company);
    if (id.isEmpty())
        return wrong(Tr::tr("--company: no entity is called '%1'").arg(request.company));
    const FinancialChartBuilder builder(data);
    if (!builder.hasFigures(id)) {
        QStringList names;
        for (const auto &company : builder.companies())
            names << (data.entity(company) ? data.entity(company)->name.en : company);
        return wrong(Tr::tr("--company: '%1' has no financial figures; companies with figures: %2")
                             .arg(request.company, names.join(QStringLiteral(", "))));
    }
    request.company = id;
    return std::nullopt;
}

std::optional<Language> requestedLanguage(const QStringList &arguments)
{
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        QString code;
        if (arguments.at(i) == QLatin1String("--lang") && i + 1 < arguments.size())
            code = arguments.at(i + 1);
        else if (arguments.at(i).startsWith(QLatin1String("--lang=")))
            code = arguments.at(i).mid(7);
        if (code == QLatin1String("ko") || code == QLatin1String("en"))
            return languageFromCode(code);
    }
    return std::nullopt;
}

bool needsNoDisplay(int argc, char **argv)
{
    QList<QByteArray> options{ "--help", "-h", "--help-all", "--version", "-v" };
    for (const auto &command : Headless::commands())
        options << QByteArray("--") + command.option;
    for (int i = 1; i < argc; ++i) {
        const QByteArray a(argv[i]);
        for (const QByteArray &option : std::as_const(options)) {
            if (a == option || a.startsWith(option + '='))
                return true;
        }
    }
    return false;
}

QList<Option> options()
{
    // Help and version as QCommandLineParser adds them (its own translations describe them).
    QList<Option> out{ { QStringLiteral("help"), {}, {} }, { QStringLiteral("version"), {}, {} } };
    for (const auto &command : Headless::commands()) {
        out.append({ QString::fromLatin1(command.option), QString::fromLatin1(command.valueName),
                     translated(command.description) });
    }
    for (const auto &s : kSettings)
        out.append({ QString::fromLatin1(s.name), QString::fromLatin1(s.valueName),
                     translated(s.description) });
    return out;
}

} // namespace atlas::CommandLine
