// SPDX-License-Identifier: GPL-3.0-or-later
#include "searchquery.h"

namespace Medtour {

namespace {

struct Token
{
    SearchTerm term;
    bool excluded = false;
    bool isOr = false;
};

QList<Token> lex(QStringView text)
{
    QList<Token> tokens;
    qsizetype i = 0;
    const qsizetype n = text.size();
    while (i < n) {
        while (i < n && text[i].isSpace())
            ++i;
        if (i >= n)
            break;
        Token token;
        if (text[i] == u'-' && i + 1 < n && !text[i + 1].isSpace()) {
            token.excluded = true;
            ++i;
        }
        if (text[i] == u'"' || text[i] == u'“' || text[i] == u'”') {
            ++i;
            const qsizetype start = i;
            while (i < n && text[i] != u'"' && text[i] != u'”' && text[i] != u'“')
                ++i;
            token.term.text = text.sliced(start, i - start).trimmed().toString();
            token.term.phrase = true;
            if (i < n)
                ++i; // closing quote (an unclosed one ends at the end of the text)
        } else {
            const qsizetype start = i;
            while (i < n && !text[i].isSpace() && text[i] != u'"')
                ++i;
            QStringView word = text.sliced(start, i - start);
            if (!token.excluded && (word == u"OR" || word == u"|")) {
                token.isOr = true;
            } else {
                if (word.size() > 1 && word.endsWith(u'*')) {
                    token.term.prefix = true;
                    word.chop(1);
                }
                token.term.text = word.toString();
            }
        }
        if (token.isOr || !token.term.text.isEmpty())
            tokens << token;
    }
    return tokens;
}

} // namespace

SearchQuery SearchQuery::parse(QStringView text)
{
    SearchQuery query;
    bool joinNext = false;
    for (const Token &token : lex(text)) {
        if (token.isOr) {
            joinNext = !query.clauses.isEmpty();
            continue;
        }
        if (token.excluded) {
            query.excluded << token.term;
            joinNext = false;
            continue;
        }
        if (joinNext)
            query.clauses.last() << token.term;
        else
            query.clauses << QList<SearchTerm>{token.term};
        joinNext = false;
    }
    return query;
}

QStringList SearchQuery::highlightTerms() const
{
    QStringList terms;
    for (const QList<SearchTerm> &clause : clauses) {
        for (const SearchTerm &term : clause) {
            if (!terms.contains(term.text))
                terms << term.text;
        }
    }
    return terms;
}

} // namespace Medtour
