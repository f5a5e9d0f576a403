// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace Medtour {

class HtmlDom;

/// A run of text between block boundaries (block elements and <br>), as a reader sees one line.
struct ContentBlock
{
    QString text;           ///< white space collapsed
    int owner = -1;         ///< innermost block-level element
    int chars = 0;          ///< characters other than white space
    int linkChars = 0;      ///< of those, inside <a href>
    int weight = 0;         ///< length for scoring: characters, with Han and Kana counting 2.5
    quint16 localFlags = 0; ///< NodeHints flags of the elements between the text and its owner (inclusive)
    quint16 flags = 0;      ///< NodeHints flags inherited along the path, united over the block's text
    bool negative = false;  ///< inside boilerplate (comments, share bars, related lists…)
    bool paragraph = false; ///< owned by a <p>

    double linkDensity() const { return chars > 0 ? double(linkChars) / chars : 0.0; }
};

/**
 * Finds the main text of a page by scoring the DOM, not by per-site rules.
 *
 * Every block gets a weight from its length, link density and sentence punctuation (link lists and tiny labels
 * weigh against); weights add up the tree, boilerplate subtrees (by class/id/role/tag, unless they hold most of
 * the page) count against, content and known Korean CMS containers count extra, and the element with the best
 * total is the article. Siblings that carry article-like text join it; boilerplate inside it is pruned. Boxes around
 * images are read by their shape (MediaBoxes): a picture's legend is a caption, a list of story cards boilerplate.
 */
class ContentExtractor final
{
public:
    ContentExtractor(const HtmlDom &dom, const QList<quint16> &hints);

    struct Result
    {
        QList<int> blocks;   ///< indexes into blocks(): the article text in document order
        QList<int> captions; ///< indexes of caption blocks in or next to the article
        int container = -1;  ///< the chosen element
        QList<int> inside;   ///< every block inside the chosen element and the parts joined to it (diagnostics)
    };

    /// `title` lets a heading that repeats the title be left out of the text; so are lines equal to one of `labels`
    /// (the other parts of <title>: site and section names).
    Result extract(const QString &title, const QStringList &labels = {}) const;

    /// Every text block of the page, for metadata scans (bylines and dates often sit outside the article).
    const QList<ContentBlock> &blocks() const { return m_blocks; }

    /// Sum of the effective block weights below a node (for diagnostics and tests).
    double score(int node) const { return m_score.value(node); }
    /// True when the node lies in a boilerplate subtree.
    bool isNegative(int node) const { return m_negative.value(node); }

    /// Weight of one block; exposed for tests.
    static double blockWeight(const ContentBlock &block);

private:
    void buildBlocks();
    void score();
    bool insideNegative(int owner, int container) const;

    const HtmlDom &m_dom;
    const QList<quint16> &m_hints;
    QList<quint16> m_inherited;
    QList<ContentBlock> m_blocks;
    QList<double> m_score;  ///< per node: sum of effective block weights below
    QList<int> m_chars;     ///< per node: characters below
    QList<int> m_linkChars; ///< per node: link characters below
    QList<bool> m_negative; ///< per node: inside a boilerplate subtree
    int m_root = 0;
};

} // namespace Medtour
