// SPDX-FileCopyrightText: 2026 Telco Atlas authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractTableModel>
#include <QPointer>

namespace atlas {

class Document;
struct Event;

// The events of the document, one row each in dataset order, rendered in the document language.
// Sorting and filtering belong to EventFilterProxy.
class EventTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Date, Kind, Title, Participants, Amount, ColumnCount };
    Q_ENUM(Column)

    explicit EventTableModel(Document *document, QObject *parent = nullptr);

    Document *document() const { return m_document; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    // Row of an event id, -1 when absent.
    int rowOf(const QString &eventId) const;

private:
    void onDataAboutToBeReset();
    void onDataReset();
    void onLanguageChanged();
    QString displayText(const Event &event, int column) const;
    QString participantNames(const Event &event) const;
    QString searchText(const Event &event) const;
    const QString &cachedSearchText(int row) const;

    QPointer<Document> m_document;
    bool m_resetting = false;
    // Search text of every row, built on first use after a reset: filters ask for it per row on
    // every keystroke, and it reads the same in both languages.
    mutable QStringList m_searchTexts;
};

} // namespace atlas
