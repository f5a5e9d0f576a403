// SPDX-License-Identifier: GPL-3.0-or-later
#include "teampresenter.h"

#include "mainwindow.h"
#include "sync/synccontroller.h"

#include <QLabel>
#include <QLocale>
#include <QStatusBar>

namespace Medtour::Ui {

namespace {

/// How many days a first join from the reader pulls before the rest.
constexpr int kFirstDays = 90;

} // namespace

TeamPresenter::TeamPresenter(SyncController &controller, MainWindow &window, const TeamExchange &initial,
                             QObject *parent)
    : QObject(parent)
    , m_controller(controller)
    , m_window(window)
    , m_status(new QLabel(&window))
{
    m_status->setObjectName(QStringLiteral("teamStatus"));
    m_status->hide();
    window.statusBar()->addPermanentWidget(m_status);
    connect(&window, &MainWindow::joinTeamRequested, this, [this](const QString &url) {
        m_joining = true;
        m_window.statusBar()->showMessage(tr("Joining the team…"));
        m_controller.joinTeam(url, kFirstDays);
    });
    // A first join pulls the last kFirstDays days, which can be many thousands of articles: it
    // counts them as they come.
    connect(&controller, &SyncController::teamPulled, this, [this](int articles) {
        if (m_joining)
            m_window.statusBar()->showMessage(
                tr("Joining the team… %n article(s) so far (the last %1 days first)", nullptr, articles)
                    .arg(kFirstDays));
    });
    connect(&window, &MainWindow::leaveTeamRequested, this, [this] { m_controller.leaveTeam(); });
    // An editor's change of the team's sources: made on the server by the sync thread, answered here.
    connect(&window, &MainWindow::teamSourceChangeRequested, &controller, &SyncController::changeTeamSource);
    connect(&controller, &SyncController::teamSourceChanged, this, &TeamPresenter::sourceChanged);
    connect(&controller, &SyncController::syncFinished, this, &TeamPresenter::finished);
    window.setTeamState(initial);
    if (initial.joined) {
        m_status->setText(tr("Team: connecting…"));
        m_status->show();
        controller.syncDue(); // connect, pull what came meanwhile, and listen
    }
}

void TeamPresenter::finished(const SyncReport &report)
{
    if (!report.team.ran)
        return;
    m_joining = false;
    const TeamExchange &team = report.team;
    m_window.setTeamState(team);
    if (!team.joined) {
        m_status->hide();
        m_offlineSince = {};
        m_window.statusBar()->showMessage(team.error.isEmpty() ? tr("This cache is no longer joined to a team.")
                                                               : tr("Could not join the team: %1").arg(team.error),
                                          20000);
        m_window.reload();
        return;
    }
    show(team);
    if (team.pulled > 0) {
        m_window.statusBar()->showMessage(tr("Team: %n new or changed article(s).", nullptr, team.pulled), 10000);
        m_window.reload();
    }
}

void TeamPresenter::sourceChanged(const TeamSourceResult &result)
{
    // The part the server says the member has now goes first: a refusal leaves the dialog read-only.
    if (result.team.ran && result.team.joined) {
        m_window.setTeamState(result.team);
        show(result.team);
    }
    m_window.teamSourceChanged(result);
    if (result.team.pulled > 0)
        m_window.reload();
}

void TeamPresenter::show(const TeamExchange &team)
{
    QString text;
    if (team.reached) {
        m_offlineSince = {};
        text = tr("Team: connected");
    } else {
        if (!m_offlineSince.isValid())
            m_offlineSince = QDateTime::currentDateTime();
        text = tr("Team: offline since %1").arg(QLocale().toString(m_offlineSince.time(), QLocale::ShortFormat));
    }
    if (team.pending > 0)
        text += QStringLiteral(" · ") + tr("%n change(s) waiting", nullptr, team.pending);
    m_status->setText(text);
    m_status->setToolTip(team.error.isEmpty() ? tr("%1 as %2").arg(team.server, team.user) : team.error);
    m_status->show();
}

} // namespace Medtour::Ui
