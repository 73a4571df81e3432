// SPDX-FileCopyrightText: 2026 Telco Atlas authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "charts/financialchartbuilder.h"
#include "core/localizedtext.h"
#include "io/gexfdataset.h"
#include "io/importmapping.h"
#include "io/importplan.h"

#include <QDate>
#include <QPageSize>
#include <QSize>
#include <QStringList>

#include <optional>
#include <utility>
#include <variant>

namespace atlas {

class Dataset;

// The command line, checked in one place: every option and value is validated here, with one
// wording, before anything is opened or written. Exit codes: 0 done (help, version), 1 a file or
// database problem, 2 a wrong option or value; the message names the option and the value.
namespace CommandLine {

struct Exit
{
    int code = 0;
    QString message; // code 0: for standard output (help, version); else for standard error
    QString output; // what a successful part printed before (the --import summary)
};

// A request with validated values; names (--focus, --company) are checked against the data by
// resolve() once the database is open.
struct Request
{
    QString database; // empty: the last one used (window) or the default location (commands)
    std::optional<Language> lang;
    QDate from; // invalid: open
    QDate to;
    QStringList focus; // as written until resolve(), entity ids after
    int hops = 1;
    QSize size; // --size of --render-graph, in pixels; invalid: the default
    QPageSize::PageSizeId page = QPageSize::A4;
    QString company; // as written until resolve(), an id after; empty: the default company
    FinancialChartBuilder::View view = FinancialChartBuilder::View::Q2;
    DuplicatePolicy onDuplicate = DuplicatePolicy::Skip;
    // --map-stock-code: stock code → company, as written until resolve(), an entity id after.
    QList<std::pair<QString, QString>> stockCodes;
    // --mapping: the profile --import reads its file with, and where it came from (messages).
    std::optional<ImportMapping> mapping;
    QString mappingPath;
    bool keepPositions = false; // --keep-positions: --import keeps the file's node positions
    GexfDataset::Version gexfVersion = GexfDataset::Version::Gexf13; // of --export FILE.gexf
    // The file-writing commands given ("export", "briefing", …) with their files, in the order
    // they run (the order of Headless::commands()).
    QList<std::pair<QString, QString>> commands;

    bool isHeadless() const { return !commands.isEmpty(); }
};

using Result = std::variant<Request, Exit>;

// arguments as QCoreApplication::arguments() gives them (the program first).
Result parse(const QStringList &arguments);

// The entities named by --focus and the company of --company, checked against the data and
// replaced by their ids; an Exit with code 2 naming the value otherwise.
std::optional<Exit> resolve(Request &request, const Dataset &data);

// The --lang value when it is valid, before parsing, so that parse() can already speak it.
std::optional<Language> requestedLanguage(const QStringList &arguments);

// True when the arguments ask only for work without a window (a command, --help, --version): the
// program then runs on the offscreen platform and needs no display.
bool needsNoDisplay(int argc, char **argv);

struct Option
{
    QString name; // without dashes
    QString valueName; // empty for a flag
    QString description;
};
// Every option the program takes, help and version included (for the man page and its test).
QList<Option> options();

} // namespace CommandLine

} // namespace atlas
