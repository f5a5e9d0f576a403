// SPDX-License-Identifier: GPL-3.0-or-later
#include "duplicatesignature.h"

#include "foldedtext.h"
#include "tags.h"
#include "text/textnormalizer.h"

#include <QtEndian>

#include <algorithm>
#include <vector>

namespace Medtour {

namespace {

constexpr char kMagic[4] = {'M', 'T', 'D', 'S'};
constexpr quint8 kVersion = 2; // 2: named entities after the bins
constexpr int kMaxTextLength = 200000;

quint64 mix(quint64 x)
{
    // splitmix64 finaliser
    x += 0x9E3779B97F4A7C15ULL;
    x = (x ^ (x >> 30)) * 0xBF58476D1CE4E5B9ULL;
    x = (x ^ (x >> 27)) * 0x94D049BB133111EBULL;
    return x ^ (x >> 31);
}

using Range = std::pair<int, int>;

bool isSentenceEnd(QChar c)
{
    return c == u'.' || c == u'\u3002' || c == u'!' || c == u'?' || c == u'\n';
}

bool isHangulSyllable(QChar c)
{
    return c.unicode() >= 0xAC00 && c.unicode() <= 0xD7A3;
}

bool isAddressChar(QChar c)
{
    return (c.unicode() < 0x80 && (c.isLetterOrNumber() || c == u'.' || c == u'_' || c == u'-' || c == u'+'));
}

/// `t` with ASCII letters and circled Latin letters (Ⓒ) in lower case and every other character as
/// it is: same length and positions, so case-insensitive marker searches become plain ones. Qt's
/// case-insensitive indexOf folds every character it compares and took a third of this file's time.
QString asciiLower(QStringView t)
{
    QString out(t.size(), Qt::Uninitialized);
    QChar *d = out.data();
    for (const QChar c : t) {
        const char16_t u = c.unicode();
        *d++ = QChar(u >= u'A' && u <= u'Z'             ? char16_t(u + 32)
                     : u >= u'\u24B6' && u <= u'\u24CF' ? char16_t(u + 26)
                                                        : u);
    }
    return out;
}

/// Where a marker of more than one character may start: one pass over the text collects the
/// positions of every marker's first character, and each marker is then compared only there.
/// Searching the text once per marker took most of cleanText()'s time.
class MarkerStarts
{
public:
    explicit MarkerStarts(QStringView lower)
    {
        for (qsizetype i = 0; i < lower.size(); ++i) {
            switch (lower.at(i).unicode()) {
            case u'기':
            case u'특':
            case u'h':
            case u'w':
            case u'무':
            case u'재':
            case u'저':
            case u'a':
            case u'c':
            case u'(':
            case u'<':
            case u'[':
                m_positions.push_back(int(i));
                break;
            default:
                break;
            }
        }
    }
    /// Calls `f(at)` for each position where `marker` occurs in `text` (the text `lower` was made
    /// from, or `lower` itself), in order, overlapping occurrences included.
    template<typename F>
    void forEach(QStringView text, QStringView marker, F f) const
    {
        for (const int at : m_positions) {
            if (text.at(at) == marker.front() && text.mid(at).startsWith(marker))
                f(at);
        }
    }

private:
    std::vector<int> m_positions;
};

/// Ranges that differ between outlets carrying the same release.
QList<Range> boilerplate(QStringView t)
{
    QList<Range> cut;
    const int n = int(t.size());
    const QString lowered = asciiLower(t);
    const QStringView lower(lowered);
    const MarkerStarts starts(lower);
    // Leading dateline in brackets: [대전=뉴시스], (중부경제신문), 【서울=뉴스】.
    int lead = 0;
    while (lead < n && t.at(lead).isSpace())
        ++lead;
    if (lead < n) {
        const int open = int(QStringView(u"[(【<").indexOf(t.at(lead)));
        if (open >= 0) {
            const int close = int(t.mid(lead + 1, 40).indexOf(QStringView(u"])】>").at(open)));
            if (close >= 0)
                cut.append({lead, lead + close + 2});
        }
    }
    // English wire dateline: "DAEGU, South Korea, Sept. 15 (Korea Health Wire) -- ".
    if (lead + 3 < n && t.at(lead).isUpper() && t.at(lead + 1).isUpper() && t.at(lead + 2).isUpper()) {
        for (const QStringView dash : {QStringView(u" -- "), QStringView(u" \u2014 "), QStringView(u" \u2013 ")}) {
            const int at = int(t.mid(lead, 160).indexOf(dash));
            if (at > 0) {
                cut.append({lead, lead + at + int(dash.size())});
                break;
            }
        }
    }
    // Bylines: "홍길동 기자 =", "대전=홍길동 기자", "홍길동 특파원".
    for (const QStringView word : {QStringView(u"기자"), QStringView(u"특파원")}) {
        starts.forEach(t, word, [&](int at) {
            int end = at + int(word.size());
            if (end < n && isHangulSyllable(t.at(end)))
                return; // 기자회견, 기자단
            int start = at;
            if (start > 0 && t.at(start - 1) == u' ')
                --start;
            int name = 0;
            while (start > 0 && name < 4 && isHangulSyllable(t.at(start - 1))) {
                --start;
                ++name;
            }
            if (name < 2)
                return;
            while (start > 0 && at - start < 16 && t.at(start - 1) != u' ' && !isSentenceEnd(t.at(start - 1)))
                --start; // 대전=
            while (end < n && (t.at(end) == u' ' || t.at(end) == u'='))
                ++end;
            cut.append({start, end});
        });
    }
    // E-mail addresses and URLs.
    for (int at = int(t.indexOf(u'@')); at >= 0; at = int(t.indexOf(u'@', at + 1))) {
        int start = at;
        while (start > 0 && isAddressChar(t.at(start - 1)))
            --start;
        int end = at + 1;
        while (end < n && isAddressChar(t.at(end)))
            ++end;
        if (start < at)
            cut.append({start, end});
    }
    for (const QStringView scheme : {QStringView(u"http://"), QStringView(u"https://"), QStringView(u"www.")}) {
        starts.forEach(lower, scheme, [&](int at) {
            int end = at;
            while (end < n && !t.at(end).isSpace())
                ++end;
            cut.append({at, end});
        });
    }
    // Copyright lines, (끝), captions: the sentence around the marker.
    // Written in lower case: they are looked for in `lower`, whatever their case in the text.
    static const QStringView sentenceMarkers[] = {u"무단전재",   u"무단 전재", u"재배포 금지",
                                                  u"재배포금지", u"저작권자",  u"all rights reserved",
                                                  u"copyright",  u"ⓒ",         u"©"};
    const auto sentenceAround = [&](QStringView marker, int at) {
        int start = at;
        while (start > 0 && at - start < 60 && !isSentenceEnd(t.at(start - 1)))
            --start;
        int end = at + int(marker.size());
        while (end < n && end - at < 100 && !isSentenceEnd(t.at(end)))
            ++end;
        cut.append({start, std::min(n, end + 1)});
    };
    for (const QStringView marker : sentenceMarkers) {
        if (marker.size() == 1) { // a single character: indexOf is faster than the start list
            for (int at = int(lower.indexOf(marker.front())); at >= 0; at = int(lower.indexOf(marker.front(), at + 1)))
                sentenceAround(marker, at);
        } else {
            starts.forEach(lower, marker, [&](int at) { sentenceAround(marker, at); });
        }
    }
    for (const QStringView marker : {QStringView(u"(끝)"), QStringView(u"<끝>"), QStringView(u"[끝]")})
        starts.forEach(t, marker, [&](int at) { cut.append({at, at + int(marker.size())}); });
    for (int at = int(t.indexOf(u'▲')); at >= 0; at = int(t.indexOf(u'▲', at + 1))) {
        int end = at + 1;
        while (end < n && end - at < 200 && !isSentenceEnd(t.at(end)) && t.at(end) != u'▲')
            ++end;
        cut.append({at, end});
    }
    for (const QStringView marker : {QStringView(u"(사진"), QStringView(u"[사진"), QStringView(u"<사진")}) {
        starts.forEach(t, marker, [&](int at) {
            const int close =
                int(t.mid(at, 60).indexOf(QStringView(u")]>").at(int(QStringView(u"([<").indexOf(t.at(at))))));
            cut.append({at, close > 0 ? at + close + 1 : at + int(marker.size())});
        });
    }
    for (const QStringView marker : {QStringView(u"(Reporting by"), QStringView(u"(Editing by")}) {
        starts.forEach(t, marker, [&](int at) {
            const int close = int(t.mid(at, 120).indexOf(u')'));
            cut.append({at, close > 0 ? at + close + 1 : std::min(n, at + 120)});
        });
    }
    return cut;
}

/// Units of folded text: one per Hangul/CJK character, one per run of letters or digits.
std::vector<quint64> units(const QString &folded)
{
    std::vector<quint64> out;
    out.reserve(size_t(folded.size() / 2 + 1));
    quint64 word = 0;
    bool inWord = false;
    for (const QChar c : folded) {
        const FoldedText::Script s = FoldedText::scriptOf(c);
        if (s == FoldedText::Script::Alnum) {
            word = (word ^ c.unicode()) * 0x100000001B3ULL;
            inWord = true;
            continue;
        }
        if (inWord) {
            out.push_back(mix(word));
            word = 0;
            inWord = false;
        }
        if (s == FoldedText::Script::Hangul || s == FoldedText::Script::Han || s == FoldedText::Script::Kana)
            out.push_back(mix(0x48414E00ULL + c.unicode()));
    }
    if (inWord)
        out.push_back(mix(word));
    return out;
}

/// Drops tags such as "[지자체]" or "(종합)" in front and " - 매체명" at the end of a title.
QString titleCore(const QString &title)
{
    QString t = title.trimmed();
    while (!t.isEmpty() && (t.front() == u'[' || t.front() == u'(' || t.front() == u'【')) {
        const int close = int(t.indexOf(QStringView(u"])】").at(int(QStringView(u"[(【").indexOf(t.front())))));
        if (close < 0 || close > 20)
            break;
        t = t.mid(close + 1).trimmed();
    }
    for (const QStringView separator : {QStringView(u" - "), QStringView(u" | ")}) {
        const int at = int(t.lastIndexOf(separator));
        if (at > t.size() / 2 && t.size() - at <= 30)
            t.truncate(at);
    }
    return t;
}

/// How many different values: an open-addressed set, a third of the time sorting took for the
/// few hundred shingles of an article. The values are mixed hashes, so their low bits index it.
quint32 distinctCount(const std::vector<quint64> &values)
{
    size_t capacity = 64;
    while (capacity < 2 * values.size())
        capacity <<= 1;
    thread_local std::vector<quint64> table;
    table.assign(capacity, 0);
    const size_t mask = capacity - 1;
    bool zero = false; // 0 marks a free cell, so a value 0 is counted apart
    quint32 count = 0;
    for (const quint64 v : values) {
        if (v == 0) {
            count += zero ? 0 : 1;
            zero = true;
            continue;
        }
        size_t at = size_t(v) & mask;
        while (table[at] != 0 && table[at] != v)
            at = (at + 1) & mask;
        if (table[at] == 0) {
            table[at] = v;
            ++count;
        }
    }
    return count;
}

/// Writes `v` little-endian at `p` and returns the position after it.
template<typename T>
char *put(char *p, T v)
{
    qToLittleEndian(v, p);
    return p + sizeof(T);
}

} // namespace

QString DuplicateSignature::cleanText(const QString &text)
{
    const QStringView t = QStringView(text).left(kMaxTextLength);
    QList<Range> cut = boilerplate(t);
    std::sort(cut.begin(), cut.end());
    QString out;
    out.reserve(t.size());
    int pos = 0;
    for (const Range &r : std::as_const(cut)) {
        if (r.first > pos) {
            out.append(t.mid(pos, r.first - pos));
            out.append(u' ');
        }
        pos = std::max(pos, r.second);
    }
    if (pos < t.size())
        out.append(t.mid(pos));
    return out;
}

DuplicateSignature DuplicateSignature::compute(const QString &title, const QString &text)
{
    DuplicateSignature sig;
    const std::vector<quint64> body = units(TextNormalizer::foldForSearch(cleanText(text)));
    sig.m_units = quint32(body.size());

    std::vector<quint64> shingles;
    if (!body.empty()) {
        const size_t count = body.size() >= size_t(shingleSize) ? body.size() - shingleSize + 1 : 1;
        shingles.reserve(count);
        for (size_t i = 0; i < count; ++i) {
            quint64 h = 0x5348494E474C45ULL;
            for (size_t k = i; k < std::min(body.size(), i + shingleSize); ++k)
                h = mix(h ^ body[k]);
            shingles.push_back(h);
        }
    }
    std::array<quint64, binCount> minima;
    minima.fill(~quint64(0));
    std::array<bool, binCount> filled{};
    for (const quint64 h : shingles) {
        const size_t b = size_t(h >> 56);
        const quint64 v = h & 0x00FFFFFFFFFFFFFFULL;
        if (!filled[b] || v < minima[b]) {
            minima[b] = v;
            filled[b] = true;
        }
    }
    sig.m_shingles = distinctCount(shingles);
    for (int i = 0; i < binCount; ++i)
        sig.m_bins[size_t(i)] = filled[size_t(i)] ? quint16(minima[size_t(i)] & 0xFFFF) : 0;
    if (sig.m_shingles > 0) {
        // Densification: an empty bin borrows from a bin chosen by a fixed probe sequence, the
        // same for every document, so equal-bin counting still estimates the Jaccard similarity.
        for (int i = 0; i < binCount; ++i) {
            if (filled[size_t(i)])
                continue;
            for (quint64 attempt = 0;; ++attempt) {
                const size_t j = attempt < 512 ? size_t(mix(quint64(i) * 1021 + attempt) % binCount)
                                               : size_t((i + attempt) % binCount);
                if (filled[j]) {
                    sig.m_bins[size_t(i)] = sig.m_bins[j];
                    break;
                }
            }
        }
    }

    const std::vector<quint64> titleUnits = units(TextNormalizer::foldForSearch(titleCore(title.left(2000))));
    quint64 key = 0x5449544C45ULL;
    for (const quint64 u : titleUnits)
        key = mix(key ^ u);
    sig.m_titleKey = titleUnits.empty() ? 0 : key;
    QList<quint16> bigrams;
    for (size_t i = 0; i + 1 < titleUnits.size() || (i == 0 && titleUnits.size() == 1); ++i) {
        const quint64 h = titleUnits.size() == 1 ? mix(titleUnits[0]) : mix(titleUnits[i] ^ (titleUnits[i + 1] << 1));
        bigrams.append(quint16(h & 0xFFFF));
    }
    std::sort(bigrams.begin(), bigrams.end());
    bigrams.erase(std::unique(bigrams.begin(), bigrams.end()), bigrams.end());
    if (bigrams.size() > maxTitleHashes)
        bigrams.resize(maxTitleHashes);
    sig.m_title = bigrams;
    return sig;
}

DuplicateSignature DuplicateSignature::compute(const QString &title, const QString &text, const Tags &tags)
{
    DuplicateSignature sig = compute(title, text);
    sig.m_entities = EntityProfile::fromTags(tags, title);
    return sig;
}

double DuplicateSignature::jaccard(const DuplicateSignature &other) const
{
    if (m_shingles == 0 || other.m_shingles == 0)
        return 0;
    int equal = 0;
    for (int i = 0; i < binCount; ++i)
        equal += m_bins[size_t(i)] == other.m_bins[size_t(i)] ? 1 : 0;
    return double(equal) / binCount;
}

double DuplicateSignature::containmentFromJaccard(double j, int a, int b)
{
    if (a <= 0 || b <= 0)
        return 0;
    const double intersection = j * double(a + b) / (1.0 + j);
    return std::min(1.0, intersection / double(std::min(a, b)));
}

double DuplicateSignature::containment(const DuplicateSignature &other) const
{
    return containmentFromJaccard(jaccard(other), shingleCount(), other.shingleCount());
}

double DuplicateSignature::titleSimilarity(const DuplicateSignature &other) const
{
    if (m_title.isEmpty() || other.m_title.isEmpty())
        return 0;
    int i = 0;
    int j = 0;
    int common = 0;
    while (i < m_title.size() && j < other.m_title.size()) {
        if (m_title[i] == other.m_title[j]) {
            ++common;
            ++i;
            ++j;
        } else if (m_title[i] < other.m_title[j]) {
            ++i;
        } else {
            ++j;
        }
    }
    return double(common) / double(m_title.size() + other.m_title.size() - common);
}

QByteArray DuplicateSignature::toBytes() const
{
    // Sized once and written through a pointer: one of these is made for every article stored.
    constexpr qsizetype header = 4 + 1 + 1 + 2 + 4 + 4 + 8 + 2; // as fromBytes() reads it
    QByteArray out(header + 2 * (m_title.size() + binCount), Qt::Uninitialized);
    out.reserve(out.size() + 1 + 6 * m_entities.size());
    char *p = std::copy(std::begin(kMagic), std::end(kMagic), out.data());
    *p++ = char(kVersion);
    *p++ = char(shingleSize);
    p = put(p, quint16(binCount));
    p = put(p, m_shingles);
    p = put(p, m_units);
    p = put(p, m_titleKey);
    p = put(p, quint16(m_title.size()));
    for (const quint16 h : m_title)
        p = put(p, h);
    for (const quint16 b : m_bins)
        p = put(p, b);
    Q_ASSERT(p == out.constData() + out.size());
    m_entities.write(out);
    return out;
}

std::optional<DuplicateSignature> DuplicateSignature::fromBytes(const QByteArray &bytes)
{
    constexpr int header = 4 + 1 + 1 + 2 + 4 + 4 + 8 + 2;
    if (bytes.size() < header || !bytes.startsWith(QByteArrayView(kMagic, 4)) || quint8(bytes.at(4)) != kVersion ||
        quint8(bytes.at(5)) != shingleSize)
        return std::nullopt;
    const char *p = bytes.constData() + 6;
    if (qFromLittleEndian<quint16>(p) != binCount)
        return std::nullopt;
    DuplicateSignature sig;
    sig.m_shingles = qFromLittleEndian<quint32>(p + 2);
    sig.m_units = qFromLittleEndian<quint32>(p + 6);
    sig.m_titleKey = qFromLittleEndian<quint64>(p + 10);
    const int titles = qFromLittleEndian<quint16>(p + 18);
    if (titles > maxTitleHashes || bytes.size() < header + 2 * (titles + binCount))
        return std::nullopt;
    p = bytes.constData() + header;
    for (int i = 0; i < titles; ++i, p += 2)
        sig.m_title.append(qFromLittleEndian<quint16>(p));
    for (int i = 0; i < binCount; ++i, p += 2)
        sig.m_bins[size_t(i)] = qFromLittleEndian<quint16>(p);
    const char *end = bytes.constData() + bytes.size();
    std::optional<EntityProfile> entities = EntityProfile::read(p, end);
    if (!entities || p != end)
        return std::nullopt;
    sig.m_entities = std::move(*entities);
    return sig;
}

} // namespace Medtour
