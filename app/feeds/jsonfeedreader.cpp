// SPDX-License-Identifier: GPL-3.0-or-later
#include "jsonfeedreader.h"

#include "feeds/feedtext.h"
#include "text/dateparser.h"
#include "text/htmltext.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace Medtour::JsonFeedReader {

namespace {

/// Names from JSON Feed 1.0's "author" and 1.1's "authors" (feeds that migrated often carry both).
QStringList authorNames(const QJsonObject &object)
{
    QStringList names;
    const QString single = FeedText::plainFromText(object.value(u"author").toObject().value(u"name").toString());
    if (!single.isEmpty())
        names << single;
    for (const QJsonValue author : object.value(u"authors").toArray()) {
        const QString name = FeedText::plainFromText(author.toObject().value(u"name").toString());
        if (!name.isEmpty() && !names.contains(name))
            names << name;
    }
    return names;
}

/// "https://jsonfeed.org/version/1.1", or a bare "1.1" as some generators write it.
bool isJsonFeedVersion(const QString &version)
{
    if (version.startsWith(u"https://jsonfeed.org/version/") || version.startsWith(u"http://jsonfeed.org/version/"))
        return true;
    return version == u"1" || version == u"1.0" || version == u"1.1";
}

} // namespace

void read(const QString &text, const FeedParseOptions &options, ParsedFeed &feed)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(text.toUtf8(), &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject()) {
        feed.errors
            << QStringLiteral("not a feed: invalid JSON (%1 at offset %2)").arg(error.errorString()).arg(error.offset);
        return;
    }
    const QJsonObject root = doc.object();
    const QString version = root.value(u"version").toString();
    if (!isJsonFeedVersion(version)) {
        feed.errors << QStringLiteral("not a feed: JSON without a JSON Feed version");
        return;
    }
    feed.format = version.endsWith(u"1.1") ? QStringLiteral("json1.1") : QStringLiteral("json1.0");
    const QUrl base = FeedText::documentBase(options);
    feed.title = FeedText::plain(root.value(u"title").toString());
    feed.link = FeedText::resolve(base, root.value(u"home_page_url").toString());
    feed.description = FeedText::plain(root.value(u"description").toString());
    feed.language = FeedText::normalizeLanguage(root.value(u"language").toString());
    const QStringList feedAuthors = authorNames(root);

    const QJsonArray items = root.value(u"items").toArray();
    for (const QJsonValue value : items) {
        if (feed.items.size() >= options.maxItems) {
            feed.errors << QStringLiteral("too many items; kept the first %1").arg(options.maxItems);
            break;
        }
        const QJsonObject object = value.toObject();
        FeedItem item;
        const QJsonValue id = object.value(u"id");
        item.id = id.isDouble() ? QString::number(id.toDouble(), 'g', 17) : id.toString();
        item.title = FeedText::plain(object.value(u"title").toString());
        item.link = FeedText::resolve(base, object.value(u"url").toString());
        if (item.link.isEmpty())
            item.link = FeedText::resolve(base, object.value(u"external_url").toString());
        item.contentHtml = FeedText::cleanHtml(object.value(u"content_html").toString(), base);
        const QString contentText = object.value(u"content_text").toString();
        if (item.contentHtml.isEmpty() && !contentText.isEmpty())
            item.contentHtml = FeedText::textToHtml(contentText);
        item.summary = FeedText::plainFromText(object.value(u"summary").toString());
        item.authors = authorNames(object);
        if (item.authors.isEmpty())
            item.authors = feedAuthors;
        for (const QJsonValue tag : object.value(u"tags").toArray()) {
            const QString term = FeedText::plainFromText(tag.toString());
            if (!term.isEmpty() && !item.categories.contains(term))
                item.categories << term;
        }
        item.language = FeedText::normalizeLanguage(object.value(u"language").toString());
        item.thumbnail = FeedText::resolve(base, object.value(u"image").toString());
        for (const QJsonValue attachment : object.value(u"attachments").toArray()) {
            const QJsonObject a = attachment.toObject();
            Enclosure enclosure;
            enclosure.url = FeedText::resolve(base, a.value(u"url").toString());
            enclosure.type = a.value(u"mime_type").toString();
            enclosure.length = qint64(a.value(u"size_in_bytes").toDouble());
            if (enclosure.url.isValid())
                item.enclosures << enclosure;
        }
        const QTimeZone zone = FeedText::zoneFor(options, item.language.isEmpty() ? feed.language : item.language,
                                                 QString(item.title + item.summary));
        item.published = DateParser::parse(object.value(u"date_published").toString(), zone);
        item.updated = DateParser::parse(object.value(u"date_modified").toString(), zone);
        feed.items << item;
    }
}

} // namespace Medtour::JsonFeedReader
