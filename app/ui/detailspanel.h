// SPDX-FileCopyrightText: 2026 Telco Atlas authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/document.h"

#include <QString>
#include <QStringList>
#include <QTextBrowser>

#include <utility>
#include <vector>

namespace atlas {

// Shows what is selected in the Document: for an entity its kind, both names, ticker,
// relationships and events, and its attributes; for an event its date with precision, participants
// and roles, amount and sources. Entity and event names are links that change the selection; source
// addresses open in the browser.
class DetailsPanel : public QTextBrowser
{
    Q_OBJECT
public:
    explicit DetailsPanel(Document *document, QWidget *parent = nullptr);

    // The HTML for a selection, composed from the data alone. entityEvents: the ids of the events
    // of a selected entity, in any order, instead of a pass over every event to find them.
    static QString html(const Dataset &data, const Document::Selection &selection, Language lang,
                        const QStringList *entityEvents = nullptr);
    // An entity's page lists at most this many of its events, the latest.
    static constexpr int listedEvents = 50;
    // An attribute's value as a reader of lang expects it: "1,234.5", "2024년 3월 1일", "yes".
    static QString attributeText(const Attribute &attribute, Language lang);
    // Whether an edit, applied to data, changes what html() shows for the selection: the selected
    // record, a record listed or named on its page, or one that joins or leaves the list.
    // Cheap (no pass over the events), so the panel is rebuilt only after the edits it shows.
    static bool shows(const Dataset &data, const Document::Selection &selection,
                      const DataEdit &edit);
    // The pages last shown stay laid out, at most this many (the one shown among them).
    static constexpr int keptPages = 4;
    static_assert(keptPages >= 2, "the page shown before is kept beside the one shown");

protected:
    void changeEvent(QEvent *event) override;

private:
    void refresh();
    // Shows the page: a kept one as it was laid out, else a new document made of it.
    void showPage(const QString &page);
    void followEdit(const DataEdit &edit);
    void followLink(const QUrl &url);

    Document *m_document;
    // The events of the entity m_eventsOf (none when empty), kept up to date edit by edit.
    QString m_eventsOf;
    QStringList m_events;
    // The selection the page shown was built for.
    Document::Selection m_pageSelection;
    // Documents of the pages shown last, with their HTML, the most recent (the one shown) last.
    // Going back to one (an undo bringing back a deleted company, the user flipping between two)
    // shows it without laying out its text again: Qt keeps a block's shaped text when its lines
    // are laid out anew, and shaping is most of the cost (a page of 50 events, 5.3 ms against
    // 2.2 ms in a probe program).
    std::vector<std::pair<QString, QTextDocument *>> m_kept;
};

} // namespace atlas
