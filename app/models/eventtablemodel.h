// SPDX-FileCopyrightText: 2026 Telco Atlas authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/documenttablemodel.h"

namespace atlas {

class Document;
struct Event;

// The events of the document, one row each in dataset order, rendered in the document language.
// Sorting and filtering belong to EventFilterProxy. Follows edits row by row (DocumentTableModel);
// renaming an entity changes the participant cells of its events only.
class EventTableModel : public DocumentTableModel
{
    Q_OBJECT
public:
    enum Column { Date, Kind, Title, Participants, Amount, ColumnCount };
    Q_ENUM(Column)

    explicit EventTableModel(Document *document, QObject *parent = nullptr);

    QHash<int, QByteArray> roleNames() const override;

    // Row of an event id, -1 when absent.
    int rowOf(const QString &eventId) const;

protected:
    QStringList columnTitles() const override;
    RowFacts rowFacts(const QModelIndex &index) const override;
    QVariant cellData(const QModelIndex &index, int role) const override;
    bool isNumberColumn(int column) const override;
    void rowsRemovedHook(int first, int last) override;
    void rowsInsertedHook(int first, int last) override;
    void rowsChangedHook(int first, int last) override;
    void resetHook() override;

private:
    void onEntitiesChanged(const QList<qsizetype> &rows);
    QString displayText(const Event &event, int column) const;
    QString participantNames(const Event &event) const;
    QString searchText(const Event &event) const;
    const QString &cachedSearchText(int row) const;

    // Search text of every row, built on first use after a reset and kept row by row over edits:
    // filters ask for it per row on every keystroke, and it reads the same in both languages.
    mutable QStringList m_searchTexts;
};

} // namespace atlas
