// SPDX-FileCopyrightText: 2026 Telco Atlas authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/dataset.h"

namespace atlas::customtypetest {

// data whose first two entities are of user-defined kinds (a song, an artist) and whose first
// two relationships of user-defined types (one directed, one not), with labels in both
// languages and a style changed from the palette's.
inline Dataset withCustomTypes(Dataset d)
{
    const auto s = [](const char *t) { return QString::fromUtf8(t); };
    d.types.addKind(s("song"), { s("Song"), s("노래") });
    d.types.addKind(s("artist"), { s("Artist"), {} });
    d.types.kinds[1].color = s("#123456");
    d.types.kinds[1].shape = s("triangle-down");
    d.types.addRelationshipType(s("sungBy"), { s("sung by"), s("부른 사람") });
    d.types.addRelationshipType(s("followedBy"), {}, false);
    d.types.relationshipTypes[1].shape = s("dotted");
    setKindKey(&d.entities[0], s("song"));
    setKindKey(&d.entities[1], s("artist"));
    setTypeKey(&d.relationships[0], s("sungBy"));
    setTypeKey(&d.relationships[1], s("followedBy"));
    return d;
}

} // namespace atlas::customtypetest
