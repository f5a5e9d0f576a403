// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Why gumbo: Korean CMS pages are broken markup (unclosed <p>/<font>, tables inside <a>, misnested formatting,
// duplicate <body>s). Only a conforming HTML5 tree builder turns that into the same tree a browser shows, and
// regular expressions cannot. gumbo is a small C library implementing the WHATWG parsing algorithm, has no
// dependencies, and Debian ships it (libgumbo-dev). It takes UTF-8 only, so TextDecoder decodes first.

#include "html/htmlguard.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

#include <gumbo.h>

namespace Medtour {

/**
 * A parsed document flattened into pre-order: node i's descendants are i+1 … end-1, so subtree scans are loops
 * and no walk recurses (hostile pages nest deeply). Owns the gumbo output; the guard bounds the parse first.
 */
class HtmlDom final
{
public:
    struct Node
    {
        const GumboNode *gumbo = nullptr;
        int parent = -1;
        int end = 0; ///< one past the last descendant
        int depth = 0;
        GumboTag tag = GUMBO_TAG_UNKNOWN; ///< GUMBO_TAG_LAST for text
        bool isText = false;
        bool foreign = false; ///< SVG or MathML
    };

    explicit HtmlDom(const QString &html, const HtmlGuard::Limits &limits = {});
    ~HtmlDom();
    HtmlDom(const HtmlDom &) = delete;
    HtmlDom &operator=(const HtmlDom &) = delete;

    int size() const { return int(m_nodes.size()); }
    const Node &node(int i) const { return m_nodes[i]; }
    GumboTag tag(int i) const { return m_nodes[i].tag; }
    bool isElement(int i) const { return !m_nodes[i].isText; }
    /// The text of a text node as written (entities decoded by gumbo, white space kept).
    const QString &text(int i) const { return m_texts[i]; }
    /// Attribute value or a null QString.
    QString attribute(int i, const char *name) const;
    bool hasAttribute(int i, const char *name) const;
    /// Lower-case tag name, also for elements gumbo does not know ("custom-element").
    QString tagName(int i) const;
    /// class and id, lower-cased and joined by a space (hints for boilerplate and content containers).
    QString classAndId(int i) const;
    /// All text below node i, white space collapsed.
    QString textContent(int i) const;
    /// Tags that start a new line of text (p, div, li, td, h1…, br…).
    static bool isBlock(GumboTag tag);
    /// First element with the tag at or below `from` (pre-order), or -1.
    int findFirst(GumboTag tag, int from = 0) const;

    int htmlElement() const { return m_html; }
    int head() const { return m_head; }
    int body() const { return m_body; }
    const HtmlGuard::Report &guardReport() const { return m_guard; }

private:
    void flatten(const GumboNode *root);

    QByteArray m_utf8; ///< gumbo's string pieces point into this buffer
    GumboOutput *m_output = nullptr;
    QList<Node> m_nodes;
    QStringList m_texts; ///< indexed like m_nodes; empty for elements
    HtmlGuard::Report m_guard;
    int m_html = -1;
    int m_head = -1;
    int m_body = -1;
};

} // namespace Medtour
