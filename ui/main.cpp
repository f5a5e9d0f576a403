// SPDX-License-Identifier: GPL-3.0-or-later
// The reader's entry point: arguments, identity, the context, the window, the event loop.

#include "core/appcontext.h"
#include "core/apppaths.h"
#include "core/version.h"
#include "mainwindow.h"
#include "translationloader.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QCommandLineParser>
#include <QMessageBox>
#include <QTimer>

#include <cstdio>

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
    const QCommandLineOption smokeTestOption(
        QStringLiteral("smoke-test"),
        QCoreApplication::translate("main", "Open the window, check that it lists articles, and quit."));
    parser.addOption(smokeTestOption);
    parser.process(app);

    AppContext context;
    if (const Error error = context.open(parser.value(dbOption))) {
        QMessageBox::critical(
            nullptr, QCoreApplication::translate("main", "Medtour Reader"),
            QCoreApplication::translate("main", "The article cache could not be opened.\n\n%1").arg(error.detail));
        return 1;
    }

    if (const auto &recovery = context.recovery(); recovery && !parser.isSet(smokeTestOption)) {
        // Plain words: what happened, what was kept, where the damaged file is.
        QMessageBox::warning(
            nullptr, QCoreApplication::translate("main", "Medtour Reader"),
            QCoreApplication::translate("main",
                                        "The article cache was damaged, so a new one was built.\n\n"
                                        "%n article(s) could be read back from the damaged file, and your stars, "
                                        "notes and read marks were restored from it and from their backup. "
                                        "Articles that could not be read come back with the next sync.\n\n"
                                        "The damaged file was kept as:\n%1",
                                        nullptr, recovery->articles)
                .arg(recovery->damagedPath));
    }

    Ui::MainWindow window(context);
    window.show();
    if (parser.isSet(smokeTestOption)) {
        // For packaging checks: once the first events (and paints) are through, the article list must
        // show rows; the exit status says whether it did.
        QTimer::singleShot(500, &app, [&window] {
            const auto *list = window.findChild<QAbstractItemView *>();
            const int rows = list && list->model() ? list->model()->rowCount() : 0;
            std::fprintf(stderr, "medtour: smoke test: %d article(s) listed\n", rows);
            window.close();
            QCoreApplication::exit(rows > 0 ? 0 : 1);
        });
    }
    return app.exec();
}
