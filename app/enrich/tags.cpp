// SPDX-License-Identifier: GPL-3.0-or-later
#include "tags.h"

#include <QJsonArray>

namespace Medtour {

QString tagKindName(TagKind kind)
{
    switch (kind) {
    case TagKind::Market:
        return QStringLiteral("market");
    case TagKind::Region:
        return QStringLiteral("region");
    case TagKind::Specialty:
        return QStringLiteral("specialty");
    case TagKind::Hospital:
        return QStringLiteral("hospital");
    case TagKind::Event:
        return QStringLiteral("event");
    case TagKind::Keyword:
        return QStringLiteral("keyword");
    }
    return QString();
}

const QStringList &Tags::values(TagKind kind) const
{
    switch (kind) {
    case TagKind::Market:
        return markets;
    case TagKind::Region:
        return regions;
    case TagKind::Specialty:
        return specialties;
    case TagKind::Hospital:
        return hospitals;
    case TagKind::Event:
        break;
    case TagKind::Keyword:
        Q_ASSERT_X(false, "Tags::values", "keywords have no tag list");
        break;
    }
    return events;
}

QStringList &Tags::values(TagKind kind)
{
    return const_cast<QStringList &>(static_cast<const Tags *>(this)->values(kind));
}

QJsonObject Tags::toJson() const
{
    return QJsonObject{
        {QStringLiteral("markets"), QJsonArray::fromStringList(markets)},
        {QStringLiteral("regions"), QJsonArray::fromStringList(regions)},
        {QStringLiteral("specialties"), QJsonArray::fromStringList(specialties)},
        {QStringLiteral("hospitals"), QJsonArray::fromStringList(hospitals)},
        {QStringLiteral("events"), QJsonArray::fromStringList(events)},
    };
}

} // namespace Medtour
