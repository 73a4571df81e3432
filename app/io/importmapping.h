// SPDX-FileCopyrightText: 2026 Telco Atlas authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QList>
#include <QStringList>

#include <array>
#include <optional>

namespace atlas {

// The fields of a file to import and its first records, for choosing a mapping and for the
// preview of the mapping dialog. CSV: the columns and the first rows (nodeFields, nodeRows).
// GraphML: the node and edge keys (attr.name) and the node's "id"; GEXF: the node and edge
// attribute titles and the built-in "id" and "label" (edges also "start" and "end").
struct ImportSample
{
    enum class Format { Csv, GraphMl, Gexf };
    Format format = Format::Csv;
    QString fileName;
    QStringList nodeFields;
    QStringList edgeFields;
    QList<QStringList> nodeRows; // values in the order of nodeFields
    QList<QStringList> edgeRows;
    // Written by Telco Atlas, or a CSV with the columns of its events or entities: the readers
    // know every field, so the window imports it without asking for a mapping.
    bool ownFormat = false;

    bool isCsv() const { return format == Format::Csv; }
    // Nothing, error empty, for content no mapping applies to (JSON, OpenDART); nothing with
    // error set when the file cannot be read.
    static std::optional<ImportSample> read(const QString &path, int rows, QString *error);
};

// Which field of a file gives the entity name, the entity kind, the relationship type, the
// relationship's date or start and end, and which other fields are kept as attributes (all by
// default). For CSV the fields are columns: a file that maps source and target is an edge list
// (one relationship a row between the entities named there, made when the data does not know
// them), any other a node list (one entity a row). For GraphML and GEXF the fields are node and
// edge attributes (and GEXF's label, GraphML's node id). Saved as a small JSON profile:
//   {"format": "atlas-import-mapping", "version": 1, "name": "Label", "kind": "Category",
//    "keep": ["Founded"]}
class ImportMapping
{
    Q_DECLARE_TR_FUNCTIONS(atlas::ImportMapping)

public:
    enum class Role { Id, Name, Kind, Source, Target, Type, Date, Start, End };
    static constexpr int roleCount = 9;
    static const QList<Role> &roles();
    // The role's key in a profile ("name", "kind", "type"...).
    static QString key(Role role);
    // Whether the role belongs to nodes (id, name, kind) rather than edges.
    static bool isNodeRole(Role role);

    QString field(Role role) const { return m_fields.at(int(role)); }
    void setField(Role role, const QString &field) { m_fields[int(role)] = field.trimmed(); }
    // The role field is mapped to, when any (case-insensitive); of nodes or edges only when
    // node is given (a graph file's "type" can be the nodes' kind and the edges' type).
    std::optional<Role> roleOf(const QString &field, std::optional<bool> node = {}) const;

    // Fields not mapped to a role are kept as attributes when keepsAll() or named in kept().
    bool keepsAll() const { return !m_kept.has_value(); }
    QStringList kept() const { return m_kept.value_or(QStringList()); }
    void keepAll() { m_kept.reset(); }
    void setKept(const QStringList &fields) { m_kept = fields; }
    bool keeps(const QString &field) const;

    // A CSV that maps source and target lists edges.
    bool isEdgeList() const;
    bool operator==(const ImportMapping &other) const = default;

    // The usual names, case-insensitive and without '_', '-', ' ' or ':' (so "valid_from",
    // "validFrom" and Neo4j's ":START_ID" are found): name, label, title; kind, labelV, type,
    // category; type, labelE, relation, label; source, from; target, to; date; start, validFrom;
    // end, validTo... Each field serves one role.
    static ImportMapping detect(const ImportSample &sample);

    QByteArray toJson() const;
    // profileName labels messages. Strict: unknown keys, a wrong format or version, a value that
    // is not text are errors naming the profile.
    static std::optional<ImportMapping> fromJson(const QByteArray &json, const QString &profileName,
                                                 QString *error);
    static std::optional<ImportMapping> readFile(const QString &path, QString *error);
    bool writeFile(const QString &path, QString *error) const;

    // Whether every field the mapping names is in the sample: "p.json maps the kind to column
    // 'Category', but data.csv has no such column (it has: Id, Label)".
    bool check(const ImportSample &sample, const QString &profileName, QString *error) const;

private:
    std::array<QString, roleCount> m_fields;
    std::optional<QStringList> m_kept;
};

} // namespace atlas
