// SPDX-FileCopyrightText: 2026 Telco Atlas authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/dataset.h"

#include <QCoreApplication>
#include <QHash>
#include <QMap>
#include <QPointF>
#include <QStringList>
#include <QVariantMap>

#include <functional>

namespace atlas {

// Called now and then while a file is read, with bytes done and bytes in all. Returning false
// cancels the read: the reader then gives no result and the error "import cancelled".
using ProgressCallback = std::function<bool(qint64 done, qint64 total)>;

class ImportMessages
{
    Q_DECLARE_TR_FUNCTIONS(atlas::ImportMessages)

public:
    // The error of a read the user cancelled; callers compare with it to stay quiet.
    static QString cancelled() { return tr("import cancelled"); }
};

// Values beside the data, by entity or relationship id, that a GraphML export writes as extra
// keys. The readers no longer fill it: what a file carries beyond the domain's members (a Gephi
// "x"/"y", a yEd "url") arrives as the records' own typed attributes (core/attributes.h), which
// are stored and exported with them. A record's attribute wins over an extra value of its name.
struct ExtraAttributes
{
    QHash<QString, QVariantMap> entities;
    QHash<QString, QVariantMap> relationships;
    bool isEmpty() const { return entities.isEmpty() && relationships.isEmpty(); }
};

// What one import file gave, before it is merged into the current data (see ImportPlan).
// References may point into the current data: a CSV participant named "KT" becomes the existing
// entity's id, so `data` alone need not be a valid dataset.
struct ImportedData
{
    enum class Format { Json, CsvEvents, CsvEntities, GraphMl, Dart, Gexf };

    QString fileName; // labels messages and the preview
    Format format = Format::Json;
    Dataset data; // records read from the file, ids final
    QStringList newEntityIds; // entities made for names the current data did not know
    QMap<QString, QString> matchedNames; // names found in the current data, and the id they found
    ExtraAttributes extra; // empty from the readers; see ExtraAttributes
    // What the file holds that cannot be imported, one message each (an OpenDART stock code no
    // company has, a fourth quarter without its nine months): the preview lists them, the
    // command line refuses the file naming them.
    QStringList unresolved;
    // What the import leaves out or changes that the user should know, one message each (GEXF
    // attributes the domain has no member for, several intervals merged into one span, edges
    // from a node to itself). Unlike unresolved they do not stop the import: the preview and the
    // command line's summary list them, so nothing is dropped silently.
    QStringList notes;
    // Where the file places its nodes (GEXF viz:position), by entity id in data, in the graph's
    // coordinates; the import applies them as the user's node positions only when asked.
    QHash<QString, QPointF> positions;

    // The source that records without one cite: the file itself (publisher = its name), found
    // again in current on a second import of the same file, else added to data.
    QString fileSourceId(const Dataset &current);
};

} // namespace atlas
