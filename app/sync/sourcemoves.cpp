// SPDX-License-Identifier: GPL-3.0-or-later
#include "sourcemoves.h"

#include "core/logging.h"
#include "storage/sourcerepository.h"

namespace Medtour::SourceMoves {

void follow(SourceRepository &sources, Source &source, const SourceStatus &status, const QUrl &to)
{
    if (!to.isValid() || to == source.url) {
        if (!status.movedTo.isEmpty())
            sources.forgetMove(source.id); // not sent elsewhere this time: the move was not for good
        return;
    }
    // On the same host (http to https, a new path) the move is taken at once. Another host takes over
    // a source only when it is named in kConfirmations syncs in a row: one answer from a hijacked
    // or misconfigured server does not carry a subscription away for good.
    const bool sameHost = to.host().compare(source.url.host(), Qt::CaseInsensitive) == 0;
    if (!sameHost) {
        const Result<int> seen = sources.noteMove(source.id, to);
        if (!seen) {
            qCWarning(lcSync) << "cannot note the move of" << source.url << ":" << seen.error().detail;
            return;
        }
        if (*seen < kConfirmations) {
            qCInfo(lcSync) << source.url << "redirects permanently to" << to << "(" << *seen << "of" << kConfirmations
                           << "syncs)";
            return;
        }
    }
    if (const Error e = sources.setUrl(source.id, to)) {
        qCWarning(lcSync) << "keeping" << source.url << ":" << e.detail;
        return;
    }
    qCInfo(lcSync) << source.url << "moved permanently to" << to;
    source.url = to;
}

} // namespace Medtour::SourceMoves
