// SPDX-License-Identifier: GPL-3.0-or-later
// The export pieces of the window: the options dialog, the controller (worker load, sliced
// rendering) writing a real PDF from the sample cache, and the menu actions' shortcuts.
#include "context/appcontext.h"
#include "export/reportbuilder.h"
#include "export/reportrenderer.h"
#include "exportcontroller.h"
#include "exportdialog.h"
#include "mainwindow.h"
#include "settings/settings.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QLineEdit>
#include <QPainter>
#include <QPrinter>
#include <QProcess>
#include <QProgressDialog>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Medtour;
using namespace Qt::StringLiterals;

class tst_Export : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void dialogOptions();
    void controllerWritesPdf();
    void menuShortcuts();
    void printsThroughQPrinter();

private:
    QTemporaryDir m_dir;
};

void tst_Export::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
}

void tst_Export::dialogOptions()
{
    Ui::ExportDialog dialog(Ui::ExportDialog::Purpose::Pdf, 3, 40);
    QCOMPARE(dialog.scope(), Ui::ExportDialog::Scope::Selection);
    dialog.findChild<QLineEdit *>(u"title"_s)->setText(u"  주간 스크랩  "_s);
    dialog.findChild<QLineEdit *>(u"organisation"_s)->setText(u"대전시 보건정책과"_s);
    auto *groupBy = dialog.findChild<QComboBox *>(u"groupBy"_s);
    groupBy->setCurrentIndex(groupBy->findData(int(Export::GroupBy::Market)));
    auto *pageSize = dialog.findChild<QComboBox *>(u"pageSize"_s);
    pageSize->setCurrentIndex(pageSize->findData(int(Export::PageSize::Letter)));
    const Export::ReportOptions o = dialog.options();
    QCOMPARE(o.title, u"주간 스크랩"_s);
    QCOMPARE(o.organisation, u"대전시 보건정책과"_s);
    QCOMPARE(o.groupBy, Export::GroupBy::Market);
    QCOMPARE(o.pageSize, Export::PageSize::Letter);
    QVERIFY(!o.leadOnly);

    // Accepting remembers the organisation and layout for next time; the title is not kept.
    dialog.accept();
    Ui::ExportDialog again(Ui::ExportDialog::Purpose::Print, 0, 40);
    QCOMPARE(again.scope(), Ui::ExportDialog::Scope::Filter);
    QCOMPARE(again.options().organisation, u"대전시 보건정책과"_s);
    QCOMPARE(again.options().groupBy, Export::GroupBy::Market);
    QCOMPARE(again.options().title, Ui::ExportDialog::defaultTitle());
}

void tst_Export::controllerWritesPdf()
{
    AppContext context;
    QVERIFY(!context.open(m_dir.filePath(u"export.sqlite"_s)));
    QVERIFY(context.importedSampleArticles() >= 30);
    QWidget window;
    Ui::ExportController controller(context, &window);
    QSignalSpy finished(&controller, &Ui::ExportController::finished);
    const QString path = m_dir.filePath(u"ui.pdf"_s);
    Export::ReportOptions options;
    options.title = u"UI export"_s;
    options.groupBy = Export::GroupBy::Date;
    controller.exportTo(path, {}, ArticleQuery{}, options);
    QVERIFY(controller.isBusy());
    QVERIFY(finished.wait(60000));
    QVERIFY2(finished.at(0).at(0).toBool(), qPrintable(finished.at(0).at(1).toString()));
    QVERIFY(!controller.isBusy());
    QVERIFY(QFile(path).size() > 10000);
    if (!QStandardPaths::findExecutable(u"pdftotext"_s).isEmpty()) {
        QProcess p;
        p.start(u"pdftotext"_s, {u"-enc"_s, u"UTF-8"_s, path, u"-"_s});
        QVERIFY(p.waitForFinished(30000));
        const QString text = QString::fromUtf8(p.readAllStandardOutput());
        QVERIFY(text.contains(u"UI export"_s));
        QVERIFY(text.contains(u"Incheon pitches"_s));
    }

    // Cancel in the progress dialog: the export ends, reports it, and writes no file.
    const QString cancelled = m_dir.filePath(u"cancelled.pdf"_s);
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete); // the first export's progress dialog
    QVERIFY(!window.findChild<QProgressDialog *>());
    controller.exportTo(cancelled, {}, ArticleQuery{}, options);
    auto *progress = window.findChild<QProgressDialog *>();
    QVERIFY(progress);
    Q_EMIT progress->canceled(); // what its Cancel button does
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 2, 60000);
    QVERIFY(!finished.at(1).at(0).toBool());
    QVERIFY(!controller.isBusy());
    QTest::qWait(50);
    QCOMPARE(finished.size(), 2); // once
    QVERIFY(!QFile::exists(cancelled));
}

void tst_Export::menuShortcuts()
{
    AppContext context;
    QVERIFY(!context.open(m_dir.filePath(u"menu.sqlite"_s)));
    Settings settings(m_dir.filePath(u"menu.ini"_s));
    Ui::MainWindow window(context, settings);
    QStringList shortcuts;
    for (const QAction *action : window.findChildren<QAction *>())
        shortcuts << action->shortcut().toString(QKeySequence::PortableText);
    QVERIFY2(shortcuts.contains(u"Ctrl+E"_s), qPrintable(shortcuts.join(u' ')));
    QVERIFY2(shortcuts.contains(u"Ctrl+P"_s), qPrintable(shortcuts.join(u' ')));
}

void tst_Export::printsThroughQPrinter()
{
    // The print path: the same renderer on a QPrinter at 1200 dpi (a PDF printer, so it can be read back).
    QList<Export::ReportInput> inputs;
    for (int n = 1; n <= 3; ++n) {
        Export::ReportInput input;
        input.article.summary.id = n;
        input.article.summary.title = u"인쇄 시험 기사 %1"_s.arg(n);
        input.article.summary.sourceName = u"충청일보"_s;
        input.article.summary.published = QDateTime(QDate(2026, 11, n), QTime(9, 0), QTimeZone::utc());
        input.article.cleanText =
            u"대전시는 %1번째 설명회를 열었다.\nThe %1th briefing was held. Брифинг %1 прошёл."_s.arg(n);
        inputs << input;
    }
    const Export::ReportModel model = Export::ReportBuilder::build(inputs, {});
    QPrinter printer(QPrinter::HighResolution);
    printer.setOutputFormat(QPrinter::PdfFormat);
    const QString path = m_dir.filePath(u"printed.pdf"_s);
    printer.setOutputFileName(path);
    printer.setFullPage(true);
    Export::ReportRenderer renderer(model, &printer);
    while (!renderer.layoutSome(2)) {
    }
    QPainter painter;
    QVERIFY(painter.begin(&printer));
    while (!renderer.paintNext(painter)) {
    }
    QVERIFY(painter.end());
    QCOMPARE(renderer.pageCount(), 3); // cover, index, the three short articles on one page
    if (QStandardPaths::findExecutable(u"pdftotext"_s).isEmpty())
        return;
    QProcess p;
    p.start(u"pdftotext"_s, {u"-enc"_s, u"UTF-8"_s, path, u"-"_s});
    QVERIFY(p.waitForFinished(30000));
    const QString text = QString::fromUtf8(p.readAllStandardOutput());
    for (int n = 1; n <= 3; ++n) {
        QVERIFY2(text.contains(u"인쇄 시험 기사 %1"_s.arg(n)), qPrintable(text.left(400)));
        QVERIFY(text.contains(u"Брифинг %1 прошёл."_s.arg(n)));
    }
    QString squeezed = text;
    squeezed.remove(u' ');
    QVERIFY(squeezed.contains(u"2/%1"_s.arg(renderer.pageCount())));
}

QTEST_MAIN(tst_Export)
#include "tst_export.moc"
