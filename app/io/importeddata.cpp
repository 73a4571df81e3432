// SPDX-FileCopyrightText: 2026 Telco Atlas authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "importeddata.h"

#include "idgenerator.h"

#include <QFileInfo>

namespace atlas {

QString ImportedData::fileSourceId(const Dataset &current)
{
    const QString base = QFileInfo(fileName).fileName();
    auto isFileSource = [&](const Source &s) {
        return s.publisher == base && s.url.isEmpty() && s.title.isEmpty();
    };
    for (const auto &s : data.sources) {
        if (isFileSource(s))
            return s.id;
    }
    for (const auto &s : current.sources) {
        if (isFileSource(s))
            return s.id;
    }
    QSet<QString> taken;
    for (const auto &s : current.sources)
        taken.insert(s.id);
    for (const auto &s : data.sources)
        taken.insert(s.id);
    Source s;
    s.publisher = base;
    s.id = IdGenerator(taken).make(QStringLiteral("src"), base, QStringLiteral("file"));
    data.sources.append(s);
    return s.id;
}

} // namespace atlas
