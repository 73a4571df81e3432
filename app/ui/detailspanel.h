// SPDX-FileCopyrightText: 2026 Telco Atlas authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/document.h"

#include <QTextBrowser>

namespace atlas {

// Shows what is selected in the Document: for an entity its kind, both names, ticker,
// relationships and events, and its attributes; for an event its date with precision, participants
// and roles, amount and sources. Entity and event names are links that change the selection; source
// addresses open in the browser.
class DetailsPanel : public QTextBrowser
{
    Q_OBJECT
public:
    explicit DetailsPanel(Document *document, QWidget *parent = nullptr);

    // The HTML for a selection, composed from the data alone.
    static QString html(const Dataset &data, const Document::Selection &selection, Language lang);
    // An attribute's value as a reader of lang expects it: "1,234.5", "2024년 3월 1일", "yes".
    static QString attributeText(const Attribute &attribute, Language lang);

private:
    void refresh();
    void followLink(const QUrl &url);

    Document *m_document;
};

} // namespace atlas
