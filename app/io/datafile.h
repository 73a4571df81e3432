// SPDX-FileCopyrightText: 2026 Telco Atlas authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "importeddata.h"

#include <QCoreApplication>
#include <QFile>

#include <functional>
#include <optional>

namespace atlas {

// The file handling every reader and writer of io shares, with one wording for its errors:
// "<path>: cannot open: <reason>" and "<path>: cannot write: <reason>".
class DataFile
{
    Q_DECLARE_TR_FUNCTIONS(atlas::DataFile)

public:
    // Opens file for reading, or sets error and returns false.
    static bool open(QFile &file, QString *error);
    // The whole of the file at path, after telling progress that the read begins (0 of its
    // size); nothing, with error set, when it cannot be opened or progress cancels.
    static std::optional<QByteArray> read(const QString &path, QString *error,
                                          const ProgressCallback &progress = {});
    // Tells progress that all size bytes are read; false, with error set, when it cancels.
    static bool readDone(const ProgressCallback &progress, qint64 size, QString *error);
    // The first line of device with bytes that are not UTF-8, 0 when all are or the device cannot
    // rewind. For XML readers: QXmlStreamReader decodes ahead and places such an error where
    // decoding began, the line of the bad bytes helps more.
    static qint64 invalidUtf8Line(QIODevice *device);
    // Writes bytes to path through QSaveFile: all of them or, on failure, the old file untouched.
    static bool write(const QString &path, const QByteArray &bytes, QString *error);
    // The same with the bytes written by writer as it makes them (false from it: a failure).
    static bool write(const QString &path, const std::function<bool(QIODevice *)> &writer,
                      QString *error);
};

} // namespace atlas
