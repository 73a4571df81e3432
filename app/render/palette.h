// SPDX-FileCopyrightText: 2026 Telco Atlas authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QColor>
#include <QPalette>

namespace atlas {

// The colours a drawing uses besides its data colours. The screen palette follows the desktop's
// QPalette (a dark theme gives dark canvases with light text); the print palette, for PNG, SVG and
// PDF exports, is always light.
struct Palette
{
    QColor canvas; // the background of a drawing
    QColor ink; // text and strong lines
    QColor muted; // secondary text
    QColor grid; // grid lines, lane bands
    QColor accent; // links, the current item
    QColor selection; // selected items
    QColor error; // error text

    bool isDark() const { return canvas.lightnessF() < 0.5; }

    static Palette print();
    static Palette screen(const QPalette &desktop);
    // screen() of the application's current palette.
    static Palette screen();
};

} // namespace atlas
