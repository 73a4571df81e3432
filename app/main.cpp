// SPDX-FileCopyrightText: 2026 Telco Atlas authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "io/datasetjson.h"
#include "models/document.h"
#include "storage/database.h"
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

// Commands that only write files must work without a display (CI, servers, scripts).
bool isHeadless(int argc, char **argv)
{
    for (int i = 1; i < argc; ++i) {
        const QByteArray a(argv[i]);
        if (a == "--export" || a.startsWith("--export=") || a == "--help" || a == "-h" || a == "--version"
            || a == "-v" || a == "--help-all")
            return true;
    }
    return false;
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
        QApplication::translate("main", "Write the whole database to FILE.json in the dataset format and exit."),
        QStringLiteral("FILE"));
    const QCommandLineOption langOption(QStringLiteral("lang"),
                                        QApplication::translate("main", "Interface and data language: ko or en."),
                                        QStringLiteral("LANG"));
    parser.addOptions({databaseOption, exportOption, langOption});

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

    const bool headless = parser.isSet(exportOption);
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

    if (parser.isSet(exportOption)) {
        const QString file = parser.value(exportOption);
        if (!DatasetJson::writeFile(document.data(), file, &error)) {
            printError(error);
            return 1;
        }
        return 0;
    }

    if (parser.isSet(databaseOption))
        settings.setLastDatabase(spec);
    MainWindow window(&document, &workspace);
    window.show();
    return QApplication::exec();
}
