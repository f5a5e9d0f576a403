// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// What a query selects, as ArticleIndex reads it: shared by articleindex.cpp (the answers) and
// articleindexrows.cpp (the rows they count). Private to app/storage.

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
    // The same sets as lists of rows, and whether a row must be in each or must not.
    std::vector<std::pair<const std::vector<quint32> *, bool>> idSets;
    qint64 since = std::numeric_limits<qint64>::min();
    qint64 until = std::numeric_limits<qint64>::max();
    bool selected[kFacetKindCount] = {};
    std::vector<int> selectedTagDims;           // the tag kinds with a selection, in vocabulary order
    std::vector<std::vector<quint8>> tagWanted; // by dimension, then tag code
    std::vector<quint8> sourceWanted;
    std::vector<quint8> languageWanted;
};

} // namespace Medtour
