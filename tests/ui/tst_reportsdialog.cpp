// SPDX-License-Identifier: GPL-3.0-or-later
// File → Reports… and the export dialog's other formats, in the real widgets on a real cache:
// a profile made from the current filter, run now on the scheduler's thread, its files on disk and
// its result in the list; the controller writing XLSX and CSV off the GUI thread.
#include "context/appcontext.h"
#include "export/reportscheduler.h"
#include "exportcontroller.h"
#include "exportdialog.h"
#include "mainwindow.h"
#include "models/reportprofilemodel.h"
#include "reportsdialog.h"
#include "settings/settings.h"
#include "storage/reportrepository.h"
#include "windowparts.h"

#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QProcess>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace Medtour;
using namespace Qt::StringLiterals;

class tst_ReportsDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void runNowFromTheDialog();
    void exportDialogOffersFourFormats();
    void controllerWritesSpreadsheetAndCsv();
    void windowHasReportsAction();

private:
    QTemporaryDir m_dir;
};

void tst_ReportsDialog::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
}

void tst_ReportsDialog::runNowFromTheDialog()
{
    AppContext context;
    const QString cache = m_dir.filePath(u"reports.sqlite"_s);
    QVERIFY(!context.open(cache));
    QVERIFY(context.importedSampleArticles() >= 30);
    Export::ReportScheduler scheduler(cache);
    ArticleQuery filter;
    filter.selected(FacetKind::Market) = {u"KZ"_s};
    Ui::ReportsDialog dialog(context.database(), &scheduler, filter);
    ReportProfile profile;
    profile.name = u"Kazakhstan daily"_s;
    profile.query = filter;
    profile.formats = {u"csv"_s, u"xlsx"_s};
    profile.folder = m_dir.filePath(u"kz"_s);
    QVERIFY(dialog.model()->save(profile).isEmpty());
    QCOMPARE(dialog.model()->rowCount(), 1);
    QCOMPARE(dialog.model()->data(dialog.model()->index(0, ReportProfileModel::LastRun)).toString(), u"Never"_s);
    dialog.show();
    dialog.view()->selectRow(0);
    QSignalSpy finished(&scheduler, &Export::ReportScheduler::runFinished);
    auto *run = dialog.findChild<QPushButton *>(u"runNow"_s);
    QVERIFY(run && run->isEnabled());
    run->click();
    QVERIFY(finished.wait(60000));
    const auto outcome = finished.at(0).at(0).value<Export::ReportRunOutcome>();
    QCOMPARE(outcome.status, u"ok"_s);
    QVERIFY(outcome.articles > 0);
    QCOMPARE(outcome.files.size(), 2);
    for (const QString &file : outcome.files)
        QVERIFY(QFile::exists(file));
    // Only the Kazakhstan articles: every CSV row names it.
    QFile csv(outcome.files.at(0));
    QVERIFY(csv.open(QIODevice::ReadOnly));
    const QStringList rows = QString::fromUtf8(csv.readAll().mid(3)).split(u"\r\n"_s, Qt::SkipEmptyParts);
    QCOMPARE(rows.size(), outcome.articles + 1);
    for (const QString &row : rows.mid(1))
        QVERIFY2(row.contains(u"Kazakhstan"_s) || row.contains(u"카자흐스탄"_s), qPrintable(row));
    // The list and the status line show the result.
    QTRY_VERIFY(dialog.model()
                    ->data(dialog.model()->index(0, ReportProfileModel::LastResult))
                    .toString()
                    .contains(QString::number(outcome.articles)));
    QVERIFY(dialog.findChild<QLabel *>(u"reportStatus"_s)->text().contains(u"Kazakhstan daily"_s));
    // Run again: nothing new.
    run->click();
    QVERIFY(finished.wait(60000));
    QCOMPARE(finished.at(1).at(0).value<Export::ReportRunOutcome>().status, u"empty"_s);
}

void tst_ReportsDialog::exportDialogOffersFourFormats()
{
    Ui::ExportDialog dialog(Ui::ExportDialog::Purpose::Pdf, 0, 10);
    auto *format = dialog.findChild<QComboBox *>(u"format"_s);
    QVERIFY(format);
    QCOMPARE(format->count(), 4);
    format->setCurrentIndex(format->findData(int(Export::ReportFormat::Xlsx)));
    QCOMPARE(dialog.format(), Export::ReportFormat::Xlsx);
    Ui::ExportDialog print(Ui::ExportDialog::Purpose::Print, 0, 10);
    QCOMPARE(print.format(), Export::ReportFormat::Pdf);
}

void tst_ReportsDialog::controllerWritesSpreadsheetAndCsv()
{
    AppContext context;
    QVERIFY(!context.open(m_dir.filePath(u"export.sqlite"_s)));
    QWidget window;
    Ui::ExportController controller(context, &window);
    QSignalSpy finished(&controller, &Ui::ExportController::finished);
    Export::ReportOptions options;
    options.title = u"UI export"_s;
    const QString xlsx = m_dir.filePath(u"ui.xlsx"_s);
    controller.exportTo(xlsx, {}, ArticleQuery{}, options, Export::ReportFormat::Xlsx);
    QVERIFY(finished.wait(60000));
    QVERIFY2(finished.at(0).at(0).toBool(), qPrintable(finished.at(0).at(1).toString()));
    QProcess unzip;
    unzip.start(u"unzip"_s, {u"-Z1"_s, xlsx});
    QVERIFY(unzip.waitForFinished(30000));
    const QByteArray members = unzip.readAllStandardOutput();
    QVERIFY(members.contains("xl/worksheets/sheet2.xml"));
    QVERIFY(members.contains("xl/charts/chart1.xml"));
    const QString csv = m_dir.filePath(u"ui.csv"_s);
    controller.exportTo(csv, {}, ArticleQuery{}, options, Export::ReportFormat::Csv);
    QVERIFY(finished.wait(60000));
    QVERIFY(finished.at(1).at(0).toBool());
    QFile f(csv);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QVERIFY(f.readAll().startsWith("\xEF\xBB\xBF"));
}

void tst_ReportsDialog::windowHasReportsAction()
{
    AppContext context;
    QVERIFY(!context.open(m_dir.filePath(u"window.sqlite"_s)));
    Settings settings(m_dir.filePath(u"w.ini"_s));
    Ui::MainWindow window(context, settings);
    QVERIFY(WindowParts::action(window, "reportsAction"));
    QVERIFY(window.findChild<Export::ReportScheduler *>(
        u"reportScheduler"_s)); // a file cache: due reports run while the window is open
}

QTEST_MAIN(tst_ReportsDialog)
#include "tst_reportsdialog.moc"
