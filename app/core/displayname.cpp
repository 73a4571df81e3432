// SPDX-FileCopyrightText: 2026 Telco Atlas authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "displayname.h"

namespace atlas {

QString displayName(const Dataset &data, const QString &entityId, Language lang)
{
    const Entity *e = data.entity(entityId);
    const QString name = e ? e->name.text(lang) : QString();
    return name.isEmpty() ? entityId : name;
}

} // namespace atlas
