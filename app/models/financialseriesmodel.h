// SPDX-FileCopyrightText: 2026 Telco Atlas authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/partialdate.h"
#include "models/tablemodelbase.h"

#include <QList>

#include <array>
#include <optional>

namespace atlas {

class Document;

// The quarterly figures of one company, one row a quarter in quarter order, limited to the
// document's time window (a quarter is in when its span overlaps the window). Shaped for Qt
// Charts' model mappers: DisplayRole is a plain number in KRW billions.
class FinancialSeriesModel : public TableModelBase
{
    Q_OBJECT
public:
    enum Column { Revenue, OperatingProfit, ColumnCount };
    Q_ENUM(Column)

    explicit FinancialSeriesModel(Document *document, QObject *parent = nullptr);

    // Entity id; empty or unknown gives an empty model.
    void setCompany(const QString &companyId);
    QString company() const { return m_company; }

    int rowCount(const QModelIndex &parent = {}) const override;
    // DisplayRole: value / 1e9 as a double (invalid when the figure is missing);
    // ToolTipRole: formatted money in the document language; Roles::Value: raw value.
    // Vertical: quarter label in the document language; horizontal: metric label.
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    PartialDate quarterAt(int row) const;

Q_SIGNALS:
    void companyChanged(const QString &companyId);

protected:
    QStringList columnTitles() const override;
    RowFacts rowFacts(const QModelIndex &index) const override;
    QVariant cellData(const QModelIndex &index, int role) const override;
    void resetHook() override;
    void onLanguageChanged() override;

private:
    struct Row
    {
        PartialDate quarter;
        std::array<std::optional<double>, ColumnCount> values;
        std::array<QString, ColumnCount> currencies;
    };

    void rebuild();

    QString m_company;
    QList<Row> m_rows;
};

} // namespace atlas
