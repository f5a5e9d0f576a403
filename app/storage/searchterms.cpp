// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/searchterms_p.h"
#include "text/searchtokenizer.h"

namespace Medtour::SearchTerms {

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

} // namespace Medtour::SearchTerms
