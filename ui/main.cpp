// SPDX-License-Identifier: GPL-3.0-or-later
// The reader's entry point: arguments, identity, settings, the context, the window, the event loop.

#include "context/appcontext.h"
#include "core/apppaths.h"
#include "core/version.h"
#include "mainwindow.h"
#include "models/articlelistmodel.h"
#include "models/browsingmodel.h"
#include "reportsdialog.h"
#include "settings/settings.h"
#include "sourcesdialog.h"
#include "sync/synccontroller.h"
#include "syncpresenter.h"
#include "teampresenter.h"
#include "theme.h"
#include "translationloader.h"
#include "traynotifier.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDockWidget>
#include <QLineEdit>
#include <QMessageBox>
#include <QTimer>

#include <cstdio>
#include <optional>

using namespace Medtour;

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    AppPaths::setApplicationIdentity();

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
    // For documentation and tests: other settings, a theme, and a picture of the first window.
    QCommandLineOption settingsOption(QStringLiteral("settings"), QStringLiteral("Read settings from this INI file."),
                                      QStringLiteral("ini"));
    settingsOption.setFlags(QCommandLineOption::HiddenFromHelp);
    QCommandLineOption themeOption(QStringLiteral("theme"), QStringLiteral("system, light or dark."),
                                   QStringLiteral("theme"));
    themeOption.setFlags(QCommandLineOption::HiddenFromHelp);
    QCommandLineOption screenshotOption(QStringLiteral("screenshot"),
                                        QStringLiteral("Save the window to <png> after it is shown, then quit."),
                                        QStringLiteral("png"));
    screenshotOption.setFlags(QCommandLineOption::HiddenFromHelp);
    QCommandLineOption trendOption(QStringLiteral("show-trends"), QStringLiteral("Open the trend view."));
    trendOption.setFlags(QCommandLineOption::HiddenFromHelp);
    QCommandLineOption sourcesOption(QStringLiteral("show-sources"), QStringLiteral("Open the Sources dialog."));
    QCommandLineOption reportsOption(QStringLiteral("show-reports"), QStringLiteral("Open the Reports dialog."));
    reportsOption.setFlags(QCommandLineOption::HiddenFromHelp);
    sourcesOption.setFlags(QCommandLineOption::HiddenFromHelp);
    QCommandLineOption searchOption(QStringLiteral("search"), QStringLiteral("Start with this search."),
                                    QStringLiteral("text"));
    searchOption.setFlags(QCommandLineOption::HiddenFromHelp);
    parser.addOptions(
        {settingsOption, themeOption, screenshotOption, trendOption, sourcesOption, reportsOption, searchOption});
    parser.process(app);

    Settings settings(parser.value(settingsOption));
    const QString language = settings.uiLanguage();
    if (!language.isEmpty())
        QLocale::setDefault(QLocale(language));
    Ui::TranslationLoader::install(app, language.isEmpty() ? QLocale::system() : QLocale(language));
    QGuiApplication::setApplicationDisplayName(QCoreApplication::translate("main", "Medtour Reader"));
    QGuiApplication::setDesktopFileName(QString::fromLatin1(kApplicationId));
    Settings::Theme theme = settings.theme();
    if (parser.isSet(themeOption)) {
        const QString name = parser.value(themeOption);
        theme = name == u"dark" ? Settings::Theme::Dark : name == u"light" ? Settings::Theme::Light : theme;
    }
    Ui::Theme::apply(app, theme);

    AppContext context;
    if (const Error error = context.open(parser.value(dbOption))) {
        QMessageBox::critical(
            nullptr, QCoreApplication::translate("main", "Medtour Reader"),
            QCoreApplication::translate("main", "The article cache could not be opened.\n\n%1\n\nCheck that the "
                                                "folder exists and is writable, or start with --db and another file.")
                .arg(error.detail));
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

    Ui::MainWindow window(context, settings);
    // The scripted runs below reach the window's parts by name, as the tests do.
    auto *browsing = window.findChild<BrowsingModel *>(QStringLiteral("browsingModel"));
    if (parser.isSet(trendOption))
        window.findChild<QDockWidget *>(QStringLiteral("trendDock"))->show();
    if (parser.isSet(searchOption)) {
        QLineEdit *search = window.findChild<QLineEdit *>(QStringLiteral("searchLine"));
        search->setText(parser.value(searchOption).left(500));
        QMetaObject::invokeMethod(search, "returnPressed");
    }
    // Background sync: its own thread and connection; F5 or the toolbar starts it, due sources are
    // checked every five minutes. Not for the one-shot screenshot and smoke-test runs.
    FetchSettings fetchSettings;
    fetchSettings.yieldToGui = true;
    SyncController sync(context.database().path(), fetchSettings);
    Ui::SyncPresenter syncPresenter(sync, window);
    Ui::TeamPresenter teamPresenter(sync, window, context.teamState());
    QObject::connect(&window, &Ui::MainWindow::sourceSyncRequested, &sync,
                     [&sync](const QList<qint64> &ids) { sync.syncNow(ids); });
    QObject::connect(&sync, &SyncController::syncFinished, &window, &Ui::MainWindow::sourcesSynced);
    // After an upgrade that re-clusters the cache every article is placed again, on the sync thread.
    sync.placeUnplaced();
    // A tray message about new relevant articles while the window is hidden (when there is a tray).
    std::optional<Ui::TrayNotifier> tray;
    if (!parser.isSet(screenshotOption) && !parser.isSet(smokeTestOption)) {
        syncPresenter.setSchedule(5);
        tray.emplace(sync, window, settings);
    }
    window.show();
    if (parser.isSet(sourcesOption))
        QTimer::singleShot(0, &window, &Ui::MainWindow::showSources);
    if (parser.isSet(reportsOption))
        QTimer::singleShot(0, &window, &Ui::MainWindow::showReports);
    if (parser.isSet(screenshotOption)) {
        const QString file = parser.value(screenshotOption);
        QTimer::singleShot(300, &window, [browsing] {
            // Open the first article that has a body, so the picture shows the whole reader.
            if (browsing->list()->rowCount() > 1)
                browsing->selectArticle(browsing->list()->summaryAt(1)->id);
        });
        QTimer::singleShot(1200, &window, [&window, file] {
            // A dialog is a window of its own: the picture is of it when it is open.
            QWidget *dialog = window.findChild<QWidget *>(QStringLiteral("sourcesDialog"));
            if (!dialog)
                dialog = window.findChild<QWidget *>(QStringLiteral("reportsDialog"));
            QWidget *shown = dialog ? dialog : &window;
            const bool saved = shown->grab().save(file);
            QCoreApplication::exit(saved ? 0 : 2);
        });
    }
    if (parser.isSet(smokeTestOption)) {
        // For packaging checks: once the first events (and paints) are through, the article list must
        // show rows; the exit status says whether it did.
        QTimer::singleShot(500, &app, [&window, browsing] {
            const int rows = browsing->list()->rowCount();
            std::fprintf(stderr, "medtour: smoke test: %d article(s) listed\n", rows);
            window.close();
            QCoreApplication::exit(rows > 0 ? 0 : 1);
        });
    }
    return app.exec();
}
