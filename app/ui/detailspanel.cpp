// SPDX-FileCopyrightText: 2026 Telco Atlas authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "detailspanel.h"

#include "core/displayname.h"
#include "core/formatting.h"

#include <QDesktopServices>
#include <QLocale>

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
    if (r.validFrom.isValid() || r.validUntil.isValid()) {
        line += QStringLiteral(" <span style=\"color:gray\">(%1 – %2)</span>")
                        .arg(esc(Format::date(r.validFrom, lang)),
                             esc(Format::date(r.validUntil, lang)));
    }
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
    connect(document, &Document::dataReset, this, &DetailsPanel::refresh);
    connect(document, &Document::applied, this, &DetailsPanel::refresh);
    refresh();
}

void DetailsPanel::refresh()
{
    setHtml(html(m_document->data(), m_document->selection(), m_document->language()));
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

QString DetailsPanel::html(const Dataset &d, const Document::Selection &sel, Language lang)
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
        for (const auto &r : d.relationships) {
            if (r.fromId == e->id || r.toId == e->id)
                rels += relationshipLine(d, r, lang);
        }
        if (!rels.isEmpty())
            h += QStringLiteral("<h3>%1</h3><ul>%2</ul>").arg(tr("Relationships"), rels);
        QList<const Event *> events;
        for (const auto &ev : d.events) {
            if (ev.involves(e->id))
                events.append(&ev);
        }
        std::sort(events.begin(), events.end(), [](auto a, auto b) { return a->date < b->date; });
        QString evs;
        for (const Event *ev : events)
            evs += eventLine(d, *ev, lang);
        if (!evs.isEmpty())
            h += QStringLiteral("<h3>%1</h3><ul>%2</ul>").arg(tr("Events"), evs);
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
