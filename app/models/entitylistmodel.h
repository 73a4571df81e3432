// SPDX-FileCopyrightText: 2026 Telco Atlas authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/documenttablemodel.h"

namespace atlas {

class Document;

// The entities of the document in dataset order: name in the document language (the other
// language when missing), kind label and ticker. Follows edits row by row (DocumentTableModel).
class EntityListModel : public DocumentTableModel
{
    Q_OBJECT
public:
    enum Column { Name, Kind, Ticker, ColumnCount };
    Q_ENUM(Column)

    explicit EntityListModel(Document *document, QObject *parent = nullptr);

    // Row of an entity id, -1 when absent.
    int rowOf(const QString &entityId) const;
    // Whether the entities of two rows are of one kind (so their Kind cells read the same),
    // without making their labels.
    bool sameKind(int row, int otherRow) const;

protected:
    QStringList columnTitles() const override;
    RowFacts rowFacts(const QModelIndex &index) const override;
    QVariant cellData(const QModelIndex &index, int role) const override;
};

} // namespace atlas
