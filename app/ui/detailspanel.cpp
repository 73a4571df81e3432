// SPDX-FileCopyrightText: 2026 Telco Atlas authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "detailspanel.h"

#include "core/displayname.h"
#include "core/formatting.h"

#include <QDesktopServices>
#include <QEvent>
#include <QLocale>
#include <QSet>
#include <QTextDocument>

#include <algorithm>
#include <type_traits>

namespace atlas {

namespace {

QString esc(const QString &s)
{
    return s.toHtmlEscaped();
}

QString entityLink(const Dataset &d, const QString &id, Language lang)
{
    return QStringLiteral("<a href=\"atlas:entity/%1\">%2</a>")
            .arg(esc(id), esc(displayName(d, id, lang)));
}

QString eventLine(const Dataset &d, const Event &e, Language lang)
{
    QString line =
            QStringLiteral("<li>%1 · <a href=\"atlas:event/%2\">%3</a>")
                    .arg(esc(Format::date(e.date, lang)), esc(e.id), esc(e.title.text(lang)));
    if (e.amount)
        line += QStringLiteral(" · ") + esc(Format::amount(*e.amount, lang));
    Q_UNUSED(d)
    return line + QStringLiteral("</li>");
}

QString sourceList(const Dataset &d, const QStringList &ids, Language lang)
{
    QString out;
    for (const auto &id : ids) {
        const Source *s = d.source(id);
        if (!s)
            continue;
        QString line = esc(s->publisher);
        if (!s->title.isEmpty())
            line += QStringLiteral(", ") + esc(s->title);
        if (s->date.isValid())
            line += QStringLiteral(" (") + esc(Format::date(s->date, lang)) + QLatin1Char(')');
        if (!s->url.isEmpty())
            line += QStringLiteral("<br><a href=\"%1\">%2</a>").arg(esc(s->url), esc(s->url));
        out += QStringLiteral("<li>") + line + QStringLiteral("</li>");
    }
    return out.isEmpty() ? QString() : QStringLiteral("<ol>") + out + QStringLiteral("</ol>");
}

QString relationshipLine(const Dataset &d, const Relationship &r, Language lang)
{
    QString line = entityLink(d, r.fromId, lang) + QLatin1Char(' ') + esc(typeLabel(r, d.types))
            + QLatin1Char(' ') + entityLink(d, r.toId, lang);
    // Every interval of a relationship valid over several: "(2020 – 2020; 2023 – )".
    if (const QString when = Format::intervals(r.intervals(), lang); !when.isEmpty())
        line += QStringLiteral(" <span style=\"color:gray\">(%1)</span>").arg(esc(when));
    return QStringLiteral("<li>") + line
            + QStringLiteral(" <a href=\"atlas:relationship/%1\">›</a></li>").arg(esc(r.id));
}

// "Attributes" and a table of name and value, in the record's order; empty without attributes.
QString attributeSection(const Attributes &attributes, Language lang)
{
    if (attributes.isEmpty())
        return {};
    QString rows;
    for (const Attribute &a : attributes)
        rows += QStringLiteral("<tr><td style=\"color:gray\">%1</td><td>%2</td></tr>")
                        .arg(esc(a.name), esc(DetailsPanel::attributeText(a, lang)));
    return QStringLiteral("<h3>%1</h3><table cellspacing=\"0\" cellpadding=\"2\">%2</table>")
            .arg(DetailsPanel::tr("Attributes"), rows);
}

// The events of ids in data order, as a pass over the events finds them.
QList<const Event *> eventsAt(const Dataset &d, const QStringList &ids)
{
    QList<int> rows;
    rows.reserve(ids.size());
    for (const QString &id : ids) {
        const int row = d.eventIndex(id);
        if (row >= 0)
            rows.append(row);
    }
    std::sort(rows.begin(), rows.end());
    QList<const Event *> events;
    events.reserve(rows.size());
    for (int row : std::as_const(rows))
        events.append(&d.events.at(row));
    return events;
}

} // namespace

QString DetailsPanel::attributeText(const Attribute &a, Language lang)
{
    const QLocale locale(lang == Language::Korean ? QLocale::Korean : QLocale::English);
    switch (a.type) {
    case AttributeType::Text:
        return a.textValue();
    case AttributeType::Number:
        return a.isIntegral()
                ? locale.toString(qlonglong(a.numberValue()))
                : locale.toString(a.numberValue(), 'f', QLocale::FloatingPointShortest);
    case AttributeType::Date: {
        const QDate d = a.dateValue();
        return Format::date(PartialDate::day(d.year(), d.month(), d.day()), lang);
    }
    case AttributeType::Bool:
        return a.boolValue() ? tr("yes") : tr("no");
    }
    return a.toText();
}

DetailsPanel::DetailsPanel(Document *document, QWidget *parent)
    : QTextBrowser(parent), m_document(document)
{
    setOpenLinks(false);
    setObjectName(QStringLiteral("detailsPanel"));
    connect(this, &QTextBrowser::anchorClicked, this, &DetailsPanel::followLink);
    connect(document, &Document::selectionChanged, this, &DetailsPanel::refresh);
    connect(document, &Document::languageChanged, this, &DetailsPanel::refresh);
    connect(document, &Document::dataReset, this, [this] {
        m_eventsOf.clear();
        refresh();
    });
    connect(document, &Document::applied, this, &DetailsPanel::followEdit);
    refresh();
}

void DetailsPanel::followEdit(const DataEdit &edit)
{
    if (!m_eventsOf.isEmpty()) {
        for (const auto &[row, e] : edit.events.removed)
            m_events.removeOne(e.id);
        for (const auto &[before, after] : edit.events.changed) {
            if (!after.involves(m_eventsOf))
                m_events.removeOne(after.id);
            else if (!before.involves(m_eventsOf))
                m_events.append(after.id);
        }
        for (const auto &[row, e] : edit.events.inserted) {
            if (e.involves(m_eventsOf))
                m_events.append(e.id);
        }
    }
    // A selection the edit moved (the selected record deleted, the table's next row selected) is
    // announced right after it (Document::commitEdit): the page is built then, once.
    if (m_document->selection() != m_pageSelection)
        return;
    if (shows(m_document->data(), m_document->selection(), edit))
        refresh();
}

bool DetailsPanel::shows(const Dataset &d, const Document::Selection &sel, const DataEdit &edit)
{
    using T = Document::SelectionType;
    QSet<QString> entities, events, relationships, sources;
    const auto anyOf = [](const auto &list, const QSet<QString> &ids, auto &&alsoWhen) {
        const auto hit = [&](const auto &r) { return ids.contains(r.id) || alsoWhen(r); };
        for (const auto &[row, r] : list.removed)
            if (hit(r))
                return true;
        for (const auto &[row, r] : list.inserted)
            if (hit(r))
                return true;
        for (const auto &[before, after] : list.changed)
            if (hit(before) || hit(after))
                return true;
        return false;
    };
    const auto never = [](const auto &) { return false; };
    if (sel.type == T::Entity) {
        // Its relationships name the other side; its events are listed by date and title.
        entities.insert(sel.id);
        for (qsizetype row : d.relationshipRowsOf(sel.id))
            entities << d.relationships.at(row).fromId << d.relationships.at(row).toId;
        const auto involvesIt = [&](const auto &r) {
            if constexpr (std::is_same_v<std::decay_t<decltype(r)>, Event>)
                return r.involves(sel.id);
            else
                return r.fromId == sel.id || r.toId == sel.id;
        };
        return anyOf(edit.entities, entities, never) || anyOf(edit.events, events, involvesIt)
                || anyOf(edit.relationships, relationships, involvesIt);
    }
    if (sel.type == T::Event) {
        events.insert(sel.id);
        if (const Event *e = d.event(sel.id)) {
            for (const Participant &p : e->participants)
                entities.insert(p.entityId);
            sources = QSet<QString>(e->sourceIds.cbegin(), e->sourceIds.cend());
        }
    } else if (sel.type == T::Relationship) {
        relationships.insert(sel.id);
        if (const Relationship *r = d.relationship(sel.id)) {
            entities << r->fromId << r->toId;
            events.insert(r->eventId);
            sources = QSet<QString>(r->sourceIds.cbegin(), r->sourceIds.cend());
            if (const Event *e = d.event(r->eventId))
                sources.unite(QSet<QString>(e->sourceIds.cbegin(), e->sourceIds.cend()));
        }
    } else {
        return false;
    }
    return anyOf(edit.entities, entities, never) || anyOf(edit.events, events, never)
            || anyOf(edit.relationships, relationships, never)
            || anyOf(edit.sources, sources, never);
}

void DetailsPanel::refresh()
{
    const Dataset &d = m_document->data();
    const Document::Selection &sel = m_document->selection();
    if (sel.type != Document::SelectionType::Entity) {
        m_eventsOf.clear();
    } else if (m_eventsOf != sel.id) {
        // The entity's events from the index when it is selected; edits then keep the list.
        m_eventsOf = sel.id;
        m_events = d.eventsInvolving(sel.id);
    }
    // An edit that changes none of what the page says (another participant joining one of the
    // listed events) leaves it as it is: no new layout, and the reader keeps their place.
    m_pageSelection = sel;
    showPage(html(d, sel, m_document->language(), m_eventsOf.isEmpty() ? nullptr : &m_events));
}

void DetailsPanel::showPage(const QString &page)
{
    QTextDocument *const shown = document();
    const auto kept = std::find_if(m_kept.begin(), m_kept.end(),
                                   [&](const auto &entry) { return entry.first == page; });
    QTextDocument *doc = nullptr;
    if (kept != m_kept.end()) {
        doc = kept->second;
        std::rotate(kept, kept + 1, m_kept.end());
    } else {
        doc = new QTextDocument(this);
        doc->setUndoRedoEnabled(false);
        doc->setDefaultFont(font());
        doc->setDocumentMargin(shown->documentMargin());
        doc->setDefaultStyleSheet(shown->defaultStyleSheet());
        doc->setHtml(page);
        m_kept.emplace_back(page, doc);
    }
    if (doc != shown) // the same page as shown: left as it is, where the reader scrolled it
        setDocument(doc); // the widget's first document, its own, goes with it
    // The oldest go: the page shown before is the newest but one, this one the newest.
    while (m_kept.size() > size_t(keptPages)) {
        delete m_kept.front().second;
        m_kept.erase(m_kept.begin());
    }
}

void DetailsPanel::changeEvent(QEvent *event)
{
    QTextBrowser::changeEvent(event);
    // The shown page takes the new font (QTextEdit sees to it); the others were laid out in the
    // old one.
    if (event->type() == QEvent::FontChange) {
        const QTextDocument *shown = document();
        std::erase_if(m_kept, [&](const auto &entry) {
            if (entry.second == shown)
                return false;
            delete entry.second;
            return true;
        });
    }
}

void DetailsPanel::followLink(const QUrl &url)
{
    if (url.scheme() == QLatin1String("atlas")) {
        const QString type = url.path().section(QLatin1Char('/'), 0, 0);
        const QString id = url.path().section(QLatin1Char('/'), 1);
        if (type == QLatin1String("entity"))
            m_document->selectEntity(id);
        else if (type == QLatin1String("event"))
            m_document->selectEvent(id);
        else if (type == QLatin1String("relationship"))
            m_document->selectRelationship(id);
        return;
    }
    QDesktopServices::openUrl(url);
}

QString DetailsPanel::html(const Dataset &d, const Document::Selection &sel, Language lang,
                           const QStringList *entityEvents)
{
    using T = Document::SelectionType;
    auto precisionText = [](PartialDate::Precision p) {
        switch (p) {
        case PartialDate::Precision::Day:
            return tr("exact day");
        case PartialDate::Precision::Month:
            return tr("month only");
        case PartialDate::Precision::Quarter:
            return tr("quarter only");
        case PartialDate::Precision::Year:
            return tr("year only");
        }
        return QString();
    };
    QString h;
    if (sel.type == T::Entity) {
        const Entity *e = d.entity(sel.id);
        if (!e)
            return {};
        h += QStringLiteral("<h2>%1</h2>").arg(esc(e->name.text(lang)));
        const QString other = lang == Language::Korean ? e->name.en : e->name.ko;
        h += QStringLiteral("<p><b>%1</b>").arg(esc(kindLabel(*e, d.types)));
        if (!other.isEmpty() && other != e->name.text(lang))
            h += QStringLiteral(" · ") + esc(other);
        if (!e->ticker.isEmpty())
            h += QStringLiteral(" · ") + esc(e->ticker);
        h += QStringLiteral("</p>");
        if (!e->description.isEmpty())
            h += QStringLiteral("<p>%1</p>").arg(esc(e->description.text(lang)));
        h += attributeSection(e->attributes, lang);
        QString rels;
        for (qsizetype row : d.relationshipRowsOf(e->id))
            rels += relationshipLine(d, d.relationships.at(row), lang);
        if (!rels.isEmpty())
            h += QStringLiteral("<h3>%1</h3><ul>%2</ul>").arg(tr("Relationships"), rels);
        QList<const Event *> events =
                entityEvents ? eventsAt(d, *entityEvents) : QList<const Event *>();
        if (!entityEvents) {
            for (const auto &ev : d.events) {
                if (ev.involves(e->id))
                    events.append(&ev);
            }
        }
        std::sort(events.begin(), events.end(), [](auto a, auto b) { return a->date < b->date; });
        // A busy company takes part in hundreds of events: the page lists the latest ones (the
        // text layout of thousands of lines takes seconds), the Events tab all of them.
        const qsizetype total = events.size();
        if (total > listedEvents)
            events.remove(0, total - listedEvents);
        QString evs;
        for (const Event *ev : events)
            evs += eventLine(d, *ev, lang);
        if (!evs.isEmpty()) {
            h += QStringLiteral("<h3>%1</h3>").arg(tr("Events"));
            if (total > listedEvents)
                h += QStringLiteral("<p>%1</p>")
                             .arg(tr("The latest %1 of %2 events; the Events tab lists them all.")
                                          .arg(listedEvents)
                                          .arg(total));
            h += QStringLiteral("<ul>%1</ul>").arg(evs);
        }
    } else if (sel.type == T::Event) {
        const Event *e = d.event(sel.id);
        if (!e)
            return {};
        h += QStringLiteral("<h2>%1</h2>").arg(esc(e->title.text(lang)));
        h += QStringLiteral("<p><b>%1</b> · %2 <span style=\"color:gray\">(%3)</span></p>")
                     .arg(esc(labelOf(e->kind)), esc(Format::date(e->date, lang)),
                          esc(precisionText(e->date.precision())));
        if (!e->summary.isEmpty())
            h += QStringLiteral("<p>%1</p>").arg(esc(e->summary.text(lang)));
        QString parts;
        for (const auto &p : e->participants)
            parts += QStringLiteral("<li>%1 — %2</li>")
                             .arg(entityLink(d, p.entityId, lang), esc(labelOf(p.role)));
        h += QStringLiteral("<h3>%1</h3><ul>%2</ul>").arg(tr("Participants"), parts);
        if (e->amount)
            h += QStringLiteral("<h3>%1</h3><p>%2</p>")
                         .arg(tr("Amount"), esc(Format::amount(*e->amount, lang)));
        h += attributeSection(e->attributes, lang);
        h += QStringLiteral("<h3>%1</h3>%2").arg(tr("Sources"), sourceList(d, e->sourceIds, lang));
    } else if (sel.type == T::Relationship) {
        const Relationship *r = d.relationship(sel.id);
        if (!r)
            return {};
        h += QStringLiteral("<h2>%1</h2><ul>%2</ul>")
                     .arg(tr("Relationship"), relationshipLine(d, *r, lang));
        h += attributeSection(r->attributes, lang);
        if (const Event *e = d.event(r->eventId))
            h += QStringLiteral("<h3>%1</h3><ul>%2</ul>")
                         .arg(tr("Source event"), eventLine(d, *e, lang));
        QStringList sources = r->sourceIds;
        if (const Event *e = d.event(r->eventId))
            sources += e->sourceIds;
        sources.removeDuplicates();
        h += QStringLiteral("<h3>%1</h3>%2").arg(tr("Sources"), sourceList(d, sources, lang));
    } else {
        h += QStringLiteral("<p style=\"color:gray\">%1</p>")
                     .arg(tr("Select a company or an event to see its details, relationships and "
                             "sources."));
    }
    return h;
}

} // namespace atlas
