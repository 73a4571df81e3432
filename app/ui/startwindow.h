// SPDX-FileCopyrightText: 2026 Telco Atlas authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/localizedtext.h"

#include <QString>

#include <functional>

namespace atlas {

// The application's window on spec, until it is closed. The window appears while the data is
// read on a worker thread (Workspace::openInBackground); a problem with the file itself (not a
// database, newer, damaged, no password) is found before it and shown in a message box. Returns
// the exit code: 1 with *error set when the database could not be opened or read. opened is
// called once the database is open, before its data is in.
int runMainWindow(const QString &spec, Language lang, const std::function<void()> &opened,
                  QString *error);

} // namespace atlas
