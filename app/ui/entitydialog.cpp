// SPDX-FileCopyrightText: 2026 Telco Atlas authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "entitydialog.h"

#include "attributeeditor.h"
#include "formfields.h"

#include "core/validator.h"
#include "io/idgenerator.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QPlainTextEdit>

namespace atlas {

namespace {

// Where an item of the kind (type) box keeps the key of a user-defined kind (type).
constexpr int kCustomKeyRole = Qt::UserRole + 1;

} // namespace

EntityDialog::EntityDialog(const Dataset &data, Language language, QWidget *parent)
    : RecordDialog(language, parent), m_data(data)
{
    setUp(tr("Add Entity"));
}

EntityDialog::EntityDialog(const Dataset &data, Language language, const Entity &entity,
                           QWidget *parent)
    : RecordDialog(language, parent, entity.id), m_data(data)
{
    setUp(tr("Edit Entity"));
    m_kind->setCurrentIndex(entity.kind == EntityKind::Custom
                                    ? m_kind->findData(entity.customKind, kCustomKeyRole)
                                    : m_kind->findData(int(entity.kind)));
    m_nameEn->setText(entity.name.en);
    m_nameKo->setText(entity.name.ko);
    m_ticker->setText(entity.ticker);
    m_descriptionEn->setPlainText(entity.description.en);
    m_descriptionKo->setPlainText(entity.description.ko);
    attributesField()->setAttributes(entity.attributes);
    revalidate();
}

void EntityDialog::build()
{
    m_nameEn = FormFields::lineEdit(this, "nameEn");
    m_nameKo = FormFields::lineEdit(this, "nameKo");
    m_kind = FormFields::comboBox(this, "kind");
    for (EntityKind k : allValues<EntityKind>())
        m_kind->addItem(labelOf(k), int(k));
    // The data's user-defined kinds after the built-in ones, known by their key.
    for (const CustomType &t : m_data.types.kinds) {
        m_kind->addItem(t.text(), int(EntityKind::Custom));
        m_kind->setItemData(m_kind->count() - 1, t.key, kCustomKeyRole);
    }
    m_ticker = FormFields::lineEdit(this, "ticker", tr("e.g. KRX:030200"));
    QLineEdit *id = makeIdField();
    m_descriptionEn = FormFields::textBox(this, "descriptionEn", 4);
    m_descriptionKo = FormFields::textBox(this, "descriptionKo", 4);

    form()->addRow(tr("Name (English):"), m_nameEn);
    form()->addRow(tr("Name (Korean):"), m_nameKo);
    form()->addRow(tr("Kind:"), m_kind);
    form()->addRow(tr("Ticker:"), m_ticker);
    form()->addRow(tr("Id:"), id);
    form()->addRow(tr("Description (English):"), m_descriptionEn);
    form()->addRow(tr("Description (Korean):"), m_descriptionKo);
    form()->addRow(tr("Attributes:"), makeAttributesField());

    // Until the user types an id, a new entity's id follows its name.
    auto follow = [this, id] {
        if (!idFollows())
            return;
        QSet<QString> taken;
        for (const auto &e : m_data.entities)
            taken.insert(e.id);
        const QString name =
                m_nameEn->text().trimmed().isEmpty() ? m_nameKo->text() : m_nameEn->text();
        id->setText(name.trimmed().isEmpty()
                            ? QString()
                            : IdGenerator(taken).make(QString(), name, QStringLiteral("entity")));
    };
    connect(m_nameEn, &QLineEdit::textChanged, this, follow);
    connect(m_nameKo, &QLineEdit::textChanged, this, follow);
    for (QWidget *w : { static_cast<QWidget *>(m_nameEn), static_cast<QWidget *>(m_nameKo),
                        static_cast<QWidget *>(m_kind), static_cast<QWidget *>(m_ticker),
                        static_cast<QWidget *>(id) })
        watch(w);
    resize(520, sizeHint().height());
}

Entity EntityDialog::entity() const
{
    Entity e;
    e.id = idField()->text().trimmed();
    e.kind = EntityKind(m_kind->currentData().toInt());
    if (e.kind == EntityKind::Custom)
        e.customKind = m_kind->currentData(kCustomKeyRole).toString();
    e.name = { m_nameEn->text().trimmed(), m_nameKo->text().trimmed() };
    e.ticker = m_ticker->text().trimmed();
    e.description = { m_descriptionEn->toPlainText().trimmed(),
                      m_descriptionKo->toPlainText().trimmed() };
    e.attributes = attributes();
    return e;
}

QList<RecordDialog::Problem> EntityDialog::check() const
{
    QList<Problem> out;
    if (m_nameEn->text().trimmed().isEmpty() && m_nameKo->text().trimmed().isEmpty())
        out.append({ m_nameEn, tr("Give an English or a Korean name.") });
    const QString id = idField()->text().trimmed();
    if (!isEditing()) {
        if (id.isEmpty())
            out.append({ idField(), tr("Give an id: lower-case letters, digits and '-'.") });
        else if (!Validator::isValidId(id))
            out.append({ idField(),
                         tr("'%1' is not a valid id: use lower-case letters, digits and '-'.")
                                 .arg(id) });
        else if (const Entity *other = m_data.entity(id))
            out.append({ idField(),
                         tr("The id '%1' is already used by %2.")
                                 .arg(id, other->name.text(language())) });
    }
    const QString ticker = m_ticker->text().trimmed();
    if (!ticker.isEmpty()) {
        const QString owner = m_data.resolveEntity(ticker);
        if (!owner.isEmpty() && owner != id)
            out.append({ m_ticker,
                         tr("'%1' already names %2.")
                                 .arg(ticker, m_data.entity(owner)->name.text(language())) });
    }
    checkAttributes(&out);
    return out;
}

} // namespace atlas
