// SPDX-License-Identifier: GPL-3.0-or-later
#include "article.h"

#include <QUrlQuery>

namespace Medtour {

QString sourceKindName(Source::Kind kind)
{
    switch (kind) {
    case Source::Kind::Feed:
        return QStringLiteral("feed");
    case Source::Kind::Query:
        return QStringLiteral("query");
    case Source::Kind::Page:
        return QStringLiteral("page");
    case Source::Kind::File:
        return QStringLiteral("file");
    }
    return QStringLiteral("feed");
}

Source::Kind sourceKindFromName(QStringView name)
{
    if (name == u"query")
        return Source::Kind::Query;
    if (name == u"page")
        return Source::Kind::Page;
    if (name == u"file")
        return Source::Kind::File;
    return Source::Kind::Feed;
}

QString canonicalUrl(const QUrl &link)
{
    if (link.isEmpty() || !link.isValid())
        return {};
    QUrl url = link.adjusted(QUrl::RemoveFragment | QUrl::NormalizePathSegments);
    QUrlQuery query(url);
    const auto items = query.queryItems(QUrl::FullyEncoded);
    for (const auto &[key, value] : items) {
        Q_UNUSED(value)
        if (key.startsWith(u"utm_") || key == u"fbclid" || key == u"gclid")
            query.removeAllQueryItems(key);
    }
    url.setQuery(query);
    url.setHost(url.host().toLower());
    return url.toString(QUrl::FullyEncoded);
}

} // namespace Medtour
