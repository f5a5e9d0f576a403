// SPDX-License-Identifier: GPL-3.0-or-later
// `medtour-cli extract FILE|URL [--url URL]`: the article in a page, as PageExtractor sees it.
#include "commands.h"
#include "core/urlsecrets.h"
#include "enrich/relevancescorer.h"
#include "enrich/tagger.h"
#include "extract/pageextractor.h"
#include "jsonout.h"
#include "urlfetch.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>

namespace Medtour::Cli {

namespace {

QJsonValue stringOrNull(const QString &text)
{
    return text.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(text);
}

QJsonObject pageJson(const ExtractedPage &page)
{
    // The same understanding ingest applies: tags from the title and clean text, and the score from
    // those tags. Captions stay out, as they do when an article is stored.
    const QString text = page.text();
    const Tags tags = Tagger().tag(page.title, text, page.lang);
    const Relevance relevance = RelevanceScorer().score(tags);
    return QJsonObject{
        {QStringLiteral("url"), page.url.toString()},
        {QStringLiteral("canonical_url"), stringOrNull(page.canonicalUrl.toString())},
        {QStringLiteral("title"), page.title},
        {QStringLiteral("published"), JsonOut::date(page.published)},
        {QStringLiteral("authors"), QJsonArray::fromStringList(page.authors)},
        {QStringLiteral("outlet"), stringOrNull(page.siteName)},
        {QStringLiteral("emails"), QJsonArray::fromStringList(page.emails)},
        {QStringLiteral("dateline"), stringOrNull(page.dateline)},
        {QStringLiteral("lang"), stringOrNull(page.lang)},
        {QStringLiteral("encoding"), stringOrNull(page.encoding)},
        {QStringLiteral("text"), text},
        {QStringLiteral("paragraphs"), QJsonArray::fromStringList(page.paragraphs)},
        {QStringLiteral("captions"), QJsonArray::fromStringList(page.captions)},
        {QStringLiteral("tags"), tags.toJson()},
        {QStringLiteral("relevance"), relevance.score},
        {QStringLiteral("relevance_reasons"), relevance.reasonsJson()},
    };
}

} // namespace

int extract(const Invocation &in)
{
    if (in.arguments.size() != 1)
        return fail(Exit::Usage, QStringLiteral("usage: medtour-cli extract FILE|URL [--url URL]"));
    const QString target = in.arguments.constFirst();
    QUrl url;
    if (in.parser && in.parser->isSet(QStringLiteral("url"))) {
        url = QUrl(in.parser->value(QStringLiteral("url")), QUrl::StrictMode);
        if (!url.isValid() || url.isRelative())
            return fail(Exit::Usage, QStringLiteral("--url needs an absolute URL"));
    }
    const Result<FetchedDocument> document = UrlFetch::load(target);
    if (!document)
        return fail(Exit::BadInput, document.error().detail);
    if (url.isEmpty())
        url = document->finalUrl;
    const ExtractedPage page = PageExtractor().extract(document->body, url, document->contentType);
    if (!page.ok())
        return fail(Exit::BadInput, QStringLiteral("%1: %2").arg(UrlSecrets::redact(target), page.error.detail));
    JsonOut::print(pageJson(page));
    return 0;
}

} // namespace Medtour::Cli
