// SPDX-FileCopyrightText: 2026 Telco Atlas authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/dataset.h"
#include "models/tablemodelbase.h"

namespace atlas {

class Document;

// A table with one row per record of one list of the document's data, in data order. It follows
// the document row by row: a load resets it, an edit gives beginRemoveRows/beginInsertRows and
// dataChanged for the rows the edit touches only, so selections, the current row and the scroll
// position of its views survive edits. Subclasses supply columns and data(), and override the
// hooks when they keep something per row.
class DocumentTableModel : public TableModelBase
{
    Q_OBJECT
public:
    DocumentTableModel(Document *document, RecordType type, int columns, QObject *parent = nullptr);

    RecordType recordType() const { return m_type; }

    int rowCount(const QModelIndex &parent = {}) const override;

Q_SIGNALS:
    // An edit changed `rows` (ascending); a dataChanged for each run of consecutive rows follows,
    // then rowsChangeDone(). A proxy can take the rows in one pass here and let the dataChanged
    // that follow only pass on (one pass for an edit, not one per run).
    void rowsChanging(const QList<qsizetype> &rows);
    void rowsChangeDone();

protected:
    // Called after the data changed and before endRemoveRows/endInsertRows.
    virtual void rowsRemovedHook(int first, int last);
    virtual void rowsInsertedHook(int first, int last);
    // Before dataChanged for each run of changed rows.
    virtual void rowsChangedHook(int first, int last);

    // dataChanged for each run of consecutive rows of rows (ascending), over columns.
    void emitRowsChanged(const QList<qsizetype> &rows, int firstColumn = 0, int lastColumn = -1);

private:
    RecordType m_type;
};

} // namespace atlas
