// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sync/syncreport.h"
#include "sync/teamsourcechange.h"

#include <QDateTime>
#include <QObject>
#include <QPointer>

class QLabel;

namespace Medtour {
class SyncController;
}

namespace Medtour::Ui {

class MainWindow;

/// Team mode in the window: the state in the status bar (connected, offline since …, changes
/// waiting), joining and leaving from Settings → Team through the sync thread, what each
/// exchange brought, and an editor's changes of the team's sources (Sources dialog ↔ sync thread).
class TeamPresenter final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TeamPresenter)

public:
    TeamPresenter(SyncController &controller, MainWindow &window, const TeamExchange &initial,
                  QObject *parent = nullptr);

private:
    void finished(const SyncReport &report);
    void sourceChanged(const TeamSourceResult &result);
    void show(const TeamExchange &team);

    SyncController &m_controller;
    MainWindow &m_window;
    QPointer<QLabel> m_status;
    QDateTime m_offlineSince;
    bool m_joining = false; ///< a join asked for here is under way (its pulls are counted in the status bar)
};

} // namespace Medtour::Ui
