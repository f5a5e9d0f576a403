// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "text/searchquery.h"

#include <QStringList>

namespace Medtour::SearchTerms {

/// The index tokens a query term must match in sequence, as SearchTokenizer made them for documents.
struct Tokens
{
    QStringList tokens;
    bool prefix = false; ///< the last token may continue (a lone syllable, or a trailing '*')
};

/// A term's tokens; with `joinCjkRuns`, Korean runs the user separated by spaces are joined
/// ("외국인 환자" is also looked for as "외국인환자").
Tokens tokensOf(const SearchTerm &term, bool joinCjkRuns);

/// Whether a document's tokens (SearchTokenizer::documentTokens, split) satisfy every clause of
/// `query` as the index would: each term's tokens in sequence, a phrase also with Korean runs
/// joined. Exclusions are not looked at. False when no clause has tokens.
bool matchesClauses(const SearchQuery &query, const QStringList &documentTokens);

} // namespace Medtour::SearchTerms
