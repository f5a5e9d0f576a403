// SPDX-License-Identifier: GPL-3.0-or-later
#include "article.h"

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

} // namespace Medtour
