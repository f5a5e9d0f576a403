// SPDX-License-Identifier: GPL-3.0-or-later
// The reader's entry point: arguments, identity, the context, the window, the event loop.

#include "core/appcontext.h"
#include "core/apppaths.h"
#include "core/version.h"
#include "mainwindow.h"
#include "translationloader.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QMessageBox>

using namespace Medtour;

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    AppPaths::setApplicationIdentity();
    Ui::TranslationLoader::install(app);
    QGuiApplication::setApplicationDisplayName(QCoreApplication::translate("main", "Medtour Reader"));
    QGuiApplication::setDesktopFileName(QString::fromLatin1(kApplicationId));

    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate("main", "A news reader for medical tourism."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption dbOption(QStringLiteral("db"),
                                      QCoreApplication::translate("main", "Open the cache at <path>."),
                                      QStringLiteral("path"), AppPaths::defaultDatabasePath());
    parser.addOption(dbOption);
    parser.process(app);

    AppContext context;
    if (const Error error = context.open(parser.value(dbOption))) {
        QMessageBox::critical(
            nullptr, QCoreApplication::translate("main", "Medtour Reader"),
            QCoreApplication::translate("main", "The article cache could not be opened.\n\n%1").arg(error.detail));
        return 1;
    }

    Ui::MainWindow window(context);
    window.show();
    return app.exec();
}
