// SPDX-License-Identifier: GPL-3.0-or-later
#include "syncpresenter.h"

#include "mainwindow.h"
#include "sync/synccontroller.h"
#include "sync/syncerror.h"
#include "syncproblemsdialog.h"

#include <QAction>
#include <QProgressBar>
#include <QStatusBar>
#include <QStyle>
#include <QToolButton>

#include <algorithm>

namespace Medtour::Ui {

SyncPresenter::SyncPresenter(SyncController &controller, MainWindow &window, QObject *parent)
    : QObject(parent)
    , m_controller(controller)
    , m_window(window)
    , m_progress(new QProgressBar(&window))
    , m_problemsButton(new QToolButton(&window))
{
    m_progress->setMaximumWidth(160);
    m_progress->setTextVisible(false);
    m_progress->hide();
    window.statusBar()->addPermanentWidget(m_progress);
    m_problemsButton->setObjectName(QStringLiteral("syncProblemsButton"));
    m_problemsButton->setAutoRaise(true);
    m_problemsButton->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_problemsButton->setIcon(window.style()->standardIcon(QStyle::SP_MessageBoxWarning));
    m_problemsButton->setToolTip(tr("Show which sources failed, why, and what to try"));
    m_problemsButton->hide();
    window.statusBar()->addPermanentWidget(m_problemsButton);
    connect(m_problemsButton, &QToolButton::clicked, this, &SyncPresenter::showProblems);
    // New sources (the recommended list from the empty state): fetch them; queued after a running sync.
    connect(&window, &MainWindow::sourcesAdded, this, [this] { m_controller.syncNow(); });

    connect(&window, &MainWindow::syncRequested, this, [this] {
        if (m_controller.isRunning())
            m_controller.cancel();
        else
            m_controller.syncNow();
    });
    connect(&controller, &SyncController::syncStarted, this, &SyncPresenter::started);
    connect(&controller, &SyncController::sourceSynced, this, &SyncPresenter::sourceSynced);
    connect(&controller, &SyncController::progress, this, [this](int done, int total) {
        m_progress->setRange(0, std::max(total, 1));
        m_progress->setValue(done);
    });
    connect(&controller, &SyncController::syncFinished, this, &SyncPresenter::finished);
    // Articles without a cluster (after an upgrade re-clusters the cache) are placed on the sync
    // thread: the progress bar and a message say so, and the list shows the copies once done.
    connect(&controller, &SyncController::clusteringProgress, this, [this](int done, int total) {
        m_progress->setRange(0, std::max(total, 1));
        m_progress->setValue(done);
        m_progress->show();
        m_window.statusBar()->showMessage(
            tr("Finding the copies of each story: %1 of %2 articles…").arg(done).arg(total));
    });
    // A sync shows its articles once they are stored; the search index and the story clusters follow
    // before it finishes, and the list is read again then.
    connect(&controller, &SyncController::articlesStored, this, [this] {
        if (m_added <= 0)
            return;
        m_window.statusBar()->showMessage(
            tr("%n new article(s); indexing them for search and finding copies…", nullptr, m_added));
        m_window.reload();
    });
    connect(&controller, &SyncController::searchCaughtUp, this, [this](int indexed) {
        m_window.statusBar()->showMessage(tr("Indexed %n article(s) for search.", nullptr, indexed), 8000);
        m_window.reload();
    });
    connect(&controller, &SyncController::clusteringFinished, this, [this](int placed) {
        if (placed <= 0)
            return;
        m_progress->hide(); // a sync waiting for it shows its own when it starts
        m_window.statusBar()->showMessage(tr("Found the copies of each story in %n article(s).", nullptr, placed),
                                          15000);
        m_window.reload();
    });
    window.enableSync(true);
}

void SyncPresenter::setSchedule(int minutes)
{
    m_controller.setScheduleInterval(minutes > 0 ? minutes * 60 * 1000 : 0);
}

void SyncPresenter::started(int total)
{
    m_added = 0;
    m_progress->setRange(0, std::max(total, 1));
    m_progress->setValue(0);
    m_progress->show();
    m_window.setSyncRunning(true);
    m_window.statusBar()->showMessage(tr("Syncing %n source(s)…", nullptr, total));
}

void SyncPresenter::sourceSynced(const SourceSyncResult &result)
{
    m_added += result.added;
    if (result.status == SyncStatus::Error) {
        const SyncError::Description d =
            SyncError::describe(result.errorCode, result.httpStatus, result.error, result.retryAt);
        m_window.statusBar()->showMessage(tr("%1: %2").arg(result.name, d.what), 8000);
    } else {
        m_window.statusBar()->showMessage(tr("%1: %n new article(s)", nullptr, result.added).arg(result.name), 4000);
    }
}

void SyncPresenter::finished(const SyncReport &report)
{
    m_progress->hide();
    m_window.setSyncRunning(false);
    if (report.team.ran)
        return; // a joined cache's exchange: TeamPresenter tells what it brought
    QString message;
    if (!report.error.isEmpty())
        message = tr("Sync could not start: %1").arg(report.error);
    else if (report.cancelled)
        message = tr("Sync stopped. %n new article(s) so far.", nullptr, m_added);
    else if (report.sources.isEmpty())
        message = tr("There are no sources to sync yet. Add feeds with medtour-cli sources add URL, or the "
                     "suggested list with medtour-cli sources add-defaults.");
    else if (report.failures() > 0) {
        const auto failed = std::find_if(report.sources.cbegin(), report.sources.cend(),
                                         [](const SourceSyncResult &s) { return s.status == SyncStatus::Error; });
        const SyncError::Description d =
            SyncError::describe(failed->errorCode, failed->httpStatus, failed->error, failed->retryAt);
        message = tr("Sync done: %n new article(s). %1 source(s) failed; %2: %3", nullptr, m_added)
                      .arg(report.failures())
                      .arg(failed->name, d.what);
    } else
        message = tr("Sync done: %n new article(s).", nullptr, m_added);
    m_window.statusBar()->showMessage(message, 15000);
    m_lastReport = report;
    const int failures = report.failures();
    m_problemsButton->setText(tr("%n source(s) failed", nullptr, failures));
    m_problemsButton->setVisible(failures > 0);
    if (m_problemsDialog)
        m_problemsDialog->setReport(report);
    if (m_added > 0 || !report.sources.isEmpty())
        m_window.reload();
}

QToolButton *SyncPresenter::problemsButton() const
{
    return m_problemsButton;
}

SyncProblemsDialog *SyncPresenter::problemsDialog() const
{
    return m_problemsDialog;
}

void SyncPresenter::showProblems()
{
    if (!m_problemsDialog) {
        m_problemsDialog = new SyncProblemsDialog(&m_window);
        m_problemsDialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(m_problemsDialog, &SyncProblemsDialog::retryRequested, this,
                [this](const QList<qint64> &ids) { m_controller.syncNow(ids); });
    }
    m_problemsDialog->setReport(m_lastReport);
    m_problemsDialog->show();
    m_problemsDialog->raise();
    m_problemsDialog->activateWindow();
}

} // namespace Medtour::Ui
