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
    const QString file = ours->filePath();
    return file.contains(u"_ru") ? QStringLiteral("ru") : QStringLiteral("ko");
}

} // namespace Medtour::Ui::TranslationLoader
