// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sync/fetchsettings.h"

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
    /// A joined cache: the team's sources are listed but not changed here; `why` says so (empty:
    /// changeable).
    void setTeamReadOnly(const QString &why);

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

Q_SIGNALS:
    /// Sources were added, changed or removed: the window reloads its lists.
    void sourcesChanged();
    void syncRequested(const QList<qint64> &sourceIds);

private:
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
    QString m_teamReadOnly;
    FetchSettings m_fetch;
    PathProvider m_paths;
};

} // namespace Medtour::Ui
