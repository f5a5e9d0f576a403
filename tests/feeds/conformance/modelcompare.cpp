// SPDX-License-Identifier: GPL-3.0-or-later
#include "modelcompare.h"

#include "comparators.h"
#include "scoreboard.h"

namespace Medtour::Conformance {

QString contentOf(const FeedItem &item)
{
    return item.contentFromSummary ? QString() : item.contentHtml;
}

ParsedFeed elementDates(ParsedFeed feed)
{
    for (FeedItem &item : feed.items) {
        if (item.publishedIsUpdated)
            item.published = QDateTime();
    }
    return feed;
}

QStringList enclosureKeys(const QList<Enclosure> &enclosures)
{
    QStringList keys;
    for (const Enclosure &e : enclosures)
        keys << Compare::linkKey(e.url) + u' ' + e.type + u' ' + QString::number(e.length);
    return keys;
}

QStringList enclosureKeys(const QList<ExpectedEnclosure> &enclosures)
{
    QStringList keys;
    for (const ExpectedEnclosure &e : enclosures)
        keys << Compare::linkKey(e.url) + u' ' + e.type + u' ' + QString::number(e.length);
    return keys;
}

void compareFeed(const CaseRef &ref, const ExpectedFeed &expected, const ParsedFeed &actual, Scoreboard &board)
{
    board.text(ref, QStringLiteral("feed.title"), expected.title, actual.title);
    board.link(ref, QStringLiteral("feed.link"), expected.link, actual.link);
    board.html(ref, QStringLiteral("feed.description"), expected.description, actual.description, true);
    board.language(ref, QStringLiteral("feed.language"), expected.language, actual.language);
    if (expected.itemCount) {
        board.exact(ref, QStringLiteral("items.count"), QString::number(*expected.itemCount),
                    QString::number(actual.items.size()));
    }
    static const FeedItem missing;
    for (qsizetype i = 0; i < expected.items.size(); ++i) {
        const ExpectedItem &want = expected.items.at(i);
        const bool have = i < actual.items.size();
        const FeedItem &got = have ? actual.items.at(i) : missing;
        board.text(ref, QStringLiteral("item.title"), want.title, got.title);
        board.link(ref, QStringLiteral("item.link"), want.link, got.link);
        board.text(ref, QStringLiteral("item.id"), want.id, got.id);
        board.date(ref, QStringLiteral("item.published"), want.published, got.published);
        board.date(ref, QStringLiteral("item.updated"), want.updated, got.updated);
        board.html(ref, QStringLiteral("item.summary"), want.summary, got.summary, true);
        board.html(ref, QStringLiteral("item.content"), want.content, contentOf(got));
        board.list(ref, QStringLiteral("item.authors"), want.authors, got.authors);
        board.list(ref, QStringLiteral("item.categories"), want.categories, got.categories);
        board.language(ref, QStringLiteral("item.language"), want.language, got.language);
        if (want.enclosures) {
            board.list(ref, QStringLiteral("item.enclosures"), enclosureKeys(*want.enclosures),
                       enclosureKeys(got.enclosures));
        }
    }
}

} // namespace Medtour::Conformance
