// SPDX-License-Identifier: GPL-3.0-or-later
#include "hospitalnames.h"

#include "foldedtext.h"
#include "taxonomy.h"
#include "taxonomyloader.h"
#include "text/htmltext.h"
#include "text/textnormalizer.h"

#include <QHash>

namespace Medtour {

namespace {

constexpr int kMaxWord = 40;
constexpr int kMaxEnglishTokens = 6;

bool isWordChar(FoldedText::Script s)
{
    return s == FoldedText::Script::Hangul || s == FoldedText::Script::Alnum;
}

bool isTokenChar(QChar c)
{
    return FoldedText::scriptOf(c) == FoldedText::Script::Alnum || c == u'\'' || c == u'\u2019' || c == u'.' ||
           c == u'&' || c == u'-';
}

QString tidy(const QString &written)
{
    return HtmlText::simplifyWhitespace(TextNormalizer::nfc(written));
}

/// True when the whole of `prefix` splits into generic words (지역+거점, 대형, 국내+주요).
bool isGeneric(QStringView prefix, const QSet<QString> &generic)
{
    const int n = int(prefix.size());
    QList<bool> ok(n + 1, false);
    ok[0] = true;
    for (int i = 1; i <= n; ++i) {
        for (int len = 1; len <= std::min(i, 8) && !ok[i]; ++len)
            ok[i] = ok[i - len] && generic.contains(prefix.mid(i - len, len).toString());
    }
    return ok[n];
}

/// Headlines in Title Case capitalise every word, so "Daegu Hospital Earns…" names no hospital.
bool isTitleCase(const QString &title)
{
    int words = 0;
    int capitalised = 0;
    for (const QStringView word : QStringView(title).split(u' ', Qt::SkipEmptyParts)) {
        if (word.size() < 4 || FoldedText::scriptOf(word.front()) != FoldedText::Script::Alnum ||
            word.front().isDigit())
            continue;
        ++words;
        if (word.front().isUpper())
            ++capitalised;
    }
    return words >= 3 && capitalised * 5 >= words * 4;
}

} // namespace

bool HospitalNames::koreanName(const Taxonomy &taxonomy, const FoldedText &folded, int wordStart, int suffixStart,
                               int end, const WrittenFn &written, Name &out)
{
    const HospitalRules &rules = taxonomy.hospitalRules();
    const QString name = folded.text().mid(wordStart, end - wordStart);
    out.start = wordStart;
    out.end = end;
    out.written = tidy(written(folded.sourceOffset(wordStart), folded.sourceOffset(end)));
    const auto known = rules.known.constFind(name);
    if (known != rules.known.constEnd()) {
        out.name = *known;
        return true;
    }
    if (rules.rejectNames.contains(name))
        return false;
    for (const QString &ending : rules.rejectEndings)
        if (name.endsWith(ending))
            return false;
    const QStringView prefix = QStringView(folded.text()).mid(wordStart, suffixStart - wordStart);
    if (prefix.size() < 2 || prefix.front().isDigit() || isGeneric(prefix, rules.genericPrefixes))
        return false;
    out.name = out.written;
    for (const auto &[from, to] : rules.abbreviations) {
        if (out.name.endsWith(from) && !out.name.endsWith(to)) {
            out.name.chop(from.size());
            out.name.append(to);
        }
    }
    return true;
}

bool HospitalNames::englishName(const Taxonomy &taxonomy, const FoldedText &folded, int suffixStart, int end,
                                const WrittenFn &written, Name &out)
{
    const HospitalRules &rules = taxonomy.hospitalRules();
    const QString &text = folded.text();
    struct Token
    {
        int start;
        QString word;
    };
    QList<Token> tokens;
    int pos = suffixStart;
    while (tokens.size() < kMaxEnglishTokens && pos >= 2 && text.at(pos - 1) == u' ') {
        const int tokenEnd = pos - 1;
        int tokenStart = tokenEnd;
        while (tokenStart > 0 && tokenEnd - tokenStart < kMaxWord && isTokenChar(text.at(tokenStart - 1)))
            --tokenStart;
        if (tokenStart == tokenEnd)
            break;
        const QString word = written(folded.sourceOffset(tokenStart), folded.sourceOffset(tokenEnd)).trimmed();
        if (word.isEmpty() || !(word.front().isUpper() || word.front().isDigit()))
            break;
        if (word.endsWith(u'.') && word != u"St." && word != u"Mt.")
            break; // the previous sentence ends here
        if (!tokens.isEmpty() && (word.endsWith(u"'s") || word.endsWith(u"\u2019s")))
            break; // "Daejeon's Yuseong Sky Screening Center"; but "St. Mary's Hospital" keeps Mary's
        tokens.prepend(Token{tokenStart, word});
        pos = tokenStart;
    }
    while (!tokens.isEmpty() && rules.englishLeading.contains(tokens.front().word))
        tokens.removeFirst();
    if (tokens.isEmpty())
        return false;
    if (std::all_of(tokens.cbegin(), tokens.cend(),
                    [&rules](const Token &t) { return rules.englishGeneric.contains(t.word); }))
        return false;
    out.start = tokens.front().start;
    out.end = end;
    out.written = tidy(written(folded.sourceOffset(out.start), folded.sourceOffset(end)));
    const auto known = rules.known.constFind(TaxonomyLoader::foldPattern(out.written).remove(u' '));
    out.name = known != rules.known.constEnd() ? *known : out.written;
    return true;
}

QList<HospitalNames::Name> HospitalNames::find(const Taxonomy &taxonomy, const FoldedText &folded,
                                               const QList<Gazetteer::Hit> &suffixes,
                                               const QList<Gazetteer::Hit> &knownHits, const WrittenFn &written)
{
    QList<Name> found;
    for (const Gazetteer::Hit &hit : knownHits) {
        Name name;
        name.name = taxonomy.rule(hit.entry).value;
        name.written = tidy(written(folded.sourceOffset(hit.start), folded.sourceOffset(hit.end)));
        name.start = hit.start;
        name.end = hit.end;
        found.append(name);
    }
    const auto overlapsKnown = [&knownHits](int start, int end) {
        return std::any_of(knownHits.cbegin(), knownHits.cend(),
                           [start, end](const Gazetteer::Hit &k) { return k.start < end && start < k.end; });
    };

    // Korean: per word (a run of Hangul and letters), the suffix that ends last, and the longest one there.
    struct Candidate
    {
        int wordStart;
        int wordEnd;
        int suffixStart;
        int end;
    };
    const QString &text = folded.text();
    QHash<int, Candidate> byWord;
    QList<int> wordOrder;
    bool titleCaseChecked = false;
    bool titleCase = false;
    for (const Gazetteer::Hit &hit : suffixes) {
        if (taxonomy.rule(hit.entry).english) {
            if (hit.end < folded.bodyStart()) {
                if (!titleCaseChecked) {
                    titleCase = isTitleCase(written(0, folded.titleLength()));
                    titleCaseChecked = true;
                }
                if (titleCase)
                    continue;
            }
            Name name;
            if (!overlapsKnown(hit.start, hit.end) && englishName(taxonomy, folded, hit.start, hit.end, written, name))
                found.append(name);
            continue;
        }
        int wordStart = hit.start;
        while (wordStart > 0 && hit.start - wordStart < kMaxWord && isWordChar(folded.scriptAt(wordStart - 1)))
            --wordStart;
        int wordEnd = hit.end;
        while (wordEnd < text.size() && wordEnd - hit.end < kMaxWord && isWordChar(folded.scriptAt(wordEnd)))
            ++wordEnd;
        auto it = byWord.find(wordStart);
        if (it == byWord.end()) {
            byWord.insert(wordStart, Candidate{wordStart, wordEnd, hit.start, hit.end});
            wordOrder.append(wordStart);
        } else if (hit.end > it->end || (hit.end == it->end && hit.start < it->suffixStart)) {
            it->suffixStart = hit.start;
            it->end = hit.end;
        }
    }
    const HospitalRules &rules = taxonomy.hospitalRules();
    for (const int key : std::as_const(wordOrder)) {
        const Candidate &c = byWord[key];
        const QStringView rest = QStringView(text).mid(c.end, c.wordEnd - c.end);
        if (std::any_of(rules.rejectFollowers.cbegin(), rules.rejectFollowers.cend(),
                        [rest](const QString &f) { return rest.startsWith(f); }))
            continue;
        Name name;
        if (!overlapsKnown(c.wordStart, c.end) &&
            koreanName(taxonomy, folded, c.wordStart, c.suffixStart, c.end, written, name))
            found.append(name);
    }
    std::sort(found.begin(), found.end(),
              [](const Name &a, const Name &b) { return a.start != b.start ? a.start < b.start : a.end > b.end; });
    // Several suffixes of one name (University Hospital, Hospital) give it more than once.
    found.erase(std::unique(found.begin(), found.end(),
                            [](const Name &a, const Name &b) { return a.start == b.start || a.end == b.end; }),
                found.end());
    return found;
}

} // namespace Medtour
