// SPDX-License-Identifier: GPL-3.0-or-later
#include "facets.h"

namespace Medtour {

QString tagKindName(FacetKind kind)
{
    switch (kind) {
    case FacetKind::Market:
        return QStringLiteral("market");
    case FacetKind::Region:
        return QStringLiteral("region");
    case FacetKind::Specialty:
        return QStringLiteral("specialty");
    case FacetKind::Hospital:
        return QStringLiteral("hospital");
    case FacetKind::Event:
        return QStringLiteral("event");
    case FacetKind::Source:
    case FacetKind::Language:
        break;
    }
    return {};
}

int MarketTrend::maxCount() const
{
    int most = 0;
    for (const QList<int> &series : counts) {
        for (const int n : series)
            most = qMax(most, n);
    }
    return most;
}

QList<FacetKind> allFacetKinds()
{
    return {FacetKind::Market, FacetKind::Region, FacetKind::Specialty, FacetKind::Hospital,
            FacetKind::Event,  FacetKind::Source, FacetKind::Language};
}

} // namespace Medtour
