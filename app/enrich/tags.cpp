// SPDX-License-Identifier: GPL-3.0-or-later
#include "tags.h"

#include <QJsonArray>

namespace Medtour {

QString tagKindName(TagKind kind)
{
    return kind == TagKind::Keyword ? QStringLiteral("keyword") : tagKindName(FacetKind(quint8(kind)));
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
    QJsonObject o;
    for (const FacetKind kind : tagFacetKinds())
        o.insert(facetJsonKey(kind), QJsonArray::fromStringList(values(tagKindOf(kind))));
    return o;
}

} // namespace Medtour
