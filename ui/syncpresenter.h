// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sync/syncreport.h"

#include <QObject>
#include <QPointer>

class QProgressBar;
class QToolButton;

namespace Medtour {
class SyncController;
} // namespace Medtour

namespace Medtour::Ui {

class MainWindow;
class SyncProblemsDialog;

/// Puts background sync in front of the user: F5 and the toolbar start it, the status bar shows the
/// source being fetched and a progress bar, and the list reloads once new articles are stored.
/// After a sync with failures a "n sources failed" button stays in the status bar; one click opens
/// the Sync problems dialog. When articles have no cluster yet (an upgrade re-clusters the cache),
/// it shows the progress of placing them. It only connects signals: the SyncController does the
/// work on its own thread.
class SyncPresenter final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SyncPresenter)

public:
    SyncPresenter(SyncController &controller, MainWindow &window, QObject *parent = nullptr);

    /// Checks for due sources every `minutes` (0 turns the schedule off).
    void setSchedule(int minutes);
    /// The status bar's "n sources failed" button (hidden when the last sync had no failures).
    QToolButton *problemsButton() const;
    /// Opens (or raises) the Sync problems dialog for the last sync.
    void showProblems();
    /// The dialog, once opened.
    SyncProblemsDialog *problemsDialog() const;

private:
    void started(int total);
    void sourceSynced(const SourceSyncResult &result);
    void finished(const SyncReport &report);

    SyncController &m_controller;
    MainWindow &m_window;
    QPointer<QProgressBar> m_progress;
    QPointer<QToolButton> m_problemsButton;
    QPointer<SyncProblemsDialog> m_problemsDialog;
    SyncReport m_lastReport;
    int m_added = 0;
};

} // namespace Medtour::Ui
