// SPDX-FileCopyrightText: 2026 Telco Atlas authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "picturedialog.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>
#include <QStandardPaths>

namespace atlas {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(atlas::PictureDialog)
};

} // namespace

QString askPicturePath(QWidget *parent, const QString &title, const QString &baseName,
                       const QString &suffix)
{
    const bool svgFirst = suffix.compare(QLatin1String("svg"), Qt::CaseInsensitive) == 0;
    const QString png = Tr::tr("PNG image (*.png)");
    const QString svg = Tr::tr("SVG drawing (*.svg)");
    const QString filters =
            svgFirst ? svg + QStringLiteral(";;") + png : png + QStringLiteral(";;") + svg;
    QString dir = QStandardPaths::writableLocation(QStandardPaths::PicturesLocation);
    if (dir.isEmpty() || !QDir(dir).exists())
        dir = QDir::homePath();
    const QString proposed = QDir(dir).filePath(
            baseName + (svgFirst ? QStringLiteral(".svg") : QStringLiteral(".png")));
    QString selected = svgFirst ? svg : png;
    QString path = QFileDialog::getSaveFileName(parent, title, proposed, filters, &selected);
    if (path.isEmpty())
        return {};
    if (QFileInfo(path).suffix().isEmpty())
        path += selected == svg ? QStringLiteral(".svg") : QStringLiteral(".png");
    return path;
}

void exportPicture(QWidget *parent, const QString &title, const QString &baseName,
                   const QString &suffix, const PictureWriter &write)
{
    const QString path = askPicturePath(parent, title, baseName, suffix);
    if (path.isEmpty())
        return;
    QString error;
    if (!write(path, &error))
        QMessageBox::warning(parent, title, error);
}

} // namespace atlas
