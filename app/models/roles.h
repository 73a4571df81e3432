// SPDX-FileCopyrightText: 2026 Telco Atlas authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <Qt>

namespace atlas {

// Custom item roles shared by every model of the document, so proxies, views and charts can
// read any model the same way whatever its columns are.
namespace Roles {
enum : int {
    Id = Qt::UserRole + 1, // QString: id of the record of the row
    Kind, // QString: stable key of the row's kind/type/metric (keyOf)
    SortKey, // per column: a value that sorts the column meaningfully
    DateStart, // QDate: first day of the row's date span
    DateEnd, // QDate: last day of the row's date span (invalid: open)
    Participants, // QStringList: entity ids the row concerns
    Value, // double: raw number (currency units), invalid when none
    SearchText, // QString: everything free-text search should match, both languages
    Attributes, // atlas::Attributes: the record's typed attributes (entities, events)
};
} // namespace Roles

} // namespace atlas
