// SPDX-License-Identifier: GPL-3.0-or-later
#include "htmldom.h"

#include "text/htmltext.h"

#include <cstring>

namespace Medtour {

HtmlDom::HtmlDom(const QString &html, const HtmlGuard::Limits &limits)
{
    m_utf8 = HtmlGuard::bound(html.toUtf8(), limits, &m_guard);
    GumboOptions options = kGumboDefaultOptions;
    options.max_errors = 0; // error records copy the stack of open elements: quadratic memory on deep input
    m_output = gumbo_parse_with_options(&options, m_utf8.constData(), size_t(m_utf8.size()));
    if (m_output && m_output->root)
        flatten(m_output->root);
}

HtmlDom::~HtmlDom()
{
    if (m_output)
        gumbo_destroy_output(&kGumboDefaultOptions, m_output);
}

void HtmlDom::flatten(const GumboNode *root)
{
    struct Frame
    {
        const GumboNode *node;
        int index;
        unsigned next;
    };
    const auto add = [this](const GumboNode *g, int parent) {
        Node node;
        node.gumbo = g;
        node.parent = parent;
        node.depth = parent < 0 ? 0 : m_nodes[parent].depth + 1;
        node.isText = g->type == GUMBO_NODE_TEXT || g->type == GUMBO_NODE_CDATA || g->type == GUMBO_NODE_WHITESPACE;
        node.tag = node.isText ? GUMBO_TAG_LAST : g->v.element.tag;
        node.foreign = !node.isText && g->v.element.tag_namespace != GUMBO_NAMESPACE_HTML;
        node.end = int(m_nodes.size()) + 1;
        m_nodes.append(node);
        m_texts.append(node.isText ? QString::fromUtf8(g->v.text.text) : QString());
        return int(m_nodes.size()) - 1;
    };
    QList<Frame> stack;
    stack.append({root, add(root, -1), 0});
    while (!stack.isEmpty()) {
        const Frame frame = stack.constLast();
        const GumboVector &children = frame.node->v.element.children;
        if (frame.next >= children.length) {
            m_nodes[frame.index].end = int(m_nodes.size());
            stack.removeLast();
            continue;
        }
        ++stack.last().next;
        const auto *child = static_cast<const GumboNode *>(children.data[frame.next]);
        if (child->type == GUMBO_NODE_COMMENT || child->type == GUMBO_NODE_DOCUMENT)
            continue;
        const int index = add(child, frame.index);
        if (child->type == GUMBO_NODE_ELEMENT || child->type == GUMBO_NODE_TEMPLATE)
            stack.append({child, index, 0});
    }
    m_html = 0;
    for (int i = 1; i < size(); i = m_nodes[i].end) {
        if (m_nodes[i].tag == GUMBO_TAG_HEAD && m_head < 0)
            m_head = i;
        else if (m_nodes[i].tag == GUMBO_TAG_BODY && m_body < 0)
            m_body = i;
    }
}

QString HtmlDom::attribute(int i, const char *name) const
{
    if (m_nodes[i].isText)
        return {};
    const GumboAttribute *attr = gumbo_get_attribute(&m_nodes[i].gumbo->v.element.attributes, name);
    return attr ? QString::fromUtf8(attr->value) : QString();
}

bool HtmlDom::hasAttribute(int i, const char *name) const
{
    return !m_nodes[i].isText && gumbo_get_attribute(&m_nodes[i].gumbo->v.element.attributes, name);
}

QString HtmlDom::tagName(int i) const
{
    const Node &n = m_nodes[i];
    if (n.isText)
        return {};
    if (n.tag != GUMBO_TAG_UNKNOWN)
        return QString::fromLatin1(gumbo_normalized_tagname(n.tag));
    GumboStringPiece piece = n.gumbo->v.element.original_tag;
    gumbo_tag_from_original_text(&piece);
    return QString::fromUtf8(piece.data, qsizetype(piece.length)).toLower();
}

QString HtmlDom::classAndId(int i) const
{
    const QString cls = attribute(i, "class");
    const QString id = attribute(i, "id");
    if (id.isEmpty())
        return cls.toLower();
    return QString(cls + QLatin1Char(' ') + id).toLower();
}

bool HtmlDom::isBlock(GumboTag tag)
{
    switch (tag) {
    case GUMBO_TAG_ADDRESS:
    case GUMBO_TAG_ARTICLE:
    case GUMBO_TAG_ASIDE:
    case GUMBO_TAG_BLOCKQUOTE:
    case GUMBO_TAG_BODY:
    case GUMBO_TAG_BR:
    case GUMBO_TAG_CAPTION:
    case GUMBO_TAG_CENTER:
    case GUMBO_TAG_DD:
    case GUMBO_TAG_DETAILS:
    case GUMBO_TAG_DIR:
    case GUMBO_TAG_DIV:
    case GUMBO_TAG_DL:
    case GUMBO_TAG_DT:
    case GUMBO_TAG_FIELDSET:
    case GUMBO_TAG_FIGCAPTION:
    case GUMBO_TAG_FIGURE:
    case GUMBO_TAG_FOOTER:
    case GUMBO_TAG_FORM:
    case GUMBO_TAG_H1:
    case GUMBO_TAG_H2:
    case GUMBO_TAG_H3:
    case GUMBO_TAG_H4:
    case GUMBO_TAG_H5:
    case GUMBO_TAG_H6:
    case GUMBO_TAG_HEADER:
    case GUMBO_TAG_HGROUP:
    case GUMBO_TAG_HR:
    case GUMBO_TAG_LI:
    case GUMBO_TAG_LISTING:
    case GUMBO_TAG_MAIN:
    case GUMBO_TAG_MENU:
    case GUMBO_TAG_NAV:
    case GUMBO_TAG_OL:
    case GUMBO_TAG_P:
    case GUMBO_TAG_PRE:
    case GUMBO_TAG_SECTION:
    case GUMBO_TAG_SUMMARY:
    case GUMBO_TAG_TABLE:
    case GUMBO_TAG_TBODY:
    case GUMBO_TAG_TD:
    case GUMBO_TAG_TFOOT:
    case GUMBO_TAG_TH:
    case GUMBO_TAG_THEAD:
    case GUMBO_TAG_TR:
    case GUMBO_TAG_UL:
    case GUMBO_TAG_XMP:
        return true;
    default:
        return false;
    }
}

QString HtmlDom::textContent(int i) const
{
    QString out;
    const int end = m_nodes[i].end;
    for (int j = i; j < end;) {
        const Node &n = m_nodes[j];
        if (n.isText) {
            out += m_texts[j];
        } else if (n.tag == GUMBO_TAG_SCRIPT || n.tag == GUMBO_TAG_STYLE || n.tag == GUMBO_TAG_TEMPLATE ||
                   n.tag == GUMBO_TAG_NOSCRIPT) {
            j = n.end;
            continue;
        } else if (j != i && isBlock(n.tag)) {
            out += QLatin1Char(' ');
        }
        ++j;
    }
    return HtmlText::simplifyWhitespace(out);
}

int HtmlDom::findFirst(GumboTag tag, int from) const
{
    for (int i = qMax(0, from); i < size(); ++i) {
        if (!m_nodes[i].isText && m_nodes[i].tag == tag)
            return i;
    }
    return -1;
}

} // namespace Medtour
