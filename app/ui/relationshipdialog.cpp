// SPDX-FileCopyrightText: 2026 Telco Atlas authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "relationshipdialog.h"

#include "attributeeditor.h"
#include "formfields.h"

#include "core/formatting.h"
#include "core/validator.h"
#include "io/idgenerator.h"
#include "sourcelisteditor.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QListWidget>

namespace atlas {

namespace {

// Where an item of the kind (type) box keeps the key of a user-defined kind (type).
constexpr int kCustomKeyRole = Qt::UserRole + 1;

} // namespace

RelationshipDialog::RelationshipDialog(const Dataset &data, Language language, QWidget *parent)
    : RecordDialog(language, parent), m_data(data)
{
    setUp(tr("Add Relationship"));
    followId();
}

RelationshipDialog::RelationshipDialog(const Dataset &data, Language language,
                                       const Relationship &relationship, QWidget *parent)
    : RecordDialog(language, parent, relationship.id), m_data(data)
{
    setUp(tr("Edit Relationship"));
    m_type->setCurrentIndex(relationship.type == RelationshipType::Custom
                                    ? m_type->findData(relationship.customType, kCustomKeyRole)
                                    : m_type->findData(int(relationship.type)));
    setEnds(relationship.fromId, relationship.toId);
    const QList<Spell> intervals = relationship.intervals();
    m_validFrom->setText(intervals.first().from.toString());
    m_validUntil->setText(intervals.first().until.toString());
    m_moreIntervals->setText(spellsToText(intervals.mid(1)));
    m_event->setCurrentIndex(std::max(0, m_event->findData(relationship.eventId)));
    sourcesField()->setSourceIds(relationship.sourceIds);
    attributesField()->setAttributes(relationship.attributes);
    revalidate();
}

void RelationshipDialog::build()
{
    m_type = FormFields::comboBox(this, "type");
    for (RelationshipType t : allValues<RelationshipType>())
        m_type->addItem(labelOf(t), int(t));
    // The data's user-defined types after the built-in ones, known by their key.
    for (const CustomType &t : m_data.types.relationshipTypes) {
        m_type->addItem(t.text(), int(RelationshipType::Custom));
        m_type->setItemData(m_type->count() - 1, t.key, kCustomKeyRole);
    }
    QList<const Entity *> entities;
    for (const auto &e : m_data.entities)
        entities.append(&e);
    std::sort(entities.begin(), entities.end(), [this](const Entity *a, const Entity *b) {
        return a->name.text(language()).localeAwareCompare(b->name.text(language())) < 0;
    });
    m_from = FormFields::comboBox(this, "from");
    m_to = FormFields::comboBox(this, "to");
    for (QComboBox *box : { m_from, m_to }) {
        for (const Entity *e : std::as_const(entities))
            box->addItem(e->name.text(language()), e->id);
    }
    if (m_to->count() > 1)
        m_to->setCurrentIndex(1);
    m_validFrom = FormFields::lineEdit(this, "validFrom", tr("unknown start"));
    m_validUntil = FormFields::lineEdit(this, "validUntil", tr("open-ended"));
    m_moreIntervals = FormFields::lineEdit(this, "moreIntervals",
                                           tr("further intervals, e.g. 2020/2021; 2023/"));
    m_moreIntervals->setToolTip(
            tr("When the relationship held again after a gap: FROM/UNTIL for each further "
               "interval, separated by ';'. A bound may be empty (unknown start, open end)."));
    m_event = FormFields::comboBox(this, "event");
    m_event->addItem(tr("(none)"), QString());
    QList<const Event *> events;
    for (const auto &e : m_data.events)
        events.append(&e);
    std::stable_sort(events.begin(), events.end(),
                     [](const Event *a, const Event *b) { return b->date < a->date; });
    for (const Event *e : std::as_const(events))
        m_event->addItem(QStringLiteral("%1 — %2").arg(Format::date(e->date, language()),
                                                       e->title.text(language())),
                         e->id);
    m_event->setMinimumContentsLength(40);
    m_event->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);

    form()->addRow(tr("From:"), m_from);
    form()->addRow(tr("Type:"), m_type);
    form()->addRow(tr("To:"), m_to);
    form()->addRow(tr("Valid from:"), m_validFrom);
    form()->addRow(tr("Valid until:"), m_validUntil);
    form()->addRow(tr("Also valid:"), m_moreIntervals);
    form()->addRow(tr("From the event:"), m_event);
    addSourcesAttributesAndId(m_data);

    for (QComboBox *box : { m_from, m_to, m_type })
        connect(box, &QComboBox::currentIndexChanged, this, &RelationshipDialog::followId);
    for (QWidget *w :
         std::initializer_list<QWidget *>{ m_type, m_from, m_to, m_validFrom, m_validUntil,
                                           m_moreIntervals, m_event, idField() })
        watch(w);
    resize(640, sizeHint().height());
}

void RelationshipDialog::setEnds(const QString &fromId, const QString &toId)
{
    m_from->setCurrentIndex(std::max(0, m_from->findData(fromId)));
    m_to->setCurrentIndex(std::max(0, m_to->findData(toId)));
}

void RelationshipDialog::followId()
{
    if (!idFollows())
        return;
    QSet<QString> taken;
    for (const auto &r : m_data.relationships)
        taken.insert(r.id);
    const QString from = m_from->currentData().toString();
    const QString to = m_to->currentData().toString();
    const auto type = RelationshipType(m_type->currentData().toInt());
    const QString key = type == RelationshipType::Custom
            ? m_type->currentData(kCustomKeyRole).toString()
            : keyOf(type);
    idField()->setText(IdGenerator(taken).make(
            QStringLiteral("rel"), from + QLatin1Char(' ') + to + QLatin1Char(' ') + key));
}

Relationship RelationshipDialog::relationship() const
{
    Relationship r;
    r.id = idField()->text().trimmed();
    r.type = RelationshipType(m_type->currentData().toInt());
    if (r.type == RelationshipType::Custom)
        r.customType = m_type->currentData(kCustomKeyRole).toString();
    r.fromId = m_from->currentData().toString();
    r.toId = m_to->currentData().toString();
    r.setIntervals(intervals());
    r.eventId = m_event->currentData().toString();
    r.sourceIds = sourcesField()->sourceIds();
    r.attributes = attributes();
    return r;
}

QList<Spell> RelationshipDialog::intervals() const
{
    QList<Spell> out{ { PartialDate::fromString(m_validFrom->text().trimmed()),
                        PartialDate::fromString(m_validUntil->text().trimmed()) } };
    out += spellsFromText(m_moreIntervals->text()).value_or(QList<Spell>());
    return out;
}

void RelationshipDialog::checkIntervals(QList<Problem> *out) const
{
    QString bad;
    const auto more = spellsFromText(m_moreIntervals->text(), &bad);
    if (!more) {
        out->append({ m_moreIntervals,
                      tr("'%1' is not an interval: write FROM/UNTIL with dates such as 2020, "
                         "2020-Q2, 2020-06 or 2020-06-13 (either may be empty), and separate "
                         "intervals with ';'.")
                              .arg(bad) });
        return;
    }
    for (qsizetype i = 0; i < more->size(); ++i) {
        const Spell &s = more->at(i);
        if (s.from.isValid() && s.until.isValid() && s.until.end() < s.from.start())
            out->append({ m_moreIntervals,
                          tr("The interval %1/%2 ends before it starts.")
                                  .arg(s.from.toString(), s.until.toString()) });
    }
}

QList<RecordDialog::Problem> RelationshipDialog::check() const
{
    QList<Problem> out;
    if (m_from->currentData().toString().isEmpty())
        out.append({ m_from, tr("Choose the entity the relationship starts from.") });
    if (m_to->currentData().toString().isEmpty())
        out.append({ m_to, tr("Choose the other entity.") });
    else if (m_to->currentData() == m_from->currentData())
        out.append({ m_to, tr("An entity cannot relate to itself: choose another.") });
    PartialDate from, until;
    for (auto [field, date] :
         { std::pair{ m_validFrom, &from }, std::pair{ m_validUntil, &until } }) {
        const QString text = field->text().trimmed();
        if (text.isEmpty())
            continue;
        *date = PartialDate::fromString(text);
        if (!date->isValid())
            out.append({ field,
                         tr("'%1' is not a date: use 2024-06-13, 2024-06, 2024-Q2 or 2024, or "
                            "leave it empty.")
                                 .arg(text) });
    }
    if (from.isValid() && until.isValid() && until.end() < from.start())
        out.append({ m_validUntil, tr("The relationship ends before it starts.") });
    checkIntervals(&out);
    if (m_event->currentData().toString().isEmpty() && sourcesField()->sourceIds().isEmpty())
        out.append({ sourcesField()->listWidget(),
                     tr("Choose the event it came from, or cite a source.") });
    checkNewSource(&out);
    checkAttributes(&out);
    if (!isEditing()) {
        const QString id = idField()->text().trimmed();
        if (!Validator::isValidId(id))
            out.append({ idField(),
                         tr("'%1' is not a valid id: use lower-case letters, digits and '-'.")
                                 .arg(id) });
        else if (m_data.relationship(id))
            out.append({ idField(),
                         tr("The id '%1' is already used by another relationship.").arg(id) });
    }
    return out;
}

} // namespace atlas
