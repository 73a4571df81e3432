// SPDX-FileCopyrightText: 2026 Telco Atlas authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "entitydialog.h"

#include "core/validator.h"
#include "io/idgenerator.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QPlainTextEdit>

namespace atlas {

namespace {

QPlainTextEdit *textBox(QWidget *parent, const char *name)
{
    auto *t = new QPlainTextEdit(parent);
    t->setObjectName(QLatin1String(name));
    t->setTabChangesFocus(true);
    t->setFixedHeight(t->fontMetrics().lineSpacing() * 4);
    return t;
}

} // namespace

EntityDialog::EntityDialog(const Dataset &data, Language language, QWidget *parent)
    : RecordDialog(language, parent), m_data(data)
{
    build();
    setWindowTitle(tr("Add Entity"));
    revalidate();
}

EntityDialog::EntityDialog(const Dataset &data, Language language, const Entity &entity,
                           QWidget *parent)
    : RecordDialog(language, parent), m_data(data), m_editing(true)
{
    build();
    setWindowTitle(tr("Edit Entity"));
    m_id->setText(entity.id);
    m_id->setReadOnly(true);
    m_kind->setCurrentIndex(m_kind->findData(int(entity.kind)));
    m_nameEn->setText(entity.name.en);
    m_nameKo->setText(entity.name.ko);
    m_ticker->setText(entity.ticker);
    m_descriptionEn->setPlainText(entity.description.en);
    m_descriptionKo->setPlainText(entity.description.ko);
    revalidate();
}

void EntityDialog::build()
{
    m_nameEn = new QLineEdit(this);
    m_nameEn->setObjectName(QStringLiteral("nameEn"));
    m_nameKo = new QLineEdit(this);
    m_nameKo->setObjectName(QStringLiteral("nameKo"));
    m_kind = new QComboBox(this);
    m_kind->setObjectName(QStringLiteral("kind"));
    for (EntityKind k : allValues<EntityKind>())
        m_kind->addItem(labelOf(k), int(k));
    m_ticker = new QLineEdit(this);
    m_ticker->setObjectName(QStringLiteral("ticker"));
    m_ticker->setPlaceholderText(tr("e.g. KRX:030200"));
    m_id = new QLineEdit(this);
    m_id->setObjectName(QStringLiteral("id"));
    m_descriptionEn = textBox(this, "descriptionEn");
    m_descriptionKo = textBox(this, "descriptionKo");

    form()->addRow(tr("Name (English):"), m_nameEn);
    form()->addRow(tr("Name (Korean):"), m_nameKo);
    form()->addRow(tr("Kind:"), m_kind);
    form()->addRow(tr("Ticker:"), m_ticker);
    form()->addRow(tr("Id:"), m_id);
    form()->addRow(tr("Description (English):"), m_descriptionEn);
    form()->addRow(tr("Description (Korean):"), m_descriptionKo);

    // Until the user types an id, a new entity's id follows its name.
    connect(m_id, &QLineEdit::textEdited, this, [this] { m_idTyped = true; });
    auto follow = [this] {
        if (m_editing || m_idTyped)
            return;
        QSet<QString> taken;
        for (const auto &e : m_data.entities)
            taken.insert(e.id);
        const QString name =
                m_nameEn->text().trimmed().isEmpty() ? m_nameKo->text() : m_nameEn->text();
        m_id->setText(name.trimmed().isEmpty()
                              ? QString()
                              : IdGenerator(taken).make(QString(), name, QStringLiteral("entity")));
    };
    connect(m_nameEn, &QLineEdit::textChanged, this, follow);
    connect(m_nameKo, &QLineEdit::textChanged, this, follow);
    for (QWidget *w : { static_cast<QWidget *>(m_nameEn), static_cast<QWidget *>(m_nameKo),
                        static_cast<QWidget *>(m_kind), static_cast<QWidget *>(m_ticker),
                        static_cast<QWidget *>(m_id) })
        watch(w);
    resize(520, sizeHint().height());
}

Entity EntityDialog::entity() const
{
    Entity e;
    e.id = m_id->text().trimmed();
    e.kind = EntityKind(m_kind->currentData().toInt());
    e.name = { m_nameEn->text().trimmed(), m_nameKo->text().trimmed() };
    e.ticker = m_ticker->text().trimmed();
    e.description = { m_descriptionEn->toPlainText().trimmed(),
                      m_descriptionKo->toPlainText().trimmed() };
    return e;
}

QList<RecordDialog::Problem> EntityDialog::check() const
{
    QList<Problem> out;
    if (m_nameEn->text().trimmed().isEmpty() && m_nameKo->text().trimmed().isEmpty())
        out.append({ m_nameEn, tr("Give an English or a Korean name.") });
    const QString id = m_id->text().trimmed();
    if (!m_editing) {
        if (id.isEmpty())
            out.append({ m_id, tr("Give an id: lower-case letters, digits and '-'.") });
        else if (!Validator::isValidId(id))
            out.append({ m_id,
                         tr("'%1' is not a valid id: use lower-case letters, digits and '-'.")
                                 .arg(id) });
        else if (const Entity *other = m_data.entity(id))
            out.append({ m_id,
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
    return out;
}

} // namespace atlas
