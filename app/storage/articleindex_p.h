// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// What a query selects, as ArticleIndex's passes read it: shared by articleindex.cpp (the passes)
// and articleindexrows.cpp (the rows they visit). Private to app/storage.

#include "articleindex.h"

#include <limits>
#include <vector>

namespace Medtour {

struct ArticleIndex::Selection
{
    const ArticleQuery *query = nullptr;
    // The filters that come as id sets (text, read, starred) folded into one byte per row: a row
    // passes them when its byte equals `idHitsNeeded` (one hit per set it must be in; a row in a
    // set it must not be in is poisoned). Empty when no such filter applies.
    std::vector<quint8> idMask;
    quint8 idHitsNeeded = 0;
    const std::vector<quint32> *mustRows = nullptr; // the fewest rows a row must be among, if any
    qint64 since = std::numeric_limits<qint64>::min();
    qint64 until = std::numeric_limits<qint64>::max();
    bool selected[kFacetKindCount] = {};
    std::vector<int> selectedTagDims;           // the tag kinds with a selection, in vocabulary order
    std::vector<std::vector<quint8>> tagWanted; // by dimension, then tag code
    std::vector<quint8> sourceWanted;
    std::vector<quint8> languageWanted;
    // The selected tag kinds that narrow a scan (narrowByTags()), rarest first; about how many
    // rows each set below holds (a row with two wanted tags counts twice), 0 when it does not
    // pay. passRows: the rows that can pass every tag selection (with a wanted tag of the rarest
    // kind); nearRows: those that can fail at most one (of either of the two rarest kinds). A bit
    // per row, made on first use (taggedRows()).
    int rarestKinds[2] = {-1, -1};
    size_t passCandidates = 0;
    size_t nearCandidates = 0;
    mutable std::vector<quint64> passRows;
    mutable std::vector<quint64> nearRows;
};

} // namespace Medtour
