// SPDX-FileCopyrightText: 2026 Telco Atlas authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The child of tst_editburst: opens a database as the window does (Workspace, Document) and
// stores edits one after another until killed. Each edit changes two records at once, the first
// entity's ticker and the first event's title, to the same number n, and "n" is printed once it
// is stored. Usage: atlas_editburst DATABASE COUNT (COUNT 0 only opens, seeding a new file).
#include "core/dataedit.h"
#include "models/document.h"
#include "models/workspace.h"

#include <QCoreApplication>
#include <QStandardPaths>

#include <cstdio>

using namespace atlas;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true);
    const QStringList args = app.arguments();
    if (args.size() != 3) {
        std::fprintf(stderr, "usage: atlas_editburst DATABASE COUNT\n");
        return 2;
    }
    Document document;
    Workspace workspace(&document);
    workspace.setPasswordStore(nullptr);
    QString error;
    if (!workspace.open(args.at(1), &error)) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    std::printf("ids %s %s\n", qPrintable(document.data().entities.constFirst().id),
                qPrintable(document.data().events.constFirst().id));
    std::fflush(stdout);
    const int count = args.at(2).toInt();
    for (int n = 1; n <= count; ++n) {
        Entity entity = document.data().entities.constFirst();
        entity.ticker = QStringLiteral("B%1").arg(n);
        Event event = document.data().events.constFirst();
        event.title.en = QStringLiteral("burst %1").arg(n);
        DataEdit edit = DataEdit::updateEntity(document.data(), entity);
        edit.events = DataEdit::updateEvent(document.data(), event).events;
        if (!document.applyEdit(edit, &error)) {
            std::fprintf(stderr, "%s\n", qPrintable(error));
            return 1;
        }
        std::printf("%d\n", n);
        std::fflush(stdout);
    }
    return 0;
}
