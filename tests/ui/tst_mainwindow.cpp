// SPDX-FileCopyrightText: 2026 Telco Atlas authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The first window as a user meets it: real data in the tables, search, and linked selection.
#include "io/builtindataset.h"
#include "models/document.h"
#include "models/eventfilterproxy.h"
#include "models/roles.h"
#include "models/workspace.h"
#include "ui/detailspanel.h"
#include "ui/mainwindow.h"

#include <QLineEdit>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace atlas;

class TestMainWindow : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    static int rowOf(QAbstractItemModel *model, const QString &id)
    {
        for (int r = 0; r < model->rowCount(); ++r) {
            if (model->index(r, 0).data(Roles::Id).toString() == id)
                return r;
        }
        return -1;
    }

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void showsTheBuiltInDataset()
    {
        Document doc;
        Workspace ws(&doc);
        QString error;
        QVERIFY2(ws.open(m_dir.filePath(QStringLiteral("a.sqlite")), &error), qPrintable(error));
        MainWindow w(&doc, &ws);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QString e;
        const auto builtin = BuiltinDataset::load(&e);
        QCOMPARE(w.eventsView()->model()->rowCount(), int(builtin->events.size()));
        QCOMPARE(w.entitiesView()->model()->rowCount(), int(builtin->entities.size()));
    }

    void searchFiltersInBothLanguages()
    {
        Document doc;
        Workspace ws(&doc);
        QString error;
        QVERIFY2(ws.open(m_dir.filePath(QStringLiteral("b.sqlite")), &error), qPrintable(error));
        MainWindow w(&doc, &ws);
        w.show();
        auto *search = w.findChild<QLineEdit *>(QStringLiteral("eventSearch"));
        QVERIFY(search);
        QTest::keyClicks(search, QStringLiteral("Perplexity"));
        QAbstractItemModel *events = w.eventsView()->model();
        QVERIFY(events->rowCount() >= 1);
        for (int r = 0; r < events->rowCount(); ++r)
            QVERIFY(events->index(r, 0).data(Roles::Participants).toStringList().contains(QStringLiteral("perplexity"))
                    || events->index(r, 0).data(Roles::SearchText).toString().contains(QStringLiteral("Perplexity"), Qt::CaseInsensitive));
        const int english = events->rowCount();
        search->clear();
        // Korean arrives through an input method as committed text, which setText() stands in for.
        search->setText(QStringLiteral("퍼플렉시티"));
        QCOMPARE(events->rowCount(), english);
    }

    void clickingAnEntityDrivesTheDocumentAndDetails()
    {
        Document doc;
        Workspace ws(&doc);
        QString error;
        QVERIFY2(ws.open(m_dir.filePath(QStringLiteral("c.sqlite")), &error), qPrintable(error));
        MainWindow w(&doc, &ws);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QTableView *entities = w.entitiesView();
        const int row = rowOf(entities->model(), QStringLiteral("kt"));
        QVERIFY(row >= 0);
        const QRect rect = entities->visualRect(entities->model()->index(row, 0));
        entities->scrollTo(entities->model()->index(row, 0));
        QTest::mouseClick(entities->viewport(), Qt::LeftButton, {}, entities->visualRect(entities->model()->index(row, 0)).center());
        Q_UNUSED(rect)
        QCOMPARE(doc.selection().type, Document::SelectionType::Entity);
        QCOMPARE(doc.selection().id, QStringLiteral("kt"));
        // The events table now lists KT's events only, and the details name KT's partner.
        QAbstractItemModel *events = w.eventsView()->model();
        QVERIFY(events->rowCount() > 0);
        for (int r = 0; r < events->rowCount(); ++r)
            QVERIFY(events->index(r, 0).data(Roles::Participants).toStringList().contains(QStringLiteral("kt")));
        auto *details = w.findChild<DetailsPanel *>();
        QVERIFY(details);
        QVERIFY(details->toPlainText().contains(QStringLiteral("Microsoft")));
        QVERIFY(details->toPlainText().contains(QStringLiteral("030200")));

        // Selecting an event elsewhere selects its row and shows its sources.
        doc.selectEvent(QStringLiteral("ev-2024-06-13-sk-telecom-perplexity-investment"));
        QVERIFY(details->toPlainText().contains(QStringLiteral("USD 10 million")));
        QVERIFY(details->toHtml().contains(QStringLiteral("https://")));
    }

    void koreanDetails()
    {
        Document doc;
        Workspace ws(&doc);
        QString error;
        QVERIFY2(ws.open(m_dir.filePath(QStringLiteral("d.sqlite")), &error), qPrintable(error));
        doc.setLanguage(Language::Korean);
        DetailsPanel panel(&doc);
        doc.selectEvent(QStringLiteral("ev-2024-06-global-telco-ai-alliance-jv-agreement"));
        QVERIFY2(panel.toPlainText().contains(QStringLiteral("2024년 6월")), qPrintable(panel.toPlainText()));
        QVERIFY(!panel.toPlainText().contains(QStringLiteral("6월 1일")));
    }

    void timeWindowEditorsFollowTheDocument()
    {
        Document doc;
        Workspace ws(&doc);
        QString error;
        QVERIFY2(ws.open(m_dir.filePath(QStringLiteral("e.sqlite")), &error), qPrintable(error));
        MainWindow w(&doc, &ws);
        doc.setTimeWindow(QDate(2024, 9, 1), QDate(2024, 9, 30));
        QAbstractItemModel *events = w.eventsView()->model();
        QVERIFY(events->rowCount() > 0);
        for (int r = 0; r < events->rowCount(); ++r) {
            const QDate start = events->index(r, 0).data(Roles::DateStart).toDate();
            const QDate end = events->index(r, 0).data(Roles::DateEnd).toDate();
            QVERIFY(start <= QDate(2024, 9, 30) && end >= QDate(2024, 9, 1));
        }
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
