// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sync/fetchsettings.h"
#include "sync/teamsourcechange.h"

#include <QDialog>

#include <functional>

class QLabel;
class QPushButton;
class QTreeView;

namespace Medtour {
class AppContext;
class SourceListModel;
} // namespace Medtour

namespace Medtour::Ui {

/// Manages the sources: each with its status (OK, the error, never synced), last success and
/// next sync; add a feed by address (with autodiscovery) or a Google News search; edit, enable,
/// disable, remove (starred articles are kept); import and export OPML. No SQL here: the model
/// and the repositories of the context do the reading and writing; probing is SourceProbe's.
///
/// On a cache joined to a team the sources are the team's: a reader sees them read-only; an
/// editor's changes go out as teamChangeRequested() (to the team server, on the sync thread) and
/// the dialog waits for teamChangeFinished(), one change at a time, without writing the cache
/// (sourcesdialogteam.cpp).
class SourcesDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SourcesDialog)

public:
    /// Asks for a file to open (save = false) or to write (save = true); empty when cancelled.
    using PathProvider = std::function<QString(bool save)>;

    explicit SourcesDialog(AppContext &context, QWidget *parent = nullptr);
    ~SourcesDialog() override;

    SourceListModel *model() const { return m_model; }
    QTreeView *view() const { return m_view; }
    QLabel *summaryLabel() const { return m_summary; }
    /// Limits for probing addresses (tests make them short and proxy-free).
    void setFetchSettings(const FetchSettings &settings) { m_fetch = settings; }
    /// Replaces the file dialogs (tests).
    void setPathProvider(PathProvider provider) { m_paths = std::move(provider); }
    /// Shows "Sync now" (the window connects syncRequested to its SyncController).
    void setSyncAvailable(bool available);
    /// Whose sources these are: the cache's own (None), or a team's, listed only (ReadOnly) or
    /// changed on the team server (Editor). `note` says so above the counts.
    enum class TeamAccess
    {
        None,
        ReadOnly,
        Editor
    };
    void setTeamAccess(TeamAccess access, const QString &note);
    TeamAccess teamAccess() const { return m_teamAccess; }
    /// A change sent to the team server whose answer has not come back yet.
    bool isWaitingForTeam() const { return m_teamTicket != 0; }

    void selectSource(qint64 id);
    qint64 currentSourceId() const;

public Q_SLOTS:
    void addFeed();
    void addGoogleNews();
    void editCurrent();
    void toggleCurrent();
    /// Asks first; the source's starred articles are kept.
    void removeCurrent();
    void importOpml();
    void exportOpml();
    void syncCurrent();
    /// Re-reads the list (after a sync), keeping the selection.
    void reload();
    /// The team server's answer to the change this dialog asked for (others are ignored).
    void teamChangeFinished(const Medtour::TeamSourceResult &result);

Q_SIGNALS:
    /// Sources were added, changed or removed: the window reloads its lists.
    void sourcesChanged();
    void syncRequested(const QList<qint64> &sourceIds);
    /// Editor on a team: a change to make on the team server.
    void teamChangeRequested(const Medtour::TeamSourceChange &change);

private:
    using TeamReply = std::function<void(const TeamSourceResult &result, const QString &problem)>;
    /// Sends a change of the team's sources; `reply` (a sub-dialog waiting, say) gets the answer.
    void askTeam(TeamSourceChange::Kind kind, const Source &source, TeamReply reply = {}, const QString &opmlPath = {});
    /// Opens the add-feed or Google News dialog; for an editor, what it adds goes to the team server.
    template<typename AddDialog>
    void openAddDialog(AddDialog *dialog);
    /// What the user is told when the team server did not make the change.
    static QString teamProblem(const TeamSourceResult &result);
    static QString teamDone(const TeamSourceResult &result);
    /// Asks first, in the team's words: the source goes for every member.
    void removeTeamSource(const Source &source);

    void updateButtons();
    void changed(qint64 selectId);
    void showMessage(const QString &text);
    QString askPath(bool save);

    AppContext &m_context;
    SourceListModel *m_model = nullptr;
    QTreeView *m_view = nullptr;
    QLabel *m_summary = nullptr;
    QPushButton *m_edit = nullptr;
    QPushButton *m_toggle = nullptr;
    QPushButton *m_remove = nullptr;
    QPushButton *m_sync = nullptr;
    QList<QPushButton *> m_changers; ///< what adds, changes or removes sources
    TeamAccess m_teamAccess = TeamAccess::None;
    QString m_teamNote;
    quint64 m_teamTicket = 0; ///< the change waiting for the team server's answer, else 0
    TeamReply m_teamReply;
    FetchSettings m_fetch;
    PathProvider m_paths;
};

} // namespace Medtour::Ui
