// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

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
/// cache may sync sources itself and whether the team's sources are read-only here, and passes on
/// what the user changed or asked to sync.
class SourcesPresenter final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SourcesPresenter)

public:
    SourcesPresenter(AppContext &context, QWidget &window);

    /// Opens (or raises) the dialog; `syncAvailable` says whether its "Sync" buttons may fetch.
    void show(bool syncAvailable);
    /// On a team replica the sources are the team's: the dialog shows them read-only.
    void setTeamJoined(bool joined);
    /// Re-reads the sources' status after a sync (when the dialog is open).
    void reload();

Q_SIGNALS:
    void sourcesChanged();
    void syncRequested(const QList<qint64> &sourceIds);

private:
    void applyTeamState();

    AppContext &m_context;
    QWidget &m_window;
    QPointer<SourcesDialog> m_dialog;
    bool m_teamJoined = false;
};

} // namespace Medtour::Ui
