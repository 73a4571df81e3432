// SPDX-FileCopyrightText: 2026 Telco Atlas authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/dataset.h"

namespace atlas::attributetest {

// data with typed attributes of every type on its first two entities (one sparse), its first
// event and its first relationship; names in alphabetical order, as JSON gives them back.
inline Dataset withAttributes(Dataset d)
{
    const auto s = [](const char *t) { return QString::fromUtf8(t); };
    Attributes &first = d.entities[0].attributes;
    first.append(Attribute::date(s("first played"), QDate(1969, 2, 27)));
    first.append(Attribute::text(s("kind"), s("song")));
    first.append(Attribute::boolean(s("listed"), true));
    first.append(Attribute::number(s("performances"), 118));
    first.append(Attribute::number(s("share"), 0.125));
    first.append(Attribute::text(s("비고"), s("따옴표 \" 와, 쉼표")));
    Attributes &second = d.entities[1].attributes;
    second.append(Attribute::boolean(s("listed"), false));
    second.append(Attribute::number(s("performances"), 7));
    d.events[0].attributes.append(Attribute::text(s("venue"), s("Fillmore West")));
    d.events[0].attributes.append(Attribute::number(s("weight"), -3.5));
    Attributes &edge = d.relationships[0].attributes;
    edge.append(Attribute::boolean(s("confirmed"), true));
    edge.append(Attribute::date(s("signed"), QDate(2024, 9, 29)));
    edge.append(Attribute::number(s("weight"), 2.5));
    return d;
}

} // namespace atlas::attributetest
