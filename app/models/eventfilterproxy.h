// SPDX-FileCopyrightText: 2026 Telco Atlas authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/attributefilter.h"
#include "core/kinds.h"

#include <QAbstractProxyModel>
#include <QDate>
#include <QList>
#include <QMetaObject>
#include <QPointer>
#include <QSet>
#include <QVariant>

#include <array>
#include <functional>
#include <optional>
#include <vector>

namespace atlas {

struct Dataset;
struct Event;

class Document;
class DocumentTableModel;

// Filters and sorts a flat event model (EventTableModel or anything that offers the same Roles):
// by time window, kinds, participant and free text. Filters read only roles of column 0; sorting
// uses Roles::SortKey, and the EventTableModel::Date column sorts by DateStart then precision.
// Ties keep the source's order, in either sort order.
//
// Built for moving a time window over 100,000 events: every source row is kept in one sorted
// order, sorted only when the sort column or the sort keys change; a filter change walks that
// order and shows or hides rows, with no comparison at all. The rows a change touches come out as
// row insertions and removals when they form a few runs (a window moving over a table sorted by
// date), else as one layout change that keeps persistent indexes (the table's selection and
// current row) on the rows that stay. The roles the filters and sorting read are cached per source
// row, and follow the source's row insertions, removals and changes one row at a time.
class EventFilterProxy : public QAbstractProxyModel
{
    Q_OBJECT
public:
    explicit EventFilterProxy(QObject *parent = nullptr);
    ~EventFilterProxy() override;

    void setSourceModel(QAbstractItemModel *sourceModel) override;

    // An event is in when its date span overlaps [from, to], both ends inclusive; an invalid
    // bound is open. With both bounds open, events without a date are in too.
    void setTimeWindow(const QDate &from, const QDate &to);
    QDate windowFrom() const { return m_from; }
    QDate windowTo() const { return m_to; }

    // Empty: every kind.
    void setKinds(const QSet<EventKind> &kinds);
    QSet<EventKind> kinds() const { return m_kinds; }

    // Entity id; empty: every event.
    void setParticipant(const QString &entityId);
    QString participant() const { return m_participant; }

    // Every whitespace-separated word must occur, ignoring case, in the English or Korean title
    // or summary, a participant's name in either language, its ticker, or an attribute's value;
    // conditions on attributes ("kind = song", "performances > 100") must hold.
    void setText(const QString &text);
    QString text() const { return m_text; }

    // Keeps the window equal to the document's window from now on; nullptr stops following.
    void followDocument(Document *document);

    // While hold() is true (the table showing the rows hidden behind another tab of a shown
    // window), a change of the time window alone is taken in but not applied: the rows stay as
    // they were, shownCount() counts the rows the new window holds, and applyHeldWindow() (the
    // table shown again) or a change of any other filter applies it. At a million events a step
    // of the timeline then costs one pass over the rows' days, not the rows' update (about 5 ms).
    void setHoldWindowWhile(std::function<bool()> hold);
    void applyHeldWindow();
    bool hasHeldWindow() const { return m_windowHeld; }
    // The rows shown, or once a held window is applied, those it will show.
    int shownCount();

    // Column -1: the source's order. Text compares ignoring case.
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;
    int sortColumn() const { return m_sortColumn; }
    Qt::SortOrder sortOrder() const { return m_sortOrder; }
    // The role sorting reads for columns other than the date (Roles::SortKey by default).
    int sortRole() const { return m_sortRole; }
    void setSortRole(int role);

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    QModelIndex sibling(int row, int column, const QModelIndex &index) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    bool hasChildren(const QModelIndex &parent = {}) const override;
    QModelIndex mapToSource(const QModelIndex &proxyIndex) const override;
    QModelIndex mapFromSource(const QModelIndex &sourceIndex) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

Q_SIGNALS:
    // A held window was applied: the rows are the window's again.
    void heldWindowApplied();

private:
    // Everything the filters compare.
    struct Filter
    {
        qint64 fromDay = 0; // Julian days; valid only with hasFrom/hasTo
        qint64 toDay = 0;
        bool hasFrom = false;
        bool hasTo = false;
        QSet<QString> kindKeys;
        QString participant;
        QStringList words;
        QList<AttributeCondition> conditions; // "kind = song", "performances > 100"
    };
    // The roles of column 0 of one source row that the filters and the date sort read.
    struct Row
    {
        // QDate::toJulianDay(), held to 32 bits (years within millions of the present); a
        // million rows take 12 MB, not the 48 MB of 64-bit days and a kind text each.
        qint32 startDay = 0;
        qint32 endDay = 0;
        quint16 kind = 0; // in m_kindTexts
        bool hasStart = false;
        bool hasEnd = false;
        // No copy of the participants: at a million events a list per row would cost more than
        // 100 MB; involves() asks the document, or the source model for other sources.
    };

    // data: the document's data when the source's rows are its events one for one (read from
    // them directly), else nullptr (read through the source model's roles).
    Row readRow(int sourceRow, const Dataset *data = nullptr) const;
    std::vector<int> sortedByDate() const;
    quint16 kindIndex(const QString &kind) const;
    const QString &searchText(int sourceRow) const;
    // Free text on the document's own event: its titles and summaries, its participants'
    // names and tickers (entityWords()), its attributes. For at most 32 words.
    bool matchesEvent(const Event &event, const Dataset &data) const;
    // Bit i: word i of the filter is in the entity's names or ticker; worked out once per
    // entity for the words of the filter.
    quint32 entityWords(const QString &entityId, const Dataset &data) const;
    bool accepts(int sourceRow) const;
    // Only the time window filters (no kind, participant, words or conditions).
    static bool windowOnly(const Filter &filter);
    // The event of the row names the entity among its participants.
    bool involves(int sourceRow, const QString &entityId) const;
    // The document whose event list the source model shows row for row, when it does and is in
    // step with this proxy's rows; else nullptr.
    const Dataset *documentData() const;
    // The rows whose events name the entity, from the document's participant index, when the
    // source is the document's event table in step with it; else nullopt.
    std::optional<QList<int>> participantRows(const QString &entityId) const;
    bool inWindow(const Row &row) const;
    void setFilter(Filter filter);
    // Sets *member to value and, when it changed, applies the filter as change() edits it.
    template <typename T, typename Change>
    void changeFilter(T *member, const T &value, Change change);

    // Sorting: the key order of two source rows (ascending, before the sort order is applied),
    // and the total order the sorted list keeps (sort order, then source row).
    bool keyLess(int left, int right) const;
    // The sort text of a row of the document's event table where it is (its title, its kind's
    // label) or made in *made (its participants' names), when the sort is by one of those; else
    // nothing (the keys are read as roles).
    std::optional<QStringView> textInDocument(int sourceRow, QString *made) const;
    bool sortsBefore(int left, int right) const;
    void ensureSortKeys() const;
    std::vector<int> sortedOrder() const;

    // Shows exactly the source rows flagged in `visible`, in m_order's order, as row signals or,
    // past a few runs, one layout change.
    void showRows(std::vector<char> visible);
    // The filter is only the time window: shown as it says, in one pass over the order.
    void showWindow();
    void ensurePositionDays();
    // Every row asked again (the other filters), then showRows().
    void showByRows();
    // Each position of the order flagged shown before (Was) from the shown rows; false when
    // those are not a part of the order in its order (then states says nothing).
    bool statesBefore(std::vector<char> *states) const;
    // The row signals of the runs that states (Was and Is of each position) make.
    void emitRuns(const std::vector<char> &states);
    // Takes a new order and visibility at once, as one layout change keeping persistent indexes.
    void relayout(std::vector<int> order, std::vector<char> visible);
    void rebuildMapping();
    void ensureSourceToProxy() const;

    void resetFromSource();
    void clearAll();
    void onSourceRowsAboutToBeRemoved(const QModelIndex &parent, int first, int last);
    void onSourceRowsRemoved(const QModelIndex &parent, int first, int last);
    void onSourceRowsInserted(const QModelIndex &parent, int first, int last);
    void onSourceDataChanged(const QModelIndex &topLeft, const QModelIndex &bottomRight,
                             const QList<int> &roles);
    // A DocumentTableModel's batch: every changed row of an edit taken in one pass.
    void onSourceRowsChanging(const QList<qsizetype> &rows);
    // Re-reads, then shows, hides and places the changed source rows (ascending).
    void refreshRows(const std::vector<int> &rows);
    struct Reread
    {
        bool shown = false; // a filter may say otherwise of some of the rows
        bool placed = false; // some of them may belong elsewhere in the order
    };
    Reread rereadRows(const std::vector<int> &rows);
    void placeRows(const std::vector<int> &rows);
    void showChangedRows(const std::vector<int> &rows);
    void emitChangedRows(int first, int last, int firstColumn, int lastColumn,
                         const QList<int> &roles);

    QDate m_from;
    QDate m_to;
    QSet<EventKind> m_kinds;
    QString m_participant;
    QString m_text;
    Filter m_filter;
    QPointer<Document> m_document;
    const DocumentTableModel *m_table = nullptr; // the source, when it is one
    QMetaObject::Connection m_windowConnection;
    QList<QMetaObject::Connection> m_sourceConnections;
    bool m_resetting = false;
    bool m_inBatch = false; // between a DocumentTableModel's rowsChanging and rowsChangeDone

    int m_sortColumn = -1;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
    int m_sortRole;

    // Per source row of the root.
    std::vector<Row> m_rows;
    // The kinds the rows name, each text once (a handful of kinds over any number of rows).
    mutable QStringList m_kindTexts;
    mutable QHash<QString, quint16> m_kindIndex;
    // kindIndex() of each event kind, -1 until asked: a million events' rows without a look-up
    // of the kind's key each.
    mutable std::array<int, std::size_t(EventKind::Other) + 1> m_kindOfEvent;
    std::vector<char> m_visible;
    std::vector<int> m_order; // every source row, sorted
    // The buffers an edit's placeRows() fills and the lists they replace, kept for the next
    // edit: at 100,000 events, three fresh 100,000-entry vectors per edit cost 3 ms, mostly in
    // first touches of new pages. m_spareChanged stays all zero between uses.
    std::vector<char> m_spareVisible;
    std::vector<int> m_spareOrder;
    std::vector<char> m_spareChanged;
    // showRows()'s states of the order's positions, kept from one change to the next.
    std::vector<char> m_spareStates;
    // Each position of m_order's first and last day (showWindow()), kept until the order or the
    // rows' dates change.
    std::vector<std::pair<qint32, qint32>> m_positionDays;
    bool m_positionDaysValid = false;
    std::function<bool()> m_holdWindow; // setHoldWindowWhile()
    bool m_windowHeld = false; // m_filter's window is not applied to the rows yet
    std::vector<int> m_proxyToSource; // the visible rows of m_order
    mutable std::vector<int>
            m_sourceToProxy; // -1 for hidden rows; rebuilt when asked after a change
    mutable bool m_sourceToProxyValid = false;
    // Filled only once text is searched on another source than the document's event table.
    mutable std::vector<QString> m_searchTexts;
    mutable bool m_searchTextsValid = false;
    mutable QHash<QString, quint32> m_entityWords; // entityWords(), for m_filter.words
    // Each event kind's label, as textInDocument() sorts by it: asked once a sort.
    mutable std::array<QString, std::size_t(EventKind::Other) + 1> m_kindLabels;
    mutable std::vector<QVariant> m_sortKeys; // m_sortRole of m_sortColumn, filled when sorted
    mutable bool m_sortKeysValid = false;
};

} // namespace atlas
