// SPDX-FileCopyrightText: 2026 Telco Atlas authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "reports/commandline.h"

#include <QList>

namespace atlas {

// The file-writing commands of the command line, run without a window: open the database, apply
// the time window, check the names, then run each command given in the table's order. Needs a
// QGuiApplication (the offscreen platform will do) for the drawings.
namespace Headless {

struct Context;
// Writes (or reads) file; false with *error naming the file on failure.
using Handler = bool (*)(Context &context, const QString &file, QString *error);

struct Command
{
    const char *option; // without dashes
    const char *valueName; // shown in --help
    const char *description; // translated in the atlas::CommandLine context
    Handler run;
};

// Every command, in the order they run when several are given: import before export, the
// drawings after both.
QList<Command> commands();

} // namespace Headless

// Runs the request's commands. Exit code 0, or 1 when the database or a file cannot be read or
// written, or 2 when a name (--focus, --company) is not in the data.
CommandLine::Exit runHeadless(const CommandLine::Request &request);

} // namespace atlas
