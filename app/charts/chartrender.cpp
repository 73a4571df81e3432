// SPDX-FileCopyrightText: 2026 Telco Atlas authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "chartrender.h"

#include "models/document.h"
#include "render/picturefile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QGraphicsLayout>
#include <QGraphicsScene>
#include <QPainter>
#include <QTextDocument>

namespace atlas::ChartRender {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(atlas::ChartRender)
};

QString plainText(const QString &html)
{
    QTextDocument doc;
    doc.setHtml(html);
    return doc.toPlainText().simplified();
}

} // namespace

void paint(QChart *chart, const QSize &size, QPainter *painter, const QRectF &target)
{
    QGraphicsScene scene;
    scene.addItem(chart);
    chart->setGeometry(QRectF(QPointF(0, 0), size));
    // Qt Charts lays out on a posted request; the labels follow the plot area it sets, and an
    // axis title that changes to fit asks for one more round.
    for (int round = 0; round < 3; ++round) {
        if (chart->layout())
            chart->layout()->activate();
        QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
    }
    scene.setSceneRect(chart->geometry());
    scene.render(painter, target, chart->geometry());
    scene.removeItem(chart);
}

bool renderToFile(const Dataset &data, const FinancialChartBuilder::Options &options,
                  const QSize &size, const QString &path, QString *error)
{
    auto fail = [&](const QString &why) {
        if (error)
            *error = why;
        return false;
    };
    if (!PictureFile::checkSuffix(path, error))
        return false;
    if (size.width() < 100 || size.height() < 100)
        return fail(
                Tr::tr("The chart size %1×%2 is too small.").arg(size.width()).arg(size.height()));

    FinancialChartBuilder builder(data);
    FinancialChartBuilder::Chart result = builder.build(options);
    if (!result.chart)
        return fail(result.emptyReason);
    QChart *chart = result.chart.get();
    return PictureFile::write(
            path, size,
            [&](QPainter &painter, const QRectF &rect) { paint(chart, size, &painter, rect); },
            { plainText(chart->title()), Tr::tr("Telco Atlas financial chart") }, error);
}

bool renderToFile(const Document &doc, const Options &options, const QString &path, QString *error)
{
    auto fail = [&](const QString &why) {
        if (error)
            *error = why;
        return false;
    };
    const Dataset &data = doc.data();
    FinancialChartBuilder builder(data);
    FinancialChartBuilder::Options o;
    o.language = options.lang;
    o.from = doc.windowFrom();
    o.to = doc.windowTo();
    o.view = options.view;

    if (options.company.isEmpty()) {
        o.companyId = builder.defaultCompany();
    } else {
        o.companyId = data.resolveEntity(options.company);
        if (o.companyId.isEmpty())
            return fail(Tr::tr("Unknown company “%1”.").arg(options.company));
        if (!builder.hasFigures(o.companyId)) {
            const Entity *e = data.entity(o.companyId);
            return fail(Tr::tr("“%1” has no financial figures; companies with figures: %2.")
                                .arg(e ? e->name.text(options.lang) : options.company,
                                     builder.companies().join(QStringLiteral(", "))));
        }
    }
    if (!options.quarter.isEmpty()) {
        o.quarter = PartialDate::fromString(options.quarter);
        if (!o.quarter.isValid() || o.quarter.precision() != PartialDate::Precision::Quarter)
            return fail(Tr::tr("Unknown quarter “%1”: write it as 2024-Q2.").arg(options.quarter));
    }
    return renderToFile(data, o, options.size, path, error);
}

} // namespace atlas::ChartRender
