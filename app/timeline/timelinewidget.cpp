// SPDX-FileCopyrightText: 2026 Telco Atlas authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "timelinewidget.h"

#include "lanepicker.h"
#include "timelineoverview.h"
#include "timelineplayer.h"
#include "timelinerender.h"
#include "timelineview.h"

#include "core/formatting.h"
#include "models/document.h"

#include <QAction>
#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QMenu>
#include <QPainter>
#include <QStyle>
#include <QToolButton>
#include <QVBoxLayout>

namespace atlas {

namespace {

QString dayText(const QDate &d, Language lang)
{
    return Format::date(PartialDate::day(d.year(), d.month(), d.day()), lang);
}

} // namespace

TimelineWidget::TimelineWidget(Document *document, QWidget *parent)
    : QWidget(parent), m_document(document)
{
    setObjectName(QStringLiteral("timelineWidget"));
    m_view = new TimelineView(document, this);
    m_overview = new TimelineOverview(document, &m_view->index(), this);
    m_player = new TimelinePlayer(document, this);
    connect(m_view, &TimelineView::indexRebuilt, m_overview, &TimelineOverview::indexChanged);

    auto makeAction = [this](const char *name, const QList<QKeySequence> &keys) {
        auto *a = new QAction(this);
        a->setObjectName(QString::fromLatin1(name));
        a->setShortcuts(keys);
        a->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        addAction(a);
        return a;
    };
    m_zoomInAction = makeAction("timelineZoomIn",
                                { QKeySequence(Qt::Key_Plus), QKeySequence(Qt::Key_Equal) });
    m_zoomOutAction = makeAction("timelineZoomOut", { QKeySequence(Qt::Key_Minus) });
    m_fitAllAction =
            makeAction("timelineFitAll",
                       { QKeySequence(Qt::Key_F), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_F) });
    m_playAction = makeAction("timelinePlay", { QKeySequence(Qt::Key_Space) });
    m_playAction->setCheckable(true);
    m_stepForwardAction =
            makeAction("timelineStepForward", { QKeySequence(Qt::CTRL | Qt::Key_Right) });
    m_stepBackAction = makeAction("timelineStepBack", { QKeySequence(Qt::CTRL | Qt::Key_Left) });
    m_exportAction = makeAction("timelineExport", {});
    m_chooseLanesAction = makeAction("timelineChooseLanes", { QKeySequence(Qt::Key_L) });
    m_pinLaneAction = makeAction("timelinePinLane", { QKeySequence(Qt::Key_P) });
    m_pinLaneAction->setCheckable(true);

    updateIcons();

    connect(m_zoomInAction, &QAction::triggered, m_view, &TimelineView::zoomIn);
    connect(m_zoomOutAction, &QAction::triggered, m_view, &TimelineView::zoomOut);
    connect(m_fitAllAction, &QAction::triggered, m_view, &TimelineView::fitAll);
    connect(m_playAction, &QAction::triggered, m_player, &TimelinePlayer::setPlaying);
    connect(m_player, &TimelinePlayer::playingChanged, this, [this](bool playing) {
        m_playAction->setChecked(playing);
        updateIcons();
        retranslate();
    });
    connect(m_stepForwardAction, &QAction::triggered, m_player, &TimelinePlayer::stepForward);
    connect(m_stepBackAction, &QAction::triggered, m_player, &TimelinePlayer::stepBack);
    connect(m_exportAction, &QAction::triggered, this,
            [this] { Q_EMIT exportPictureRequested(tr("timeline"), QStringLiteral("png")); });

    connect(m_chooseLanesAction, &QAction::triggered, this, &TimelineWidget::openLanePicker);
    connect(m_view, &TimelineView::laneChooserRequested, this, &TimelineWidget::openLanePicker);
    connect(m_pinLaneAction, &QAction::triggered, this, [this](bool pinned) {
        const Document::Selection selection = m_document->selection();
        if (selection.type == Document::SelectionType::Entity)
            m_view->setPinned(selection.id, pinned);
        updatePinAction();
    });
    connect(document, &Document::selectionChanged, this, &TimelineWidget::updatePinAction);
    connect(m_view, &TimelineView::laneChoiceChanged, this, &TimelineWidget::updatePinAction);

    m_presetMenu = new QMenu(this);
    m_presetButton = new QToolButton(this);
    m_presetButton->setObjectName(QStringLiteral("timelinePresets"));
    m_presetButton->setMenu(m_presetMenu);
    m_presetButton->setPopupMode(QToolButton::InstantPopup);
    m_presetButton->setToolButtonStyle(Qt::ToolButtonTextOnly);
    connect(m_presetMenu, &QMenu::triggered, this,
            [this](QAction *a) { applyPreset(a->data().toString()); });

    m_windowLabel = new QLabel(this);
    m_windowLabel->setObjectName(QStringLiteral("timelineWindowLabel"));
    m_windowLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_speedLabel = new QLabel(this);
    m_speedCombo = new QComboBox(this);
    m_speedCombo->setObjectName(QStringLiteral("timelineSpeed"));
    for (double s : { 0.5, 1.0, 2.0, 4.0, 8.0 })
        m_speedCombo->addItem(QStringLiteral("%1×").arg(s), s);
    m_speedCombo->setCurrentIndex(1);
    m_speedLabel->setBuddy(m_speedCombo);
    connect(m_speedCombo, &QComboBox::currentIndexChanged, this,
            [this](int i) { m_player->setSpeed(m_speedCombo->itemData(i).toDouble()); });

    QHBoxLayout *bar = createBar();

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->setSpacing(4);
    layout->addLayout(bar);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_overview);

    connect(document, &Document::timeWindowChanged, this, &TimelineWidget::updateWindowLabel);
    auto refresh = [this] {
        updateWindowLabel();
        rebuildPresets();
    };
    connect(document, &Document::languageChanged, this, refresh);
    connect(document, &Document::dataReset, this, refresh);
    connect(document, &Document::applied, this, refresh);
    retranslate();
    rebuildPresets();
    updateWindowLabel();
    updatePinAction();
}

// The bar above the timeline: presets and window, zoom, play, lanes, export.
QHBoxLayout *TimelineWidget::createBar()
{
    auto *bar = new QHBoxLayout;
    bar->setContentsMargins(0, 0, 0, 0);
    bar->setSpacing(4);
    bar->addWidget(m_presetButton);
    bar->addSpacing(6);
    bar->addWidget(m_windowLabel, 1);
    bar->addWidget(toolButton(m_zoomOutAction));
    bar->addWidget(toolButton(m_zoomInAction));
    bar->addWidget(toolButton(m_fitAllAction));
    bar->addSpacing(12);
    bar->addWidget(toolButton(m_stepBackAction));
    bar->addWidget(toolButton(m_playAction));
    bar->addWidget(toolButton(m_stepForwardAction));
    bar->addWidget(m_speedLabel);
    bar->addWidget(m_speedCombo);
    bar->addSpacing(12);
    bar->addWidget(toolButton(m_chooseLanesAction));
    bar->addWidget(toolButton(m_pinLaneAction));
    bar->addSpacing(12);
    bar->addWidget(toolButton(m_exportAction));
    return bar;
}

void TimelineWidget::openLanePicker()
{
    auto *picker = new LanePicker(m_document->data(), m_view->index(), m_document->language(),
                                  m_view->laneChoice(), this);
    picker->setAttribute(Qt::WA_DeleteOnClose);
    connect(picker, &QDialog::accepted, this,
            [this, picker] { m_view->setLaneChoice(picker->choice()); });
    picker->open();
}

void TimelineWidget::updatePinAction()
{
    const Document::Selection selection = m_document->selection();
    const bool entity = selection.type == Document::SelectionType::Entity;
    m_pinLaneAction->setEnabled(entity);
    m_pinLaneAction->setChecked(entity && m_view->isPinned(selection.id));
}

QToolButton *TimelineWidget::toolButton(QAction *action)
{
    auto *button = new QToolButton(this);
    button->setDefaultAction(action);
    button->setAutoRaise(true);
    button->setToolButtonStyle(action->icon().isNull() ? Qt::ToolButtonTextOnly
                                                       : Qt::ToolButtonIconOnly);
    return button;
}

void TimelineWidget::retranslate()
{
    m_zoomInAction->setText(tr("Zoom In"));
    m_zoomInAction->setIconText(QStringLiteral("+"));
    m_zoomInAction->setToolTip(tr("Zoom in (+, Ctrl+wheel)"));
    m_zoomOutAction->setText(tr("Zoom Out"));
    m_zoomOutAction->setIconText(QStringLiteral("−"));
    m_zoomOutAction->setToolTip(tr("Zoom out (-, Ctrl+wheel)"));
    m_fitAllAction->setText(tr("Fit All"));
    m_fitAllAction->setIconText(tr("Fit"));
    m_fitAllAction->setToolTip(tr("Show all time (F)"));
    const bool playing = m_player->isPlaying();
    m_playAction->setText(playing ? tr("Pause") : tr("Play"));
    m_playAction->setToolTip(
            playing ? tr("Pause (Space)")
                    : tr("Play: move the window forward a month at a time (Space)"));
    m_stepForwardAction->setText(tr("Step Forward"));
    m_stepForwardAction->setToolTip(tr("Move the window a month later (Ctrl+Right)"));
    m_stepBackAction->setText(tr("Step Back"));
    m_stepBackAction->setToolTip(tr("Move the window a month earlier (Ctrl+Left)"));
    // Named after its view in File → Export View; the button here stays short.
    m_exportAction->setText(tr("Export Timeline…"));
    m_exportAction->setIconText(tr("Export…"));
    m_exportAction->setToolTip(tr("Save the timeline as a PNG or SVG image"));
    m_chooseLanesAction->setText(tr("Choose Lanes…"));
    m_chooseLanesAction->setIconText(tr("Lanes…"));
    m_chooseLanesAction->setToolTip(tr("Choose which companies and other entities get a lane (L)"));
    m_pinLaneAction->setText(tr("Pin Lane"));
    m_pinLaneAction->setIconText(tr("Pin"));
    m_pinLaneAction->setToolTip(tr("Keep a lane for the selected entity whatever the window (P)"));
    m_presetButton->setText(tr("Window"));
    m_presetButton->setToolTip(tr("Choose the time window"));
    m_speedLabel->setText(tr("&Speed:"));
    m_speedCombo->setToolTip(tr("How fast play moves the window"));
    rebuildPresets();
    updateWindowLabel();
}

void TimelineWidget::rebuildPresets()
{
    if (!m_presetMenu)
        return;
    m_presetMenu->clear();
    auto add = [this](const QString &text, const QString &key) {
        QAction *a = m_presetMenu->addAction(text);
        a->setData(key);
    };
    add(tr("All Time"), QStringLiteral("all"));
    const QDate start = m_document->dataStart();
    const QDate end = m_document->dataEnd();
    if (start.isValid() && end.isValid()) {
        m_presetMenu->addSeparator();
        const Language lang = m_document->language();
        for (int y = start.year(); y <= end.year(); ++y)
            add(Format::date(PartialDate::year(y), lang), QString::number(y));
        m_presetMenu->addSeparator();
        add(tr("Last 12 Months of Data"), QStringLiteral("last-12-months"));
    }
}

bool TimelineWidget::applyPreset(const QString &key)
{
    m_player->pause();
    if (key == QLatin1String("all")) {
        m_document->resetTimeWindow();
        return true;
    }
    const QDate end = m_document->dataEnd();
    if (key == QLatin1String("last-12-months")) {
        if (!end.isValid())
            return false;
        m_document->setTimeWindow(end.addMonths(-12).addDays(1), end);
        return true;
    }
    bool ok = false;
    const int year = key.toInt(&ok);
    if (!ok || year < 1 || year > 9999)
        return false;
    m_document->setTimeWindow(QDate(year, 1, 1), QDate(year, 12, 31));
    return true;
}

void TimelineWidget::updateWindowLabel()
{
    if (!m_windowLabel)
        return;
    const QDate from = m_document->windowFrom();
    const QDate to = m_document->windowTo();
    const Language lang = m_document->language();
    if (!from.isValid() && !to.isValid()) {
        m_windowLabel->setText(tr("All time"));
        return;
    }
    const QString a = from.isValid() ? dayText(from, lang) : QString();
    const QString b = to.isValid() ? dayText(to, lang) : QString();
    m_windowLabel->setText(QStringLiteral("%1 – %2").arg(a, b));
}

bool TimelineWidget::exportImage(const QString &path, QString *error)
{
    TimelineRender::Options options;
    options.from = m_document->windowFrom();
    options.to = m_document->windowTo();
    options.lang = m_document->language();
    return TimelineRender::renderToFile(*m_document, options, path, error);
}

namespace {
enum class Glyph { Play, Pause, Forward, Back };

// Drawn in the palette's button text colour, so they stay visible on a dark palette (the style's
// media icons are dark grey pictures).
QIcon glyphIcon(Glyph glyph, const QColor &colour, qreal dpr)
{
    const int side = 16;
    QPixmap pixmap(QSize(side, side) * dpr);
    pixmap.setDevicePixelRatio(dpr);
    pixmap.fill(Qt::transparent);
    QPainter p(&pixmap);
    p.setRenderHint(QPainter::Antialiasing);
    p.setPen(Qt::NoPen);
    p.setBrush(colour);
    auto triangle = [&p](qreal x0, qreal x1) {
        const qreal y0 = 3, y1 = 13;
        p.drawPolygon(QPolygonF{ QPointF(x0, y0), QPointF(x1, (y0 + y1) / 2), QPointF(x0, y1) });
    };
    switch (glyph) {
    case Glyph::Play:
        triangle(4, 13);
        break;
    case Glyph::Pause:
        p.drawRect(QRectF(4, 3, 3, 10));
        p.drawRect(QRectF(9, 3, 3, 10));
        break;
    case Glyph::Forward:
        triangle(2, 8);
        triangle(8, 14);
        break;
    case Glyph::Back:
        triangle(8, 2);
        triangle(14, 8);
        break;
    }
    p.end();
    return QIcon(pixmap);
}
} // namespace

void TimelineWidget::updateIcons()
{
    if (!m_playAction)
        return; // a palette change during construction
    const QColor colour = palette().color(QPalette::ButtonText);
    const qreal dpr = devicePixelRatioF();
    m_playAction->setIcon(
            glyphIcon(m_player->isPlaying() ? Glyph::Pause : Glyph::Play, colour, dpr));
    m_stepForwardAction->setIcon(glyphIcon(Glyph::Forward, colour, dpr));
    m_stepBackAction->setIcon(glyphIcon(Glyph::Back, colour, dpr));
}

void TimelineWidget::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::StyleChange)
        updateIcons();
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

} // namespace atlas
