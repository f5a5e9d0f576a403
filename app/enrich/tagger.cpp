// SPDX-License-Identifier: GPL-3.0-or-later
#include "tagger.h"

#include "foldedtext.h"
#include "hospitalnames.h"
#include "taxonomy.h"

#include <algorithm>
#include <utility>

namespace Medtour {

namespace {

using Boundary = TermRule::Boundary;
using Role = TermRule::Role;
using Script = FoldedText::Script;

/// Where a leading dateline ("[대전=가람일보] 김지현 기자 =", "(중부경제신문)",
/// "DAEJEON, Sept. 16 (Wire) --") that starts at `start` ends in the folded text; start when there is none.
int datelineEnd(const FoldedText &folded, int start, QStringView written)
{
    const QString &text = folded.text();
    if (start >= text.size())
        return start;
    const QChar open = text.at(start);
    int end = start;
    const QString closers = QStringLiteral("])】>」");
    const int openIndex = int(QStringView(u"[(【<「").indexOf(open));
    if (openIndex >= 0) {
        const int close = int(text.indexOf(closers.at(openIndex), start + 1));
        if (close > start && close - start <= 40)
            end = close + 1;
    }
    // "… 홍길동 기자 =" right after the bracket.
    const int eq = int(QStringView(text).mid(end, 30).indexOf(u'='));
    if (eq >= 0 && QStringView(text).mid(end, eq).contains(u"기자"))
        end += eq + 1;
    // "대전=홍길동 기자 …" without a bracket.
    if (end == start) {
        const int place = int(QStringView(text).mid(start, 12).indexOf(u'='));
        const int reporter = place > 0 ? int(QStringView(text).mid(start + place, 16).indexOf(u"기자")) : -1;
        if (reporter > 0)
            end = start + place + reporter + 2;
    }
    // English wire datelines: an upper-case place, then " -- " within the first line.
    if (end == start && written.size() > 3 && written.at(0).isUpper() && written.at(1).isUpper()) {
        for (const QStringView dash : {QStringView(u" -- "), QStringView(u" \u2014 "), QStringView(u" \u2013 ")}) {
            const int at = int(QStringView(text).mid(start, 160).indexOf(dash));
            if (at > 0) {
                end = start + at + int(dash.size());
                break;
            }
        }
    }
    return end;
}

struct Match
{
    int rule;
    int start;
    int end;
};

class Run
{
public:
    Run(const Taxonomy &taxonomy, const QString &title, const QString &text, const QString &language)
        : m_taxonomy(taxonomy)
        , m_title(title)
        , m_text(text)
        , m_folded(FoldedText::fold(title, text))
        , m_language(language.left(2).toLower())
    {}

    Tags tag();

private:
    QString written(int sourceStart, int sourceEnd) const
    {
        const int titleLength = int(m_title.size());
        if (sourceEnd <= titleLength)
            return m_title.mid(sourceStart, sourceEnd - sourceStart);
        const int from = std::max(sourceStart - titleLength - 1, 0);
        return m_text.mid(from, sourceEnd - titleLength - 1 - from);
    }
    bool edgeOk(Boundary boundary, int inside, int outside, bool right) const;
    bool accepts(const TermRule &rule, int start, int end);
    bool titleIsKorean();

    const Taxonomy &m_taxonomy;
    const QString &m_title;
    const QString &m_text;
    const FoldedText m_folded;
    const QString m_language;
    int m_titleKorean = -1;
};

bool Run::edgeOk(Boundary boundary, int inside, int outside, bool right) const
{
    const Script in = m_folded.scriptAt(inside);
    const Script out = m_folded.scriptAt(outside);
    switch (boundary) {
    case Boundary::None:
        return true;
    case Boundary::Word:
        return out == Script::Other || out != in;
    case Boundary::Particle: {
        if (out != Script::Hangul)
            return true;
        const QStringView rest = QStringView(m_folded.text()).mid(outside);
        const QStringList &particles = m_taxonomy.particles();
        return std::any_of(particles.cbegin(), particles.cend(),
                           [rest](const QString &p) { return rest.startsWith(p); });
    }
    case Boundary::Plural: {
        if (!right)
            return out != Script::Alnum;
        if (out != Script::Alnum)
            return true;
        const QString &t = m_folded.text();
        if (t.at(outside) == u's')
            return m_folded.scriptAt(outside + 1) != Script::Alnum;
        return false;
    }
    }
    return true;
}

bool Run::titleIsKorean()
{
    if (m_titleKorean < 0) {
        m_titleKorean = 0;
        for (int i = 0; i + 1 < m_folded.bodyStart(); ++i) {
            if (m_folded.scriptAt(i) == Script::Hangul) {
                m_titleKorean = 1;
                break;
            }
        }
    }
    return m_titleKorean == 1;
}

bool Run::accepts(const TermRule &rule, int start, int end)
{
    if (!edgeOk(rule.left, start, start - 1, false) || !edgeOk(rule.right, end - 1, end, true))
        return false;
    if (rule.caseSensitive && written(m_folded.sourceOffset(start), m_folded.sourceOffset(end)) != rule.exact)
        return false;
    if (rule.headline) {
        if (end >= m_folded.bodyStart() || m_language == u"zh" || m_language == u"ja" || !titleIsKorean())
            return false;
        if (m_folded.scriptAt(start - 1) == Script::Han || m_folded.scriptAt(end) == Script::Han)
            return false;
    }
    if (!rule.requiresAny.isEmpty()) {
        const QString &t = m_folded.text();
        if (std::none_of(rule.requiresAny.cbegin(), rule.requiresAny.cend(),
                         [&t](const QString &r) { return t.contains(r); }))
            return false;
    }
    return true;
}

/// Drops matches that lie strictly inside a longer match of the same kind.
void dropContained(QList<Match> &matches, const Taxonomy &taxonomy)
{
    std::sort(matches.begin(), matches.end(),
              [](const Match &a, const Match &b) { return a.start != b.start ? a.start < b.start : a.end > b.end; });
    constexpr int kinds = int(TagKind::Keyword) + 1;
    int maxEnd[kinds];
    int groupStart[kinds];
    int groupEnd[kinds];
    std::fill(std::begin(maxEnd), std::end(maxEnd), -1);
    std::fill(std::begin(groupStart), std::end(groupStart), -1);
    std::fill(std::begin(groupEnd), std::end(groupEnd), -1);
    QList<Match> kept;
    kept.reserve(matches.size());
    for (const Match &m : std::as_const(matches)) {
        const int k = int(taxonomy.rule(m.rule).kind);
        if (groupStart[k] != m.start) {
            // matches that started earlier: their furthest end
            maxEnd[k] = std::max(maxEnd[k], groupEnd[k]);
            groupStart[k] = m.start;
            groupEnd[k] = m.end; // the longest of this start comes first
        }
        const bool inside = maxEnd[k] >= m.end || m.end < groupEnd[k];
        if (!inside)
            kept.append(m);
    }
    matches = kept;
}

Tags Run::tag()
{
    QList<Gazetteer::Hit> hits;
    hits.reserve(256);
    m_taxonomy.gazetteer().scan(m_folded.text(), hits);

    // Datelines name where the reporter sits and which outlet ran the copy (…정책일보, (의료관광신문)):
    // only a foreign place there is worth a tag.
    // In a title only a real dateline counts ([세종=정책일보]); "[대전]" is a section tag and says where.
    int titleDateline = datelineEnd(m_folded, 0, m_title);
    if (!QStringView(m_folded.text()).left(titleDateline).contains(u'='))
        titleDateline = 0;
    const int bodyDateline = datelineEnd(m_folded, m_folded.bodyStart(), m_text);
    const auto inDateline = [&](int start) {
        return start < titleDateline || (start >= m_folded.bodyStart() && start < bodyDateline);
    };
    QList<Gazetteer::Hit> blocks;
    QList<Gazetteer::Hit> suffixes;
    QList<Match> matches;
    for (const Gazetteer::Hit &hit : std::as_const(hits)) {
        const TermRule &rule = m_taxonomy.rule(hit.entry);
        if (rule.role == Role::Block) {
            blocks.append(hit);
            continue;
        }
        if (!accepts(rule, hit.start, hit.end))
            continue;
        if (rule.role == Role::HospitalSuffix) {
            if (!inDateline(hit.start))
                suffixes.append(hit);
        } else if (rule.kind == TagKind::Market || !inDateline(hit.start))
            matches.append(Match{hit.entry, hit.start, hit.end});
    }
    if (!blocks.isEmpty()) {
        matches.removeIf([&](const Match &m) {
            const TermRule &rule = m_taxonomy.rule(m.rule);
            return std::any_of(blocks.cbegin(), blocks.cend(), [&](const Gazetteer::Hit &b) {
                const TermRule &block = m_taxonomy.rule(b.entry);
                return b.start <= m.start && m.end <= b.end && block.kind == rule.kind && block.value == rule.value;
            });
        });
    }
    dropContained(matches, m_taxonomy);
    // Synonymous table terms (유치의료기관 / 유치 의료기관) give the same span twice.
    matches.erase(std::unique(matches.begin(), matches.end(),
                              [this](const Match &a, const Match &b) {
                                  const TermRule &ra = m_taxonomy.rule(a.rule);
                                  const TermRule &rb = m_taxonomy.rule(b.rule);
                                  return a.start == b.start && a.end == b.end && ra.kind == rb.kind &&
                                         (ra.value == rb.value || ra.kind == TagKind::Keyword);
                              }),
                  matches.end());

    Tags tags;
    QList<Gazetteer::Hit> knownHospitals;
    const auto addEvidence = [&](TagKind kind, const QString &value, int start, int end) {
        TagEvidence e;
        e.kind = kind;
        e.value = value;
        const int sourceStart = m_folded.sourceOffset(start);
        const int sourceEnd = m_folded.sourceOffset(end);
        e.term = written(sourceStart, sourceEnd);
        e.inTitle = sourceEnd <= m_title.size();
        e.position = e.inTitle ? sourceStart : sourceStart - int(m_title.size()) - 1;
        e.length = sourceEnd - sourceStart;
        tags.evidence.append(std::move(e));
    };
    for (const Match &m : std::as_const(matches))
        if (m_taxonomy.rule(m.rule).kind == TagKind::Hospital)
            knownHospitals.append(Gazetteer::Hit{m.rule, m.start, m.end});
    const QList<HospitalNames::Name> hospitals = HospitalNames::find(m_taxonomy, m_folded, suffixes, knownHospitals,
                                                                     [this](int a, int b) { return written(a, b); });
    tags.evidence.reserve(hospitals.size() + matches.size()); // an article has hundreds: grown once
    for (const HospitalNames::Name &h : hospitals)
        addEvidence(TagKind::Hospital, h.name, h.start, h.end);
    // A specialty word inside a hospital's name (팔공척추병원) describes the hospital, not the story.
    const auto insideHospital = [&hospitals](const Match &m) {
        return std::any_of(hospitals.cbegin(), hospitals.cend(),
                           [&m](const HospitalNames::Name &h) { return h.start <= m.start && m.end <= h.end; });
    };
    for (const Match &m : std::as_const(matches)) {
        const TermRule &rule = m_taxonomy.rule(m.rule);
        if (rule.kind == TagKind::Hospital || (rule.kind == TagKind::Specialty && insideHospital(m)))
            continue;
        addEvidence(rule.kind, rule.value, m.start, m.end);
    }

    std::stable_sort(tags.evidence.begin(), tags.evidence.end(), [](const TagEvidence &a, const TagEvidence &b) {
        return a.inTitle != b.inTitle ? a.inTitle : a.position < b.position;
    });
    for (const TagEvidence &e : std::as_const(tags.evidence)) {
        if (e.kind == TagKind::Keyword)
            continue;
        QStringList &list = tags.values(e.kind);
        if (!list.contains(e.value))
            list.append(e.value);
    }
    return tags;
}

} // namespace

Tagger::Tagger()
    : m_taxonomy(Taxonomy::builtin())
{}

Tagger::Tagger(std::shared_ptr<const Taxonomy> taxonomy)
    : m_taxonomy(taxonomy ? std::move(taxonomy) : Taxonomy::builtin())
{}

Tags Tagger::tag(const QString &title, const QString &text, const QString &language) const
{
    const QString boundedTitle = title.left(2000);
    const QString boundedText = text.left(maxTextLength);
    return Run(*m_taxonomy, boundedTitle, boundedText, language).tag();
}

} // namespace Medtour
