// SPDX-FileCopyrightText: 2026 Telco Atlas authors
// SPDX-License-Identifier: GPL-3.0-or-later

// The one picture writer of the graph, timeline and chart exports: the suffix decides the format,
// PNGs carry twice the pixels, SVGs are in CSS pixels (96 dpi), and a failed write keeps the file
// that was there.

#include "render/picturefile.h"
#include "render/typography.h"

#include <QDir>
#include <QFile>
#include <QFontDatabase>
#include <QImage>
#include <QImageReader>
#include <QPainter>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace atlas;

namespace {

// A white page with a red square at (10, 10), 20 logical pixels wide.
void paintSquare(QPainter &p, const QRectF &)
{
    p.fillRect(QRectF(10, 10, 20, 20), Qt::red);
}

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

} // namespace

class TestPictureFile : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void suffix_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<bool>("accepted");
        QTest::newRow("png") << "graph.png" << true;
        QTest::newRow("svg") << "graph.svg" << true;
        QTest::newRow("upper case") << "GRAPH.PNG" << true;
        QTest::newRow("jpeg") << "graph.jpg" << false;
        QTest::newRow("no suffix") << "graph" << false;
        QTest::newRow("png, then another suffix") << "graph.png.txt" << false;
        QTest::newRow("pdf") << "graph.pdf" << false;
    }
    void suffix()
    {
        QFETCH(QString, name);
        QFETCH(bool, accepted);
        const QString path = m_dir.filePath(name);
        QString error;
        QCOMPARE(PictureFile::checkSuffix(path, &error), accepted);
        QCOMPARE(PictureFile::write(path, QSize(40, 40), paintSquare, {}, &error), accepted);
        QCOMPARE(QFile::exists(path), accepted);
        if (!accepted) {
            // One wording: the file, and what the name must end in.
            QVERIFY2(error.contains(QDir::toNativeSeparators(path))
                             && error.contains(QLatin1String(".png"))
                             && error.contains(QLatin1String(".svg")),
                     qPrintable(error));
        }
    }

    void pngHasTwiceThePixels()
    {
        const QString path = m_dir.filePath(QStringLiteral("twice.png"));
        QString error;
        QVERIFY2(PictureFile::write(path, QSize(300, 200), paintSquare, {}, &error),
                 qPrintable(error));
        QCOMPARE(QImageReader(path).size(), QSize(600, 400));
        const QImage image(path);
        // The square lies at twice its logical place; the rest of the page is white.
        QCOMPARE(image.pixelColor(40, 40), QColor(Qt::red));
        QCOMPARE(image.pixelColor(15, 15), QColor(Qt::white));
        QCOMPARE(image.pixelColor(62, 62), QColor(Qt::white));
    }

    void svgIsInCssPixels()
    {
        const QString path = m_dir.filePath(QStringLiteral("css.svg"));
        QString error;
        QVERIFY2(PictureFile::write(path, QSize(300, 200), paintSquare,
                                    { QStringLiteral("Title"), QStringLiteral("About") }, &error),
                 qPrintable(error));
        const QString svg = QString::fromUtf8(readAll(path));
        QVERIFY2(svg.contains(QLatin1String("viewBox=\"0 0 300 200\"")), qPrintable(svg.left(600)));
        // 300 px at 96 dpi are 79.375 mm.
        const auto width = QRegularExpression(QStringLiteral("width=\"([0-9.]+)mm\"")).match(svg);
        QVERIFY2(width.hasMatch(), qPrintable(svg.left(600)));
        QCOMPARE(qRound(width.captured(1).toDouble() * 1000), 79375);
        QVERIFY(svg.contains(QLatin1String("<title>Title</title>")));
    }

    void aFailedWriteKeepsTheOldFile_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QSize>("size");
        QTest::newRow("picture too large to draw") << "old.png" << QSize(200000, 200000);
        QTest::newRow("no size") << "old.svg" << QSize(0, 0);
    }
    void aFailedWriteKeepsTheOldFile()
    {
        QFETCH(QString, name);
        QFETCH(QSize, size);
        const QString path = m_dir.filePath(name);
        {
            QFile old(path);
            QVERIFY(old.open(QIODevice::WriteOnly));
            old.write("the old picture");
        }
        QString error;
        QVERIFY(!PictureFile::write(path, size, paintSquare, {}, &error));
        QVERIFY2(error.contains(QDir::toNativeSeparators(path)), qPrintable(error));
        QCOMPARE(readAll(path), QByteArray("the old picture"));
        // No half-written temporary file is left beside it.
        QCOMPARE(QDir(m_dir.path()).entryList({ name + QLatin1Char('*') }, QDir::Files),
                 QStringList{ name });
    }

    void aMissingFolderIsSaid()
    {
        const QString path = m_dir.filePath(QStringLiteral("no/such/folder/x.png"));
        QString error;
        QVERIFY(!PictureFile::write(path, QSize(10, 10), paintSquare, {}, &error));
        QVERIFY2(error.contains(QDir::toNativeSeparators(path)), qPrintable(error));
    }

    // The font factory: Latin first (digits keep their text in PDFs), then the Korean family, whose
    // glyphs must be installed or Korean labels become empty boxes.
    void fontFactory()
    {
        const QFont f = Typography::font(12.4, QFont::Bold);
        QCOMPARE(f.pixelSize(), 12);
        QCOMPARE(f.weight(), QFont::Bold);
        QCOMPARE(f.families(), Typography::families());
        QCOMPARE(f.families().constLast(), Typography::koreanFamily());
        QVERIFY(QFontDatabase::families(QFontDatabase::Korean)
                        .contains(Typography::koreanFamily()));
        QVERIFY(QFontDatabase::families().contains(f.families().constFirst()));
    }

private:
    QTemporaryDir m_dir;
};

QTEST_MAIN(TestPictureFile)
#include "tst_picturefile.moc"
