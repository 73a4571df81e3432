// SPDX-FileCopyrightText: 2026 Telco Atlas authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QProcess>
#include <QProcessEnvironment>
#include <QStringList>

namespace atlas::test {

// What a run of the program printed and how it ended; exitCode is -1 when it crashed, was
// killed or did not finish.
struct ToolRun
{
    int exitCode = -1;
    QString out;
    QString err;
};

// The telco-atlas executable of this build.
QString toolPath();

// The one way tests run the program as a child process: args as on the command line, env as
// the child's whole environment (the test's own when empty), waiting at most timeoutMs.
ToolRun runTool(const QStringList &args, const QProcessEnvironment &env = {},
                int timeoutMs = 300000);

// Starts the program in process without waiting, for tests that run two at once or kill one.
void startTool(QProcess &process, const QStringList &args);

} // namespace atlas::test
