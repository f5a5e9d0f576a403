// SPDX-License-Identifier: GPL-3.0-or-later
#include "translationloader.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QTranslator>

namespace Medtour::Ui::TranslationLoader {

QString install(QCoreApplication &app, const QLocale &locale)
{
    auto *ours = new QTranslator(&app);
    if (!ours->load(locale, QStringLiteral("medtour"), QStringLiteral("_"), QStringLiteral(":/i18n"))) {
        delete ours;
        return QStringLiteral("en");
    }
    QCoreApplication::installTranslator(ours);
    auto *qt = new QTranslator(&app);
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        QCoreApplication::installTranslator(qt);
    } else {
        delete qt;
    }
    // The catalogue's language, from its name (medtour_ko.qm → "ko"); English has one too, for plurals.
    const QString file = ours->filePath().section(u'/', -1);
    return file.section(u'_', 1).section(u'.', 0, 0).section(u'_', 0, 0);
}

} // namespace Medtour::Ui::TranslationLoader
