// SPDX-FileCopyrightText: 2026 Telco Atlas authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "recorddialog.h"

#include "attributeeditor.h"

#include "formfields.h"
#include "sourcelisteditor.h"

#include <QAbstractButton>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace atlas {

namespace {
const char *const invalidProperty = "atlasInvalid";
const char *const toolTipProperty = "atlasToolTip";
} // namespace

RecordDialog::RecordDialog(Language language, QWidget *parent,
                           const std::optional<QString> &editedId)
    : QDialog(parent),
      m_language(language),
      m_editedId(editedId),
      m_form(new QFormLayout),
      m_message(new QLabel(this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    auto *layout = new QVBoxLayout(this);
    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    layout->addLayout(m_form);
    m_message->setObjectName(QStringLiteral("problem"));
    m_message->setWordWrap(true);
    FormFields::showAsError(m_message);
    layout->addWidget(m_message);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, [this] {
        revalidate();
        if (m_problems.isEmpty())
            accept();
    });
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

void RecordDialog::setUp(const QString &title)
{
    build();
    setWindowTitle(title);
    revalidate();
}

QLineEdit *RecordDialog::makeIdField()
{
    m_id = FormFields::lineEdit(this, "id");
    if (m_editedId) {
        m_id->setText(*m_editedId);
        m_id->setReadOnly(true);
    }
    connect(m_id, &QLineEdit::textEdited, this, [this] { m_idTyped = true; });
    return m_id;
}

void RecordDialog::addSourcesAttributesAndId(const Dataset &data)
{
    form()->addRow(tr("Sources:"), makeSourcesField(data));
    form()->addRow(tr("Attributes:"), makeAttributesField());
    form()->addRow(tr("Id:"), makeIdField());
}

SourceListEditor *RecordDialog::makeSourcesField(const Dataset &data)
{
    m_sources = new SourceListEditor(data, this);
    connect(m_sources, &SourceListEditor::changed, this, &RecordDialog::revalidate);
    return m_sources;
}

void RecordDialog::checkNewSource(QList<Problem> *out) const
{
    if (!m_sources)
        return;
    if (const QString problem = m_sources->newSourceProblem(); !problem.isEmpty())
        out->append({ m_sources->urlEdit(), problem });
}

AttributeEditor *RecordDialog::makeAttributesField()
{
    m_attributes = new AttributeEditor(this);
    connect(m_attributes, &AttributeEditor::changed, this, &RecordDialog::revalidate);
    return m_attributes;
}

Attributes RecordDialog::attributes() const
{
    return m_attributes ? m_attributes->attributes() : Attributes();
}

void RecordDialog::checkAttributes(QList<Problem> *out) const
{
    if (!m_attributes)
        return;
    if (const QString problem = m_attributes->problem(); !problem.isEmpty())
        out->append({ m_attributes->table(), problem });
}

QList<Source> RecordDialog::newSources() const
{
    return m_sources ? m_sources->newSources() : QList<Source>();
}

QPushButton *RecordDialog::okButton() const
{
    return m_buttons->button(QDialogButtonBox::Ok);
}

void RecordDialog::watch(QWidget *w)
{
    QList<QWidget *> all = w->findChildren<QWidget *>();
    all.prepend(w);
    for (QWidget *child : std::as_const(all)) {
        if (auto *e = qobject_cast<QLineEdit *>(child))
            connect(e, &QLineEdit::textChanged, this, &RecordDialog::revalidate);
        else if (auto *t = qobject_cast<QPlainTextEdit *>(child))
            connect(t, &QPlainTextEdit::textChanged, this, &RecordDialog::revalidate);
        else if (auto *c = qobject_cast<QComboBox *>(child); c && !c->isEditable())
            connect(c, &QComboBox::currentIndexChanged, this, &RecordDialog::revalidate);
    }
}

void RecordDialog::revalidate()
{
    for (const auto &w : std::as_const(m_marked)) {
        if (!w)
            continue;
        w->setProperty(invalidProperty, false);
        w->setStyleSheet(QString());
        w->setToolTip(w->property(toolTipProperty).toString());
    }
    m_marked.clear();
    m_problems = check();
    for (const auto &problem : std::as_const(m_problems)) {
        QWidget *w = problem.field;
        if (!w || w->property(invalidProperty).toBool())
            continue;
        if (!w->property(toolTipProperty).isValid())
            w->setProperty(toolTipProperty, w->toolTip());
        w->setProperty(invalidProperty, true);
        // A red outline works in every style; the tooltip says why.
        w->setStyleSheet(QStringLiteral("%1 { border: 2px solid #c62828; }")
                                 .arg(QLatin1String(w->metaObject()->className())));
        w->setToolTip(problem.message);
        m_marked.append(w);
    }
    m_message->setText(m_problems.isEmpty() ? QString() : m_problems.first().message);
    okButton()->setEnabled(m_problems.isEmpty());
}

} // namespace atlas
