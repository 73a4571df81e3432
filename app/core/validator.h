// SPDX-FileCopyrightText: 2026 Telco Atlas authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "dataset.h"

namespace atlas {
class DataEdit;
}

#include <QCoreApplication>

namespace atlas {

struct ValidationIssue
{
    QString record; // "entity", "event", "relationship", "source", "financial"
    QString id; // the record's id (for figures: company/quarter/metric)
    QString field; // the member at fault, as named in the file format
    QString message;

    // "event 'ev-1', field 'date': ..." — names the record and the field, for people.
    QString toString() const;
};

// Checks every record and every reference of a dataset. An empty list means valid.
class Validator
{
    Q_DECLARE_TR_FUNCTIONS(atlas::Validator)

public:
    static QList<ValidationIssue> validate(const Dataset &data);
    // Checks only what an edit touches, in the data after it: every record the edit inserts or
    // changes (fields, references, a repeated id), and every reference the rest of the data
    // still makes to a record the edit removed. Costs the size of the edit, plus one pass over
    // the lists that can refer to a removed record. The messages are those of validate().
    static QList<ValidationIssue> validateEdit(const Dataset &after, const DataEdit &edit);
    static bool isValidId(const QString &id);
};

} // namespace atlas
