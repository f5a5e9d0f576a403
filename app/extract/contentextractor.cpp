// SPDX-License-Identifier: GPL-3.0-or-later
#include "contentextractor.h"

#include "extract/mediaboxes.h"
#include "extract/nodehints.h"
#include "html/htmldom.h"
#include "text/htmltext.h"

#include <algorithm>
#include <vector>

namespace Medtour {

namespace {

using namespace NodeHints;

/// How much boilerplate weighs against a container relative to content: pruning removes most boilerplate inside
/// the chosen element later, while text left outside is lost, so boilerplate counts less.
constexpr double kNegativeWeight = 0.35;
/// Above this share of the page's prose, picture boxes tell the story and their texts are not captions.
constexpr double kPictureShare = 0.3;

int countPunctuation(const QString &text)
{
    int count = 0;
    for (const QChar c : text) {
        switch (c.unicode()) {
        case u'.':
        case u',':
        case u'!':
        case u'?':
        case u';':
        case u':':
        case 0x3002: // 。
        case 0x3001: // 、
        case 0xFF0C: // ，
        case 0xFF01:
        case 0xFF1F:
        case 0x2026: // …
        case 0x201C: // “
        case 0x201D: // ”
        case 0x201E: // „
        case 0x00AB: // «
        case 0x00BB: // »
        case u'"':
            ++count;
            break;
        default:
            break;
        }
    }
    return count;
}

QString normalizedForCompare(const QString &text)
{
    return HtmlText::simplifyWhitespace(text).toCaseFolded();
}

} // namespace

ContentExtractor::ContentExtractor(const HtmlDom &dom, const QList<quint16> &hints)
    : m_dom(dom)
    , m_hints(hints)
{
    m_root = dom.body() >= 0 ? dom.body() : 0;
    buildBlocks();
    score();
}

double ContentExtractor::blockWeight(const ContentBlock &block)
{
    const double length = block.weight > 0 ? block.weight : block.chars;
    const double density = block.linkDensity();
    if (density > 0.5)
        return -length * density; // menus, tag clouds, related-article lists
    if (length < 20)
        return block.paragraph ? 0.0 : -3.0; // labels and buttons: a container full of them is chrome
    double weight = length * (1.0 - density);
    const int punctuation = countPunctuation(block.text);
    if (punctuation == 0 && length < 100)
        weight *= 0.3; // headline-like: neither prose nor proof of it
    else
        weight += 10.0 * std::min(punctuation, 10);
    return weight;
}

void ContentExtractor::buildBlocks()
{
    const int n = m_dom.size();
    m_inherited.resize(n);
    // What <html> and <body> are named says nothing about one block ("flag-simpleExtendedByline-on", "comments-open"):
    // hints are inherited from below the root only.
    for (int i = 0; i < n; ++i) {
        const int parent = m_dom.node(i).parent;
        const bool belowRoot = i > m_root && i < m_dom.node(m_root).end;
        m_inherited[i] = belowRoot ? quint16((parent > m_root ? m_inherited[parent] : 0) | m_hints[i]) : 0;
    }

    // Short label/value rows of a table ("작성자 | 홍보팀 | 등록일 | 2024-02-16") read as one line, as a reader sees
    // them; cells that hold paragraphs or long text stay blocks of their own.
    std::vector<char> inlineCell(size_t(std::max(n, 0)), 0);
    for (int tr = 0; tr < n; ++tr) {
        if (m_dom.tag(tr) != GUMBO_TAG_TR)
            continue;
        QList<int> cells;
        bool inlineRow = true;
        for (int c = tr + 1; c < m_dom.node(tr).end && inlineRow; c = m_dom.node(c).end) {
            if (m_dom.tag(c) != GUMBO_TAG_TD && m_dom.tag(c) != GUMBO_TAG_TH)
                continue;
            cells.append(c);
            int length = 0;
            for (int j = c + 1; j < m_dom.node(c).end && inlineRow; ++j) {
                if (!m_dom.isElement(j))
                    length += int(m_dom.text(j).trimmed().size());
                else if (HtmlDom::isBlock(m_dom.tag(j)))
                    inlineRow = false;
            }
            inlineRow = inlineRow && length < 80;
        }
        if (inlineRow && cells.size() >= 2 && cells.size() <= 8) {
            for (int c : std::as_const(cells))
                inlineCell[size_t(c)] = 1;
        }
    }
    const auto isBlockAt = [&](int i) {
        return HtmlDom::isBlock(m_dom.tag(i)) && !inlineCell[size_t(i)];
    };

    QString text;
    int chars = 0;
    int linkChars = 0;
    int wide = 0;
    quint16 flags = 0;
    quint16 localFlags = 0;
    QList<int> open;
    QList<int> blockOwners{m_root};
    const auto flush = [&] {
        if (chars > 0) {
            ContentBlock block;
            block.text = HtmlText::simplifyWhitespace(text);
            block.owner = blockOwners.constLast();
            block.paragraph = m_dom.tag(block.owner) == GUMBO_TAG_P;
            block.chars = chars;
            block.linkChars = linkChars;
            block.flags = quint16(flags & ~Link);
            block.localFlags = localFlags;
            block.weight = chars + wide + wide / 2; // a Han or Kana character says what two or three letters do
            m_blocks.append(block);
        }
        text.clear();
        chars = linkChars = wide = 0;
        flags = localFlags = 0;
    };
    const auto close = [&](int element) {
        if (inlineCell[size_t(element)])
            text += QLatin1Char(' ');
        if (isBlockAt(element)) {
            flush();
            if (blockOwners.size() > 1 && blockOwners.constLast() == element)
                blockOwners.removeLast();
        }
    };

    const int end = m_dom.node(m_root).end;
    for (int i = m_root + (m_dom.isElement(m_root) ? 1 : 0); i < end;) {
        while (!open.isEmpty() && i >= m_dom.node(open.constLast()).end)
            close(open.takeLast());
        const HtmlDom::Node &node = m_dom.node(i);
        if (node.isText) {
            const QString &piece = m_dom.text(i);
            int visible = 0;
            for (const QChar c : piece) {
                visible += (c.isSpace() || c == QChar(0x00AD) || c == QChar(0x200B)) ? 0 : 1;
                const char16_t u = c.unicode();
                wide += ((u >= 0x3040 && u <= 0x30FF) || (u >= 0x3400 && u <= 0x9FFF) || (u >= 0xF900 && u <= 0xFAFF))
                            ? 1
                            : 0;
            }
            text += piece;
            chars += visible;
            if (m_inherited[i] & Link)
                linkChars += visible;
            if (visible > 0) {
                flags |= m_inherited[i];
                // Hints of the elements between this text and its block (a title cell inside a table row).
                for (int p = m_dom.node(i).parent, steps = 0; p >= 0 && steps < 32; p = m_dom.node(p).parent, ++steps) {
                    localFlags |= m_hints[p];
                    if (p == blockOwners.constLast())
                        break;
                }
            }
            ++i;
            continue;
        }
        const bool block = isBlockAt(i);
        if (m_hints[i] & Skip) {
            if (block)
                flush();
            i = node.end;
            continue;
        }
        if (node.tag == GUMBO_TAG_BR || node.tag == GUMBO_TAG_HR) {
            flush();
            ++i;
            continue;
        }
        if (node.tag == GUMBO_TAG_IMG) {
            text += QLatin1Char(' ');
            ++i;
            continue;
        }
        if (block) {
            flush();
            blockOwners.append(i);
        }
        open.append(i);
        ++i;
    }
    while (!open.isEmpty())
        close(open.takeLast());
    flush();
}

void ContentExtractor::score()
{
    const int n = m_dom.size();
    m_chars.fill(0, n);
    m_linkChars.fill(0, n);
    for (const ContentBlock &block : std::as_const(m_blocks)) {
        m_chars[block.owner] += block.chars;
        m_linkChars[block.owner] += block.linkChars;
    }
    for (int i = n - 1; i > 0; --i) {
        const int parent = m_dom.node(i).parent;
        if (parent >= 0) {
            m_chars[parent] += m_chars[i];
            m_linkChars[parent] += m_linkChars[i];
        }
    }

    // Prose below each node: positive weights of blocks that read like sentences; and the prose in lead paragraphs.
    std::vector<double> prose(size_t(std::max(n, 0)), 0.0);
    std::vector<double> leadProse(size_t(std::max(n, 0)), 0.0);
    for (const ContentBlock &block : std::as_const(m_blocks)) {
        if (block.linkDensity() < 0.3) {
            prose[size_t(block.owner)] += std::max(0.0, blockWeight(block));
            if (block.flags & Lead)
                leadProse[size_t(block.owner)] += std::max(0.0, blockWeight(block));
        }
    }
    for (int i = n - 1; i > 0; --i) {
        if (const int parent = m_dom.node(i).parent; parent >= 0) {
            prose[size_t(parent)] += prose[size_t(i)];
            leadProse[size_t(parent)] += leadProse[size_t(i)];
        }
    }

    // Boilerplate subtrees. Comment sections always; other boilerplate names only where they cannot be a wrapper
    // around the article: when the page has an article marker (itemprop=articleBody, a known CMS body, a blog-post
    // element) holding a good share of its prose, any subtree without one; otherwise subtrees that do not hold most
    // of the page (a "has-sidebar" wrapper). Weak names count only where there is little prose.
    std::vector<double> markerProse(size_t(std::max(n, 0)), 0.0);
    for (int i = n - 1; i > 0; --i) {
        if (m_hints[i] & KnownBody)
            markerProse[size_t(i)] = std::max(markerProse[size_t(i)], prose[size_t(i)]);
        if (const int parent = m_dom.node(i).parent; parent >= 0)
            markerProse[size_t(parent)] = std::max(markerProse[size_t(parent)], markerProse[size_t(i)]);
    }
    const std::vector<int> images = MediaBoxes::countImages(m_dom);
    // Story cards: a list of other stories, however well written its summaries are.
    const std::vector<char> card = MediaBoxes::storyCards(m_dom, m_blocks, images, m_chars, m_linkChars);
    const double total = std::max(1, m_chars[m_root]);
    const double allProse = std::max(1.0, prose[size_t(m_root)]);
    const bool marked = markerProse[size_t(m_root)] >= 0.25 * allProse;
    m_negative.fill(false, n);
    for (int i = 0; i < n; ++i) {
        const int parent = m_dom.node(i).parent;
        bool negative = parent >= 0 && m_negative[parent];
        const size_t k = size_t(i);
        // <html> and <body> carry page-wide classes ("flag-unfollowComments-on", "has-sidebar"): never boilerplate.
        const bool insideRoot = i > m_root && i < m_dom.node(m_root).end;
        if (!negative && insideRoot && m_dom.isElement(i) && !(m_hints[i] & KnownBody)) {
            const quint16 h = m_hints[i];
            const bool holdsArticle = marked ? markerProse[k] >= 0.25 * allProse : m_chars[i] > 0.4 * total;
            // Comments are boilerplate even when there are more of them than article, as long as an article
            // remains outside them.
            const double proseOutside = allProse - prose[k];
            if ((h & CommentSection) && markerProse[k] < 0.25 * allProse &&
                (m_chars[i] <= 0.6 * total || proseOutside >= std::max(800.0, 0.12 * allProse)))
                negative = true;
            else if ((h & (Negative | Byline)) && !holdsArticle)
                negative = true;
            else if ((h & Semantic) && m_chars[i] <= 0.6 * total && !holdsArticle)
                negative = true;
            else if (card[k] && !holdsArticle)
                negative = true;
            else if ((h & CommentForm) && prose[k] < 0.5 * allProse)
                negative = true;
            else if ((h & WeakNegative) && m_chars[i] <= 0.4 * total && prose[k] < 400.0 && leadProse[k] < 50.0 &&
                     markerProse[k] < 0.25 * allProse)
                negative = true;
        }
        m_negative[i] = negative;
    }

    // Captions: caption-named elements of caption size (a "wp-caption" class on a whole layout column is not one).
    std::vector<char> caption(size_t(std::max(n, 0)), 0);
    for (int i = 0; i < n; ++i) {
        const int parent = m_dom.node(i).parent;
        caption[size_t(i)] = (parent >= 0 && caption[size_t(parent)]) || ((m_hints[i] & Caption) && m_chars[i] <= 600);
    }
    // Picture boxes: the text beside an image in a small box describes the picture, whatever it is named; unless
    // the page is told in such boxes (a home story of pictures and their texts), where they hold much of the prose.
    const QList<int> legends = MediaBoxes::pictureLegends(m_dom, m_hints, images, caption, m_chars, m_linkChars);
    double legendProse = 0.0;
    for (int c : std::as_const(legends))
        legendProse += prose[size_t(c)];
    if (legendProse <= kPictureShare * allProse) {
        for (int c : std::as_const(legends)) {
            for (int d = c; d < m_dom.node(c).end; ++d)
                caption[size_t(d)] = 1;
        }
    }

    m_score.fill(0.0, n);
    for (ContentBlock &block : m_blocks) {
        block.negative = m_negative[block.owner];
        block.flags = quint16(block.flags & ~Caption);
        if (caption[size_t(block.owner)])
            block.flags |= Caption;
        double weight = blockWeight(block);
        if (block.flags & Caption)
            weight = 0.0;
        else if (block.negative)
            weight = -std::abs(weight) * 0.5;
        m_score[block.owner] += weight > 0 ? weight : kNegativeWeight * weight;
    }
    for (int i = n - 1; i > 0; --i) {
        const int parent = m_dom.node(i).parent;
        if (parent >= 0)
            m_score[parent] += m_score[i];
    }
}

bool ContentExtractor::insideNegative(int owner, int container) const
{
    return m_negative[owner] && !m_negative[container];
}

ContentExtractor::Result ContentExtractor::extract(const QString &title, const QStringList &labels) const
{
    Result result;
    const int end = m_dom.node(m_root).end;
    double best = 0.0;
    for (int i = m_root; i < end; ++i) {
        if (!m_dom.isElement(i) || m_negative[i] || (m_inherited[i] & Skip) || m_score[i] <= 0.0)
            continue;
        double value = m_score[i];
        if (m_hints[i] & Positive)
            value *= 1.25;
        if (m_hints[i] & KnownBody)
            value *= 1.5;
        if (value > best) {
            best = value;
            result.container = i;
        }
    }
    if (result.container < 0) {
        if (m_blocks.isEmpty())
            return result;
        result.container = m_root; // nothing scores: a page of short lines is still a page, filtered as usual
    }

    // Siblings that read like the article (a lead paragraph, the second half of a split body) join it.
    const int container = result.container;
    QList<int> included{container};
    const int parent = m_dom.node(container).parent;
    if (parent >= 0 && container != m_root) {
        const double own = m_score[container];
        for (int s = parent + 1; s < m_dom.node(parent).end; s = m_dom.node(s).end) {
            if (s == container || !m_dom.isElement(s) || m_negative[s] || (m_inherited[s] & Skip))
                continue;
            const double density = m_chars[s] > 0 ? double(m_linkChars[s]) / m_chars[s] : 1.0;
            if (m_score[s] >= std::max(40.0, 0.2 * own) && density < 0.25)
                included.append(s);
        }
    }
    // Lead paragraphs just outside the container (in the article's header) belong to the text.
    int scope = container;
    for (int up = 0; up < 3 && scope != m_root && m_dom.node(scope).parent >= 0; ++up)
        scope = m_dom.node(scope).parent;
    for (int i = scope; i < container; ++i) {
        // Just above the article, an element named "teaser" is its standfirst (elsewhere it is a related story).
        const bool lead = m_hints[i] & (Lead | Teaser);
        // A standfirst set as a heading (<h2 class="article-subheadline">) is a sentence or two, not a title.
        const quint16 excluded = lead && m_chars[i] >= 50 ? (Skip | Byline | Link) : (Skip | Heading | Byline | Link);
        if (m_dom.isElement(i) && lead && !(m_inherited[i] & excluded) && m_chars[i] >= 40 &&
            m_linkChars[i] * 4 < m_chars[i] && !m_dom.classAndId(i).contains(QLatin1String("author")) &&
            (!m_negative[i] || !(m_inherited[i] & (Negative | Semantic)))) {
            included.append(i);
            i = m_dom.node(i).end - 1;
        }
    }
    // Paragraphs just above the container that read as prose belong to it too (a standfirst with no name, a first
    // paragraph set apart): over the byline and date lines between, up to the headline.
    const auto firstInside = std::find_if(m_blocks.cbegin(), m_blocks.cend(), [&](const ContentBlock &b) {
        return b.owner >= container && b.owner < m_dom.node(container).end;
    });
    int taken = 0;
    int skipped = 0;
    for (auto it = firstInside; it != m_blocks.cbegin() && taken < 2 && skipped < 4;) {
        const ContentBlock &block = *--it;
        if (block.owner < scope || block.owner >= m_dom.node(scope).end || (block.flags & Heading))
            break;
        const bool prose = block.chars >= 80 && countPunctuation(block.text) >= 2 && block.linkDensity() < 0.1 &&
                           !m_negative[block.owner] && !(block.flags & (Byline | Caption)) &&
                           m_chars[block.owner] == block.chars;
        if (prose) {
            included.append(block.owner);
            ++taken;
        } else if (block.chars < 80) {
            ++skipped;
        } else {
            break;
        }
    }
    std::sort(included.begin(), included.end());
    included.erase(std::unique(included.begin(), included.end()), included.end());

    // The blocks inside, classified: Bad ones (boilerplate subtrees, link lists) are dropped but stay in the
    // sequence so that short lines can be judged by their neighbours, as jusText does: a label before a link
    // list belongs to the list, a label between paragraphs belongs to the article.
    enum Kind
    {
        Good,
        Short,
        Bad
    };
    struct Candidate
    {
        int block;
        Kind kind;
    };
    QList<Candidate> sequence;
    const QString titleKey = normalizedForCompare(title);
    QStringList labelKeys;
    for (const QString &label : labels)
        labelKeys.append(normalizedForCompare(label));
    for (int b = 0; b < m_blocks.size(); ++b) {
        const ContentBlock &block = m_blocks[b];
        // The included roots are sorted and disjoint: the candidate is the last one starting at or before the owner.
        auto inside = std::upper_bound(included.cbegin(), included.cend(), block.owner);
        if (inside == included.cbegin())
            continue;
        --inside;
        if (block.owner >= m_dom.node(*inside).end)
            continue;
        result.inside.append(b);
        if (block.flags & Caption) {
            result.captions.append(b);
            continue;
        }
        if (insideNegative(block.owner, *inside) || (block.flags & Byline) || block.linkDensity() > 0.5) {
            sequence.append({b, Bad});
            continue;
        }
        const QString key = normalizedForCompare(block.text);
        if (!titleKey.isEmpty() && key.contains(titleKey) && key.size() <= titleKey.size() + 12)
            continue; // the headline, repeated as a heading, a styled paragraph or a "제목 …" row
        if (key.size() <= 30 &&
            std::any_of(labelKeys.cbegin(), labelKeys.cend(), [&](const QString &l) { return l == key; }))
            continue; // the site's or section's name ("언론보도", "Lexikon")
        const int length = std::max(block.chars, block.weight);
        const bool good =
            block.linkDensity() < 0.3 && (length >= 80 || (length >= 40 && countPunctuation(block.text) >= 2));
        sequence.append({b, good ? Good : Short});
    }
    // The kind of the nearest non-short block before and after each position (-1: none), in two linear passes.
    QList<int> previousKind(sequence.size(), -1);
    QList<int> nextKind(sequence.size(), -1);
    for (qsizetype k = 1; k < sequence.size(); ++k)
        previousKind[k] = sequence[k - 1].kind != Short ? int(sequence[k - 1].kind) : previousKind[k - 1];
    for (qsizetype k = sequence.size() - 2; k >= 0; --k)
        nextKind[k] = sequence[k + 1].kind != Short ? int(sequence[k + 1].kind) : nextKind[k + 1];
    qsizetype lastGood = -1;
    for (qsizetype k = 0; k < sequence.size(); ++k)
        lastGood = sequence[k].kind == Good ? k : lastGood;
    for (qsizetype k = 0; k < sequence.size(); ++k) {
        const Candidate &c = sequence[k];
        if (c.kind == Bad)
            continue;
        if (c.kind == Short) {
            const int before = previousKind[k];
            const int after = nextKind[k];
            const ContentBlock &block = m_blocks[c.block];
            const bool trailing = k > lastGood;
            if (after == Bad && before != Good && sequence[k + 1].kind == Bad)
                continue; // the heading of a link list ("Lesen Sie auch", "관련기사"), right above it
            if (before == Bad && (after == Bad || after < 0))
                continue; // a label among boilerplate
            const QString t = block.text.trimmed();
            const bool label = t.endsWith(u':') || t.endsWith(u'?') || t.endsWith(u'：');
            if (after == Bad && ((block.flags & Heading) || label))
                continue; // a heading or label introducing boilerplate ("Verwandte Themen", "Schon gelesen?")
            if (trailing && label)
                continue; // a label after the article's last paragraph ("Kontakt:", "Lust auf mehr?")
        }
        result.blocks.append(c.block);
    }
    return result;
}

} // namespace Medtour
