// SPDX-License-Identifier: GPL-3.0-or-later
#include "opml.h"

#include <QXmlStreamReader>
#include <QXmlStreamWriter>

#include <map>

namespace Medtour::Opml {

namespace {

QString outlineTitle(const QXmlStreamAttributes &a)
{
    const QString text = a.value(QLatin1StringView("text")).toString().simplified();
    return text.isEmpty() ? a.value(QLatin1StringView("title")).toString().simplified() : text;
}

/// Folders as a tree, for writing nested outlines.
struct FolderNode
{
    std::map<QString, FolderNode> children;
    QList<const Source *> sources;
};

void writeNode(QXmlStreamWriter &w, const FolderNode &node)
{
    for (const auto &[name, child] : node.children) {
        w.writeStartElement(QStringLiteral("outline"));
        w.writeAttribute(QStringLiteral("text"), name);
        w.writeAttribute(QStringLiteral("title"), name);
        writeNode(w, child);
        w.writeEndElement();
    }
    for (const Source *s : node.sources) {
        const bool page = s->kind == Source::Kind::Page;
        w.writeEmptyElement(QStringLiteral("outline"));
        w.writeAttribute(QStringLiteral("type"), page ? QStringLiteral("link") : QStringLiteral("rss"));
        w.writeAttribute(QStringLiteral("text"), s->name);
        w.writeAttribute(QStringLiteral("title"), s->name);
        w.writeAttribute(page ? QStringLiteral("url") : QStringLiteral("xmlUrl"), s->url.toString(QUrl::FullyEncoded));
        if (!s->language.isEmpty())
            w.writeAttribute(QStringLiteral("language"), s->language);
    }
}

} // namespace

Result<OpmlDocument> read(const QByteArray &bytes)
{
    if (bytes.size() > kMaxBytes)
        return Error{Error::InvalidInput, QStringLiteral("the OPML file is larger than %1 bytes").arg(kMaxBytes)};
    QXmlStreamReader xml(bytes);
    xml.setNamespaceProcessing(false);
    OpmlDocument doc;
    QStringList folders;
    QList<bool> pushed; // per open <outline>: did it open a folder?
    bool sawRoot = false;
    bool inTitle = false;
    while (!xml.atEnd()) {
        const QXmlStreamReader::TokenType token = xml.readNext();
        if (token == QXmlStreamReader::DTD)
            return Error{Error::InvalidInput, QStringLiteral("OPML with a DTD is refused (no entities are expanded)")};
        if (token == QXmlStreamReader::EntityReference)
            return Error{Error::InvalidInput, QStringLiteral("OPML with entity references is refused")};
        if (token == QXmlStreamReader::StartElement) {
            const QStringView name = xml.name();
            if (!sawRoot) {
                if (name != u"opml")
                    return Error{Error::NotAFeed, QStringLiteral("not an OPML file (root <%1>)").arg(name)};
                sawRoot = true;
                continue;
            }
            if (name == u"title" && pushed.isEmpty()) {
                inTitle = true;
                continue;
            }
            if (name != u"outline")
                continue;
            if (pushed.size() >= kMaxDepth)
                return Error{Error::InvalidInput, QStringLiteral("OPML outlines nest deeper than %1").arg(kMaxDepth)};
            const QXmlStreamAttributes a = xml.attributes();
            QString xmlUrl = a.value(QLatin1StringView("xmlUrl")).toString().trimmed();
            const QString title = outlineTitle(a);
            // A link outline (OPML 2.0 type="link") names a web page: a `page` source.
            const bool page = xmlUrl.isEmpty() &&
                              a.value(QLatin1StringView("type")).compare(u"link", Qt::CaseInsensitive) == 0 &&
                              !a.value(QLatin1StringView("url")).trimmed().isEmpty();
            if (page)
                xmlUrl = a.value(QLatin1StringView("url")).toString().trimmed();
            if (xmlUrl.isEmpty()) {
                folders << (title.isEmpty() ? QStringLiteral("Untitled") : QString(title).replace(u'/', u'-'));
                pushed << true;
                continue;
            }
            pushed << false;
            const QUrl url(xmlUrl);
            if (!url.isValid() || (url.scheme() != u"http" && url.scheme() != u"https")) {
                doc.errors << QStringLiteral("skipped %1: not an http(s) URL").arg(xmlUrl.left(200));
                continue;
            }
            if (doc.feeds.size() >= kMaxFeeds) {
                doc.errors << QStringLiteral("more than %1 feeds; the rest are skipped").arg(kMaxFeeds);
                break;
            }
            OpmlFeed feed;
            feed.title = title;
            feed.xmlUrl = url;
            feed.htmlUrl = QUrl(a.value(QLatin1StringView("htmlUrl")).toString().trimmed());
            feed.folder = folders.join(u'/');
            feed.language = a.value(QLatin1StringView("language")).toString().trimmed();
            feed.page = page;
            doc.feeds << feed;
        } else if (token == QXmlStreamReader::EndElement) {
            if (inTitle && xml.name() == u"title")
                inTitle = false;
            else if (xml.name() == u"outline" && !pushed.isEmpty()) {
                if (pushed.takeLast())
                    folders.removeLast();
            }
        } else if (token == QXmlStreamReader::Characters && inTitle) {
            doc.title += xml.text().toString().simplified();
        }
    }
    if (xml.hasError()) {
        if (!sawRoot)
            return Error{Error::NotAFeed, QStringLiteral("not an OPML file: %1").arg(xml.errorString())};
        doc.errors << QStringLiteral("line %1: %2").arg(xml.lineNumber()).arg(xml.errorString());
    }
    if (!sawRoot)
        return Error{Error::NotAFeed, QStringLiteral("not an OPML file")};
    return doc;
}

QByteArray write(const QList<Source> &sources, const QString &title)
{
    FolderNode root;
    for (const Source &s : sources) {
        if (s.kind == Source::Kind::File)
            continue;
        FolderNode *node = &root;
        for (const QString &part : s.folder.split(u'/', Qt::SkipEmptyParts))
            node = &node->children[part];
        node->sources << &s;
    }
    QByteArray out;
    QXmlStreamWriter w(&out);
    w.setAutoFormatting(true);
    w.writeStartDocument();
    w.writeStartElement(QStringLiteral("opml"));
    w.writeAttribute(QStringLiteral("version"), QStringLiteral("2.0"));
    w.writeStartElement(QStringLiteral("head"));
    w.writeTextElement(QStringLiteral("title"), title);
    w.writeEndElement();
    w.writeStartElement(QStringLiteral("body"));
    writeNode(w, root);
    w.writeEndElement();
    w.writeEndElement();
    w.writeEndDocument();
    return out;
}

} // namespace Medtour::Opml
