// SPDX-FileCopyrightText: 2026 Telco Atlas authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/tablemodelbase.h"

#include <QList>
#include <QSet>

#include <optional>

namespace atlas {

class Document;
struct FinancialFigure;

// Every financial figure of the document, sorted by company (dataset order of the entities),
// quarter and metric, with its year-on-year change against the same quarter a year earlier.
class FinancialTableModel : public TableModelBase
{
    Q_OBJECT
public:
    // "Consolidated, K-IFRS" for "consolidated-kifrs" and the other bases figures carry; the
    // one wording the table, the charts and their tooltips use.
    static QString basisLabel(const QString &basis);

    enum Column { Company, Quarter, Metric, Value, Change, ColumnCount };
    Q_ENUM(Column)

    explicit FinancialTableModel(Document *document, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;

    // Year-on-year change of a row as a ratio (0.5 is +50%); empty when there is no base figure.
    std::optional<double> changeAt(int row) const;

protected:
    QStringList columnTitles() const override;
    RowFacts rowFacts(const QModelIndex &index) const override;
    QVariant cellData(const QModelIndex &index, int role) const override;
    bool isNumberColumn(int column) const override;
    void resetHook() override;

private:
    struct Row
    {
        int figure = -1; // index into Dataset::financials
        std::optional<double> change;
    };

    void rebuild();
    // The YoY change of every row, with dataChanged for rows whose change or company moved on.
    // After an edit of figures or of the given companies: year-on-year changes and names.
    void refreshChanges(const QSet<QString> &companies);
    bool lessThan(const Row &a, const Row &b) const;
    // Edits: the rows of removed figures leave before the figures do, new figures find their
    // sorted rows after they arrive, and rows follow their figures' moves.
    void onFiguresAboutToBeRemoved(int first, int last);
    void onFiguresRemoved(int first, int last);
    void onFiguresInserted(int first, int last);
    QString displayText(const Row &row, int column) const;

    QList<Row> m_rows;
};

} // namespace atlas
