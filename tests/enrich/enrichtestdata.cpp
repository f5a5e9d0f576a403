// SPDX-License-Identifier: GPL-3.0-or-later
#include "enrichtestdata.h"

#include "feeds/feedparser.h"
#include "testdata.h"
#include "text/htmltext.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace EnrichTestData {

QList<Article> load(const QString &fileName, QString *error)
{
    QList<Article> out;
    QFile file(TestData::path(QStringLiteral("enrich/") + fileName));
    if (!file.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("cannot open %1").arg(file.fileName());
        return out;
    }
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        *error = QStringLiteral("%1: %2").arg(fileName, parseError.errorString());
        return out;
    }
    const QJsonArray articles = doc.object().value(u"articles").toArray();
    for (const QJsonValue &v : articles) {
        const QJsonObject o = v.toObject();
        Article a;
        a.id = o.value(u"id").toString();
        a.lang = o.value(u"lang").toString();
        a.title = o.value(u"title").toString();
        a.text = o.value(u"text").toString();
        a.relevant = o.value(u"relevant").toBool();
        a.story = o.value(u"story").toString();
        a.outlet = o.value(u"outlet").toString();
        a.variant = o.value(u"variant").toString();
        a.published = QDateTime::fromString(o.value(u"published").toString(), Qt::ISODate);
        const QJsonObject expected = o.value(u"expected").toObject();
        for (auto it = expected.constBegin(); it != expected.constEnd(); ++it) {
            QStringList values;
            const QJsonArray array = it.value().toArray();
            for (const QJsonValue &x : array)
                values.append(x.toString());
            a.expected.insert(it.key(), values);
        }
        out.append(a);
    }
    if (out.isEmpty())
        *error = QStringLiteral("%1 has no articles").arg(fileName);
    return out;
}

QList<Article> sample(QString *error)
{
    QList<Article> out;
    QFile file(TestData::sampleFeed());
    if (!file.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("cannot open %1").arg(file.fileName());
        return out;
    }
    const Medtour::ParsedFeed feed = Medtour::FeedParser::parse(file.readAll());
    for (const Medtour::FeedItem &item : feed.items) {
        Article a;
        a.id = item.id;
        a.title = item.title;
        a.text = Medtour::HtmlText::toPlainText(item.contentHtml.isEmpty() ? item.summary : item.contentHtml);
        a.published = item.published;
        a.lang = feed.language;
        out.append(a);
    }
    if (out.isEmpty())
        *error = QStringLiteral("the sample feed has no items");
    return out;
}

PairScore pairScore(const QList<QString> &stories, const QList<qint64> &clusters)
{
    PairScore s;
    for (qsizetype i = 0; i < stories.size(); ++i) {
        for (qsizetype j = i + 1; j < stories.size(); ++j) {
            const bool same = stories[i] == stories[j];
            const bool together = clusters[i] == clusters[j];
            s.truePairs += same ? 1 : 0;
            s.predictedPairs += together ? 1 : 0;
            s.correctPairs += same && together ? 1 : 0;
        }
    }
    return s;
}

} // namespace EnrichTestData
