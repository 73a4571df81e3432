// SPDX-FileCopyrightText: 2026 Telco Atlas authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "datafile.h"

#include "core/seterror.h"

#include <QSaveFile>
#include <QStringDecoder>

namespace atlas {

bool DataFile::open(QFile &file, QString *error)
{
    if (file.open(QIODevice::ReadOnly))
        return true;
    return setError(error, tr("%1: cannot open: %2").arg(file.fileName(), file.errorString()));
}

std::optional<QByteArray> DataFile::read(const QString &path, QString *error,
                                         const ProgressCallback &progress)
{
    QFile f(path);
    if (!open(f, error))
        return std::nullopt;
    if (progress && !progress(0, f.size())) {
        setError(error, ImportMessages::cancelled());
        return std::nullopt;
    }
    // Read into a buffer of the file's size: readAll() grows one to the next power of two.
    QByteArray bytes;
    if (const qint64 size = f.size(); size > 0 && !f.isSequential()) {
        bytes.resize(size);
        bytes.resize(std::max<qint64>(0, f.read(bytes.data(), size)));
        if (f.atEnd())
            return bytes;
    }
    return bytes + f.readAll();
}

bool DataFile::readDone(const ProgressCallback &progress, qint64 size, QString *error)
{
    return !progress || progress(size, size) || setError(error, ImportMessages::cancelled());
}

qint64 DataFile::invalidUtf8Line(QIODevice *device)
{
    if (device->isSequential() || !device->seek(0))
        return 0;
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    for (qint64 line = 1; !device->atEnd(); ++line) {
        // Multi-byte sequences never hold '\n', so a line is decoded on its own.
        decoder.resetState();
        const QString text = decoder.decode(device->readLine());
        if (decoder.hasError())
            return line;
    }
    return 0;
}

bool DataFile::write(const QString &path, const QByteArray &bytes, QString *error)
{
    return write(
            path, [&bytes](QIODevice *out) { return out->write(bytes) == bytes.size(); }, error);
}

bool DataFile::write(const QString &path, const std::function<bool(QIODevice *)> &writer,
                     QString *error)
{
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        return setError(error, tr("%1: cannot write: %2").arg(path, f.errorString()));
    if (!writer(&f)) {
        const QString reason = f.errorString();
        f.cancelWriting();
        return setError(error, tr("%1: cannot write: %2").arg(path, reason));
    }
    if (!f.commit())
        return setError(error, tr("%1: cannot write: %2").arg(path, f.errorString()));
    return true;
}

} // namespace atlas
