// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "feeds/feedparser.h"
#include "feeds/feedxmltokenizer.h"

#include <QHash>

#include <climits>
#include <functional>
#include <optional>

/// Internals of the XML feed reader, shared by its translation units (reader core, channel, item).
namespace Medtour::XmlFeedReader::Detail {

/// How the content of an element is to be read: Atom's type/mode; RSS fields are HTML.
enum class TextKind
{
    Text,
    Html,
    Xhtml
};

struct Frame
{
    QString uri;
    QString local; ///< lower-cased, so <PubDate> and <TiTlE> match as feeds mean them
    QUrl base;
    bool explicitBase = false; ///< an xml:base in scope (not just the document URL)
    QString lang;
    QHash<QString, QString> namespaces; ///< declarations made on this element
};

/// A value several elements can supply: the lowest rank wins; on equal rank the first (or the last) does.
template<typename T>
struct Ranked
{
    T value{};
    int rank = INT_MAX;

    void offer(const T &candidate, int candidateRank, bool lastWins = false)
    {
        if (candidateRank < rank || (lastWins && candidateRank == rank)) {
            value = candidate;
            rank = candidateRank;
        }
    }
    bool isSet() const { return rank != INT_MAX; }
};

/// An item under construction; turned into a FeedItem when its element ends.
struct ItemBuilder
{
    FeedItem item;
    Ranked<QString> title; ///< already plain text
    Ranked<QUrl> link;
    Ranked<QString> id;
    Ranked<QString> published; ///< raw date text
    Ranked<QString> updated;
    Ranked<QString> summaryHtml;
    Ranked<QString> contentHtml;
    QString descriptionHtml; ///< RSS <description> and <summary>: the first is the summary, the second the body
    QString rssSummaryHtml;
    bool summaryFirst = false;
    QStringList fallbackAuthors; ///< itunes:author, used when nothing better names the author
    Ranked<QUrl> thumbnail;
    bool guidIsPermaLink = false;
};

struct FeedBuilder
{
    Ranked<QString> title;
    Ranked<QUrl> link;
    Ranked<QString> description;
    Ranked<QString> language;
};

class Reader final
{
public:
    Reader(QStringView text, const FeedParseOptions &options, ParsedFeed &feed);

    void run();

private:
    // Reader core (xmlfeedreader.cpp)
    FeedXmlTokenizer::Token next() { return m_xml.next(); }
    bool pushFrame();
    bool startRoot();
    void beginItem();
    QString readContent(TextKind kind, bool unwrapDiv = false, bool *hadElements = nullptr);
    void skipElement() { readContent(TextKind::Text); }
    void readChildren(const std::function<void()> &handleChild);
    TextKind atomKind(bool *base64) const;
    QString readAtomText(TextKind *kind);
    QString resolveUri(QStringView prefix) const;
    const Frame &top() const { return m_stack.constLast(); }
    int depth() const { return int(m_stack.size()); }
    QStringView attribute(QStringView name) const { return m_xml.attribute(name); }

    // Channel level (xmlchannelreader.cpp)
    void handleFeedChild();
    void finishFeed();
    void adoptFeedLinkAsBase();

    // Item level (xmlitemreader.cpp)
    void handleItemChild();
    bool handleItemDates(const QString &l, const QString &uri);
    bool handleItemMedia(const QString &l, const QString &uri);
    void readAtomAuthors(QStringList &authors);
    void readAtomSource();
    void finishItem();

    bool isAtom(const QString &uri) const;
    bool isRss(const QString &uri) const;

    FeedXmlTokenizer m_xml;
    const FeedParseOptions &m_options;
    ParsedFeed &m_feed;
    QList<Frame> m_stack;
    enum class Root
    {
        None,
        Rss,
        Rdf,
        Atom
    } m_root = Root::None;
    QString m_rssDefaultNamespace; ///< e.g. Userland's RSS 2.0 namespace on the <rss> root
    FeedBuilder m_builder;
    std::optional<ItemBuilder> m_item;
    int m_itemDepth = -1;
    bool m_stopped = false;
};

} // namespace Medtour::XmlFeedReader::Detail
