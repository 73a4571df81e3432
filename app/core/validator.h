// SPDX-FileCopyrightText: 2026 Telco Atlas authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "dataset.h"

#include <QCoreApplication>

namespace atlas {

struct ValidationIssue
{
    QString record; // "entity", "event", "relationship", "source", "financial"
    QString id;     // the record's id (for figures: company/quarter/metric)
    QString field;  // the member at fault, as named in the file format
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
    static bool isValidId(const QString &id);
};

} // namespace atlas
