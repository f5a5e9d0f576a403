// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"
#include "domain/article.h"
#include "sync/syncreport.h"

#include <QMetaType>
#include <QString>

namespace Medtour {

class Database;

/// A change of the team's sources asked for on a joined desktop (an editor's Sources dialog). It is
/// made on the team server, which checks the member's part, and comes back to the replica with the
/// exchange that follows; the cache itself is never written by it. Crosses to the sync thread by value.
struct TeamSourceChange
{
    enum class Kind
    {
        Add,        ///< source: the new one (its id is the server's, in the answer)
        Edit,       ///< source: the edited copy, by id (the settings SourceRepository::update writes)
        SetEnabled, ///< source.id and source.enabled
        Remove,     ///< source.id (any member's starred articles are kept on the server)
        ImportOpml, ///< opmlPath: a file on this desktop, read on the sync thread
    };
    Kind kind = Kind::Add;
    Source source;
    QString opmlPath;
    quint64 ticket = 0; ///< the asker's number, to match the answer
};

/// The team server's answer to a TeamSourceChange.
struct TeamSourceResult
{
    TeamSourceChange change;
    /// None: done and pulled. Network: the server could not be reached (nothing changed);
    /// Denied: the server refused, the member's part does not allow it (team.role says the part
    /// now); NotFound: no such source (any more); InvalidInput: e.g. a source with that URL exists.
    Error error;
    qint64 sourceId = 0; ///< the source on the server (an added one's new id)
    int keptStarred = 0; ///< Remove: starred articles kept under "Starred from removed sources"
    int imported = 0;    ///< ImportOpml: sources added
    int skipped = 0;     ///< ImportOpml: already there
    int unreadable = 0;  ///< ImportOpml: outlines that could not be read
    TeamExchange team;   ///< the replica after the change and its exchange (the role as the server says)
};

namespace TeamSources {

/// Makes `change` on the team server `server` (a connection as the member), through the same
/// SourceRepository the command line's `--server sources …` uses; fills `result`'s counts.
Error apply(Database &server, const TeamSourceChange &change, TeamSourceResult *result);

} // namespace TeamSources

} // namespace Medtour

Q_DECLARE_METATYPE(Medtour::TeamSourceChange)
Q_DECLARE_METATYPE(Medtour::TeamSourceResult)
