// SPDX-FileCopyrightText: 2026 Telco Atlas authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The import mapping dialog (issue 16): preview, choices, profiles, and File → Import through it.
#include "io/importmapping.h"
#include "models/document.h"
#include "models/workspace.h"
#include "testsupport/tempworkspace.h"
#include "ui/importdialog.h"
#include "ui/importer.h"
#include "ui/importmappingdialog.h"
#include "ui/translations.h"

#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTest>
#include <QTimer>

using namespace atlas;
using Field = ImportMapping::Role;

namespace {

const QByteArray kNodes = "Id,Label,Category,Founded,Notes\n"
                          "acme,Acme Robotics,robot-maker,2015,first\n"
                          "seoul-lab,Seoul Lab,company,2019,second\n";

QComboBox *roleBox(const QDialog &dialog, Field role)
{
    return dialog.findChild<QComboBox *>(QStringLiteral("role_") + ImportMapping::key(role));
}

QPushButton *okButton(const QDialog &dialog)
{
    return dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
}

QListWidgetItem *keepItem(const QDialog &dialog, const QString &field)
{
    const auto *keep = dialog.findChild<QListWidget *>(QStringLiteral("keep"));
    for (int i = 0; i < keep->count(); ++i) {
        if (keep->item(i)->text() == field)
            return keep->item(i);
    }
    return nullptr;
}

} // namespace

class TestImportMappingDialog : public QObject
{
    Q_OBJECT

    test::TempWorkspace m_dir;

    ImportSample sample(const QString &name, const QByteArray &bytes)
    {
        QString error;
        return *ImportSample::read(m_dir.writeFile(name, bytes), 20, &error);
    }

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    // What detection found is chosen; the preview heads each column with its role.
    void opensWithTheDetectedChoices()
    {
        ImportMappingDialog dialog(sample(QStringLiteral("nodes.csv"), kNodes));
        QCOMPARE(roleBox(dialog, Field::Name)->currentText(), QStringLiteral("Label"));
        QCOMPARE(roleBox(dialog, Field::Kind)->currentText(), QStringLiteral("Category"));
        QCOMPARE(roleBox(dialog, Field::Id)->currentText(), QStringLiteral("Id"));
        const auto *preview = dialog.findChild<QTableWidget *>(QStringLiteral("preview"));
        QVERIFY(preview);
        QCOMPARE(preview->rowCount(), 2);
        QCOMPARE(preview->item(0, 1)->text(), QStringLiteral("Acme Robotics"));
        QVERIFY(preview->horizontalHeaderItem(2)->text().contains(QLatin1String("kind")));
        QVERIFY(preview->horizontalHeaderItem(3)->text().contains(QLatin1String("attribute")));
        QVERIFY(okButton(dialog)->isEnabled());
        // Each combo box has a label with a mnemonic and a tool tip.
        for (auto *box : dialog.findChildren<QComboBox *>())
            QVERIFY2(!box->toolTip().isEmpty(), qPrintable(box->objectName()));
        QVERIFY(!dialog.findChild<QTableWidget *>(QStringLiteral("edgePreview")));
    }

    // Choices change the mapping and the preview at once; without a name (or both ends) the
    // dialog cannot continue.
    void previewFollowsTheChoices()
    {
        ImportMappingDialog dialog(sample(QStringLiteral("nodes2.csv"), kNodes));
        const auto *preview = dialog.findChild<QTableWidget *>(QStringLiteral("preview"));
        keepItem(dialog, QStringLiteral("Notes"))->setCheckState(Qt::Unchecked);
        QVERIFY(preview->horizontalHeaderItem(4)->text().contains(QLatin1String("left out")));
        QCOMPARE(dialog.mapping().kept(), QStringList({ QStringLiteral("Founded") }));
        roleBox(dialog, Field::Kind)
                ->setCurrentIndex(roleBox(dialog, Field::Kind)->findText(QStringLiteral("Notes")));
        QVERIFY(preview->horizontalHeaderItem(4)->text().contains(QLatin1String("kind")));
        // Category, no longer the kind, is an attribute again (its box stayed checked).
        QVERIFY(preview->horizontalHeaderItem(2)->text().contains(QLatin1String("attribute")));
        QCOMPARE(dialog.mapping().field(Field::Kind), QStringLiteral("Notes"));
        // A mapped field is no attribute: its check box is disabled.
        QVERIFY(!(keepItem(dialog, QStringLiteral("Notes"))->flags() & Qt::ItemIsEnabled));
        roleBox(dialog, Field::Name)->setCurrentIndex(0);
        QVERIFY(!okButton(dialog)->isEnabled());
        QVERIFY(!dialog.findChild<QLabel *>(QStringLiteral("status"))->text().isEmpty());
        // Source and target make it an edge list: name and kind no longer apply.
        roleBox(dialog, Field::Source)
                ->setCurrentIndex(roleBox(dialog, Field::Source)->findText(QStringLiteral("Id")));
        QVERIFY(!okButton(dialog)->isEnabled());
        roleBox(dialog, Field::Target)
                ->setCurrentIndex(
                        roleBox(dialog, Field::Target)->findText(QStringLiteral("Label")));
        QVERIFY(okButton(dialog)->isEnabled());
        QVERIFY(dialog.mapping().isEdgeList());
        QVERIFY(!roleBox(dialog, Field::Kind)->isEnabled());
        QVERIFY(dialog.mapping().field(Field::Kind).isEmpty());
    }

    void profilesSaveAndLoad()
    {
        ImportMappingDialog first(sample(QStringLiteral("nodes3.csv"), kNodes));
        keepItem(first, QStringLiteral("Notes"))->setCheckState(Qt::Unchecked);
        const QString profile = m_dir.filePath(QStringLiteral("nodes.mapping.json"));
        QString error;
        QVERIFY2(first.saveProfile(profile, &error), qPrintable(error));

        ImportMappingDialog second(sample(QStringLiteral("nodes4.csv"), kNodes));
        QVERIFY(second.mapping().keepsAll());
        QVERIFY2(second.loadProfile(profile, &error), qPrintable(error));
        QVERIFY(second.mapping() == first.mapping());
        QCOMPARE(keepItem(second, QStringLiteral("Notes"))->checkState(), Qt::Unchecked);

        // A profile for other columns is refused, naming the column, and changes nothing.
        ImportMappingDialog other(sample(QStringLiteral("other.csv"), "Name,Type\nKT,company\n"));
        const ImportMapping before = other.mapping();
        QVERIFY(!other.loadProfile(profile, &error));
        QVERIFY2(error.contains(QLatin1String("nodes.mapping.json"))
                         && error.contains(QLatin1String("other.csv")),
                 qPrintable(error));
        QVERIFY(other.mapping() == before);
    }

    // A graph file: node fields for name and kind, edge fields for the type, both previews.
    void graphFileShowsNodesAndEdges()
    {
        QString error;
        const auto dead = ImportSample::read(
                QStringLiteral(ATLAS_SOURCE_DIR "/tests/io/data/tinkerpop/grateful-dead.xml"), 10,
                &error);
        QVERIFY2(dead, qPrintable(error));
        ImportMappingDialog dialog(*dead);
        QVERIFY(!roleBox(dialog, Field::Source)); // a graph file's edges have their own ends
        QCOMPARE(roleBox(dialog, Field::Kind)->currentText(), QStringLiteral("labelV"));
        QCOMPARE(roleBox(dialog, Field::Type)->currentText(), QStringLiteral("labelE"));
        QVERIFY(roleBox(dialog, Field::Type)->findText(QStringLiteral("weight")) > 0);
        QVERIFY(roleBox(dialog, Field::Type)->findText(QStringLiteral("songType")) < 0);
        const auto *edges = dialog.findChild<QTableWidget *>(QStringLiteral("edgePreview"));
        QVERIFY(edges);
        QCOMPARE(edges->rowCount(), 10);
        if (const QByteArray shot = qgetenv("ATLAS_SHOT_DIR"); !shot.isEmpty()) {
            dialog.show();
            QVERIFY(QTest::qWaitForWindowExposed(&dialog));
            dialog.grab().save(QString::fromLocal8Bit(shot) + QStringLiteral("/mapping-graph.png"));
        }
    }

    // File → Import… of a CSV with other columns: the mapping dialog first, then the preview,
    // then the records in the database as mapped.
    void importAsksForTheMapping()
    {
        const QString db = m_dir.databasePath();
        const QString csv = m_dir.writeFile(QStringLiteral("gephi-edges.csv"),
                                            "Source,Target,Type,Id,Label,Weight\n"
                                            "Acme Robotics,Seoul Lab,Directed,0,,2.5\n");
        Document doc;
        Workspace ws(&doc);
        QString error;
        QVERIFY2(ws.open(db, &error), qPrintable(error));
        bool sawMapping = false;
        bool sawPreview = false;
        QString failure;
        // Each dialog as it comes (without waiting inside a timer: the import's own event loop
        // must run between them).
        QTimer poll;
        poll.setInterval(20);
        connect(&poll, &QTimer::timeout, qApp, [&] {
            QWidget *modal = QApplication::activeModalWidget();
            if (auto *mapping = qobject_cast<ImportMappingDialog *>(modal)) {
                sawMapping = mapping->mapping().isEdgeList();
                mapping->accept();
            } else if (auto *preview = qobject_cast<ImportDialog *>(modal)) {
                sawPreview = true;
                preview->accept();
            } else if (auto *box = qobject_cast<QMessageBox *>(modal)) {
                failure = box->text();
                box->close();
            }
        });
        poll.start();
        const bool imported = Importer::importInteractively(ws, csv, nullptr);
        poll.stop();
        QVERIFY2(failure.isEmpty(), qPrintable(failure));
        QVERIFY(imported);
        QVERIFY(sawMapping);
        QVERIFY(sawPreview);
        const QString acme = doc.data().resolveEntity(QStringLiteral("Acme Robotics"));
        const QString lab = doc.data().resolveEntity(QStringLiteral("Seoul Lab"));
        QVERIFY(!acme.isEmpty() && !lab.isEmpty());
        bool found = false;
        for (const Relationship &r : doc.data().relationships) {
            if (r.fromId == acme && r.toId == lab) {
                found = true;
                QCOMPARE(r.attributes.size(), qsizetype(2)); // Type (a direction) and Weight
            }
        }
        QVERIFY(found);
    }

    // The dialog in Korean: every label translated (no English role label left), and pictures
    // of both languages when ATLAS_SHOT_DIR names a folder.
    void speaksKorean()
    {
        const QByteArray shot = qgetenv("ATLAS_SHOT_DIR");
        const ImportSample edges = sample(QStringLiteral("gephi.csv"),
                                          "Source,Target,Type,Id,Label,Weight\n"
                                          "KT,Microsoft,Directed,0,,2.5\n"
                                          "SK Telecom,Perplexity,Directed,1,,1\n");
        for (const Language lang : { Language::English, Language::Korean }) {
            Translations::apply(lang);
            ImportMappingDialog dialog(edges);
            const QString title = dialog.windowTitle();
            QCOMPARE(title.contains(QStringLiteral("가져오기")), lang == Language::Korean);
            if (!shot.isEmpty()) {
                dialog.show();
                QVERIFY(QTest::qWaitForWindowExposed(&dialog));
                dialog.grab().save(QString::fromLocal8Bit(shot) + QStringLiteral("/mapping-csv-")
                                   + (lang == Language::Korean ? QStringLiteral("ko.png")
                                                               : QStringLiteral("en.png")));
            }
        }
        Translations::apply(Language::English);
    }

    // Cancelling the mapping imports nothing.
    void cancelledMappingImportsNothing()
    {
        const QString csv = m_dir.writeFile(QStringLiteral("n.csv"), kNodes);
        Document doc;
        Workspace ws(&doc);
        QString error;
        QVERIFY2(ws.open(m_dir.databasePath(), &error), qPrintable(error));
        const Dataset before = doc.data();
        QTimer::singleShot(0, qApp, [] {
            QTRY_VERIFY(qobject_cast<ImportMappingDialog *>(QApplication::activeModalWidget()));
            QApplication::activeModalWidget()->close();
        });
        QVERIFY(!Importer::importInteractively(ws, csv, nullptr));
        QVERIFY(doc.data() == before);
    }
};

QTEST_MAIN(TestImportMappingDialog)
#include "tst_importmappingdialog.moc"
