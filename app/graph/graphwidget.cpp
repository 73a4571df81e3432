// SPDX-FileCopyrightText: 2026 Telco Atlas authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "graphwidget.h"

#include "core/attributefilter.h"

#include "graphrender.h"
#include "graphscene.h"
#include "graphstyle.h"
#include "graphview.h"
#include "models/document.h"
#include "models/modelhelpers.h"
#include "nodeitem.h"

#include <QAction>
#include <QCompleter>
#include <QEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QSpinBox>
#include <QStringListModel>
#include <QToolBar>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>

namespace atlas {

namespace {

// Fills a filter menu of the kinds or the types: "show all", then one checked item a value with
// its icon. setShown(value, on) shows or hides a value; shown(all) follows each change (all: the
// "show all" item).
template <typename T, typename SetShown, typename Shown>
QAction *fillFilterMenu(QMenu *menu, QObject *context, QIcon (*icon)(T),
                        QHash<T, QAction *> *actions, SetShown setShown, Shown shown)
{
    QAction *showAll = menu->addAction(QString(), context, [setShown, shown] {
        for (T value : allValues<T>())
            setShown(value, true);
        shown(true);
    });
    menu->addSeparator();
    for (T value : allValues<T>()) {
        QAction *a = menu->addAction(icon(value), QString());
        a->setCheckable(true);
        a->setChecked(true);
        // A checkable item with an icon shows its state only as a faint frame: a check mark
        // instead (the legend shows the colours).
        a->setIconVisibleInMenu(false);
        QObject::connect(a, &QAction::toggled, context, [setShown, shown, value](bool on) {
            setShown(value, on);
            shown(false);
        });
        actions->insert(value, a);
    }
    return showAll;
}

} // namespace

GraphWidget::GraphWidget(Document *document, QWidget *parent)
    : QWidget(parent),
      m_document(document),
      m_view(new GraphView(document, this)),
      m_toolBar(new QToolBar(this)),
      m_search(new QLineEdit(this)),
      m_completer(new QCompleter(this)),
      m_completions(new QStringListModel(this)),
      m_hopsLabel(new QLabel(this)),
      m_hops(new QSpinBox(this)),
      m_kindButton(nullptr),
      m_typeButton(nullptr),
      m_exportButton(nullptr),
      m_kindMenu(new QMenu(this)),
      m_typeMenu(new QMenu(this)),
      m_exportMenu(new QMenu(this)),
      m_note(new QLabel(this))
{
    m_search->setClearButtonEnabled(true);
    m_search->setMinimumWidth(220);
    m_completer->setModel(m_completions);
    m_completer->setCaseSensitivity(Qt::CaseInsensitive);
    m_completer->setFilterMode(Qt::MatchContains);
    m_completer->setCompletionMode(QCompleter::PopupCompletion);
    m_completer->setMaxVisibleItems(12);
    m_search->setCompleter(m_completer);
    connect(m_completer, qOverload<const QString &>(&QCompleter::activated), this,
            &GraphWidget::find);
    connect(m_search, &QLineEdit::returnPressed, this, [this] { find(m_search->text()); });
    connect(m_search, &QLineEdit::textEdited, m_note, &QLabel::hide);

    m_hops->setRange(1, 3);
    m_hops->setValue(m_view->hops());
    m_hopsLabel->setBuddy(m_hops);
    connect(m_hops, &QSpinBox::valueChanged, m_view, &GraphView::setHops);
    connect(m_hops, &QSpinBox::valueChanged, this, &GraphWidget::updateHopsSuffix);
    connect(m_view, &GraphView::hopsChanged, m_hops, &QSpinBox::setValue);

    m_showAllKinds = fillFilterMenu<EntityKind>(
            m_kindMenu, this, &GraphStyle::kindIcon, &m_kindActions,
            [this](EntityKind k, bool on) { scene()->setKindShown(k, on); },
            [this](bool all) { onShowAll(true, all); });
    m_showAllTypes = fillFilterMenu<RelationshipType>(
            m_typeMenu, this, &GraphStyle::typeIcon, &m_typeActions,
            [this](RelationshipType t, bool on) { scene()->setTypeShown(t, on); },
            [this](bool all) { onShowAll(false, all); });

    m_exportPngAction = m_exportMenu->addAction(QString(), this, [this] { exportImage(false); });
    m_exportSvgAction = m_exportMenu->addAction(QString(), this, [this] { exportImage(true); });
    m_findAction = new QAction(this);
    m_findAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_G));
    m_findAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(m_findAction, &QAction::triggered, this, [this] {
        m_search->setFocus(Qt::ShortcutFocusReason);
        m_search->selectAll();
    });
    addAction(m_findAction);

    m_toolBar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_toolBar->addWidget(m_search);
    m_toolBar->addSeparator();
    m_toolBar->addWidget(m_hopsLabel);
    m_toolBar->addWidget(m_hops);
    m_toolBar->addSeparator();
    // Menus as actions, not widgets: whatever the width, the » overflow lists them too.
    m_toolBar->addAction(m_kindMenu->menuAction());
    m_toolBar->addAction(m_typeMenu->menuAction());
    m_toolBar->addSeparator();
    m_toolBar->addActions({ m_view->zoomOutAction(), m_view->zoomInAction(), m_view->fitAction(),
                            m_view->relayoutAction(), m_view->pauseLayoutAction() });
    m_toolBar->addAction(m_view->legendAction());
    m_toolBar->addSeparator();
    m_toolBar->addAction(m_exportMenu->menuAction());
    for (QMenu *menu : { m_kindMenu, m_typeMenu, m_exportMenu }) {
        if (auto *b = qobject_cast<QToolButton *>(m_toolBar->widgetForAction(menu->menuAction())))
            b->setPopupMode(QToolButton::InstantPopup);
    }
    m_kindButton =
            qobject_cast<QToolButton *>(m_toolBar->widgetForAction(m_kindMenu->menuAction()));
    m_typeButton =
            qobject_cast<QToolButton *>(m_toolBar->widgetForAction(m_typeMenu->menuAction()));
    m_exportButton =
            qobject_cast<QToolButton *>(m_toolBar->widgetForAction(m_exportMenu->menuAction()));
    // The view's shortcuts also work while the search field or a tool button has focus.
    for (QAction *a : { m_view->zoomInAction(), m_view->zoomOutAction(), m_view->fitAction() })
        addAction(a);

    m_note->setWordWrap(true);
    m_note->setContentsMargins(6, 2, 6, 2);
    m_note->setForegroundRole(QPalette::PlaceholderText);
    m_note->hide();

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_toolBar);
    layout->addWidget(m_note);
    layout->addWidget(m_view, 1);
    setFocusProxy(m_view);

    connect(m_view, &GraphView::detailsRequested, this, &GraphWidget::detailsRequested);
    // The names are built when the search field takes focus, not on every edit (at 100,000
    // events an edit would pay for a list of every entity it may not have touched).
    const auto stale = [this] { m_completionsStale = true; };
    connect(document, &Document::dataReset, this, stale);
    connect(document, &Document::applied, this, [this](const DataEdit &edit) {
        m_completionsStale =
                m_completionsStale || !edit.entities.isEmpty() || !edit.relationships.isEmpty();
    });
    connect(document, &Document::languageChanged, this, stale);
    m_search->installEventFilter(this);
    connect(document, &Document::dataReset, this, &GraphWidget::refreshCustomFilters);
    connect(document, &Document::applied, this, [this](const DataEdit &edit) {
        if (edit.types)
            refreshCustomFilters();
    });
    retranslate();
    refreshCustomFilters();
}

GraphWidget::~GraphWidget() = default;

GraphScene *GraphWidget::scene() const
{
    return m_view->graphScene();
}

void GraphWidget::retranslate()
{
    m_search->setPlaceholderText(tr("Find an entity by name or ticker…"));
    m_search->setToolTip(tr("Find an entity: English or Korean name, or ticker (%1)")
                                 .arg(m_findAction->shortcut().toString(QKeySequence::NativeText)));
    m_search->setAccessibleName(tr("Find entity"));
    m_hopsLabel->setText(tr("&Neighbourhood:"));
    updateHopsSuffix();
    m_hops->setToolTip(tr("How far a double click on a node reaches: 1 to 3 relationships"));
    m_exportMenu->setTitle(tr("Export"));
    m_exportMenu->menuAction()->setToolTip(tr("Export the graph as a PNG image or an SVG drawing"));
    updateFilterMarks();
    m_showAllKinds->setText(tr("Show All Kinds"));
    m_showAllTypes->setText(tr("Show All Types"));
    for (auto it = m_kindActions.cbegin(); it != m_kindActions.cend(); ++it)
        it.value()->setText(labelOf(it.key()));
    for (auto it = m_typeActions.cbegin(); it != m_typeActions.cend(); ++it)
        it.value()->setText(GraphStyle::typeNoun(it.key()));
    // Named after their view: they also sit in File → Export View beside the other views'.
    m_exportPngAction->setText(tr("Export Graph as &PNG Image…"));
    m_exportSvgAction->setText(tr("Export Graph as &SVG Drawing…"));
    m_findAction->setText(tr("Find in Graph"));
}

void GraphWidget::updateHopsSuffix()
{
    m_hops->setSuffix(tr(" step(s)", nullptr, m_hops->value()));
}

void GraphWidget::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        refreshCustomFilters(); // the labels of user-defined kinds follow the language too
    }
    QWidget::changeEvent(event);
}

QCompleter *GraphWidget::completer()
{
    ensureCompletions();
    return m_completer;
}

bool GraphWidget::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_search && event->type() == QEvent::FocusIn)
        ensureCompletions();
    return QWidget::eventFilter(watched, event);
}

void GraphWidget::ensureCompletions()
{
    if (!m_completionsStale)
        return;
    m_completionsStale = false;
    rebuildCompletions();
}

void GraphWidget::rebuildCompletions()
{
    // One line per entity of the graph, its name in the document language first, so typing any
    // of its names or its ticker finds it.
    const Language lang = m_document->language();
    const Language other = lang == Language::Korean ? Language::English : Language::Korean;
    QStringList lines;
    m_completionIds.clear();
    for (const NodeItem *node : scene()->nodeItems()) {
        const Entity *e = scene()->entity(node->id());
        if (!e)
            continue;
        QStringList parts{ e->name.text(lang) };
        if (e->name.text(other) != parts.constFirst())
            parts.append(e->name.text(other));
        if (!e->ticker.isEmpty())
            parts.append(e->ticker);
        QString line = parts.join(QStringLiteral(" · "));
        if (m_completionIds.contains(line))
            line += QStringLiteral(" (%1)").arg(e->id);
        m_completionIds.insert(line, e->id);
        lines.append(line);
    }
    lines.sort(Qt::CaseInsensitive);
    m_completions->setStringList(lines);
}

void GraphWidget::showNote(const QString &text)
{
    m_note->setText(text);
    m_note->show();
}

// The first entity of the graph whose attributes meet the conditions in text ("kind = song",
// "performances > 100") and hold the rest of its words among their values; empty when none.
QString GraphWidget::entityByAttributes(const QString &text) const
{
    QString rest;
    const QList<AttributeCondition> conditions = AttributeCondition::extract(text, &rest);
    const QStringList words = rest.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    for (const NodeItem *node : scene()->nodeItems()) {
        const Entity *e = scene()->entity(node->id());
        if (!e || e->attributes.isEmpty()
            || !AttributeCondition::matchesAll(conditions, ModelHelpers::searchAttributes(*e)))
            continue;
        const QString values = e->attributes.searchText();
        if (std::all_of(words.cbegin(), words.cend(),
                        [&](const QString &w) { return values.contains(w, Qt::CaseInsensitive); }))
            return e->id;
    }
    return {};
}

bool GraphWidget::find(const QString &text)
{
    const QString needle = text.trimmed();
    if (needle.isEmpty())
        return false;
    const Dataset &data = m_document->data();
    ensureCompletions();
    QString id = m_completionIds.value(needle);
    if (id.isEmpty())
        id = data.resolveEntity(needle);
    if (id.isEmpty()) {
        for (const NodeItem *node : scene()->nodeItems()) {
            const Entity *e = scene()->entity(node->id());
            if (e
                && (e->name.contains(needle) || e->ticker.contains(needle, Qt::CaseInsensitive))) {
                id = e->id;
                break;
            }
        }
    }
    if (id.isEmpty())
        id = entityByAttributes(needle);
    const Entity *entity = data.entity(id);
    if (!entity) {
        showNote(tr("No entity matches “%1”.").arg(needle));
        return false;
    }
    m_note->hide();
    m_document->selectEntity(id);
    // Asked for by name, so shown even when a filter or the neighbourhood focus hid it.
    if (!scene()->focusNode().isEmpty() && !scene()->shownNodes().contains(id))
        m_view->leaveFocus();
    if (!scene()->isKindShown(entity->kind)) {
        scene()->setKindShown(entity->kind, true);
        syncFilterActions();
    }
    if (!m_view->centreOn(id)) {
        showNote(tr("%1 has no relationships shown for the time window.")
                         .arg(entity->name.text(m_document->language())));
        return false;
    }
    scene()->setKeyboardNode(id);
    return true;
}

void GraphWidget::updateFilterMarks()
{
    // The button says when the filter hides something, so a missing node is explained.
    int hiddenKinds = 0;
    for (EntityKind k : allValues<EntityKind>())
        hiddenKinds += scene()->isKindShown(k) ? 0 : 1;
    int hiddenTypes = 0;
    for (RelationshipType t : allValues<RelationshipType>())
        hiddenTypes += scene()->isTypeShown(t) ? 0 : 1;
    for (auto it = m_customKindActions.cbegin(); it != m_customKindActions.cend(); ++it)
        hiddenKinds += scene()->isCustomKindShown(it.key()) ? 0 : 1;
    for (auto it = m_customTypeActions.cbegin(); it != m_customTypeActions.cend(); ++it)
        hiddenTypes += scene()->isCustomTypeShown(it.key()) ? 0 : 1;
    m_kindMenu->setTitle(hiddenKinds ? tr("Entities (%n hidden)", nullptr, hiddenKinds)
                                     : tr("Entities"));
    m_kindMenu->menuAction()->setToolTip(tr("Show or hide entities by kind"));
    m_typeMenu->setTitle(hiddenTypes ? tr("Relationships (%n hidden)", nullptr, hiddenTypes)
                                     : tr("Relationships"));
    m_typeMenu->menuAction()->setToolTip(tr("Show or hide relationships by type"));
}

namespace {
// Checks each action of actions (key -> action) as shown(key) says, without its signal.
template <typename Map, typename Shown>
void syncChecks(const Map &actions, Shown shown)
{
    for (auto it = actions.cbegin(); it != actions.cend(); ++it) {
        const QSignalBlocker block(it.value());
        it.value()->setChecked(shown(it.key()));
    }
}
} // namespace

void GraphWidget::syncFilterActions()
{
    const GraphScene *s = scene();
    syncChecks(m_kindActions, [s](EntityKind k) { return s->isKindShown(k); });
    syncChecks(m_typeActions, [s](RelationshipType t) { return s->isTypeShown(t); });
    syncChecks(m_customKindActions, [s](const QString &k) { return s->isCustomKindShown(k); });
    syncChecks(m_customTypeActions, [s](const QString &t) { return s->isCustomTypeShown(t); });
    updateFilterMarks();
}

bool GraphWidget::exportTo(const QString &path, QString *error, const QSize &size) const
{
    return GraphRender::renderScene(scene(), path, error, size);
}

void GraphWidget::exportImage(bool svg)
{
    Q_EMIT exportPictureRequested(tr("company-graph"),
                                  svg ? QStringLiteral("svg") : QStringLiteral("png"));
}

void GraphWidget::refreshCustomFilters()
{
    for (auto *actions : { &m_customKindActions, &m_customTypeActions }) {
        qDeleteAll(*actions);
        actions->clear();
    }
    const CustomTypes &types = m_document->data().types;
    auto add = [this](QMenu *menu, const QIcon &icon, const CustomType &t, bool shown,
                      void (GraphScene::*setShown)(const QString &, bool)) {
        QAction *a = menu->addAction(icon, t.text());
        a->setCheckable(true);
        a->setChecked(shown);
        a->setIconVisibleInMenu(false);
        connect(a, &QAction::toggled, this, [this, setShown, key = t.key](bool on) {
            (scene()->*setShown)(key, on);
            updateFilterMarks();
        });
        return a;
    };
    for (const CustomType &t : types.kinds)
        m_customKindActions.insert(t.key,
                                   add(m_kindMenu, GraphStyle::kindIcon(t), t,
                                       scene()->isCustomKindShown(t.key),
                                       &GraphScene::setCustomKindShown));
    for (const CustomType &t : types.relationshipTypes)
        m_customTypeActions.insert(t.key,
                                   add(m_typeMenu, GraphStyle::typeIcon(t), t,
                                       scene()->isCustomTypeShown(t.key),
                                       &GraphScene::setCustomTypeShown));
    updateFilterMarks();
}

void GraphWidget::onShowAll(bool kinds, bool all)
{
    if (all)
        showAllCustom(kinds);
    all ? syncFilterActions() : updateFilterMarks();
}

void GraphWidget::showAllCustom(bool kinds)
{
    const auto &actions = kinds ? m_customKindActions : m_customTypeActions;
    for (auto it = actions.cbegin(); it != actions.cend(); ++it) {
        if (kinds)
            scene()->setCustomKindShown(it.key(), true);
        else
            scene()->setCustomTypeShown(it.key(), true);
    }
}

} // namespace atlas
