// SPDX-License-Identifier: GPL-3.0-or-later
#include "embeddedarticle.h"

#include "html/htmldom.h"
#include "text/dateparser.h"
#include "text/htmltext.h"

#include <QDateTime>
#include <QJsonArray>
#include <QRegularExpression>

#include <utility>

namespace Medtour {

namespace {

// Keys whose string value is an article's body, compared lower-case (Next.js pages name it as their API does).
const char *const kBodyKeys[] = {"articlebody",     "article_body", "body",         "bodyhtml",     "body_html",
                                 "content",         "contents",     "contenthtml",  "content_html", "articlecontent",
                                 "article_content", "newscontent",  "news_content", "html",         "text",
                                 "story",           "storybody",    "maintext",     "fulltext",     "detail"};
const char *const kTitleKeys[] = {"headline", "title", "subject", "newstitle", "news_title", "articletitle"};
const char *const kDateKeys[] = {"datepublished", "first_publish_date",
                                 "display_date",  "publish_date",
                                 "publishdate",   "publishedat",
                                 "published_at",  "published",
                                 "pubdate",       "createdat",
                                 "created_at",    "regdate",
                                 "reg_date",      "regdt",
                                 "servicedate",   "service_date",
                                 "inputdate",     "input_date",
                                 "date"};
const char *const kAuthorKeys[] = {"author",   "authors",   "byline",       "writer",     "writers",
                                   "reporter", "reporters", "reportername", "writername", "author_name"};
const char *const kEmailKeys[] = {"email", "reporteremail", "reporter_email", "writeremail", "mail"};

bool keyIn(const QString &key, const char *const *list, size_t count)
{
    const QString lower = key.toLower();
    for (size_t k = 0; k < count; ++k) {
        if (lower == QLatin1String(list[k]))
            return true;
    }
    return false;
}

/// Paragraphs of a body value: HTML split at its blocks, or plain text split at its line breaks.
void addParagraphs(const QString &body, QStringList &paragraphs, QStringList &captions, int maxParagraphs)
{
    static const QRegularExpression tag(QStringLiteral("<\\s*(?:p|br|div|h[1-6]|li|figure|blockquote)\\b"),
                                        QRegularExpression::CaseInsensitiveOption);
    if (!body.contains(tag)) {
        for (const QString &line : HtmlText::decodeEntities(body).split(u'\n')) {
            if (const QString p = HtmlText::simplifyWhitespace(line); !p.isEmpty() && paragraphs.size() < maxParagraphs)
                paragraphs.append(p);
        }
        return;
    }
    const HtmlDom dom(body);
    QString text;
    bool caption = false;
    const auto flush = [&] {
        if (const QString p = HtmlText::simplifyWhitespace(text); !p.isEmpty() && paragraphs.size() < maxParagraphs)
            (caption ? captions : paragraphs).append(p);
        text.clear();
    };
    QList<int> open; // elements whose end closes a block
    const int root = dom.body() >= 0 ? dom.body() : 0;
    for (int i = root + 1; i < dom.node(root).end;) {
        while (!open.isEmpty() && i >= dom.node(open.constLast()).end) {
            const int closed = open.takeLast();
            flush();
            if (dom.tag(closed) == GUMBO_TAG_FIGCAPTION)
                caption = false;
        }
        if (!dom.isElement(i)) {
            text += dom.text(i);
            ++i;
            continue;
        }
        switch (dom.tag(i)) {
        case GUMBO_TAG_SCRIPT:
        case GUMBO_TAG_STYLE:
        case GUMBO_TAG_NOSCRIPT:
        case GUMBO_TAG_TEMPLATE:
        case GUMBO_TAG_IFRAME:
        case GUMBO_TAG_SVG:
            i = dom.node(i).end;
            continue;
        case GUMBO_TAG_BR:
            flush();
            ++i;
            continue;
        default:
            break;
        }
        if (HtmlDom::isBlock(dom.tag(i)) || dom.tag(i) == GUMBO_TAG_FIGCAPTION) {
            flush();
            open.append(i);
            caption = caption || dom.tag(i) == GUMBO_TAG_FIGCAPTION;
        }
        ++i;
    }
    flush();
}

QString stringOf(const QJsonValue &value)
{
    if (value.isString())
        return value.toString();
    // Arc's { "basic": "…" } and JSON-LD's { "@value": "…" }.
    const QJsonObject object = value.toObject();
    for (const char *key : {"basic", "@value", "value", "name"}) {
        if (const QJsonValue v = object.value(QLatin1String(key)); v.isString())
            return v.toString();
    }
    return {};
}

/// Names in an author value: "홍길동 기자", {"name": …}, [{…}, …], Arc credits {"by": [{…}]}.
void addNames(const QJsonValue &value, QStringList &names, QStringList &emails, int budget = 20)
{
    if (budget <= 0)
        return;
    if (value.isString()) {
        if (const QString name = HtmlText::simplifyWhitespace(value.toString());
            !name.isEmpty() && name.size() <= 80 && !name.startsWith(QLatin1String("http")) && !names.contains(name))
            names.append(name);
    } else if (value.isArray()) {
        const QJsonArray array = value.toArray();
        for (const QJsonValue &item : array)
            addNames(item, names, emails, budget - 1);
    } else if (value.isObject()) {
        const QJsonObject object = value.toObject();
        if (object.contains(QLatin1String("by"))) // Arc credits
            addNames(object.value(QLatin1String("by")), names, emails, budget - 1);
        for (const char *key : {"name", "byline", "reporterName", "writerName"}) {
            if (const QJsonValue v = object.value(QLatin1String(key)); v.isString()) {
                addNames(v, names, emails, budget - 1);
                break;
            }
        }
        // E-mails beside the name, or in Arc's additional_properties.original.
        const QJsonObject original =
            object.value(QLatin1String("additional_properties")).toObject().value(QLatin1String("original")).toObject();
        for (const QJsonObject &o : {object, original}) {
            for (auto it = o.constBegin(); it != o.constEnd(); ++it) {
                const QString email = it.value().toString().trimmed().toLower();
                if (keyIn(it.key(), kEmailKeys, std::size(kEmailKeys)) && email.contains(u'@') &&
                    !email.contains(u' ') && !emails.contains(email))
                    emails.append(email);
            }
        }
    }
}

/// The body an object carries: Arc's content_elements, or the longest string under a body key.
QStringList bodyOf(const QJsonObject &object, QStringList &captions, int maxParagraphs)
{
    QStringList paragraphs;
    if (const QJsonValue elements = object.value(QLatin1String("content_elements")); elements.isArray()) {
        const QJsonArray array = elements.toArray();
        for (const QJsonValue &element : array) {
            const QJsonObject e = element.toObject();
            const QString type = e.value(QLatin1String("type")).toString();
            if (type == u"image") {
                if (const QString caption = HtmlText::simplifyWhitespace(
                        HtmlText::toPlainText(e.value(QLatin1String("caption")).toString()));
                    !caption.isEmpty())
                    captions.append(caption);
            } else if (type == u"text" || type == u"header" || type == u"paragraph")
                addParagraphs(e.value(QLatin1String("content")).toString(), paragraphs, captions, maxParagraphs);
            else if (type == u"list")
                for (const QJsonValue &item : e.value(QLatin1String("items")).toArray())
                    addParagraphs(item.toObject().value(QLatin1String("content")).toString(), paragraphs, captions,
                                  maxParagraphs);
        }
        if (!paragraphs.isEmpty())
            return paragraphs;
    }
    QString best;
    for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
        if (it.value().isString() && keyIn(it.key(), kBodyKeys, std::size(kBodyKeys)) &&
            it.value().toString().size() > best.size())
            best = it.value().toString();
    }
    if (best.size() >= 200)
        addParagraphs(best, paragraphs, captions, maxParagraphs);
    return paragraphs;
}

qsizetype charsOf(const QStringList &paragraphs)
{
    qsizetype n = 0;
    for (const QString &p : paragraphs)
        n += p.size();
    return n;
}

QString dateOf(const QJsonObject &object)
{
    for (const char *key : kDateKeys) {
        for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
            if (it.key().compare(QLatin1String(key), Qt::CaseInsensitive) != 0)
                continue;
            const QJsonValue v = it.value();
            if (v.isString() && !v.toString().isEmpty())
                return v.toString();
            if (v.isDouble() && v.toDouble() > 1e9) { // epoch seconds or milliseconds
                const double value = v.toDouble();
                const qint64 ms = value > 1e12 ? qint64(value) : qint64(value * 1000);
                return DateParser::toIsoUtc(QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC));
            }
        }
    }
    return {};
}

} // namespace

qsizetype EmbeddedArticle::chars() const
{
    return charsOf(paragraphs);
}

EmbeddedArticle EmbeddedArticle::find(const QJsonValue &root, Origin origin, const Limits &limits)
{
    EmbeddedArticle out;
    QJsonObject best;
    qsizetype bestChars = 0;
    QList<std::pair<QJsonValue, int>> stack{{root, 0}};
    int visited = 0;
    while (!stack.isEmpty() && visited++ < limits.maxValues) {
        const auto [value, depth] = stack.takeLast();
        if (value.isArray()) {
            if (depth >= limits.json.maxDepth)
                continue;
            const QJsonArray array = value.toArray();
            for (qsizetype k = array.size() - 1; k >= 0; --k)
                stack.append({array.at(k), depth + 1});
            continue;
        }
        if (!value.isObject())
            continue;
        const QJsonObject object = value.toObject();
        QStringList captions;
        const QStringList paragraphs = bodyOf(object, captions, limits.maxParagraphs);
        if (const qsizetype n = charsOf(paragraphs); n > bestChars) {
            bestChars = n;
            best = object;
            out.paragraphs = paragraphs;
            out.captions = captions;
        }
        if (depth >= limits.json.maxDepth)
            continue;
        for (auto it = object.constEnd(); it != object.constBegin();) {
            --it;
            if (it.value().isObject() || it.value().isArray())
                stack.append({it.value(), depth + 1});
        }
    }
    if (out.paragraphs.isEmpty())
        return out;
    out.origin = origin;
    for (const char *key : kTitleKeys) {
        for (auto it = best.constBegin(); it != best.constEnd() && out.title.isEmpty(); ++it) {
            if (it.key().compare(QLatin1String(key), Qt::CaseInsensitive) == 0)
                out.title = HtmlText::simplifyWhitespace(HtmlText::decodeEntities(stringOf(it.value())));
        }
        if (!out.title.isEmpty())
            break;
    }
    if (out.title.isEmpty()) // Arc: "headlines": {"basic": …}
        out.title = HtmlText::simplifyWhitespace(stringOf(best.value(QLatin1String("headlines"))));
    out.publishedText = dateOf(best);
    addNames(best.value(QLatin1String("credits")), out.authors, out.emails);
    for (auto it = best.constBegin(); it != best.constEnd(); ++it) {
        if (keyIn(it.key(), kAuthorKeys, std::size(kAuthorKeys)))
            addNames(it.value(), out.authors, out.emails);
    }
    return out;
}

EmbeddedArticle EmbeddedArticle::read(const HtmlDom &dom, const Limits &limits)
{
    EmbeddedArticle best;
    int parsed = 0;
    for (int i = 0; i < dom.size() && parsed < limits.maxScripts; ++i) {
        if (!dom.isElement(i) || dom.tag(i) != GUMBO_TAG_SCRIPT || i + 1 >= dom.node(i).end || dom.isElement(i + 1))
            continue;
        const QString &script = dom.text(i + 1);
        if (script.size() > limits.json.maxChars)
            continue;
        const QString type = dom.attribute(i, "type").trimmed().toLower();
        EmbeddedArticle found;
        if (type == u"application/ld+json") {
            ++parsed;
            found = find(EmbeddedJson::parse(script, limits.json), Origin::JsonLd, limits);
        } else if (type == u"application/json" || dom.attribute(i, "id") == u"__NEXT_DATA__") {
            ++parsed;
            found = find(EmbeddedJson::parse(script, limits.json), Origin::NextData, limits);
        } else if (type.isEmpty() || type.contains(QLatin1String("javascript"))) {
            for (const QString &name : EmbeddedJson::knownAssignments()) {
                if (!script.contains(name))
                    continue;
                ++parsed;
                found = find(EmbeddedJson::assigned(script, name, limits.json), Origin::Script, limits);
                if (!found.isEmpty())
                    break;
            }
        }
        if (found.chars() > best.chars())
            best = std::move(found);
    }
    return best;
}

} // namespace Medtour
