// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sync/syncreport.h"
#include "sync/teamsourcechange.h"

#include <QList>
#include <QObject>
#include <QPointer>

class QWidget;

namespace Medtour {
class AppContext;
}

namespace Medtour::Ui {

class SourcesDialog;

/// The Sources dialog in the window: opens (or raises) one modeless dialog, tells it whether this
/// cache may sync sources itself and, on a cache joined to a team, whether the member may change
/// the team's sources (an editor or admin) or only see them, and passes on what the user changed,
/// asked to sync, or asked the team server to change (the answer comes back to teamSourceChanged()).
class SourcesPresenter final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SourcesPresenter)

public:
    SourcesPresenter(AppContext &context, QWidget &window);

    /// Opens (or raises) the dialog; `syncAvailable` says whether its "Sync" buttons may fetch.
    void show(bool syncAvailable);
    /// On a team replica the sources are the team's: an editor's or admin's changes go to the team
    /// server, a reader's dialog is read-only. Follows the part the server last said.
    void setTeamState(const Medtour::TeamExchange &team);
    /// The team server's answer to a change the dialog asked for.
    void teamSourceChanged(const Medtour::TeamSourceResult &result);
    /// Re-reads the sources' status after a sync (when the dialog is open).
    void reload();

Q_SIGNALS:
    void sourcesChanged();
    void syncRequested(const QList<qint64> &sourceIds);
    void teamSourceChangeRequested(const Medtour::TeamSourceChange &change);

private:
    void applyTeamState();

    AppContext &m_context;
    QWidget &m_window;
    QPointer<SourcesDialog> m_dialog;
    bool m_teamJoined = false;
    QString m_teamRole;
};

} // namespace Medtour::Ui
