// SPDX-License-Identifier: GPL-3.0-or-later
#include "htmlsanitizer.h"

#include "html/htmldom.h"
#include "text/textnormalizer.h"

#include <QList>

#include <algorithm>

namespace Medtour {

namespace {

enum class Action
{
    Keep,   ///< emit the (mapped) tag with allowed attributes
    Unwrap, ///< drop the tag, keep its content
    Drop,   ///< drop the tag and its content
};

struct Rule
{
    Action action = Action::Unwrap;
    const char *name = nullptr; ///< output tag name for Keep
};

Rule ruleFor(GumboTag tag)
{
    switch (tag) {
    case GUMBO_TAG_P:
    case GUMBO_TAG_DIV:
    case GUMBO_TAG_BR:
    case GUMBO_TAG_HR:
    case GUMBO_TAG_H1:
    case GUMBO_TAG_H2:
    case GUMBO_TAG_H3:
    case GUMBO_TAG_H4:
    case GUMBO_TAG_H5:
    case GUMBO_TAG_H6:
    case GUMBO_TAG_BLOCKQUOTE:
    case GUMBO_TAG_PRE:
    case GUMBO_TAG_UL:
    case GUMBO_TAG_OL:
    case GUMBO_TAG_LI:
    case GUMBO_TAG_DL:
    case GUMBO_TAG_DT:
    case GUMBO_TAG_DD:
    case GUMBO_TAG_TABLE:
    case GUMBO_TAG_THEAD:
    case GUMBO_TAG_TBODY:
    case GUMBO_TAG_TFOOT:
    case GUMBO_TAG_TR:
    case GUMBO_TAG_TD:
    case GUMBO_TAG_TH:
    case GUMBO_TAG_CAPTION:
    case GUMBO_TAG_A:
    case GUMBO_TAG_B:
    case GUMBO_TAG_STRONG:
    case GUMBO_TAG_I:
    case GUMBO_TAG_EM:
    case GUMBO_TAG_U:
    case GUMBO_TAG_S:
    case GUMBO_TAG_DEL:
    case GUMBO_TAG_INS:
    case GUMBO_TAG_SUB:
    case GUMBO_TAG_SUP:
    case GUMBO_TAG_SMALL:
    case GUMBO_TAG_BIG:
    case GUMBO_TAG_CODE:
    case GUMBO_TAG_KBD:
    case GUMBO_TAG_SAMP:
    case GUMBO_TAG_VAR:
    case GUMBO_TAG_TT:
    case GUMBO_TAG_CITE:
    case GUMBO_TAG_Q:
    case GUMBO_TAG_ABBR:
    case GUMBO_TAG_SPAN:
    case GUMBO_TAG_IMG:
        return {Action::Keep, gumbo_normalized_tagname(tag)};
    case GUMBO_TAG_STRIKE:
        return {Action::Keep, "s"};
    case GUMBO_TAG_SECTION:
    case GUMBO_TAG_ARTICLE:
    case GUMBO_TAG_MAIN:
    case GUMBO_TAG_HEADER:
    case GUMBO_TAG_FOOTER:
    case GUMBO_TAG_ASIDE:
    case GUMBO_TAG_NAV:
    case GUMBO_TAG_FIGURE:
    case GUMBO_TAG_CENTER:
    case GUMBO_TAG_ADDRESS:
    case GUMBO_TAG_DETAILS:
    case GUMBO_TAG_HGROUP:
        return {Action::Keep, "div"};
    case GUMBO_TAG_SUMMARY:
    case GUMBO_TAG_FIGCAPTION:
        return {Action::Keep, "p"};
    case GUMBO_TAG_MARK:
    case GUMBO_TAG_TIME:
    case GUMBO_TAG_DFN:
    case GUMBO_TAG_BDI:
        return {Action::Keep, "span"};
    case GUMBO_TAG_SCRIPT:
    case GUMBO_TAG_STYLE:
    case GUMBO_TAG_IFRAME:
    case GUMBO_TAG_OBJECT:
    case GUMBO_TAG_EMBED:
    case GUMBO_TAG_APPLET:
    case GUMBO_TAG_PARAM:
    case GUMBO_TAG_FORM:
    case GUMBO_TAG_INPUT:
    case GUMBO_TAG_BUTTON:
    case GUMBO_TAG_SELECT:
    case GUMBO_TAG_OPTION:
    case GUMBO_TAG_OPTGROUP:
    case GUMBO_TAG_TEXTAREA:
    case GUMBO_TAG_DATALIST:
    case GUMBO_TAG_KEYGEN:
    case GUMBO_TAG_OUTPUT:
    case GUMBO_TAG_PROGRESS:
    case GUMBO_TAG_METER:
    case GUMBO_TAG_SVG:
    case GUMBO_TAG_MATH:
    case GUMBO_TAG_TEMPLATE:
    case GUMBO_TAG_NOSCRIPT:
    case GUMBO_TAG_NOEMBED:
    case GUMBO_TAG_NOFRAMES:
    case GUMBO_TAG_FRAME:
    case GUMBO_TAG_FRAMESET:
    case GUMBO_TAG_CANVAS:
    case GUMBO_TAG_VIDEO:
    case GUMBO_TAG_AUDIO:
    case GUMBO_TAG_SOURCE:
    case GUMBO_TAG_TRACK:
    case GUMBO_TAG_MAP:
    case GUMBO_TAG_AREA:
    case GUMBO_TAG_HEAD:
    case GUMBO_TAG_TITLE:
    case GUMBO_TAG_META:
    case GUMBO_TAG_LINK:
    case GUMBO_TAG_BASE:
    case GUMBO_TAG_COL:
    case GUMBO_TAG_COLGROUP:
    case GUMBO_TAG_MENUITEM:
    case GUMBO_TAG_ISINDEX:
        return {Action::Drop, nullptr};
    default:
        return {Action::Unwrap, nullptr};
    }
}

bool isVoid(GumboTag tag)
{
    return tag == GUMBO_TAG_BR || tag == GUMBO_TAG_HR || tag == GUMBO_TAG_IMG;
}

/// Removes C0 controls (but tab, newline, return), noncharacters, lone surrogates and bidi embeddings,
/// overrides and isolates (TextNormalizer::isBidiControl: an override makes text read as it does not say).
QString cleanText(const QString &text)
{
    QString out;
    out.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        const char16_t u = c.unicode();
        if ((u < 0x20 && u != u'\t' && u != u'\n' && u != u'\r') || u == 0x7F || u == 0xFFFE || u == 0xFFFF ||
            TextNormalizer::isBidiControl(u))
            continue;
        if (c.isHighSurrogate() && i + 1 < text.size() && text[i + 1].isLowSurrogate()) {
            out.append(c);
            out.append(text[++i]);
            continue;
        }
        if (c.isSurrogate())
            continue;
        out.append(c);
    }
    return out;
}

void appendEscaped(QString &out, const QString &text, bool attribute)
{
    for (const QChar c : cleanText(text)) {
        switch (c.unicode()) {
        case u'&':
            out += QLatin1String("&amp;");
            break;
        case u'<':
            out += QLatin1String("&lt;");
            break;
        case u'>':
            out += QLatin1String("&gt;");
            break;
        case u'"':
            out += attribute ? QLatin1String("&quot;") : QLatin1String("\"");
            break;
        case u'\'':
            out += attribute ? QLatin1String("&#39;") : QLatin1String("'");
            break;
        default:
            out += c;
        }
    }
}

void appendAttribute(QString &out, const char *name, const QString &value)
{
    out += QLatin1Char(' ') + QLatin1String(name) + QLatin1String("=\"");
    appendEscaped(out, value, true);
    out += QLatin1Char('"');
}

/// A small whole number within limits, or empty.
QString number(const QString &value, int max)
{
    bool ok = false;
    const int n = value.trimmed().toInt(&ok);
    return ok && n >= 0 && n <= max ? QString::number(n) : QString();
}

bool startsCaption(const HtmlDom &dom, int element)
{
    // The first text within a few nodes decides; a bounded look keeps nested blocks from making this quadratic.
    const int end = std::min(dom.node(element).end, element + 64);
    for (int j = element + 1; j < end; ++j) {
        if (!dom.isElement(j)) {
            const QString t = dom.text(j).trimmed();
            if (!t.isEmpty())
                return t.startsWith(QChar(0x25B2)) || t.startsWith(QChar(0x25B3)); // ▲ △
        } else if (ruleFor(dom.tag(j)).action == Action::Drop) {
            j = dom.node(j).end - 1;
        }
    }
    return false;
}

} // namespace

QUrl HtmlSanitizer::safeUrl(const QString &value, const QUrl &base, bool mailtoAllowed)
{
    // Browsers ignore tabs and newlines anywhere in a URL and strip controls and spaces at the ends, so
    // "java\tscript:" must be read as "javascript:".
    QString cleaned;
    for (const QChar c : value) {
        if (c != u'\t' && c != u'\n' && c != u'\r')
            cleaned += c;
    }
    while (!cleaned.isEmpty() && cleaned.front().unicode() <= 0x20)
        cleaned.remove(0, 1);
    while (!cleaned.isEmpty() && cleaned.back().unicode() <= 0x20)
        cleaned.chop(1);
    if (cleaned.isEmpty() || cleaned.size() > 4096)
        return {};
    QUrl url(cleaned, QUrl::TolerantMode);
    if (!url.isValid())
        return {};
    if (url.isRelative()) {
        if (!base.isValid() || !(base.scheme() == u"http" || base.scheme() == u"https"))
            return {};
        url = base.resolved(url);
    }
    const QString scheme = url.scheme().toLower();
    if (scheme == u"http" || scheme == u"https")
        return url.host().isEmpty() ? QUrl() : url;
    if (scheme == u"mailto" && mailtoAllowed)
        return url;
    return {};
}

QString HtmlSanitizer::sanitize(const QString &input, const Options &options)
{
    const HtmlDom dom(input.left(options.maxInputChars));
    if (dom.size() == 0)
        return {};
    const int root = dom.body() >= 0 ? dom.body() : dom.htmlElement();
    QString out;
    out.reserve(input.size() / 2);
    struct Open
    {
        int end;
        QString close;
        bool counts; ///< an emitted element (unwrapped ones do not nest)
        bool caption;
    };
    QList<Open> open;
    int depth = 0;
    int captionDepth = 0;
    const int end = dom.node(root).end;
    for (int i = root + 1; i < end;) {
        while (!open.isEmpty() && i >= open.constLast().end) {
            const Open o = open.takeLast();
            out += o.close;
            depth -= o.counts ? 1 : 0;
            captionDepth -= o.caption ? 1 : 0;
        }
        if (!dom.isElement(i)) {
            appendEscaped(out, dom.text(i), false);
            ++i;
            continue;
        }
        const GumboTag tag = dom.tag(i);
        const int nodeEnd = dom.node(i).end;
        const Rule rule = dom.node(i).foreign ? Rule{Action::Drop, nullptr} : ruleFor(tag);
        if (rule.action == Action::Drop) {
            i = nodeEnd;
            continue;
        }
        // A link whose target is refused (javascript:, data:, file:, relative without a base) is no link at all:
        // an <a> without href still reads as an anchor in QTextDocument.
        const QUrl href = tag == GUMBO_TAG_A ? safeUrl(dom.attribute(i, "href"), options.baseUrl, true) : QUrl();
        if (rule.action == Action::Unwrap || depth >= options.maxDepth || (tag == GUMBO_TAG_A && !href.isValid())) {
            if (tag == GUMBO_TAG_IMG || tag == GUMBO_TAG_BR || tag == GUMBO_TAG_HR) {
                ++i; // nothing to unwrap
                continue;
            }
            open.append({nodeEnd, QString(), false, false});
            ++i;
            continue;
        }
        if (tag == GUMBO_TAG_IMG) {
            const QString alt = cleanText(dom.attribute(i, "alt")).simplified();
            const QUrl src = safeUrl(dom.attribute(i, "src"), options.baseUrl, false);
            if (options.allowRemoteImages && src.isValid()) {
                out += QLatin1String("<img");
                appendAttribute(out, "src", src.toString(QUrl::FullyEncoded));
                appendAttribute(out, "alt", alt);
                for (const char *dim : {"width", "height"}) {
                    if (const QString v = number(dom.attribute(i, dim), 4000); !v.isEmpty())
                        appendAttribute(out, dim, v);
                }
                out += QLatin1Char('>');
            } else {
                out += QLatin1String("<span class=\"remote-image\">");
                appendEscaped(out, alt.isEmpty() ? QStringLiteral("[image]") : QStringLiteral("[image: %1]").arg(alt),
                              false);
                out += QLatin1String("</span>");
            }
            ++i;
            continue;
        }
        QString name = QLatin1String(rule.name);
        bool caption = false;
        if (captionDepth == 0 &&
            (tag == GUMBO_TAG_FIGCAPTION || ((tag == GUMBO_TAG_P || tag == GUMBO_TAG_DIV) && startsCaption(dom, i)))) {
            name = QStringLiteral("p");
            caption = true;
        }
        out += QLatin1Char('<') + name;
        if (caption)
            out += QLatin1String(" class=\"caption\"");
        if (tag == GUMBO_TAG_A) {
            appendAttribute(out, "href", href.toString(QUrl::FullyEncoded));
            out += QLatin1String(" rel=\"noopener noreferrer\"");
        }
        if (tag == GUMBO_TAG_TD || tag == GUMBO_TAG_TH) {
            for (const char *span : {"colspan", "rowspan"}) {
                if (const QString v = number(dom.attribute(i, span), 100); !v.isEmpty())
                    appendAttribute(out, span, v);
            }
        }
        if (tag == GUMBO_TAG_OL) {
            if (const QString v = number(dom.attribute(i, "start"), 1000000); !v.isEmpty())
                appendAttribute(out, "start", v);
        }
        if (const QString dir = dom.attribute(i, "dir").trimmed().toLower();
            dir == u"ltr" || dir == u"rtl" || dir == u"auto")
            appendAttribute(out, "dir", dir);
        if (const QString lang = dom.attribute(i, "lang").trimmed();
            !lang.isEmpty() && lang.size() <= 35 &&
            std::all_of(lang.cbegin(), lang.cend(), [](QChar c) { return c.isLetterOrNumber() || c == u'-'; }))
            appendAttribute(out, "lang", lang);
        if (const QString title = dom.attribute(i, "title"); !title.isEmpty() && title.size() <= 500)
            appendAttribute(out, "title", title.simplified());
        out += QLatin1Char('>');
        if (isVoid(tag)) {
            ++i;
            continue;
        }
        open.append({nodeEnd, QStringLiteral("</%1>").arg(name), true, caption});
        ++depth;
        captionDepth += caption ? 1 : 0;
        ++i;
    }
    while (!open.isEmpty())
        out += open.takeLast().close;
    return out;
}

} // namespace Medtour
