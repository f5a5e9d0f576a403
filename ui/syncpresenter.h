// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QPointer>

class QProgressBar;

namespace Medtour {
class SyncController;
struct SourceSyncResult;
struct SyncReport;
} // namespace Medtour

namespace Medtour::Ui {

class MainWindow;

/// Puts background sync in front of the user: F5 and the toolbar start it, the status bar shows the
/// source being fetched and a progress bar, and the list reloads once new articles are stored.
/// It only connects signals: the SyncController does the work on its own thread.
class SyncPresenter final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SyncPresenter)

public:
    SyncPresenter(SyncController &controller, MainWindow &window, QObject *parent = nullptr);

    /// Checks for due sources every `minutes` (0 turns the schedule off).
    void setSchedule(int minutes);

private:
    void started(int total);
    void sourceSynced(const SourceSyncResult &result);
    void finished(const SyncReport &report);

    SyncController &m_controller;
    MainWindow &m_window;
    QPointer<QProgressBar> m_progress;
    int m_added = 0;
};

} // namespace Medtour::Ui
