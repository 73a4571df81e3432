// SPDX-FileCopyrightText: 2026 Telco Atlas authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace atlas::Translations {

namespace {
QTranslator *appTranslator = nullptr;
QTranslator *qtTranslator = nullptr;
} // namespace

void apply(Language lang)
{
    auto *app = QCoreApplication::instance();
    if (!app)
        return;
    for (QTranslator **t : { &appTranslator, &qtTranslator }) {
        if (*t) {
            QCoreApplication::removeTranslator(*t);
            delete *t;
            *t = nullptr;
        }
    }
    const QString code = languageCode(lang);
    appTranslator = new QTranslator(app);
    if (appTranslator->load(QStringLiteral(":/i18n/telco-atlas_%1.qm").arg(code)))
        QCoreApplication::installTranslator(appTranslator);
    qtTranslator = new QTranslator(app);
    if (qtTranslator->load(QStringLiteral("qtbase_%1").arg(code),
                           QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qtTranslator);
    QLocale::setDefault(lang == Language::Korean
                                ? QLocale(QLocale::Korean, QLocale::SouthKorea)
                                : QLocale(QLocale::English, QLocale::UnitedStates));
}

Language systemLanguage()
{
    return QLocale::system().language() == QLocale::Korean ? Language::Korean : Language::English;
}

} // namespace atlas::Translations
