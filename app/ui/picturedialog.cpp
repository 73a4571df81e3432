// SPDX-FileCopyrightText: 2026 Telco Atlas authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "picturedialog.h"

#include <QCheckBox>
#include <QCoreApplication>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QSpinBox>
#include <QStandardPaths>

namespace atlas {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(atlas::PictureDialog)
};

QString proposedDirectory()
{
    QString dir = QStandardPaths::writableLocation(QStandardPaths::PicturesLocation);
    if (dir.isEmpty() || !QDir(dir).exists())
        dir = QDir::homePath();
    return dir;
}

// The size row under the file types of Qt's own save dialog: a check box to fit the drawing to
// a size, and the width and height.
struct SizeRow
{
    QCheckBox *fit;
    QSpinBox *width;
    QSpinBox *height;
};

SizeRow addSizeRow(QFileDialog *dialog, const QSize &proposed)
{
    auto *row = new QWidget(dialog);
    auto *layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    SizeRow r{ new QCheckBox(Tr::tr("Fit to a size of"), row), new QSpinBox(row),
               new QSpinBox(row) };
    r.fit->setToolTip(Tr::tr("Off: the picture at its natural size (a PNG at most 4,096 pixels "
                             "on its longer side). On: the drawing fitted to this size."));
    for (QSpinBox *box : { r.width, r.height }) {
        box->setRange(16, 20000);
        box->setSuffix(Tr::tr(" px"));
        box->setEnabled(false);
        QObject::connect(r.fit, &QCheckBox::toggled, box, &QWidget::setEnabled);
    }
    r.width->setAccessibleName(Tr::tr("Picture width"));
    r.height->setAccessibleName(Tr::tr("Picture height"));
    r.width->setValue(proposed.isValid() && !proposed.isEmpty() ? proposed.width() : 1600);
    r.height->setValue(proposed.isValid() && !proposed.isEmpty() ? proposed.height() : 1000);
    r.fit->setChecked(proposed.isValid() && !proposed.isEmpty());
    layout->addWidget(r.fit);
    layout->addWidget(r.width);
    layout->addWidget(new QLabel(Tr::tr("×"), row));
    layout->addWidget(r.height);
    layout->addStretch(1);
    if (auto *grid = qobject_cast<QGridLayout *>(dialog->layout())) {
        const int at = grid->rowCount();
        grid->addWidget(new QLabel(Tr::tr("Size:"), dialog), at, 0);
        grid->addWidget(row, at, 1, 1, -1);
    }
    return r;
}

} // namespace

QString askSizedPicturePath(QWidget *parent, const QString &title, const QString &baseName,
                            const QString &suffix, QSize *size)
{
    const bool svgFirst = suffix.compare(QLatin1String("svg"), Qt::CaseInsensitive) == 0;
    const QString png = Tr::tr("PNG image (*.png)");
    const QString svg = Tr::tr("SVG drawing (*.svg)");
    // Qt's own dialog: a platform dialog takes no extra row.
    QFileDialog dialog(
            parent, title,
            QDir(proposedDirectory())
                    .filePath(baseName
                              + (svgFirst ? QStringLiteral(".svg") : QStringLiteral(".png"))),
            svgFirst ? svg + QStringLiteral(";;") + png : png + QStringLiteral(";;") + svg);
    dialog.setObjectName(QStringLiteral("pictureDialog"));
    dialog.setOption(QFileDialog::DontUseNativeDialog);
    dialog.setAcceptMode(QFileDialog::AcceptSave);
    dialog.setFileMode(QFileDialog::AnyFile);
    dialog.selectNameFilter(svgFirst ? svg : png);
    const SizeRow row = addSizeRow(&dialog, size ? *size : QSize());
    if (dialog.exec() != QDialog::Accepted || dialog.selectedFiles().isEmpty())
        return {};
    QString path = dialog.selectedFiles().constFirst();
    if (QFileInfo(path).suffix().isEmpty())
        path += dialog.selectedNameFilter() == svg ? QStringLiteral(".svg")
                                                   : QStringLiteral(".png");
    if (size)
        *size = row.fit->isChecked() ? QSize(row.width->value(), row.height->value()) : QSize();
    return path;
}

void exportSizedPicture(QWidget *parent, const QString &title, const QString &baseName,
                        const QString &suffix, const SizedPictureWriter &write)
{
    QSize size;
    const QString path = askSizedPicturePath(parent, title, baseName, suffix, &size);
    if (path.isEmpty())
        return;
    QString error;
    if (!write(path, size, &error))
        QMessageBox::warning(parent, title, error);
}

QString askPicturePath(QWidget *parent, const QString &title, const QString &baseName,
                       const QString &suffix)
{
    const bool svgFirst = suffix.compare(QLatin1String("svg"), Qt::CaseInsensitive) == 0;
    const QString png = Tr::tr("PNG image (*.png)");
    const QString svg = Tr::tr("SVG drawing (*.svg)");
    const QString filters =
            svgFirst ? svg + QStringLiteral(";;") + png : png + QStringLiteral(";;") + svg;
    const QString dir = proposedDirectory();
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
