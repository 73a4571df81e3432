// SPDX-FileCopyrightText: 2026 Telco Atlas authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "localizedtext.h"
#include "partialdate.h"
#include "records.h"

namespace atlas {

// Presentation of data values in a product language. The language is a parameter, not the
// installed translator, so headless exports in either language give the same text as the GUI.
namespace Format {

// "27 September 2024" / "2024년 9월 27일"; "June 2024" / "2024년 6월"; "Q2 2024" / "2024년 2분기".
QString date(const PartialDate &date, Language lang);
// A relationship's intervals: "2020 – November 2020; Q2 2023 – " (an unknown start or an open
// end left blank); empty when it has one interval with neither bound.
QString intervals(const QList<Spell> &spells, Language lang);
// "KRW 6.55 trillion", "KRW 494.0 billion", "USD 10 million" / "6조 5,464억 원", "4,940억 원",
// "1,000만 달러".
QString money(double value, const QString &currency, Language lang);
// An amount with its precision: "about KRW 13.0 billion", "several trillion won over five years".
QString amount(const Amount &amount, Language lang);
// A count with its thousands marked: "100,000" in either language.
QString count(qint64 n, Language lang);
// "+2.7%", "−14.3%", "0.0%" (one decimal, a true minus sign).
QString percent(double ratio, Language lang);
// The Korean word for a currency after an amount (원, 달러, 유로); the code for others.
QString koreanCurrencyWord(const QString &currency);
// Year-on-year change as a ratio (0.5 means +50%); empty when the base is zero.
std::optional<double> change(double from, double to);

} // namespace Format

} // namespace atlas
