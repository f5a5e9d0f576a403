// SPDX-License-Identifier: GPL-3.0-or-later
#include "mediaboxes.h"

#include "extract/contentextractor.h"
#include "extract/nodehints.h"
#include "html/htmldom.h"

#include <QHash>

#include <algorithm>

namespace Medtour::MediaBoxes {

namespace {

/// Most characters of text a story card (picture, linked headline, summary) holds.
constexpr int kCardText = 500;
/// Most characters of text a picture box (an image and its legend) holds.
constexpr int kPictureText = 300;

} // namespace

std::vector<int> countImages(const HtmlDom &dom)
{
    const int n = dom.size();
    std::vector<int> images(size_t(std::max(n, 0)), 0);
    for (int i = n - 1; i > 0; --i) {
        images[size_t(i)] += dom.tag(i) == GUMBO_TAG_IMG ? 1 : 0;
        if (const int parent = dom.node(i).parent; parent >= 0)
            images[size_t(parent)] += images[size_t(i)];
    }
    return images;
}

std::vector<char> storyCards(const HtmlDom &dom, const QList<ContentBlock> &blocks, const std::vector<int> &images,
                             const QList<int> &chars, const QList<int> &linkChars)
{
    const int n = dom.size();
    std::vector<char> card(size_t(std::max(n, 0)), 0);
    // Per element, whether its first line of some length is a link of headline length (a card's linked headline; a
    // feature box opens with its own heading and ends in "learn more", a forum post with its author's name).
    std::vector<char> opensWithLink(size_t(std::max(n, 0)), 0);
    std::vector<char> opened(size_t(std::max(n, 0)), 0);
    for (const ContentBlock &block : blocks) {
        if (block.chars < 10)
            continue;
        for (int a = block.owner; a >= 0 && !opened[size_t(a)]; a = dom.node(a).parent) {
            opened[size_t(a)] = 1;
            opensWithLink[size_t(a)] = block.linkDensity() >= 0.8 && block.chars >= 20;
        }
    }
    for (int p = 0; p < n; ++p) {
        if (!dom.isElement(p))
            continue;
        QHash<QString, QList<int>> alike;
        for (int c = p + 1; c < dom.node(p).end; c = dom.node(c).end) {
            const GumboTag tag = dom.tag(c);
            const bool box = tag == GUMBO_TAG_DIV || tag == GUMBO_TAG_LI || tag == GUMBO_TAG_ARTICLE ||
                             tag == GUMBO_TAG_SECTION || tag == GUMBO_TAG_A || tag == GUMBO_TAG_FIGURE;
            if (dom.isElement(c) && box && images[size_t(c)] > 0 && opensWithLink[size_t(c)] &&
                linkChars[c] * 6 >= chars[c] && chars[c] <= kCardText)
                alike[dom.tagName(c) + QLatin1Char(' ') + dom.attribute(c, "class")].append(c);
        }
        for (auto it = alike.cbegin(); it != alike.cend(); ++it) {
            if (it.value().size() >= 3) {
                for (int c : it.value())
                    card[size_t(c)] = 1;
            }
        }
    }
    return card;
}

QList<int> pictureLegends(const HtmlDom &dom, const QList<quint16> &hints, const std::vector<int> &images,
                          const std::vector<char> &caption, const QList<int> &chars, const QList<int> &linkChars)
{
    const int n = dom.size();
    // Characters below each node counted from its text, inline elements included (`chars` counts by block owner).
    std::vector<int> letters(size_t(std::max(n, 0)), 0);
    for (int i = n - 1; i > 0; --i) {
        if (!dom.isElement(i))
            letters[size_t(i)] = int(dom.text(i).trimmed().size());
        if (const int parent = dom.node(i).parent; parent >= 0 && !(hints[i] & NodeHints::Skip))
            letters[size_t(parent)] += letters[size_t(i)];
    }
    QList<int> legends;
    for (int i = 0; i < n; ++i) {
        const GumboTag tag = dom.tag(i);
        if (caption[size_t(i)] || images[size_t(i)] == 0 || chars[i] == 0 || chars[i] > kPictureText ||
            2 * linkChars[i] > chars[i] ||
            !(tag == GUMBO_TAG_DIV || tag == GUMBO_TAG_FIGURE || tag == GUMBO_TAG_SPAN || tag == GUMBO_TAG_A))
            continue;
        QList<int> found;
        int legendChars = 0;
        for (int c = i + 1; c < dom.node(i).end; c = dom.node(c).end) {
            if (!dom.isElement(c) || images[size_t(c)] > 0 || letters[size_t(c)] == 0)
                continue;
            bool prose = false;
            for (int d = c; d < dom.node(c).end && !prose; ++d)
                prose = dom.tag(d) == GUMBO_TAG_P || (hints[d] & (NodeHints::Heading | NodeHints::Lead));
            if (!prose) {
                found.append(c);
                legendChars += letters[size_t(c)];
            }
        }
        // An inline legend (<span>, <strong class=caption>) shares its line with the box: then the box is the caption.
        if (!found.isEmpty() && legendChars == letters[size_t(i)])
            legends.append(i);
        else
            legends += found;
    }
    return legends;
}

} // namespace Medtour::MediaBoxes
