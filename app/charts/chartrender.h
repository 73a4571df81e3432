// SPDX-FileCopyrightText: 2026 Telco Atlas authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "charts/financialchartbuilder.h"
#include "core/localizedtext.h"

#include <QSize>
#include <QString>

QT_BEGIN_NAMESPACE
class QChart;
class QPainter;
QT_END_NAMESPACE

namespace atlas {

class Document;

// The financial charts written to files without a window (telco-atlas --render-chart) and by
// the chart view's export: PNG at device pixel ratio 2, or SVG whose text stays text.
// Needs a QApplication (the offscreen platform will do).
namespace ChartRender {

struct Options
{
    QString company; // id, English or Korean name, or ticker; empty: the default company
    FinancialChartBuilder::View view = FinancialChartBuilder::View::Q2;
    Language lang = Language::English;
    QSize size{ 1200, 700 }; // logical pixels (SVG user units)
    QString quarter; // "2024-Q2"; empty: the latest quarter that fits
};

// The format follows the extension (.png or .svg, any case). The chart follows the document's
// time window. On failure returns false and says why in *error, naming the value at fault.
bool renderToFile(const Document &doc, const Options &options, const QString &path, QString *error);

// The same for an already resolved chart request.
bool renderToFile(const Dataset &data, const FinancialChartBuilder::Options &options,
                  const QSize &size, const QString &path, QString *error);

// Lays the chart out at size and paints it into target (the briefing's PDF page, a printer).
// The chart must not belong to a scene yet; it is taken out of the scene again afterwards.
void paint(QChart *chart, const QSize &size, QPainter *painter, const QRectF &target);

} // namespace ChartRender

} // namespace atlas
