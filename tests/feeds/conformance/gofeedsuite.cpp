// SPDX-License-Identifier: GPL-3.0-or-later
// gofeed (mmcdole/gofeed) testdata: NAME.xml + NAME.json, where a missing key means the empty value.
#include "comparators.h"
#include "feeds/feedparser.h"
#include "modelcompare.h"
#include "scoreboard.h"
#include "suites.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace Medtour::Conformance {

namespace {

enum class Model
{
    AtomParser,
    RssParser,
    JsonParser,
    Universal
};

QString str(const QJsonObject &o, QLatin1StringView key)
{
    const QJsonValue v = o.value(key);
    if (v.isDouble())
        return QString::number(v.toDouble(), 'g', 17);
    return v.toString();
}

qint64 number(const QJsonValue &v)
{
    return v.isDouble() ? qint64(v.toDouble()) : v.toString().trimmed().toLongLong();
}

QDateTime parsedDate(const QJsonObject &o, QLatin1StringView key)
{
    return Compare::parseRfc3339(o.value(key).toString());
}

/// Atom links: the first alternate (or rel-less) link, as feed-rs and our model choose it.
QString alternateLink(const QJsonArray &links)
{
    for (const QJsonValue v : links) {
        const QJsonObject link = v.toObject();
        const QString rel = link.value(QLatin1StringView("rel")).toString();
        if (rel.isEmpty() || rel == u"alternate")
            return link.value(QLatin1StringView("href")).toString();
    }
    return {};
}

QStringList names(const QJsonArray &people, QLatin1StringView key)
{
    QStringList out;
    for (const QJsonValue v : people) {
        const QString name = v.isString() ? v.toString() : v.toObject().value(key).toString();
        if (!name.isEmpty())
            out << name;
    }
    return out;
}

QList<ExpectedEnclosure> enclosures(const QJsonArray &list, QLatin1StringView typeKey, QLatin1StringView lengthKey)
{
    QList<ExpectedEnclosure> out;
    for (const QJsonValue v : list) {
        const QJsonObject e = v.toObject();
        out.append(
            {e.value(QLatin1StringView("url")).toString(), e.value(typeKey).toString(), number(e.value(lengthKey))});
    }
    return out;
}

ExpectedItem atomItem(const QJsonObject &e)
{
    ExpectedItem item;
    item.title = str(e, QLatin1StringView("title"));
    item.link = alternateLink(e.value(QLatin1StringView("links")).toArray());
    item.id = str(e, QLatin1StringView("id"));
    item.published = parsedDate(e, QLatin1StringView("publishedParsed"));
    item.updated = parsedDate(e, QLatin1StringView("updatedParsed"));
    item.summary = str(e, QLatin1StringView("summary"));
    item.content = e.value(QLatin1StringView("content")).toObject().value(QLatin1StringView("value")).toString();
    item.authors = names(e.value(QLatin1StringView("authors")).toArray(), QLatin1StringView("name"));
    item.categories = names(e.value(QLatin1StringView("categories")).toArray(), QLatin1StringView("term"));
    return item;
}

ExpectedItem rssItem(const QJsonObject &e)
{
    ExpectedItem item;
    item.title = str(e, QLatin1StringView("title"));
    item.link = str(e, QLatin1StringView("link"));
    item.id = e.value(QLatin1StringView("guid")).toObject().value(QLatin1StringView("value")).toString();
    item.published = parsedDate(e, QLatin1StringView("pubDateParsed"));
    item.summary = str(e, QLatin1StringView("description"));
    item.content = str(e, QLatin1StringView("content"));
    item.categories = names(e.value(QLatin1StringView("categories")).toArray(), QLatin1StringView("value"));
    QJsonArray list = e.value(QLatin1StringView("enclosures")).toArray();
    if (list.isEmpty() && e.contains(QLatin1StringView("enclosure")))
        list.append(e.value(QLatin1StringView("enclosure")));
    item.enclosures = enclosures(list, QLatin1StringView("type"), QLatin1StringView("length"));
    return item;
}

ExpectedItem jsonItem(const QJsonObject &e)
{
    ExpectedItem item;
    item.title = str(e, QLatin1StringView("title"));
    item.link = str(e, QLatin1StringView("url"));
    item.id = str(e, QLatin1StringView("id"));
    item.published = parsedDate(e, QLatin1StringView("date_published"));
    item.updated = parsedDate(e, QLatin1StringView("date_modified"));
    item.summary = str(e, QLatin1StringView("summary"));
    item.content = str(e, QLatin1StringView("content_html"));
    if (item.content->isEmpty())
        item.content = str(e, QLatin1StringView("content_text"));
    QStringList authors = names(e.value(QLatin1StringView("authors")).toArray(), QLatin1StringView("name"));
    if (authors.isEmpty())
        authors = names(QJsonArray{e.value(QLatin1StringView("author"))}, QLatin1StringView("name"));
    item.authors = authors;
    item.categories = names(e.value(QLatin1StringView("tags")).toArray(), QLatin1StringView("name"));
    item.enclosures = enclosures(e.value(QLatin1StringView("attachments")).toArray(), QLatin1StringView("mime_type"),
                                 QLatin1StringView("size_in_bytes"));
    return item;
}

ExpectedItem universalItem(const QJsonObject &e)
{
    ExpectedItem item;
    item.title = str(e, QLatin1StringView("title"));
    item.link = str(e, QLatin1StringView("link"));
    item.id = str(e, QLatin1StringView("guid"));
    item.published = parsedDate(e, QLatin1StringView("publishedParsed"));
    item.updated = parsedDate(e, QLatin1StringView("updatedParsed"));
    item.summary = str(e, QLatin1StringView("description"));
    item.content = str(e, QLatin1StringView("content"));
    QStringList authors = names(e.value(QLatin1StringView("authors")).toArray(), QLatin1StringView("name"));
    if (authors.isEmpty())
        authors = names(QJsonArray{e.value(QLatin1StringView("author"))}, QLatin1StringView("name"));
    item.authors = authors;
    item.categories = names(e.value(QLatin1StringView("categories")).toArray(), QLatin1StringView("term"));
    item.enclosures = enclosures(e.value(QLatin1StringView("enclosures")).toArray(), QLatin1StringView("type"),
                                 QLatin1StringView("length"));
    return item;
}

ExpectedFeed expectedFeed(const QJsonObject &o, Model model)
{
    ExpectedFeed feed;
    feed.title = str(o, QLatin1StringView("title"));
    feed.language = str(o, QLatin1StringView("language"));
    QLatin1StringView itemsKey("items");
    switch (model) {
    case Model::AtomParser:
        feed.link = alternateLink(o.value(QLatin1StringView("links")).toArray());
        feed.description = str(o, QLatin1StringView("subtitle"));
        itemsKey = QLatin1StringView("entries");
        break;
    case Model::RssParser:
    case Model::Universal:
        feed.link = str(o, QLatin1StringView("link"));
        feed.description = str(o, QLatin1StringView("description"));
        break;
    case Model::JsonParser:
        feed.link = str(o, QLatin1StringView("home_page_url"));
        feed.description = str(o, QLatin1StringView("description"));
        break;
    }
    const QJsonArray items = o.value(itemsKey).toArray();
    feed.itemCount = int(items.size());
    for (const QJsonValue v : items) {
        const QJsonObject e = v.toObject();
        switch (model) {
        case Model::AtomParser:
            feed.items << atomItem(e);
            break;
        case Model::RssParser:
            feed.items << rssItem(e);
            break;
        case Model::JsonParser:
            feed.items << jsonItem(e);
            break;
        case Model::Universal:
            feed.items << universalItem(e);
            break;
        }
    }
    return feed;
}

Model modelFor(const QString &folder)
{
    if (folder == u"parser/atom")
        return Model::AtomParser;
    if (folder == u"parser/rss")
        return Model::RssParser;
    if (folder == u"parser/json")
        return Model::JsonParser;
    return Model::Universal;
}

} // namespace

int runGofeed(const QString &root, Scoreboard &board)
{
    QStringList inputs;
    QDirIterator it(root, {QStringLiteral("*.xml"), QStringLiteral("*.json")}, QDir::Files,
                    QDirIterator::Subdirectories);
    while (it.hasNext())
        inputs << it.next();
    inputs.sort();
    int cases = 0;
    for (const QString &input : std::as_const(inputs)) {
        if (input.endsWith(u"_expected.json"))
            continue;
        const QString base = input.left(input.lastIndexOf(u'.'));
        QString expectation = base + u"_expected.json";
        if (!QFile::exists(expectation))
            expectation = input.endsWith(u".xml") ? base + u".json" : QString();
        if (expectation.isEmpty() || !QFile::exists(expectation))
            continue; // parser/universal and json/invalid have no expectation (format detection only)
        const QString relative = QDir(root).relativeFilePath(input);
        const QString folder = relative.section(u'/', 0, 1);
        const CaseRef ref{QStringLiteral("gofeed"), folder, relative};
        const QJsonObject expected = QJsonDocument::fromJson(readFile(expectation)).object();
        // parser/* describe elements (no published date unless the entry had one); translator/* is gofeed's
        // universal model, which like ours falls back to <updated>.
        const Model model = modelFor(folder);
        ParsedFeed parsed = FeedParser::parse(readFile(input), {});
        if (model != Model::Universal)
            parsed = elementDates(parsed);
        compareFeed(ref, expectedFeed(expected, model), parsed, board);
        ++cases;
    }
    return cases;
}

} // namespace Medtour::Conformance
