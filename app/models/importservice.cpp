// SPDX-FileCopyrightText: 2026 Telco Atlas authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "importservice.h"

#include "core/dataedit.h"
#include "core/displayname.h"
#include "core/heap.h"
#include "io/datasetfiles.h"
#include "workspace.h"

#include <QCoreApplication>

namespace atlas::ImportService {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(atlas::ImportService)
};
} // namespace

bool importFile(Workspace &workspace, const QString &path, DuplicatePolicy policy, QString *error,
                QString *summary, const QList<std::pair<QString, QString>> &stockCodes,
                const Mapping &mapping, bool keepPositions)
{
    Document *document = workspace.document();
    // DART figures find their company by its KRX ticker: a mapped code stands in for the ticker
    // while the file is read; the data itself keeps its tickers.
    std::optional<Dataset> matching;
    if (!stockCodes.isEmpty()) {
        matching = document->data();
        for (const auto &[code, entityId] : stockCodes) {
            for (Entity &e : matching->entities) {
                if (e.id == entityId)
                    e.ticker = QStringLiteral("KRX:") + code;
            }
        }
    }
    const Dataset &current = matching ? *matching : document->data();
    std::optional<ImportedData> incoming = mapping.mapping
            ? DatasetFiles::readMapped(path, current, *mapping.mapping, mapping.profileName, error)
            : DatasetFiles::read(path, current, error);
    if (!incoming)
        return false;
    if (!incoming->unresolved.isEmpty()) {
        if (error) {
            *error = incoming->unresolved.join(QLatin1Char('\n'));
            *error += QLatin1Char('\n') + Tr::tr("Nothing was imported.");
        }
        return false;
    }
    const quint64 planned = document->changeCount();
    std::optional<ImportPlan> plan = ImportPlan::compute(document->data(), *incoming, policy);
    if (!plan->isValid()) {
        if (error)
            *error = plan->error();
        return false;
    }
    if (summary)
        *summary = ImportService::summary(*plan, *incoming, plan->merged(), document->language());
    if (!plan->hasChanges()) // the file's positions still apply to what it already has
        return !keepPositions || workspace.setNodePositions(plan->positions(*incoming), error);
    incoming->data = Dataset(); // in the plan now
    const DataEdit edit = plan->toEdit(document->data());
    const bool clean = plan->mergedIsClean();
    const QHash<QString, QPointF> positions =
            keepPositions ? plan->positions(*incoming) : QHash<QString, QPointF>();
    // What was read and the merged copy go before the edit is stored and applied: at 100,000
    // events each holds as many records again.
    incoming.reset();
    plan.reset();
    returnFreeHeap(); // their pages, and the file's, back before the edit grows the heap again
    const bool applied = clean ? document->applyCheckedEdit(edit, planned, error)
                               : document->applyEdit(edit, error);
    return applied && workspace.setNodePositions(positions, error);
}

QString summary(const ImportPlan &plan, const ImportedData &incoming, const Dataset &merged,
                Language language)
{
    QStringList parts;
    const int added = plan.count(ImportPlan::Action::New) + plan.count(ImportPlan::Action::Rename);
    parts << Tr::tr("%n new record(s)", nullptr, added);
    if (const int n = plan.count(ImportPlan::Action::Update))
        parts << Tr::tr("%n replacing the database's record(s)", nullptr, n);
    if (const int n = plan.count(ImportPlan::Action::Skip))
        parts << Tr::tr("%n skipped", nullptr, n);
    if (const int n = plan.count(ImportPlan::Action::Unchanged))
        parts << Tr::tr("%n already present", nullptr, n);
    if (const int n = plan.count(ImportPlan::Action::Unused))
        parts << Tr::tr("%n source(s) left out, cited only by records not imported", nullptr, n);
    QString text = parts.join(QStringLiteral(", ")) + QLatin1Char('.');
    if (!incoming.newEntityIds.isEmpty()) {
        QStringList names;
        for (const auto &id : incoming.newEntityIds) {
            if (names.size() == 20) {
                names << Tr::tr("and %n more", nullptr, int(incoming.newEntityIds.size() - 20));
                break;
            }
            names << displayName(merged, id, language);
        }
        text += QLatin1Char(' ')
                + Tr::tr("Names the database did not know become new entities: %1.")
                          .arg(names.join(QStringLiteral(", ")));
    }
    if (!incoming.notes.isEmpty())
        text += QLatin1Char('\n') + Tr::tr("Not kept or changed:") + QStringLiteral("\n• ")
                + incoming.notes.join(QStringLiteral("\n• "));
    return text;
}

std::optional<DuplicatePolicy> policyFromName(const QString &name)
{
    if (name == QLatin1String("skip"))
        return DuplicatePolicy::Skip;
    if (name == QLatin1String("replace"))
        return DuplicatePolicy::Replace;
    if (name == QLatin1String("keep-both"))
        return DuplicatePolicy::KeepBoth;
    return std::nullopt;
}

} // namespace atlas::ImportService
