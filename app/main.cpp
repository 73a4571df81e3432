// SPDX-FileCopyrightText: 2026 Telco Atlas authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/heap.h"
#include "reports/commandline.h"
#include "reports/headless.h"
#include "storage/database.h"
#include "ui/settings.h"
#include "ui/startwindow.h"
#include "ui/translations.h"

#include <QApplication>
#include <QHashSeed>

#include <cstdio>

using namespace atlas;

namespace {

int finish(const CommandLine::Exit &exit)
{
    if (!exit.output.isEmpty())
        std::fputs(qPrintable(exit.output), stdout);
    if (exit.code == 0 && !exit.message.isEmpty())
        std::printf("%s\n", qPrintable(exit.message));
    else if (exit.code != 0)
        std::fprintf(stderr, "telco-atlas: %s\n", qPrintable(exit.message));
    return exit.code;
}

int runWindow(const CommandLine::Request &request, Settings &settings)
{
    const QString last = settings.lastDatabase().isEmpty() ? Database::defaultLocation()
                                                           : settings.lastDatabase();
    const QString spec = request.database.isEmpty() ? last : request.database;
    QString error;
    const int code = runMainWindow(
            spec, request.lang.value_or(Language::English),
            [&] {
                if (!request.database.isEmpty())
                    settings.setLastDatabase(spec);
            },
            &error);
    return error.isEmpty() ? code : finish({ code, error, {} });
}

} // namespace

int main(int argc, char *argv[])
{
    useFourHeapsForAllThreads(); // before any thread starts
    // Qt orders the fonts a PDF embeds by the hash seed: a fixed one makes briefings repeatable.
    QHashSeed::setDeterministicGlobalSeed();
    // Commands that only write files must work without a display (CI, servers, scripts).
    if (CommandLine::needsNoDisplay(argc, argv) && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    Settings::setApplicationIdentity();
    QApplication::setApplicationVersion(QStringLiteral(ATLAS_VERSION));

    Settings settings;
    const Language saved = settings.language().isEmpty() ? Translations::systemLanguage()
                                                         : languageFromCode(settings.language());
    const Language lang = CommandLine::requestedLanguage(QApplication::arguments()).value_or(saved);
    Translations::apply(lang);
    CommandLine::Result parsed = CommandLine::parse(QApplication::arguments());
    if (const auto *exit = std::get_if<CommandLine::Exit>(&parsed))
        return finish(*exit);
    auto &request = std::get<CommandLine::Request>(parsed);
    request.lang = lang;
    return request.isHeadless() ? finish(runHeadless(request)) : runWindow(request, settings);
}
