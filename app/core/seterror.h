// SPDX-FileCopyrightText: 2026 Telco Atlas authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace atlas {

// The error out-parameter of the functions that return bool or an optional: sets *error to
// message when the caller asked for it, and gives false so a failure reads
// `return setError(error, tr("..."));`.
inline bool setError(QString *error, const QString &message)
{
    if (error)
        *error = message;
    return false;
}

} // namespace atlas
