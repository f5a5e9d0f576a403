// SPDX-License-Identifier: GPL-3.0-or-later
// feedparser (kurtmckee/feedparser) tests through expectations.jsonl: one object per test feed with its
// checks as {path, op, value}. feedparser's own harness serves each file from http://127.0.0.1:8097/,
// so that is the document URL here too; Header: lines become the Content-Type, Content-Location and
// Content-Language the parser sees.
#include "comparators.h"
#include "feeds/feedparser.h"
#include "modelcompare.h"
#include "scoreboard.h"
#include "suites.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

namespace Medtour::Conformance {

namespace {

const QUrl kHarnessUrl(QStringLiteral("http://127.0.0.1:8097/"));

struct Step
{
    QString name;
    int index = -1;
};

QList<Step> splitPath(const QString &path)
{
    static const QRegularExpression step(QStringLiteral("^([^\\[]+)(?:\\[(\\d+)\\])?$"));
    QList<Step> steps;
    for (const QString &part : path.split(u'.')) {
        const QRegularExpressionMatch m = step.match(part);
        if (!m.hasMatch())
            return {};
        steps.append({m.captured(1), m.captured(2).isEmpty() ? -1 : m.captured(2).toInt()});
    }
    return steps;
}

QString valueText(const QJsonValue &v)
{
    if (v.isString())
        return v.toString();
    if (v.isDouble())
        return QString::number(v.toDouble(), 'g', 17);
    if (v.isBool())
        return v.toBool() ? QStringLiteral("True") : QStringLiteral("False");
    if (v.isNull())
        return {};
    return QString::fromUtf8(QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact));
}

QDateTime valueDate(const QJsonValue &v)
{
    const QJsonArray t = v.toObject().value(QLatin1StringView("tuple")).toArray();
    if (t.size() < 6)
        return {};
    return QDateTime(QDate(t[0].toInt(), t[1].toInt(), t[2].toInt()), QTime(t[3].toInt(), t[4].toInt(), t[5].toInt()),
                     Qt::UTC);
}

/// feedparser's version names, in our format names.
QString formatKey(const QString &version)
{
    static const QRegularExpression rss(QStringLiteral("^rss(0)(9\\d)[nu]?$"));
    const QRegularExpressionMatch m = rss.match(version);
    if (m.hasMatch())
        return u"rss0." + m.captured(2);
    if (version == u"rss20")
        return QStringLiteral("rss2.0");
    if (version == u"rss10")
        return QStringLiteral("rss1.0");
    if (version == u"atom10")
        return QStringLiteral("atom1.0");
    if (version == u"atom03")
        return QStringLiteral("atom0.3");
    return version;
}

QString ourFormatKey(const QString &format)
{
    return format == u"rss2.0" || format == u"rss2" ? QStringLiteral("rss2.0") : format;
}

class CaseRunner
{
public:
    CaseRunner(const CaseRef &ref, const ParsedFeed &feed, Scoreboard &board)
        : m_ref(ref)
        , m_feed(feed)
        , m_board(board)
    {}

    void check(const QString &path, const QJsonValue &value);

private:
    void entryCheck(const FeedItem &item, const QList<Step> &rest, const QString &path, const QJsonValue &value);
    void unmapped(const QString &path, const QJsonValue &value)
    {
        m_board.notApplicable(m_ref, QStringLiteral("unmapped"), QStringLiteral("unmapped-field"),
                              path + u" == " + valueText(value));
    }

    const CaseRef &m_ref;
    const ParsedFeed &m_feed;
    Scoreboard &m_board;
};

void CaseRunner::check(const QString &path, const QJsonValue &value)
{
    const QList<Step> steps = splitPath(path);
    if (steps.isEmpty())
        return unmapped(path, value);
    const QString head = steps[0].name;
    if (steps.size() == 1 && head == u"encoding") {
        m_board.exact(m_ref, QStringLiteral("encoding"), Compare::encodingKey(valueText(value)),
                      Compare::encodingKey(m_feed.encoding));
        return;
    }
    if (steps.size() == 1 && head == u"version") {
        m_board.exact(m_ref, QStringLiteral("feed.format"), formatKey(valueText(value)), ourFormatKey(m_feed.format));
        return;
    }
    if (head == u"entries" && steps.size() >= 2) {
        static const FeedItem missing;
        const int i = steps[0].index;
        const FeedItem &item = i >= 0 && i < m_feed.items.size() ? m_feed.items.at(i) : missing;
        return entryCheck(item, steps.mid(1), path, value);
    }
    if (head != u"feed" || steps.size() < 2)
        return unmapped(path, value);
    const QString key = steps.size() == 3 && steps[2].name == u"value" && steps[1].name.endsWith(u"_detail")
                            ? steps[1].name.chopped(7)
                            : (steps.size() == 2 ? steps[1].name : QString());
    const QString text = valueText(value);
    if (key == u"title")
        m_board.text(m_ref, QStringLiteral("feed.title"), text, m_feed.title);
    else if (key == u"link" && steps.size() == 2)
        m_board.link(m_ref, QStringLiteral("feed.link"), text, m_feed.link);
    else if (key == u"subtitle" || key == u"tagline" || key == u"description")
        m_board.html(m_ref, QStringLiteral("feed.description"), text, m_feed.description, true);
    else if (key == u"language" && steps.size() == 2)
        m_board.language(m_ref, QStringLiteral("feed.language"), text, m_feed.language);
    else
        unmapped(path, value);
}

void CaseRunner::entryCheck(const FeedItem &item, const QList<Step> &rest, const QString &path, const QJsonValue &value)
{
    const QString text = valueText(value);
    const QString first = rest[0].name;
    const int index = rest[0].index;
    const QString second = rest.size() > 1 ? rest[1].name : QString();
    const bool detailValue = rest.size() == 2 && second == u"value" && first.endsWith(u"_detail");
    const QString key = detailValue ? first.chopped(7) : (rest.size() == 1 ? first : QString());
    if (key == u"title") {
        m_board.text(m_ref, QStringLiteral("item.title"), text, item.title);
    } else if (key == u"link") {
        m_board.link(m_ref, QStringLiteral("item.link"), text, item.link);
    } else if (key == u"id" || key == u"guid") {
        m_board.text(m_ref, QStringLiteral("item.id"), text, item.id);
    } else if (key == u"published_parsed") {
        m_board.date(m_ref, QStringLiteral("item.published"), valueDate(value), item.published);
    } else if (key == u"updated_parsed") {
        m_board.date(m_ref, QStringLiteral("item.updated"), valueDate(value), item.updated);
    } else if (key == u"summary" || key == u"description") {
        // feedparser copies an entry's content into summary when there is no summary element.
        if (item.summary.isEmpty() && !contentOf(item).isEmpty())
            m_board.html(m_ref, QStringLiteral("item.summary"), text, contentOf(item));
        else
            m_board.html(m_ref, QStringLiteral("item.summary"), text, item.summary, true);
    } else if (key == u"language") {
        m_board.language(m_ref, QStringLiteral("item.language"), text, item.language);
    } else if (first == u"content" && index == 0 && rest.size() == 2 && second == u"value") {
        m_board.html(m_ref, QStringLiteral("item.content"), text, contentOf(item));
    } else if ((first == u"author_detail" && rest.size() == 2 && second == u"name") ||
               (first == u"authors" && rest.size() == 2 && second == u"name")) {
        const int i = first == u"authors" ? index : 0;
        m_board.text(m_ref, QStringLiteral("item.authors"), text, item.authors.value(i));
    } else if ((first == u"tags" && rest.size() == 2 && second == u"term") || key == u"category") {
        const int i = first == u"tags" ? index : 0;
        m_board.text(m_ref, QStringLiteral("item.categories"), text, item.categories.value(i));
    } else if (first == u"enclosures" && rest.size() == 2 && index >= 0) {
        const Enclosure e = item.enclosures.value(index);
        if (second == u"href" || second == u"url")
            m_board.link(m_ref, QStringLiteral("item.enclosures"), text, e.url);
        else if (second == u"type")
            m_board.text(m_ref, QStringLiteral("item.enclosures"), text, e.type);
        else if (second == u"length")
            m_board.exact(m_ref, QStringLiteral("item.enclosures"), text, QString::number(e.length));
        else
            unmapped(path, value);
    } else if (first == u"source" && rest.size() == 2 && second == u"title") {
        m_board.text(m_ref, QStringLiteral("item.source"), text, item.sourceTitle);
    } else if (first == u"source" && rest.size() == 2 && second == u"href") {
        m_board.link(m_ref, QStringLiteral("item.source"), text, item.sourceUrl);
    } else if (first == u"media_thumbnail" && index == 0 && rest.size() == 2 && second == u"url") {
        m_board.link(m_ref, QStringLiteral("item.thumbnail"), text, item.thumbnail);
    } else {
        unmapped(path, value);
    }
}

QString header(const QJsonObject &headers, QStringView name)
{
    for (auto it = headers.begin(); it != headers.end(); ++it) {
        if (it.key().compare(name, Qt::CaseInsensitive) == 0)
            return it.value().toString();
    }
    return {};
}

} // namespace

int runFeedparser(const QString &root, Scoreboard &board)
{
    QFile jsonl(root + u"/expectations.jsonl");
    if (!jsonl.open(QIODevice::ReadOnly))
        return 0;
    int cases = 0;
    while (!jsonl.atEnd()) {
        const QJsonObject o = QJsonDocument::fromJson(jsonl.readLine()).object();
        const QString file = o.value(QLatin1StringView("file")).toString();
        if (file.isEmpty() || !file.endsWith(u".xml"))
            continue;
        const QString relative = file.sliced(6); // without "tests/"
        const QString folder =
            relative.startsWith(u"wellformed/") ? relative.section(u'/', 0, 1) : relative.section(u'/', 0, 0);
        const CaseRef ref{QStringLiteral("feedparser"), folder, relative};
        ++cases;
        const QJsonValue checks = o.value(QLatin1StringView("checks"));
        if (!checks.isArray()) {
            board.notApplicable(ref, QStringLiteral("*"), QStringLiteral("not-converted"),
                                o.value(QLatin1StringView("expect")).toString());
            continue;
        }
        const QJsonObject headers = o.value(QLatin1StringView("headers")).toObject();
        FeedParseOptions options;
        options.url = kHarnessUrl.resolved(QUrl(file));
        options.contentLocation = header(headers, u"Content-Location");
        options.contentType = header(headers, u"Content-Type").toLatin1();
        options.contentLanguage = header(headers, u"Content-Language");
        const ParsedFeed feed = elementDates(FeedParser::parse(readFile(root + u'/' + file), options));

        const QJsonValue bozo = o.value(QLatin1StringView("bozo"));
        const QString problems = feed.isFeed() ? feed.errors.join(QStringLiteral(" | "))
                                               : u"not a feed: " + feed.errors.join(QStringLiteral(" | "));
        if (bozo.isBool() && !bozo.toBool()) {
            board.exact(ref, QStringLiteral("bozo"), QStringLiteral("well-formed"),
                        problems.isEmpty() ? QStringLiteral("well-formed") : problems);
        } else if (bozo.isBool()) {
            board.bonus(QStringLiteral("feedparser: ill-formed feeds we flag (bozo expected)"), !problems.isEmpty());
        }
        CaseRunner runner(ref, feed, board);
        for (const QJsonValue c : checks.toArray()) {
            const QJsonObject check = c.toObject();
            const QString path = check.value(QLatin1StringView("path")).toString();
            if (check.value(QLatin1StringView("op")).toString() != u"==") {
                board.notApplicable(ref, QStringLiteral("unmapped"), QStringLiteral("unmapped-field"),
                                    path + u' ' + check.value(QLatin1StringView("op")).toString());
                continue;
            }
            runner.check(path, check.value(QLatin1StringView("value")));
        }
    }
    return cases;
}

} // namespace Medtour::Conformance
