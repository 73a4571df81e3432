// SPDX-FileCopyrightText: 2026 Telco Atlas authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "typography.h"

#include <cmath>

namespace atlas::Typography {

QStringList families()
{
    return { QStringLiteral("DejaVu Sans"), koreanFamily() };
}

QString koreanFamily()
{
    return QStringLiteral("Noto Sans CJK KR");
}

QFont font(double pixelSize, QFont::Weight weight)
{
    QFont f;
    f.setFamilies(families());
    f.setPixelSize(std::max(1, int(std::lround(pixelSize))));
    f.setWeight(weight);
    f.setHintingPreference(QFont::PreferNoHinting);
    f.setStyleStrategy(QFont::PreferOutline);
    return f;
}

} // namespace atlas::Typography
