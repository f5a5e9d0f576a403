// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/searchterms_p.h"
#include "text/searchtokenizer.h"

namespace Medtour::SearchTerms {

namespace {

bool containsSequence(const QStringList &document, const Tokens &t)
{
    const qsizetype k = t.tokens.size();
    for (qsizetype i = 0; k > 0 && i + k <= document.size(); ++i) {
        qsizetype j = 0;
        for (; j < k; ++j) {
            const QString &token = document[i + j];
            const bool same = t.prefix && j == k - 1 ? token.startsWith(t.tokens[j]) : token == t.tokens[j];
            if (!same)
                break;
        }
        if (j == k)
            return true;
    }
    return false;
}

} // namespace

QList<Junction> junctionsOf(const SearchTerm &term)
{
    QList<Junction> out;
    const QList<SearchTokenizer::Run> runs = SearchTokenizer::runs(term.text);
    for (qsizetype r = 0; r + 1 < runs.size(); ++r) {
        const SearchTokenizer::Run &left = runs.at(r);
        const SearchTokenizer::Run &right = runs.at(r + 1);
        if (!left.cjk || !right.cjk || left.text.isEmpty() || right.text.isEmpty())
            continue;
        Junction j;
        // As tokensOf() makes them: a run's last character follows its bigrams (or is its only
        // token), and the next run starts with its first bigram, or its lone character, which
        // the phrase's last run leaves open ("암" also matches "암치료"), as a prefix.
        const bool rightIsLast = r + 1 == runs.size() - 1;
        const bool rightToken = right.text.size() == 1;
        j.spaced.tokens = {left.text.right(1), right.text.left(2)};
        j.spaced.prefix = rightIsLast && (rightToken || (term.prefix && right.text.size() == 2));
        j.joined = left.text.right(1) + right.text.left(1);
        out << j;
    }
    return out;
}

Tokens tokensOf(const SearchTerm &term, bool joinCjkRuns)
{
    const QList<SearchTokenizer::Run> runs = SearchTokenizer::runs(term.text);
    QList<SearchTokenizer::Run> merged;
    for (const SearchTokenizer::Run &run : runs) {
        if (joinCjkRuns && run.cjk && !merged.isEmpty() && merged.last().cjk)
            merged.last().text += run.text;
        else
            merged << run;
    }
    Tokens out;
    out.prefix = term.prefix;
    for (qsizetype r = 0; r < merged.size(); ++r) {
        const SearchTokenizer::Run &run = merged[r];
        const bool last = r == merged.size() - 1;
        if (!run.cjk) {
            out.tokens << run.text;
            continue;
        }
        if (run.text.size() == 1) {
            out.tokens << run.text;
            if (last)
                out.prefix = true; // "암" must match "암치료": the bigram 암치 starts with it
            continue;
        }
        for (qsizetype i = 0; i + 1 < run.text.size(); ++i)
            out.tokens << run.text.mid(i, 2);
        if (!last)
            out.tokens << run.text.right(1); // documents index a run's last character after its bigrams
    }
    return out;
}

bool matchesClauses(const SearchQuery &query, const QStringList &documentTokens)
{
    bool anyClause = false;
    for (const QList<SearchTerm> &clause : query.clauses) {
        bool hasTokens = false;
        bool matched = false;
        for (const SearchTerm &term : clause) {
            const Tokens spaced = tokensOf(term, false);
            hasTokens = hasTokens || !spaced.tokens.isEmpty();
            matched =
                containsSequence(documentTokens, spaced) ||
                (term.phrase && term.text.contains(u' ') && containsSequence(documentTokens, tokensOf(term, true)));
            if (matched)
                break;
        }
        if (!hasTokens)
            continue; // the index's expression leaves such a clause out too
        if (!matched)
            return false;
        anyClause = true;
    }
    return anyClause;
}

} // namespace Medtour::SearchTerms
