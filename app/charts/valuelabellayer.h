// SPDX-FileCopyrightText: 2026 Telco Atlas authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QColor>
#include <QFont>
#include <QGraphicsObject>
#include <QList>
#include <QPointF>
#include <QRectF>
#include <QString>

#include <functional>

QT_BEGIN_NAMESPACE
class QAbstractAxis;
class QAbstractSeries;
class QBarCategoryAxis;
class QChart;
QT_END_NAMESPACE

namespace atlas {

// Value labels over bars and line points, in words Qt Charts' "@value" format cannot give
// ("KRW 6.55 trillion", "6조 5,464억 원"). The layer is a child of the chart and places the labels
// again whenever the plot area changes: each label takes the first of its candidate places that
// stays inside the plot and clear of the labels placed before it; when none does, every label
// falls back to its compact text, and a label that still does not fit is left out rather than
// drawn over another. Vertical axis titles likewise drop to their brief form when the plot is too
// short for the full one, instead of being cut off with "..."; category labels too narrow for
// their slot drop their second line, and turn upright if even that does not fit.
class ValueLabelLayer : public QGraphicsObject
{
    Q_OBJECT
public:
    enum class Anchor { Bar, Point };

    struct Label
    {
        QAbstractSeries *series = nullptr;
        Anchor anchor = Anchor::Bar;
        double x = 0.0; // domain x of the bar centre / point
        double value = 0.0; // domain y of the bar top / point
        QString text; // may hold a line break
        QString compactText;
        QColor color;
        double halfWidth = 0.0; // of the bar, in domain x: a label may sit inside a bar it fits
        QColor barColor;
    };

    // What was drawn, in chart coordinates; for tests and for the briefing.
    struct Placed
    {
        QString text;
        QRectF rect;
        bool visible = false;
        bool inside = false; // within the top of its bar
    };

    explicit ValueLabelLayer(QChart *chart);

    void setFont(const QFont &font);
    void addLabel(const Label &label);
    void addAxisTitle(QAbstractAxis *axis, const QString &full, const QString &brief);
    void addCategoryLabels(QBarCategoryAxis *axis, const QStringList &full,
                           const QStringList &brief);
    // The chart title's subtitle that goes with the full category labels and the one for the
    // brief ones (plain text, as in the title): a subtitle never promises what the labels dropped.
    void setCategorySubtitles(const QString &full, const QString &brief);
    QList<Placed> placed() const { return m_placed; }
    bool isCompact() const { return m_compact; }
    // How wide the chart's title may be before Qt Charts elides it.
    qreal titleRoom() const;
    // Makes the chart's rich-text title of a title and a subtitle, '\n' where a line breaks.
    using TitleComposer = std::function<QString(const QString &title, const QString &subtitle)>;
    // The chart's title and subtitle as plain text: lines too wide for the chart are broken
    // (the subtitle first between its parts), never elided.
    void setTitle(const QString &title, const QString &subtitle, TitleComposer compose);

    // Places the labels for the chart's current plot area.
    void relayout();
    // For a dark canvas: label and category-note colours mapped, the backdrop behind labels that
    // cross grid lines in the canvas colour.
    void recolour(const QList<QPair<QColor, QColor>> &colours, const QColor &canvas);

    QRectF boundingRect() const override;
    QPainterPath shape() const override; // empty: the labels never take a hover or click from a bar
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

private:
    bool place(bool compact);
    void fitAxisTitles(const QRectF &plot);
    void fitCategoryLabels(const QRectF &plot);
    void fitTitle();
    qreal titleWidth(const QString &title, const QString &subtitle) const;
    QString wrapped(const QString &text, bool subtitle, qreal room) const;

    struct AxisTitle
    {
        QAbstractAxis *axis = nullptr;
        QString full;
        QString brief;
    };

    QChart *m_chart;
    QFont m_font;
    QList<Label> m_labels;
    QList<Placed> m_placed;
    QList<AxisTitle> m_axisTitles;
    struct CategoryLabels
    {
        QBarCategoryAxis *axis = nullptr;
        QStringList full;
        QStringList brief;
    };
    QList<CategoryLabels> m_categoryLabels;
    QString m_fullSubtitle;
    QString m_briefSubtitle;
    QString m_title;
    QString m_subtitle;
    TitleComposer m_compose;
    bool m_compact = false;
    QRectF m_bounds;
    QColor m_backdrop = QColor(255, 255, 255, 215);
};

} // namespace atlas
