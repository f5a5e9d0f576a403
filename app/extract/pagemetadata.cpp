// SPDX-License-Identifier: GPL-3.0-or-later
#include "pagemetadata.h"

#include "html/htmldom.h"
#include "text/dateparser.h"
#include "text/htmltext.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimeZone>

#include <algorithm>
#include <cstring>

using namespace Qt::StringLiterals;

namespace Medtour {

namespace {

const char *const kPublishedKeys[] = {"article:published_time",
                                      "og:article:published_time",
                                      "article:published",
                                      "published_time",
                                      "og:published_time",
                                      "datepublished",
                                      "pubdate",
                                      "publishdate",
                                      "publish-date",
                                      "publish_date",
                                      "article.published",
                                      "sailthru.date",
                                      "parsely-pub-date",
                                      "dc.date.issued",
                                      "dcterms.issued",
                                      "dc.date.created",
                                      "dcterms.created",
                                      "dc.date",
                                      "dcterms.date",
                                      "date",
                                      "cxenseparse:recs:publishtime",
                                      "article_date_original",
                                      "og:regdate",
                                      "nv:date"};
const char *const kUpdatedKeys[] = {"article:modified_time", "og:updated_time", "datemodified",
                                    "dcterms.modified",      "last-modified",   "article.updated"};
const char *const kAuthorKeys[] = {"author",          "article:author", "dc.creator", "dcterms.creator",
                                   "sailthru.author", "parsely-author", "byl",        "og:article:author",
                                   "dable:author"};
const char *const kSeparators[] = {" | ", " - ",  " – ", " — ", " :: ", " · ",  " » ", " « ",
                                   " / ", " ｜ ", " : ", " > ", " < ",  " ＞ ", " ＜ "};

QString clean(const QString &text)
{
    return HtmlText::simplifyWhitespace(HtmlText::decodeEntities(text));
}

bool isArticleType(const QJsonValue &type)
{
    const auto matches = [](const QString &t) {
        return t.endsWith(QLatin1String("Article")) || t == u"BlogPosting" || t == u"Report" ||
               t == u"LiveBlogPosting" || t == u"SocialMediaPosting" || t == u"Posting";
    };
    if (type.isString())
        return matches(type.toString());
    const QJsonArray types = type.toArray();
    return std::any_of(types.begin(), types.end(), [&](const QJsonValue &t) { return matches(t.toString()); });
}

/// Every object in a JSON-LD document (arrays and @graph flattened), breadth first and bounded.
QList<QJsonObject> jsonLdObjects(const QJsonValue &root)
{
    QList<QJsonObject> out;
    QList<QJsonValue> queue{root};
    for (qsizetype k = 0; k < queue.size() && k < 5000; ++k) {
        const QJsonValue value = queue[k];
        if (value.isArray()) {
            const QJsonArray array = value.toArray();
            for (const QJsonValue &item : array)
                queue.append(item);
        } else if (value.isObject()) {
            const QJsonObject object = value.toObject();
            out.append(object);
            if (object.contains(QLatin1String("@graph")))
                queue.append(object.value(QLatin1String("@graph")));
            if (object.contains(QLatin1String("mainEntity")))
                queue.append(object.value(QLatin1String("mainEntity")));
        }
    }
    return out;
}

QStringList personNames(const QJsonValue &value)
{
    QStringList names;
    if (value.isString()) {
        names.append(clean(value.toString()));
    } else if (value.isArray()) {
        const QJsonArray array = value.toArray();
        for (const QJsonValue &item : array)
            names += personNames(item);
    } else if (value.isObject()) {
        // An organisation as author is the outlet (the publisher), not a person.
        if (value.toObject().value(QLatin1String("@type")).toString().endsWith(QLatin1String("Organization")))
            return names;
        const QJsonValue name = value.toObject().value(QLatin1String("name"));
        if (name.isString())
            names.append(clean(name.toString()));
        else if (name.isArray())
            names += personNames(name);
    }
    names.removeIf([](const QString &name) { return name.isEmpty() || name.startsWith(QLatin1String("http")); });
    return names;
}

QString normalizeLang(QString lang)
{
    lang = lang.trimmed().replace(QLatin1Char('_'), QLatin1Char('-'));
    if (lang.size() > 35 || lang.contains(QLatin1Char(' ')))
        return {};
    return lang;
}

QString hostLabel(const QString &host)
{
    QStringList parts = host.toLower().split(QLatin1Char('.'), Qt::SkipEmptyParts);
    while (!parts.isEmpty() &&
           (parts.constFirst() == u"www" || parts.constFirst() == u"m" || parts.constFirst() == u"news"))
        parts.removeFirst();
    return parts.isEmpty() ? QString() : parts.constFirst();
}

bool looksLikeSite(const QString &segment, const QString &siteName, const QString &label)
{
    QString key = segment.toLower();
    key.remove(QLatin1Char(' '));
    if (!siteName.isEmpty()) {
        QString site = siteName.toLower();
        site.remove(QLatin1Char(' '));
        if (key == site || (site.size() >= 3 && (key.contains(site) || site.contains(key))))
            return true;
    }
    return label.size() >= 3 && (key.contains(label) || (key.size() >= 4 && label.contains(key)));
}

/// A heading that is only a link (or an image): the site's logo, not the article's headline.
bool isLogo(const HtmlDom &dom, int heading)
{
    int text = 0;
    int linked = 0;
    for (int j = heading + 1; j < dom.node(heading).end; ++j) {
        if (dom.isElement(j))
            continue;
        const int length = int(dom.text(j).trimmed().size());
        text += length;
        for (int p = dom.node(j).parent; p > heading; p = dom.node(p).parent) {
            if (dom.tag(p) == GUMBO_TAG_A) {
                linked += length;
                break;
            }
        }
    }
    return text == 0 || linked * 5 >= text * 4;
}

} // namespace

QString PageMetadata::stripSiteName(const QString &title, const QString &siteName, const QString &host,
                                    QString *removed, const QStringList &headlines)
{
    const auto isHeadline = [&headlines](const QString &text) {
        return !text.isEmpty() && std::any_of(headlines.cbegin(), headlines.cend(), [&](const QString &h) {
            return h.compare(text, Qt::CaseInsensitive) == 0;
        });
    };
    if (isHeadline(title))
        return title;
    // Any split that leaves exactly one of the page's headlines ("제목 > 의료/건강 | 동양뉴스통신").
    for (const char *sep : kSeparators) {
        const QLatin1String s(sep);
        for (qsizetype at = title.indexOf(s); at > 0; at = title.indexOf(s, at + 1)) {
            const QString left = title.left(at).trimmed();
            const QString right = title.mid(at + s.size()).trimmed();
            if (isHeadline(left))
                return removed ? (*removed = right, left) : left;
            if (isHeadline(right))
                return removed ? (*removed = left, right) : right;
        }
    }
    const QString label = hostLabel(host);
    qsizetype lastAt = -1;
    qsizetype lastLength = 0;
    qsizetype firstAt = -1;
    qsizetype firstLength = 0;
    for (const char *sep : kSeparators) {
        const QLatin1String s(sep);
        if (const qsizetype at = title.lastIndexOf(s); at > lastAt) {
            lastAt = at;
            lastLength = s.size();
        }
        if (const qsizetype at = title.indexOf(s); at >= 0 && (firstAt < 0 || at < firstAt)) {
            firstAt = at;
            firstLength = s.size();
        }
    }
    if (lastAt <= 0)
        return title;
    const QString suffix = title.mid(lastAt + lastLength).trimmed();
    const QString prefix = title.left(lastAt).trimmed();
    const QString head = title.left(firstAt).trimmed();
    const QString tail = title.mid(firstAt + firstLength).trimmed();
    const auto cut = [removed](const QString &keep, const QString &drop) {
        if (removed)
            *removed = drop;
        return keep;
    };
    // The side the page shows as its headline wins; then the side that names the site goes.
    if (isHeadline(prefix))
        return cut(prefix, suffix);
    if (isHeadline(tail))
        return cut(tail, head);
    if (looksLikeSite(suffix, siteName, label))
        return cut(prefix, suffix);
    if (looksLikeSite(head, siteName, label))
        return cut(tail, head);
    // Without a site name: a short last segment next to a long rest is the site's name. (A short first segment is
    // as often a place: "Daejeon - Tashkent flights resume".)
    const bool colon = title.mid(lastAt, lastLength) == u" : ";
    const auto shortName = [](const QString &s) {
        return s.size() <= 30 && s.split(QLatin1Char(' ')).size() <= 4;
    };
    if (siteName.isEmpty() && !colon && shortName(suffix) && prefix.size() >= 2 * suffix.size())
        return cut(prefix, suffix);
    return title;
}

PageMetadata PageMetadata::read(const HtmlDom &dom, const QUrl &baseUrl, bool koreanText)
{
    PageMetadata meta;
    QHash<QString, QString> metas;
    QString headline;
    QString jsonPublished;
    QString jsonUpdated;
    QString jsonSite;
    QStringList jsonAuthors;
    QString itemPublished;
    QString itemUpdated;
    QString timePublished;
    QStringList itemAuthors;
    QUrl canonical;
    QStringList headlines;

    if (dom.size() > 0)
        meta.lang = normalizeLang(dom.attribute(dom.htmlElement(), "lang"));
    for (int i = 0; i < dom.size(); ++i) {
        if (!dom.isElement(i))
            continue;
        switch (dom.tag(i)) {
        case GUMBO_TAG_META: {
            QString key = dom.attribute(i, "property");
            if (key.isEmpty())
                key = dom.attribute(i, "name");
            if (key.isEmpty())
                key = dom.attribute(i, "itemprop");
            if (key.isEmpty())
                key = dom.attribute(i, "http-equiv");
            const QString content = clean(dom.attribute(i, "content"));
            if (!key.isEmpty() && !content.isEmpty() && !metas.contains(key.toLower()))
                metas.insert(key.toLower().trimmed(), content);
            break;
        }
        case GUMBO_TAG_TITLE:
            if (meta.documentTitle.isEmpty() && !dom.node(i).foreign)
                meta.documentTitle = dom.textContent(i);
            break;
        case GUMBO_TAG_LINK: {
            const QStringList rel = dom.attribute(i, "rel").toLower().split(QLatin1Char(' '), Qt::SkipEmptyParts);
            if (rel.contains(QLatin1String("canonical")) && canonical.isEmpty())
                canonical = baseUrl.resolved(QUrl(dom.attribute(i, "href").trimmed()));
            break;
        }
        case GUMBO_TAG_H1:
            if (meta.headings.size() < 5 && !isLogo(dom, i))
                meta.headings.append(dom.textContent(i));
            break;
        case GUMBO_TAG_H2:
        case GUMBO_TAG_H3:
        case GUMBO_TAG_P:
        case GUMBO_TAG_DIV:
        case GUMBO_TAG_TD:
        case GUMBO_TAG_SPAN:
        case GUMBO_TAG_STRONG:
        case GUMBO_TAG_B:
            if (headlines.size() < 30 && dom.node(i).end - i < 40) {
                const QString names = dom.classAndId(i);
                if (dom.tag(i) == GUMBO_TAG_H2 || names.contains(QLatin1String("title")) ||
                    names.contains(QLatin1String("headline")) || names.contains(QLatin1String("tit")) ||
                    names.contains(QLatin1String("subject")) || names.contains(QLatin1String("heading")) ||
                    dom.tag(i) == GUMBO_TAG_B) {
                    if (const QString text = dom.textContent(i); text.size() >= 5 && text.size() <= 200)
                        headlines.append(text);
                }
            }
            break;
        case GUMBO_TAG_TIME:
            if (timePublished.isEmpty()) {
                const QString cls = dom.classAndId(i);
                if (dom.hasAttribute(i, "pubdate") || cls.contains(QLatin1String("publish")) ||
                    cls.contains(QLatin1String("entry-date")))
                    timePublished = dom.attribute(i, "datetime");
            }
            break;
        case GUMBO_TAG_SCRIPT:
            if (dom.attribute(i, "type").trimmed().toLower() == u"application/ld+json" && i + 1 < dom.node(i).end) {
                // Templates wrap the JSON in comment or CDATA markers ("<![CDATA[ … ]]>", "//<![CDATA[").
                QString json = dom.text(i + 1).trimmed();
                for (const char *open : {"//<![CDATA[", "<![CDATA[", "<!--"}) {
                    if (json.startsWith(QLatin1String(open)))
                        json = json.mid(qsizetype(std::strlen(open))).trimmed();
                }
                for (const char *close : {"//]]>", "]]>", "-->"}) {
                    if (json.endsWith(QLatin1String(close)))
                        json = json.chopped(qsizetype(std::strlen(close))).trimmed();
                }
                const QJsonDocument doc = QJsonDocument::fromJson(json.toUtf8());
                const QJsonValue root = doc.isArray() ? QJsonValue(doc.array()) : QJsonValue(doc.object());
                for (const QJsonObject &object : jsonLdObjects(root)) {
                    if (!isArticleType(object.value(QLatin1String("@type"))))
                        continue;
                    if (headline.isEmpty())
                        headline = clean(object.value(QLatin1String("headline")).toString());
                    if (jsonPublished.isEmpty())
                        jsonPublished = object.value(QLatin1String("datePublished")).toString();
                    if (jsonUpdated.isEmpty())
                        jsonUpdated = object.value(QLatin1String("dateModified")).toString();
                    if (jsonAuthors.isEmpty())
                        jsonAuthors = personNames(object.value(QLatin1String("author")));
                    if (jsonSite.isEmpty())
                        jsonSite = clean(object.value(QLatin1String("publisher"))
                                             .toObject()
                                             .value(QLatin1String("name"))
                                             .toString());
                    if (meta.lang.isEmpty())
                        meta.lang = normalizeLang(object.value(QLatin1String("inLanguage")).toString());
                }
            }
            break;
        default:
            break;
        }
        const QString itemprop = dom.attribute(i, "itemprop").toLower();
        if (itemprop.isEmpty() || dom.tag(i) == GUMBO_TAG_META)
            continue;
        const auto value = [&] {
            for (const char *attr : {"content", "datetime"}) {
                if (const QString v = dom.attribute(i, attr); !v.isEmpty())
                    return v;
            }
            return dom.textContent(i);
        };
        if (itemprop == u"datepublished" && itemPublished.isEmpty())
            itemPublished = value();
        else if (itemprop == u"datemodified" && itemUpdated.isEmpty())
            itemUpdated = value();
        else if ((itemprop == u"author" || itemprop.split(u' ', Qt::SkipEmptyParts).contains(u"author"_s)) &&
                 itemAuthors.size() < 5) {
            QString name;
            for (int j = i + 1; j < dom.node(i).end && name.isEmpty(); ++j) {
                if (dom.isElement(j) && dom.attribute(j, "itemprop").toLower() == u"name")
                    name =
                        dom.attribute(j, "content").isEmpty() ? dom.textContent(j) : clean(dom.attribute(j, "content"));
            }
            if (name.isEmpty())
                name = value();
            if (!name.isEmpty() && name.size() < 80)
                itemAuthors.append(clean(name));
        }
    }

    if (meta.lang.isEmpty())
        meta.lang = normalizeLang(metas.value(QStringLiteral("content-language")).section(QLatin1Char(','), 0, 0));
    if (meta.lang.isEmpty())
        meta.lang = normalizeLang(metas.value(QStringLiteral("og:locale")));

    meta.siteName = metas.value(QStringLiteral("og:site_name"));
    if (meta.siteName.isEmpty())
        meta.siteName = jsonSite;
    if (meta.siteName.isEmpty())
        meta.siteName = metas.value(QStringLiteral("application-name"));
    meta.description = metas.value(QStringLiteral("og:description"), metas.value(QStringLiteral("description")));

    meta.canonicalUrl = canonical;
    if (meta.canonicalUrl.isEmpty() && metas.contains(QStringLiteral("og:url")))
        meta.canonicalUrl = baseUrl.resolved(QUrl(metas.value(QStringLiteral("og:url"))));
    if (!meta.canonicalUrl.isValid() ||
        !(meta.canonicalUrl.scheme() == u"http" || meta.canonicalUrl.scheme() == u"https"))
        meta.canonicalUrl.clear();

    // Title: og:title (or another declared title), else the JSON-LD headline, else an <h1> that <title> contains,
    // else <title>; the site name comes off in every case.
    const QString host = baseUrl.host();
    QString declared = metas.value(QStringLiteral("og:title"));
    if (declared.isEmpty())
        declared = metas.value(QStringLiteral("twitter:title"));
    if (declared.isEmpty())
        declared = metas.value(QStringLiteral("dc.title"));
    QString removed;
    headlines += meta.headings;
    const QString fromDocument = stripSiteName(meta.documentTitle, meta.siteName, host, &removed, headlines);
    if (meta.siteName.isEmpty() && !removed.isEmpty())
        meta.siteName = removed;
    meta.declaredTitle = !declared.isEmpty() || !headline.isEmpty();
    {
        QStringList parts{meta.documentTitle};
        for (const char *sep : kSeparators) {
            QStringList next;
            for (const QString &part : std::as_const(parts))
                next += part.split(QLatin1String(sep), Qt::SkipEmptyParts);
            parts = next;
        }
        for (const QString &part : std::as_const(parts)) {
            if (const QString p = part.trimmed(); !p.isEmpty() && p != meta.documentTitle.trimmed())
                meta.titleParts.append(p);
        }
    }
    if (!declared.isEmpty()) {
        meta.title = stripSiteName(declared, meta.siteName, host, nullptr, headlines);
    } else if (!headline.isEmpty()) {
        meta.title = headline;
    } else {
        for (const QString &h1 : std::as_const(meta.headings)) {
            if (h1.size() >= 4 && meta.documentTitle.contains(h1, Qt::CaseInsensitive) &&
                h1.size() * 2 >= fromDocument.size() && !looksLikeSite(h1, meta.siteName, hostLabel(host))) {
                meta.title = h1;
                break;
            }
        }
        if (meta.title.isEmpty())
            meta.title = fromDocument;
    }

    // Dates.
    const bool korean = koreanText || meta.lang.startsWith(QLatin1String("ko"), Qt::CaseInsensitive) ||
                        host.endsWith(QLatin1String(".kr"));
    const QTimeZone zone = korean ? QTimeZone("Asia/Seoul") : QTimeZone::utc();
    const auto parse = [&zone](const QString &text) {
        return DateParser::parse(text.trimmed(), zone);
    };
    QStringList publishedCandidates{jsonPublished};
    for (const char *key : kPublishedKeys)
        publishedCandidates.append(metas.value(QLatin1String(key)));
    publishedCandidates << itemPublished << timePublished;
    for (const QString &candidate : std::as_const(publishedCandidates)) {
        if (candidate.isEmpty())
            continue;
        const QDateTime dt = parse(candidate);
        if (dt.isValid()) {
            meta.published = dt;
            meta.publishedText = candidate;
            break;
        }
    }
    QStringList updatedCandidates{jsonUpdated};
    for (const char *key : kUpdatedKeys)
        updatedCandidates.append(metas.value(QLatin1String(key)));
    updatedCandidates << itemUpdated;
    for (const QString &candidate : std::as_const(updatedCandidates)) {
        if (const QDateTime dt = candidate.isEmpty() ? QDateTime() : parse(candidate); dt.isValid()) {
            meta.updated = dt;
            break;
        }
    }

    // Authors.
    meta.authors = jsonAuthors;
    if (meta.authors.isEmpty())
        meta.authors = itemAuthors;
    if (meta.authors.isEmpty()) {
        for (const char *key : kAuthorKeys) {
            const QString value = metas.value(QLatin1String(key));
            if (!value.isEmpty() && !value.startsWith(QLatin1String("http")) && !value.startsWith(QLatin1Char('@')) &&
                value.size() < 100) {
                meta.authors.append(value);
                break;
            }
        }
    }
    return meta;
}

} // namespace Medtour
