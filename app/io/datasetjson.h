// SPDX-FileCopyrightText: 2026 Telco Atlas authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/dataset.h"

#include <QCoreApplication>

QT_BEGIN_NAMESPACE
class QIODevice;
QT_END_NAMESPACE

namespace atlas {

struct SplitDataset;

// Reads and writes the dataset format described in resources/dataset/FORMAT.md. Errors name the
// file, the place (line and column for syntax, array index and id for content) and the field.
class DatasetJson
{
    Q_DECLARE_TR_FUNCTIONS(atlas::DatasetJson)

public:
    static constexpr int formatVersion = 1;

    // fileName only labels error messages. The result is validated (see Validator).
    static std::optional<Dataset> parse(const QByteArray &json, const QString &fileName,
                                        QString *error);
    static std::optional<Dataset> readFile(const QString &path, QString *error);
    // A file to be merged into other data (see ImportPlan): its references may point into that
    // data, so it is read without the Validator, which the merged result goes through instead.
    static std::optional<Dataset> parseFragment(const QByteArray &json, const QString &fileName,
                                                QString *error);
    // The same, letting go of the text once parsed (a large file's text is not kept beside its
    // parsed form and the records made from it).
    static std::optional<Dataset> parseFragment(QByteArray &&json, const QString &fileName,
                                                QString *error);
    // True when parse() reads json record by record: each object of its top-level lists parsed
    // on its own, so the parsed form of the whole file (about three times its size) never
    // exists at once. So it is for any plainly laid out file; anything else (a record that is
    // not an object, a key twice, bad syntax) is parsed whole, which gives the exact message.
    static bool readsRecordByRecord(const QByteArray &json);
    static QByteArray serialize(const Dataset &data);
    // The same text, written to out a record at a time; false when out refused a write.
    static bool write(const Dataset &data, QIODevice *out);
    // The "types" section alone (user-defined kinds and relationship types), for formats that
    // carry it inside their own: GraphML's graph data, GEXF's.
    static QByteArray serializeTypes(const CustomTypes &types);
    static std::optional<CustomTypes> parseTypes(const QByteArray &json, const QString &fileName,
                                                 QString *error);
    // Atomic: the file is replaced only when the whole text was written.
    static bool writeFile(const Dataset &data, const QString &path, QString *error);

private:
    static std::optional<Dataset> parse(QByteArray json, const QString &fileName, QString *error,
                                        bool validate);
    static std::optional<Dataset> parse(QByteArray *json, const SplitDataset *split,
                                        const QString &fileName, QString *error, bool validate,
                                        bool *whole);
};

} // namespace atlas
