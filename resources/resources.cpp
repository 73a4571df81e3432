// SPDX-FileCopyrightText: 2026 Telco Atlas authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The library exists to carry the compiled resources; this unit gives it something to compile.
namespace atlas {
int resourcesAnchor()
{
    return 0;
}
} // namespace atlas
