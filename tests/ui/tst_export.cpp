// SPDX-License-Identifier: GPL-3.0-or-later
// The export pieces of the window: the options dialog, the controller (worker load, sliced
// rendering) writing a real PDF from the sample cache, and the menu actions' shortcuts.
#include "core/appcontext.h"
#include "exportcontroller.h"
#include "exportdialog.h"
#include "mainwindow.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QLineEdit>
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
    Ui::MainWindow window(context);
    QStringList shortcuts;
    for (const QAction *action : window.findChildren<QAction *>())
        shortcuts << action->shortcut().toString(QKeySequence::PortableText);
    QVERIFY2(shortcuts.contains(u"Ctrl+E"_s), qPrintable(shortcuts.join(u' ')));
    QVERIFY2(shortcuts.contains(u"Ctrl+P"_s), qPrintable(shortcuts.join(u' ')));
}

QTEST_MAIN(tst_Export)
#include "tst_export.moc"
