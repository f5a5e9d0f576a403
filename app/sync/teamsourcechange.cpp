// SPDX-License-Identifier: GPL-3.0-or-later
#include "teamsourcechange.h"

#include "storage/database.h"
#include "storage/sourcerepository.h"
#include "sync/opmlfiles.h"

namespace Medtour::TeamSources {

Error apply(Database &server, const TeamSourceChange &change, TeamSourceResult *result)
{
    SourceRepository sources(server);
    result->sourceId = change.source.id;
    switch (change.kind) {
    case TeamSourceChange::Kind::Add: {
        const Result<qint64> id = sources.add(change.source);
        if (!id)
            return id.error();
        result->sourceId = *id;
        return {};
    }
    case TeamSourceChange::Kind::Edit:
        return sources.update(change.source);
    case TeamSourceChange::Kind::SetEnabled:
        return sources.setEnabled(change.source.id, change.source.enabled);
    case TeamSourceChange::Kind::Remove:
        return sources.remove(change.source.id, &result->keptStarred);
    case TeamSourceChange::Kind::ImportOpml: {
        const Result<OpmlImport> done = OpmlFiles::importFile(server, change.opmlPath);
        if (!done)
            return done.error();
        result->imported = done->added;
        result->skipped = done->skipped;
        result->unreadable = int(done->errors.size());
        result->sourceId = done->ids.isEmpty() ? 0 : done->ids.constFirst();
        return {};
    }
    }
    return {Error::InvalidInput, QStringLiteral("unknown change of a team source")};
}

} // namespace Medtour::TeamSources
