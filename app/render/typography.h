// SPDX-FileCopyrightText: 2026 Telco Atlas authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFont>
#include <QStringList>

namespace atlas::Typography {

// The one font factory of every drawing, export and report, in pixels. Latin letters and digits
// come from DejaVu Sans and Korean from Noto Sans CJK KR: with Noto Sans CJK alone, Qt's PDF
// writer embeds the digits without a usable text mapping (pdftotext loses them), and left to
// fontconfig Korean may fall back to a font that loses spaces. The family names live here only.
QFont font(double pixelSize, QFont::Weight weight = QFont::Normal);
inline QFont font(double pixelSize, bool bold)
{
    return font(pixelSize, bold ? QFont::Bold : QFont::Normal);
}

// The families, Latin first, as font() sets them.
QStringList families();
// The family that holds the Korean glyphs.
QString koreanFamily();

} // namespace atlas::Typography
