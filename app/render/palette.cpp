// SPDX-FileCopyrightText: 2026 Telco Atlas authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "palette.h"

#include <QGuiApplication>

namespace atlas {

namespace {

QColor mix(const QColor &a, const QColor &b, double t)
{
    return QColor::fromRgbF(float(a.redF() * (1 - t) + b.redF() * t),
                            float(a.greenF() * (1 - t) + b.greenF() * t),
                            float(a.blueF() * (1 - t) + b.blueF() * t));
}

} // namespace

Palette Palette::print()
{
    Palette p;
    p.canvas = Qt::white;
    p.ink = QColor(0x1a, 0x20, 0x2c);
    p.muted = QColor(0x4a, 0x55, 0x68);
    p.grid = QColor(0xe2, 0xe8, 0xf0);
    p.accent = QColor(0x2b, 0x6c, 0xb0);
    p.selection = QColor(0x1f, 0x5f, 0xbf);
    p.error = QColor(0xb7, 0x1c, 0x1c);
    return p;
}

Palette Palette::screen(const QPalette &desktop)
{
    const QColor base = desktop.color(QPalette::Active, QPalette::Base);
    if (base.lightnessF() >= 0.5) // a light desktop: the same colours as print, on its own base
    {
        Palette p = print();
        p.canvas = base;
        return p;
    }
    Palette p;
    p.canvas = base;
    p.ink = desktop.color(QPalette::Active, QPalette::Text);
    p.muted = mix(p.ink, base, 0.35);
    p.grid = mix(p.ink, base, 0.82);
    p.accent = QColor(0x63, 0xa4, 0xe8);
    p.selection = desktop.color(QPalette::Active, QPalette::Highlight).lighter(130);
    p.error = QColor(0xef, 0x9a, 0x9a);
    return p;
}

Palette Palette::screen()
{
    return screen(QGuiApplication::palette());
}

} // namespace atlas
