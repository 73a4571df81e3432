// SPDX-FileCopyrightText: 2026 Telco Atlas authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/kinds.h"

#include <QHash>
#include <QWidget>

QT_BEGIN_NAMESPACE
class QAction;
class QCompleter;
class QLabel;
class QLineEdit;
class QMenu;
class QSpinBox;
class QStringListModel;
class QToolBar;
class QToolButton;
QT_END_NAMESPACE

namespace atlas {

class Document;
class GraphScene;
class GraphView;

// The company graph as the main window shows it: a tool bar (search with completion on both
// names and tickers, neighbourhood size, filters by entity kind and relationship type, zoom,
// export) over the GraphView with its legend and overview.
class GraphWidget : public QWidget
{
    Q_OBJECT
public:
    explicit GraphWidget(Document *document, QWidget *parent = nullptr);
    ~GraphWidget() override;

    GraphView *view() const { return m_view; }
    GraphScene *scene() const;
    QLineEdit *searchField() const { return m_search; }
    // Its list of names is built when first needed after a change (the field takes focus).
    QCompleter *completer();
    QSpinBox *hopsBox() const { return m_hops; }
    QMenu *kindMenu() const { return m_kindMenu; }
    QMenu *typeMenu() const { return m_typeMenu; }
    QAction *kindAction(EntityKind kind) const { return m_kindActions.value(kind); }
    QAction *typeAction(RelationshipType type) const { return m_typeActions.value(type); }
    QAction *exportPngAction() const { return m_exportPngAction; }
    QAction *exportSvgAction() const { return m_exportSvgAction; }
    QAction *findAction() const { return m_findAction; }

    // Selects the entity the text names (a completion, a name in either language or a ticker,
    // else the first name containing it, else the first entity whose attributes meet the text's
    // conditions and hold its words: "kind = song", "performances > 100", "Fillmore") and
    // centres it, showing it if a filter or focus hid it.
    // False, with a note under the field, when nothing matches or it has no relationship in the
    // time window.
    bool find(const QString &text);
    // Writes the graph as shown to PNG or SVG, fitted to size in pixels (empty: its natural
    // size, a PNG at most 4,096 pixels on its longer side); the message names the file on failure.
    bool exportTo(const QString &path, QString *error, const QSize &size = {}) const;

Q_SIGNALS:
    // Enter on a node: show the Details of the selection.
    void detailsRequested();
    // Export PNG / Export SVG: the window asks where (askPicturePath in ui) and calls back.
    void exportPictureRequested(const QString &baseName, const QString &suffix);

protected:
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QString entityByAttributes(const QString &text) const;
    void retranslate();
    void updateHopsSuffix();
    void rebuildCompletions();
    void ensureCompletions();
    void syncFilterActions();
    void updateFilterMarks();
    // The filter items of the data's user-defined kinds and types, after the built-in ones.
    void refreshCustomFilters();
    void showAllCustom(bool kinds);
    // "Show all" of the kinds (or types) menu was checked (all) or one of its items unchecked.
    void onShowAll(bool kinds, bool all);
    void exportImage(bool svg);
    void showNote(const QString &text);

    Document *m_document;
    GraphView *m_view;
    QToolBar *m_toolBar;
    QLineEdit *m_search;
    QCompleter *m_completer;
    QStringListModel *m_completions;
    bool m_completionsStale = true; // the entities, their names or the language changed
    QHash<QString, QString> m_completionIds; // completion text → entity id
    QLabel *m_hopsLabel;
    QSpinBox *m_hops;
    // The tool bar's buttons for the three menus' actions.
    QToolButton *m_kindButton;
    QToolButton *m_typeButton;
    QToolButton *m_exportButton;
    QMenu *m_kindMenu;
    QMenu *m_typeMenu;
    QMenu *m_exportMenu;
    QAction *m_showAllKinds;
    QAction *m_showAllTypes;
    QHash<EntityKind, QAction *> m_kindActions;
    QHash<RelationshipType, QAction *> m_typeActions;
    QHash<QString, QAction *> m_customKindActions; // by key
    QHash<QString, QAction *> m_customTypeActions;
    QAction *m_exportPngAction;
    QAction *m_exportSvgAction;
    QAction *m_findAction;
    QLabel *m_note;
};

} // namespace atlas
