// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>

#include <vector>

namespace Medtour {

class HtmlDom;
struct ContentBlock;

/**
 * Boxes built around images, which class names often do not tell apart from the article: the legend beside a
 * picture ("<div class=legend>", "<span>" next to an <img>) and lists of story cards (picture, linked headline,
 * summary). ContentExtractor's helpers; per-node vectors are indexed like the DOM, `chars` and `linkChars` are its
 * per-node counts of block characters.
 */
namespace MediaBoxes {

/// <img> elements below each node (inclusive).
std::vector<int> countImages(const HtmlDom &dom);

/// Per node, true for a story card: one of three or more alike siblings (same tag and class), each holding an image,
/// opening with a fully linked line of headline length, with links for a sixth of its text or more and at most
/// 500 characters. A feature box (its own heading, then "learn more") and a forum post (its author's name first)
/// open otherwise; table rows and paragraphs are no cards.
std::vector<char> storyCards(const HtmlDom &dom, const QList<ContentBlock> &blocks, const std::vector<int> &images,
                             const QList<int> &chars, const QList<int> &linkChars);

/// Roots of the picture legends: in a box (div, figure, span, a) of an image and at most 300 characters, the
/// children without an image, a paragraph, a heading or a lead; the box itself when they hold all of its text (an
/// inline legend shares the box's line). Boxes already inside a caption (`caption`) are skipped.
QList<int> pictureLegends(const HtmlDom &dom, const QList<quint16> &hints, const std::vector<int> &images,
                          const std::vector<char> &caption, const QList<int> &chars, const QList<int> &linkChars);

} // namespace MediaBoxes

} // namespace Medtour
