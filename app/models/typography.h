// SPDX-FileCopyrightText: 2026 Telco Atlas authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFont>

namespace atlas {

// The one font every drawing, export and report uses. Latin letters and digits come from DejaVu
// Sans and Korean from Noto Sans CJK KR: with Noto Sans CJK alone, Qt's PDF writer embeds the
// digits without a usable text mapping (pdftotext loses them), and left to fontconfig Korean may
// fall back to a font that loses spaces.
inline QFont atlasFont(double pixelSize, bool bold = false)
{
    QFont f;
    f.setFamilies({QStringLiteral("DejaVu Sans"), QStringLiteral("Noto Sans CJK KR")});
    f.setPixelSize(qMax(1, qRound(pixelSize)));
    f.setBold(bold);
    f.setHintingPreference(QFont::PreferNoHinting);
    f.setStyleStrategy(QFont::PreferOutline);
    return f;
}

} // namespace atlas
