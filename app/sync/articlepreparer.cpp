// SPDX-License-Identifier: GPL-3.0-or-later
#include "articlepreparer.h"

#include "storage/searchindex.h"
#include "text/htmltext.h"
#include "text/languageguess.h"
#include "text/textnormalizer.h"

#include <QCryptographicHash>

namespace Medtour::ArticlePreparer {

namespace {

QString contentHash(const FeedItem &item)
{
    QCryptographicHash hash(QCryptographicHash::Sha1);
    for (const QString &part : {item.title, item.summary, item.contentHtml, item.link.toString(),
                                item.authors.join(u'\n'), item.categories.join(u'\n')}) {
        hash.addData(part.toUtf8());
        hash.addData(QByteArrayView("\x1f", 1));
    }
    hash.addData(QByteArray::number(item.published.toSecsSinceEpoch()));
    return QString::fromLatin1(hash.result().toHex());
}

} // namespace

QString guidOf(const FeedItem &item)
{
    if (!item.id.trimmed().isEmpty())
        return item.id.trimmed();
    if (!item.link.isEmpty())
        return item.link.toString();
    const QByteArray digest =
        QCryptographicHash::hash((item.title + u'\x1f' + item.summary).toUtf8(), QCryptographicHash::Sha1);
    return u"sha1:" + QString::fromLatin1(digest.toHex());
}

PreparedArticle prepare(const FeedItem &item, bool searchTokens)
{
    PreparedArticle p;
    p.guid = guidOf(item);
    p.canonicalUrl = Medtour::canonicalUrl(item.link);
    p.contentHash = contentHash(item);
    p.cleanText = TextNormalizer::nfc(HtmlText::toPlainText(item.contentHtml));
    p.language = LanguageGuess::of(QString(item.title + u' ' + p.cleanText), item.language);
    if (searchTokens) {
        p.titleTokens = SearchIndex::titleTokens(item.title);
        p.bodyTokens = SearchIndex::bodyTokens(item.summary, p.cleanText);
        p.hasTokens = true;
    }
    return p;
}

QList<PreparedArticle> prepareAll(const QList<FeedItem> &items)
{
    QList<PreparedArticle> out;
    out.reserve(items.size());
    for (const FeedItem &item : items)
        out << prepare(item);
    return out;
}

} // namespace Medtour::ArticlePreparer
