// SPDX-License-Identifier: GPL-3.0-or-later
// SearchIndex for a team server: a document's tokens as a tsvector, and where they meet
// (tsVector(), tsJunctions(), tsJunctionQuery()); searchindex.cpp writes and queries them.
#include "searchindex.h"
#include "storage/searchterms_p.h"
#include "text/searchquery.h"

#include <QHash>
#include <QSet>
#include <QVarLengthArray>

#include <algorithm>
#include <vector>

namespace Medtour {

namespace {

/// PostgreSQL's limits (tsvector.h): positions up to MAXENTRYPOS - 1, a lexeme's first MAXNUMPOS.
constexpr int kMaxPosition = 16383;
constexpr int kMaxPositions = 256;

/// Calls onToken(token) for each token of a space-separated list, counting `position` on as a
/// tsvector numbers them; the tokens past PostgreSQL's last position are left out.
template<typename OnToken>
void forEachPositioned(const QString &tokens, int &position, OnToken &&onToken)
{
    const QStringView all(tokens);
    qsizetype start = 0;
    while (start < all.size()) {
        qsizetype end = all.indexOf(u' ', start);
        if (end < 0)
            end = all.size();
        const QStringView token = all.sliced(start, end - start);
        start = end + 1;
        if (token.isEmpty())
            continue;
        if (++position > kMaxPosition)
            return;
        onToken(token);
    }
}

/// Appends `n` (not negative) in decimal, without a temporary string.
void appendNumber(QString &out, int n)
{
    char16_t digits[10];
    int at = 10;
    do {
        digits[--at] = char16_t(u'0' + n % 10);
        n /= 10;
    } while (n > 0);
    out.append(reinterpret_cast<const QChar *>(digits + at), 10 - at);
}

} // namespace

QString SearchIndex::tsVector(const QString &titleTokens, const QString &bodyTokens)
{
    struct Lexeme
    {
        QStringView text;
        QByteArray utf8; ///< what PostgreSQL sorts by
        QVarLengthArray<quint16, 8> positions;
    };
    std::vector<Lexeme> lexemes;
    QHash<QStringView, size_t> seen;
    int position = 0;
    const auto add = [&](const QString &tokens) {
        forEachPositioned(tokens, position, [&](QStringView token) {
            auto it = seen.find(token);
            if (it == seen.end()) {
                it = seen.insert(token, lexemes.size());
                lexemes.push_back({token, token.toUtf8(), {}});
            }
            Lexeme &lexeme = lexemes[*it];
            if (lexeme.positions.size() < kMaxPositions)
                lexeme.positions.append(quint16(position));
        });
    };
    add(titleTokens);
    const int titleEnd = position;
    ++position; // no phrase runs from the title into the body
    add(bodyTokens);

    std::vector<const Lexeme *> sorted;
    sorted.reserve(lexemes.size());
    qsizetype length = 0;
    for (const Lexeme &lexeme : lexemes) {
        sorted.push_back(&lexeme);
        length += lexeme.text.size() + 4 + lexeme.positions.size() * 6;
    }
    // tsCompareString: memcmp of the bytes, the shorter first when one is the other's prefix.
    std::sort(sorted.begin(), sorted.end(), [](const Lexeme *a, const Lexeme *b) { return a->utf8 < b->utf8; });

    QString out = QStringLiteral(""); // '' for a document without tokens: a null QString would be bound as NULL
    out.reserve(length);
    for (const Lexeme *lexeme : sorted) {
        if (!out.isEmpty())
            out += u' ';
        out += u'\'';
        for (const QChar c : lexeme->text) {
            if (c == u'\'' || c == u'\\')
                out += c;
            out += c;
        }
        out += u'\'';
        QChar separator = u':';
        for (const quint16 p : lexeme->positions) {
            out += separator;
            separator = u',';
            appendNumber(out, p);
            if (p <= titleEnd)
                out += u'A';
        }
    }
    return out;
}

QString SearchIndex::tsJunctions(const QString &titleTokens, const QString &bodyTokens)
{
    // What medtour_junctions() (team schema step 7) makes of tsVector(): a pair for each token of one
    // or two characters and the token right after it, in the same part, where PostgreSQL keeps both
    // positions (up to 16383; a token's first 256). The pair is the short token's first character,
    // '|', and the next token: "탄 협약" (spaced) and "탄협 협약" (joined) both give 탄|협약.
    const auto codePoints = [](QStringView token) {
        qsizetype n = token.size();
        for (const QChar c : token)
            n -= c.isHighSurrogate() ? 1 : 0;
        return n;
    };
    QHash<QStringView, int> kept; // positions kept so far, per token
    QSet<QString> pairs;
    int position = 0;
    const auto add = [&](const QString &tokens) {
        QStringView previous; // the last token, when it was kept and is short
        forEachPositioned(tokens, position, [&](QStringView token) {
            int &count = kept[token];
            const bool isKept = count < kMaxPositions;
            if (isKept)
                ++count;
            if (isKept && !previous.isEmpty()) {
                const qsizetype first = previous.front().isHighSurrogate() && previous.size() > 1 ? 2 : 1;
                pairs.insert(previous.first(first).toString() + u'|' + token.toString());
            }
            previous = isKept && codePoints(token) <= 2 ? token : QStringView();
        });
    };
    add(titleTokens);
    ++position; // as tsVector(): no pair runs from the title into the body
    add(bodyTokens);

    QString out = QStringLiteral(""); // '' when there is no pair: a null QString would be bound as NULL
    for (const QString &pair : std::as_const(pairs)) {
        if (!out.isEmpty())
            out += u' ';
        out += u'\'';
        for (const QChar c : pair) {
            if (c == u'\'' || c == u'\\')
                out += c;
            out += c;
        }
        out += u'\'';
    }
    return out;
}

QString SearchIndex::tsJunctionQuery(const SearchQuery &query)
{
    // A phrase's junctions, each as the pair tsJunctions() makes of both spellings; a lone
    // character on the right may go on in a joined spelling ("탄 협" / "탄협카"), so it is a prefix.
    const auto termPairs = [](const SearchTerm &term) {
        QStringList pairs;
        if (!term.phrase)
            return pairs;
        for (const SearchTerms::Junction &j : SearchTerms::junctionsOf(term)) {
            QString pair = j.spaced.tokens.value(0) + u'|' + j.spaced.tokens.value(1);
            pair.replace(u'\\', QStringLiteral("\\\\")).replace(u'\'', QStringLiteral("''"));
            const bool prefix = j.spaced.prefix || j.spaced.tokens.value(1).size() == 1;
            pairs << u'\'' + pair + u'\'' + (prefix ? QStringLiteral(":*") : QString());
        }
        return pairs;
    };
    // Only a necessary condition: a term without junctions allows anything, and so does an OR
    // with such a term; exclusions are left to the full query.
    QStringList clauses;
    for (const QList<SearchTerm> &clause : query.clauses) {
        QStringList alternatives;
        bool unconstrained = clause.isEmpty();
        for (const SearchTerm &term : clause) {
            const QStringList pairs = termPairs(term);
            if (pairs.isEmpty()) {
                unconstrained = true;
                break;
            }
            alternatives << (pairs.size() > 1 ? u'(' + pairs.join(QStringLiteral(" & ")) + u')' : pairs.constFirst());
        }
        if (unconstrained)
            continue;
        clauses << (alternatives.size() > 1 ? u'(' + alternatives.join(QStringLiteral(" | ")) + u')'
                                            : alternatives.constFirst());
    }
    return clauses.join(QStringLiteral(" & "));
}

} // namespace Medtour
