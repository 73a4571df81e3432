// SPDX-FileCopyrightText: 2026 Telco Atlas authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "eventdialog.h"

#include "attributeeditor.h"
#include "formfields.h"

#include "core/defaultrole.h"
#include "core/formatting.h"
#include "core/validator.h"
#include "io/idgenerator.h"
#include "sourcelisteditor.h"

#include <QComboBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QTableWidget>
#include <QVBoxLayout>

#include <cmath>

namespace atlas {

namespace {

// Accepts 1300000000, 1.3e9 and 1,300,000,000; nullopt for anything else.
std::optional<double> number(const QString &text)
{
    QString t = text.trimmed();
    static const QRegularExpression grouped(QStringLiteral(R"(^\d{1,3}(,\d{3})+(\.\d+)?$)"));
    if (grouped.match(t).hasMatch())
        t.remove(QLatin1Char(','));
    bool ok = false;
    const double v = QLocale::c().toDouble(t, &ok);
    if (!ok || !std::isfinite(v))
        return std::nullopt;
    return v;
}

QString numberText(const std::optional<double> &v)
{
    if (!v)
        return {};
    if (std::floor(*v) == *v && std::abs(*v) < 9e15)
        return QString::number(qint64(*v));
    return QString::number(*v, 'g', QLocale::FloatingPointShortest);
}

} // namespace

EventDialog::EventDialog(const Dataset &data, Language language, QWidget *parent)
    : RecordDialog(language, parent), m_data(data)
{
    setUp(tr("Add Event"));
}

EventDialog::EventDialog(const Dataset &data, Language language, const Event &event,
                         QWidget *parent)
    : RecordDialog(language, parent, event.id),
      m_data(data),
      m_originalAmount(event.amount.toOptional())
{
    setUp(tr("Edit Event"));
    m_date->setText(event.date.toString());
    m_kind->setCurrentIndex(m_kind->findData(int(event.kind)));
    m_titleEn->setText(event.title.en);
    m_titleKo->setText(event.title.ko);
    m_summaryEn->setPlainText(event.summary.en);
    m_summaryKo->setPlainText(event.summary.ko);
    for (const auto &p : event.participants)
        addParticipant(p.entityId, p.role);
    if (event.amount) {
        const Amount &a = *event.amount;
        m_precision->setCurrentIndex(m_precision->findData(int(a.precision)));
        m_currency->setText(a.currency);
        m_value->setText(numberText(a.value));
        m_min->setText(numberText(a.min));
        m_max->setText(numberText(a.max));
        m_text->setText(a.text.en);
        m_textKo->setText(a.text.ko);
    }
    sourcesField()->setSourceIds(event.sourceIds);
    attributesField()->setAttributes(event.attributes);
    revalidate();
}

void EventDialog::build()
{
    m_date = FormFields::lineEdit(this, "date", tr("2024-06-13, 2024-06, 2024-Q2 or 2024"));
    m_datePreview = new QLabel(this);
    m_datePreview->setObjectName(QStringLiteral("datePreview"));
    auto *dateRow = new QHBoxLayout;
    dateRow->addWidget(m_date, 1);
    dateRow->addWidget(m_datePreview, 1);
    m_kind = FormFields::comboBox(this, "kind");
    for (EventKind k : allValues<EventKind>())
        m_kind->addItem(labelOf(k), int(k));
    m_titleEn = FormFields::lineEdit(this, "titleEn");
    m_titleKo = FormFields::lineEdit(this, "titleKo");
    m_summaryEn = FormFields::textBox(this, "summaryEn", 3, 8);
    m_summaryKo = FormFields::textBox(this, "summaryKo", 3, 8);

    m_participants = new QTableWidget(0, 2, this);
    m_participants->setObjectName(QStringLiteral("participants"));
    m_participants->setHorizontalHeaderLabels({ tr("Entity"), tr("Role") });
    m_participants->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_participants->horizontalHeader()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_participants->verticalHeader()->hide();
    m_participants->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_participants->setFixedHeight(m_participants->fontMetrics().lineSpacing() * 8);
    m_addParticipant = new QPushButton(tr("Add Participant"), this);
    m_addParticipant->setObjectName(QStringLiteral("addParticipant"));
    m_removeParticipant = new QPushButton(tr("Remove"), this);
    m_removeParticipant->setObjectName(QStringLiteral("removeParticipant"));
    auto *participantButtons = new QVBoxLayout;
    participantButtons->addWidget(m_addParticipant);
    participantButtons->addWidget(m_removeParticipant);
    participantButtons->addStretch();
    auto *participantRow = new QHBoxLayout;
    participantRow->addWidget(m_participants, 1);
    participantRow->addLayout(participantButtons);

    m_precision = FormFields::comboBox(this, "amountPrecision");
    m_precision->addItem(tr("No amount"), -1);
    for (AmountPrecision p : allValues<AmountPrecision>()) {
        // Capitalised like "No amount" above (the labels are lower case for use in sentences).
        QString label = labelOf(p);
        if (!label.isEmpty())
            label[0] = label.at(0).toUpper();
        m_precision->addItem(label, int(p));
    }
    m_currency = FormFields::lineEdit(this, "currency", tr("KRW"));
    m_currency->setMaxLength(3);
    m_value = FormFields::lineEdit(this, "amountValue", tr("1300000000 or 1.3e9"));
    m_min = FormFields::lineEdit(this, "amountMin", tr("min"));
    m_max = FormFields::lineEdit(this, "amountMax", tr("max"));
    m_text = FormFields::lineEdit(this, "amountText", tr("in words, e.g. several trillion won"));
    m_textKo = FormFields::lineEdit(this, "amountTextKo", tr("Korean words"));
    auto *amountGrid = new QGridLayout;
    amountGrid->addWidget(m_precision, 0, 0);
    amountGrid->addWidget(m_currency, 0, 1);
    amountGrid->addWidget(m_value, 0, 2, 1, 2);
    amountGrid->addWidget(m_min, 1, 2);
    amountGrid->addWidget(m_max, 1, 3);
    amountGrid->addWidget(m_text, 2, 0, 1, 2);
    amountGrid->addWidget(m_textKo, 2, 2, 1, 2);

    form()->addRow(tr("Date:"), dateRow);
    form()->addRow(tr("Kind:"), m_kind);
    form()->addRow(tr("Title (English):"), m_titleEn);
    form()->addRow(tr("Title (Korean):"), m_titleKo);
    form()->addRow(tr("Summary (English):"), m_summaryEn);
    form()->addRow(tr("Summary (Korean):"), m_summaryKo);
    form()->addRow(tr("Participants:"), participantRow);
    form()->addRow(tr("Amount:"), amountGrid);
    addSourcesAttributesAndId(m_data);

    connect(m_addParticipant, &QPushButton::clicked, this, [this] {
        const QString first = m_data.entities.isEmpty() ? QString() : m_data.entities.first().id;
        addParticipant(first);
    });
    connect(m_removeParticipant, &QPushButton::clicked, this, [this] {
        const int row = m_participants->currentRow();
        if (row >= 0)
            m_participants->removeRow(row);
        revalidate();
    });
    connect(m_precision, &QComboBox::currentIndexChanged, this, &EventDialog::updateAmountFields);
    for (QLineEdit *e : { m_date, m_titleEn, m_titleKo })
        connect(e, &QLineEdit::textChanged, this, &EventDialog::followId);
    connect(m_date, &QLineEdit::textChanged, this, [this](const QString &text) {
        const PartialDate d = PartialDate::fromString(text);
        m_datePreview->setText(d.isValid() ? Format::date(d, language()) : QString());
    });
    for (QWidget *w : std::initializer_list<QWidget *>{ m_date, m_kind, m_titleEn, m_titleKo,
                                                        m_precision, m_currency, m_value, m_min,
                                                        m_max, m_text, m_textKo, idField() })
        watch(w);
    m_lastKind = EventKind(m_kind->currentData().toInt());
    connect(m_kind, &QComboBox::currentIndexChanged, this, [this] {
        // Roles still at the old kind's default follow the new kind (partners of a partnership
        // become investor and investee of an investment); roles the user chose stay.
        const EventKind kind = EventKind(m_kind->currentData().toInt());
        for (int row = 0; row < m_participants->rowCount(); ++row) {
            auto *roleBox = qobject_cast<QComboBox *>(m_participants->cellWidget(row, 1));
            if (roleBox && Role(roleBox->currentData().toInt()) == defaultRole(m_lastKind, row))
                roleBox->setCurrentIndex(roleBox->findData(int(defaultRole(kind, row))));
        }
        m_lastKind = kind;
    });
    updateAmountFields();
    resize(720, sizeHint().height());
}

void EventDialog::addParticipant(const QString &entityId)
{
    addParticipant(
            entityId,
            defaultRole(EventKind(m_kind->currentData().toInt()), m_participants->rowCount()));
}

void EventDialog::addParticipant(const QString &entityId, Role role)
{
    const int row = m_participants->rowCount();
    m_participants->insertRow(row);
    auto *entity = new QComboBox(m_participants);
    QList<const Entity *> sorted;
    for (const auto &e : m_data.entities)
        sorted.append(&e);
    std::sort(sorted.begin(), sorted.end(), [this](const Entity *a, const Entity *b) {
        return a->name.text(language()).localeAwareCompare(b->name.text(language())) < 0;
    });
    for (const Entity *e : sorted)
        entity->addItem(e->name.text(language()), e->id);
    entity->setCurrentIndex(entity->findData(entityId));
    auto *roleBox = new QComboBox(m_participants);
    for (Role r : allValues<Role>())
        roleBox->addItem(labelOf(r), int(r));
    roleBox->setCurrentIndex(roleBox->findData(int(role)));
    m_participants->setCellWidget(row, 0, entity);
    m_participants->setCellWidget(row, 1, roleBox);
    connect(entity, &QComboBox::currentIndexChanged, this, &RecordDialog::revalidate);
    connect(roleBox, &QComboBox::currentIndexChanged, this, &RecordDialog::revalidate);
    m_participants->setCurrentCell(row, 0);
    revalidate();
}

void EventDialog::updateAmountFields()
{
    const int p = m_precision->currentData().toInt();
    const bool any = p >= 0 && AmountPrecision(p) != AmountPrecision::Undisclosed;
    const bool single = p == int(AmountPrecision::Exact) || p == int(AmountPrecision::Approximate);
    const bool range = p == int(AmountPrecision::Range) || p == int(AmountPrecision::Indicative);
    m_currency->setEnabled(any);
    m_value->setEnabled(single);
    m_min->setEnabled(range);
    m_max->setEnabled(p == int(AmountPrecision::Range));
    m_text->setEnabled(p >= 0);
    m_textKo->setEnabled(p >= 0);
    revalidate();
}

void EventDialog::followId()
{
    if (!idFollows())
        return;
    const PartialDate d = PartialDate::fromString(m_date->text());
    const QString title =
            m_titleEn->text().trimmed().isEmpty() ? m_titleKo->text() : m_titleEn->text();
    if (!d.isValid() || title.trimmed().isEmpty()) {
        idField()->clear();
        return;
    }
    QSet<QString> taken;
    for (const auto &e : m_data.events)
        taken.insert(e.id);
    idField()->setText(
            IdGenerator(taken).make(QStringLiteral("ev"), d.toString() + QLatin1Char(' ') + title));
}

std::optional<Amount> EventDialog::amount() const
{
    const int p = m_precision->currentData().toInt();
    if (p < 0)
        return std::nullopt;
    Amount a;
    a.precision = AmountPrecision(p);
    if (a.precision != AmountPrecision::Undisclosed)
        a.currency = m_currency->text().trimmed().toUpper();
    if (m_value->isEnabled())
        a.value = number(m_value->text());
    if (m_min->isEnabled())
        a.min = number(m_min->text());
    if (m_max->isEnabled())
        a.max = number(m_max->text());
    a.text = { m_text->text().trimmed(), m_textKo->text().trimmed() };
    // The figure in a second currency has no field here; an edit keeps it.
    if (m_originalAmount && m_originalAmount->precision == a.precision)
        a.equivalent = m_originalAmount->equivalent;
    return a;
}

Event EventDialog::event() const
{
    Event e;
    e.id = idField()->text().trimmed();
    e.kind = EventKind(m_kind->currentData().toInt());
    e.date = PartialDate::fromString(m_date->text());
    e.title = { m_titleEn->text().trimmed(), m_titleKo->text().trimmed() };
    e.summary = { m_summaryEn->toPlainText().trimmed(), m_summaryKo->toPlainText().trimmed() };
    for (int row = 0; row < m_participants->rowCount(); ++row) {
        const auto *entity = qobject_cast<QComboBox *>(m_participants->cellWidget(row, 0));
        const auto *role = qobject_cast<QComboBox *>(m_participants->cellWidget(row, 1));
        e.participants.append(
                { entity->currentData().toString(), Role(role->currentData().toInt()) });
    }
    e.amount = amount();
    e.sourceIds = sourcesField()->sourceIds();
    e.attributes = attributes();
    return e;
}

QList<RecordDialog::Problem> EventDialog::check() const
{
    QList<Problem> out;
    const QString dateText = m_date->text().trimmed();
    if (dateText.isEmpty())
        out.append({ m_date,
                     tr("Give the date: 2024-06-13, 2024-06 (a month), 2024-Q2 (a quarter) or 2024 "
                        "(a year).") });
    else if (!PartialDate::fromString(dateText).isValid())
        out.append({ m_date,
                     tr("'%1' is not a date: use 2024-06-13, 2024-06, 2024-Q2 or 2024.")
                             .arg(dateText) });
    if (m_titleEn->text().trimmed().isEmpty() && m_titleKo->text().trimmed().isEmpty())
        out.append({ m_titleEn, tr("Give an English or a Korean title.") });
    if (m_participants->rowCount() == 0)
        out.append({ m_participants, tr("Add at least one participant.") });
    QSet<QString> seen;
    for (int row = 0; row < m_participants->rowCount(); ++row) {
        auto *entity = qobject_cast<QComboBox *>(m_participants->cellWidget(row, 0));
        const QString id = entity->currentData().toString();
        if (id.isEmpty())
            out.append({ entity, tr("Choose the entity of participant %1.").arg(row + 1) });
        else if (seen.contains(id))
            out.append({ entity, tr("%1 takes part only once.").arg(entity->currentText()) });
        seen.insert(id);
    }
    const int p = m_precision->currentData().toInt();
    if (p >= 0 && AmountPrecision(p) != AmountPrecision::Undisclosed) {
        static const QRegularExpression code(QStringLiteral("^[A-Za-z]{3}$"));
        if (!code.match(m_currency->text().trimmed()).hasMatch())
            out.append(
                    { m_currency, tr("Give the three-letter currency code, such as KRW or USD.") });
        auto checkNumber = [&](QLineEdit *field, bool required) {
            const QString t = field->text().trimmed();
            if (t.isEmpty()) {
                if (required)
                    out.append({ field,
                                 tr("Give the figure in currency units, such as 1300000000 or "
                                    "1.3e9.") });
                return;
            }
            const auto v = number(t);
            if (!v)
                out.append(
                        { field, tr("'%1' is not a number: write 1300000000 or 1.3e9.").arg(t) });
            else if (*v < 0)
                out.append({ field, tr("An amount is not negative.") });
        };
        switch (AmountPrecision(p)) {
        case AmountPrecision::Exact:
        case AmountPrecision::Approximate:
            checkNumber(m_value, true);
            break;
        case AmountPrecision::Range:
            checkNumber(m_min, true);
            checkNumber(m_max, true);
            if (const auto lo = number(m_min->text()), hi = number(m_max->text());
                lo && hi && *lo > *hi)
                out.append({ m_max, tr("The largest figure is smaller than the smallest.") });
            break;
        case AmountPrecision::Indicative:
            checkNumber(m_min, false);
            if (m_text->text().trimmed().isEmpty() && m_textKo->text().trimmed().isEmpty())
                out.append({ m_text, tr("Give the amount in words, as reported.") });
            break;
        case AmountPrecision::Undisclosed:
            break;
        }
    }
    if (sourcesField()->sourceIds().isEmpty())
        out.append({ sourcesField()->listWidget(), tr("Cite at least one source.") });
    checkNewSource(&out);
    checkAttributes(&out);
    if (!isEditing()) {
        const QString id = idField()->text().trimmed();
        if (!id.isEmpty() && !Validator::isValidId(id))
            out.append({ idField(),
                         tr("'%1' is not a valid id: use lower-case letters, digits and '-'.")
                                 .arg(id) });
        else if (!id.isEmpty() && m_data.event(id))
            out.append({ idField(), tr("The id '%1' is already used by another event.").arg(id) });
        else if (id.isEmpty() && out.isEmpty())
            out.append({ idField(), tr("Give an id: lower-case letters, digits and '-'.") });
    }
    return out;
}

} // namespace atlas
