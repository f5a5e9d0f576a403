// SPDX-License-Identifier: GPL-3.0-or-later
// feed-rs fixtures: NAME.xml / NAME.json + NAME.serde.json (the full feed-rs model; null means absent).
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
#include <QRegularExpression>

namespace Medtour::Conformance {

namespace {

QString content(const QJsonValue &text, QLatin1StringView key = QLatin1StringView("content"))
{
    return text.toObject().value(key).toString();
}

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

QStringList field(const QJsonArray &list, QLatin1StringView key)
{
    QStringList out;
    for (const QJsonValue v : list)
        out << v.toObject().value(key).toString();
    return out;
}

/// feed-rs invents an id when the feed has none: an MD5 in hex or a UUID. Those are not compared.
bool isGeneratedId(const QString &id)
{
    static const QRegularExpression md5(QStringLiteral("^[0-9a-f]{28,32}$")); // leading zeros may be dropped
    static const QRegularExpression uuid(
        QStringLiteral("^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$"));
    return md5.match(id).hasMatch() || uuid.match(id).hasMatch();
}

} // namespace

int runFeedRs(const QString &root, Scoreboard &board)
{
    QStringList expectations;
    QDirIterator it(root, {QStringLiteral("*.serde.json")}, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext())
        expectations << it.next();
    expectations.sort();
    int cases = 0;
    for (const QString &expectation : std::as_const(expectations)) {
        const QString base = expectation.chopped(int(qstrlen(".serde.json")));
        const QString input =
            QFile::exists(QString(base + u".xml")) ? QString(base + u".xml") : QString(base + u".json");
        const QString relative = QDir(root).relativeFilePath(input);
        const CaseRef ref{QStringLiteral("feed-rs"), relative.section(u'/', 0, 0), relative};
        const QJsonObject o = QJsonDocument::fromJson(readFile(expectation)).object();
        // feed-rs's model: published as the feed gave it; an RSS 0.9x/2.0 item's updated repeats its pubDate,
        // and RSS 1.0's dc:date is only the publication date (we read it as both, like gofeed).
        ParsedFeed parsed = elementDates(FeedParser::parse(readFile(input), {}));
        for (FeedItem &item : parsed.items) {
            if (parsed.format == u"rss1.0" && item.updated == item.published)
                item.updated = QDateTime();
            else if (parsed.format.startsWith(u"rss") && parsed.format != u"rss1.0" && !item.updated.isValid())
                item.updated = item.published;
        }

        ExpectedFeed feed;
        feed.title = content(o.value(QLatin1StringView("title")));
        feed.link = alternateLink(o.value(QLatin1StringView("links")).toArray());
        feed.description = content(o.value(QLatin1StringView("description")));
        feed.language = o.value(QLatin1StringView("language")).toString();
        const QJsonArray entries = o.value(QLatin1StringView("entries")).toArray();
        feed.itemCount = int(entries.size());
        for (qsizetype i = 0; i < entries.size(); ++i) {
            const QJsonObject e = entries.at(i).toObject();
            ExpectedItem item;
            item.title = content(e.value(QLatin1StringView("title")));
            item.link = alternateLink(e.value(QLatin1StringView("links")).toArray());
            const QString id = e.value(QLatin1StringView("id")).toString();
            if (isGeneratedId(id))
                board.notApplicable(ref, QStringLiteral("item.id"), QStringLiteral("generated-id"), id);
            else
                item.id = id;
            item.published = Compare::parseRfc3339(e.value(QLatin1StringView("published")).toString());
            item.updated = Compare::parseRfc3339(e.value(QLatin1StringView("updated")).toString());
            item.summary = content(e.value(QLatin1StringView("summary")));
            item.content = content(e.value(QLatin1StringView("content")), QLatin1StringView("body"));
            item.authors = field(e.value(QLatin1StringView("authors")).toArray(), QLatin1StringView("name"));
            item.categories = field(e.value(QLatin1StringView("categories")).toArray(), QLatin1StringView("term"));
            feed.items << item;
        }
        compareFeed(ref, feed, parsed, board);
        ++cases;
    }
    return cases;
}

} // namespace Medtour::Conformance
