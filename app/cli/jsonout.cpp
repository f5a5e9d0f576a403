// SPDX-License-Identifier: GPL-3.0-or-later
#include "jsonout.h"

#include "text/dateparser.h"

#include <QJsonDocument>

#include <algorithm>
#include <cstdio>

namespace Medtour::JsonOut {

QJsonValue date(const QDateTime &dt)
{
    return dt.isValid() ? QJsonValue(DateParser::toIsoUtc(dt)) : QJsonValue(QJsonValue::Null);
}

QJsonObject item(const FeedItem &item)
{
    return {
        {QStringLiteral("id"), item.id},
        {QStringLiteral("title"), item.title},
        {QStringLiteral("link"), item.link.toString()},
        {QStringLiteral("published"), date(item.published)},
        {QStringLiteral("updated"), date(item.updated)},
        {QStringLiteral("authors"), QJsonArray::fromStringList(item.authors)},
        {QStringLiteral("categories"), QJsonArray::fromStringList(item.categories)},
        {QStringLiteral("summary"), item.summary},
        {QStringLiteral("content_html"), item.contentHtml},
    };
}

QJsonObject feed(const ParsedFeed &feed)
{
    QJsonArray items;
    for (const FeedItem &i : feed.items)
        items.append(item(i));
    return {
        {QStringLiteral("format"), feed.format},
        {QStringLiteral("encoding"), feed.encoding},
        {QStringLiteral("title"), feed.title},
        {QStringLiteral("link"), feed.link.toString()},
        {QStringLiteral("language"), feed.language},
        {QStringLiteral("errors"), QJsonArray::fromStringList(feed.errors)},
        {QStringLiteral("items"), items},
    };
}

QJsonObject listRow(const ArticleSummary &a)
{
    return {
        {QStringLiteral("id"), a.id},
        {QStringLiteral("source"), a.sourceName},
        {QStringLiteral("title"), a.title},
        {QStringLiteral("link"), a.link.toString()},
        {QStringLiteral("published"), date(a.published)},
        {QStringLiteral("read"), a.state.read},
        {QStringLiteral("starred"), a.state.starred},
    };
}

QJsonObject article(const Article &a)
{
    QJsonObject o = listRow(a.summary);
    o.insert(QStringLiteral("source_id"), a.summary.sourceId);
    o.insert(QStringLiteral("guid"), a.guid);
    o.insert(QStringLiteral("canonical_url"), a.canonicalUrl.toString());
    o.insert(QStringLiteral("date_guessed"), a.summary.dateGuessed);
    o.insert(QStringLiteral("updated"), date(a.updated));
    o.insert(QStringLiteral("fetched"), date(a.fetched));
    o.insert(QStringLiteral("authors"), QJsonArray::fromStringList(a.authors));
    o.insert(QStringLiteral("emails"), QJsonArray::fromStringList(a.emails));
    o.insert(QStringLiteral("language"), a.language);
    o.insert(QStringLiteral("summary"), a.lead);
    o.insert(QStringLiteral("content_html"), a.bodyHtml);
    o.insert(QStringLiteral("text"), a.cleanText);
    o.insert(QStringLiteral("relevance"), a.summary.relevance);
    o.insert(QStringLiteral("relevance_reasons"), QJsonDocument::fromJson(a.relevanceReasons).array());
    o.insert(QStringLiteral("note"), a.summary.state.note);
    o.insert(QStringLiteral("outlet"), a.outlet);
    return o;
}

QJsonObject facets(const FacetCounts &counts)
{
    QJsonObject o{{QStringLiteral("total"), counts.total}};
    for (const auto &[kind, values] : counts.values) {
        QJsonArray array;
        for (const FacetValue &v : values) {
            QJsonObject entry{{QStringLiteral("value"), v.value}, {QStringLiteral("count"), v.count}};
            if (!v.label.isEmpty())
                entry.insert(QStringLiteral("label"), v.label);
            array.append(entry);
        }
        o.insert(facetJsonKey(kind), array);
    }
    return o;
}

QJsonObject cluster(const StoryCluster &cluster)
{
    QJsonArray members;
    for (const StoryCluster::Member &m : cluster.members) {
        members.append(QJsonObject{
            {QStringLiteral("id"), m.id},
            {QStringLiteral("guid"), m.guid},
            {QStringLiteral("link"), m.link.toString()},
            {QStringLiteral("title"), m.title},
            {QStringLiteral("source"), m.source},
            {QStringLiteral("published"), date(m.published)},
        });
    }
    const int total = std::max(cluster.total, int(cluster.members.size()));
    return {{QStringLiteral("id"), cluster.id},
            {QStringLiteral("representative"), cluster.representative},
            {QStringLiteral("articles"), members},
            {QStringLiteral("total"), total},
            {QStringLiteral("more"), total - int(cluster.members.size())}};
}

QJsonObject tags(const QList<Tag> &tags)
{
    QJsonObject o;
    for (const FacetKind kind : tagFacetKinds()) {
        const QString tagKind = tagKindName(kind);
        QJsonArray values;
        for (const Tag &tag : tags) {
            if (tag.kind == tagKind)
                values.append(tag.value);
        }
        o.insert(facetJsonKey(kind), values);
    }
    return o;
}

void print(const QJsonValue &value)
{
    QByteArray bytes;
    if (value.isArray())
        bytes = QJsonDocument(value.toArray()).toJson(QJsonDocument::Indented);
    else
        bytes = QJsonDocument(value.toObject()).toJson(QJsonDocument::Indented);
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stdout);
    std::fflush(stdout);
}

void printError(const QString &reason)
{
    const QByteArray line = "medtour-cli: " + reason.simplified().toUtf8() + '\n';
    std::fwrite(line.constData(), 1, size_t(line.size()), stderr);
    std::fflush(stderr);
}

} // namespace Medtour::JsonOut
