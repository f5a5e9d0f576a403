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

/// Where two Korean runs of a phrase meet ("우즈베키스탄 팸투어"): what a document holds there when
/// it has the phrase spaced (the first run's last character, then the next run's first token) or
/// joined (the bigram across). Every document with the phrase either way has one or the other at
/// each junction, and few others do: a test far cheaper than the whole phrase (a team server's
/// search rejects with it the rows that hold the words apart, SearchIndex::tsScanQuery()).
struct Junction
{
    Tokens spaced;
    QString joined;
};
QList<Junction> junctionsOf(const SearchTerm &term);

/// Whether a document's tokens (SearchTokenizer::documentTokens, split) satisfy every clause of
/// `query` as the index would: each term's tokens in sequence, a phrase also with Korean runs
/// joined. Exclusions are not looked at. False when no clause has tokens.
bool matchesClauses(const SearchQuery &query, const QStringList &documentTokens);

} // namespace Medtour::SearchTerms
