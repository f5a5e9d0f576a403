// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/article.h"
#include "storage/sourcerepository.h"

#include <QAbstractTableModel>
#include <QDateTime>
#include <QList>

namespace Medtour {

/// The configured sources with what their last sync did, for the Sources dialog. Reads through
/// SourceRepository; toggling the Enabled check box writes through it. Texts are for people:
/// "OK", "Failed: …", "Never synced"; the full error is the status cell's tooltip.
class SourceListModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SourceListModel)

public:
    enum Column
    {
        EnabledColumn,
        NameColumn,
        KindColumn,
        FolderColumn,
        StatusColumn,
        LastSuccessColumn,
        NextSyncColumn,
        ColumnCount
    };
    enum Role
    {
        IdRole = Qt::UserRole + 1,
        StateRole, ///< int, a State
        UrlRole,
    };
    Q_ENUM(Role)
    enum class State
    {
        Never,
        Ok,
        Failed
    };
    Q_ENUM(State)

    explicit SourceListModel(SourceRepository &repository, QObject *parent = nullptr);

    /// Re-reads every source and its status (after an edit, an import or a sync). When the read
    /// fails the rows stay as they were, and the error is also kept for readError().
    Error reload();
    /// Why the last reload() failed; none when it worked.
    const Error &readError() const { return m_readError; }
    const Source *sourceAt(int row) const;
    SourceStatus statusAt(int row) const;
    int rowOf(qint64 id) const;

    /// What the last sync did, in a few words; the pure rules the status column uses.
    static State stateOf(const SourceStatus &status);
    static QString statusText(const SourceStatus &status);
    /// When the source syncs next: "Off" when disabled, "Not fetched" for kept files, "Due now"
    /// when the time has come, else the local time.
    static QString nextSyncText(const Source &source, const SourceStatus &status, const QDateTime &now);
    static QString kindText(Source::Kind kind);
    /// When a server asked (Retry-After) for the source to be synced again, or invalid.
    static QDateTime retryAt(const SourceStatus &status);
    /// Local time, with the date only when it is not today.
    static QString timeText(const QDateTime &utc, const QDateTime &now);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    /// A team's sources in a joined cache: listed, not changed here (an editor changes them on
    /// the team server).
    void setReadOnly(bool readOnly) { m_readOnly = readOnly; }
    bool isReadOnly() const { return m_readOnly; }
    /// A team editor's list in a joined cache: ticking asks for the change (enabledChangeRequested)
    /// instead of writing the cache; the row shows it when it comes back from the team server.
    void setRequestWrites(bool request) { m_requestWrites = request; }
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

Q_SIGNALS:
    /// With setRequestWrites(): the user ticked or unticked the source's check box.
    void enabledChangeRequested(qint64 id, bool enabled);

private:
    struct Row
    {
        Source source;
        SourceStatus status;
    };
    SourceRepository &m_repository;
    QList<Row> m_rows;
    Error m_readError;
    bool m_readOnly = false;
    bool m_requestWrites = false;
};

} // namespace Medtour
