// SPDX-License-Identifier: GPL-3.0-or-later
#include "facets.h"

#include <QCoreApplication>

#include <array>

namespace Medtour {

namespace {

// The facet vocabulary. The CLI's flags and help texts and every JSON key come from here, so they
// are an interface: change a name only together with every script that reads it. The titles are
// translated (facetTitle()) in the context kTitleContext.
constexpr std::array<FacetKindInfo, kFacetKindCount> kFacetKinds{{
    {FacetKind::Market, "market", "markets", "market", "code",
     "Only articles about market <code> (ISO 3166-1, e.g. KZ).", true, QT_TRANSLATE_NOOP("Medtour::Facets", "Markets")},
    {FacetKind::Region, "region", "regions", "region", "code", "Only Korean region <code> (ISO 3166-2:KR, e.g. KR-30).",
     true, QT_TRANSLATE_NOOP("Medtour::Facets", "Regions")},
    {FacetKind::Specialty, "specialty", "specialties", "specialty", "slug", "Only specialty <slug> (e.g. urology).",
     false, QT_TRANSLATE_NOOP("Medtour::Facets", "Specialties")},
    {FacetKind::Hospital, "hospital", "hospitals", "hospital", "name", "Only articles naming hospital <name>.", false,
     QT_TRANSLATE_NOOP("Medtour::Facets", "Hospitals")},
    {FacetKind::Event, "event", "events", "event", "slug", "Only event type <slug> (e.g. mou).", false,
     QT_TRANSLATE_NOOP("Medtour::Facets", "Event types")},
    {FacetKind::Source, nullptr, "sources", "source", "id", "Only source <id>.", false,
     QT_TRANSLATE_NOOP("Medtour::Facets", "Sources")},
    {FacetKind::Language, nullptr, "languages", "lang", "code", "Only language <code> (e.g. ko).", false,
     QT_TRANSLATE_NOOP("Medtour::Facets", "Languages")},
}};
constexpr char kTitleContext[] = "Medtour::Facets";

constexpr bool rowsInEnumOrder()
{
    for (size_t i = 0; i < kFacetKinds.size(); ++i) {
        if (int(kFacetKinds[i].kind) != int(i))
            return false;
    }
    return true;
}
static_assert(rowsInEnumOrder(), "kFacetKinds has one row per FacetKind, in enum order");

} // namespace

const FacetKindInfo &facetKindInfo(FacetKind kind)
{
    return kFacetKinds[size_t(kind)];
}

QList<FacetKind> allFacetKinds()
{
    QList<FacetKind> kinds;
    for (const FacetKindInfo &info : kFacetKinds)
        kinds << info.kind;
    return kinds;
}

QList<FacetKind> tagFacetKinds()
{
    QList<FacetKind> kinds;
    for (const FacetKindInfo &info : kFacetKinds) {
        if (info.tagKind)
            kinds << info.kind;
    }
    return kinds;
}

QString tagKindName(FacetKind kind)
{
    const char *name = facetKindInfo(kind).tagKind;
    return name ? QString::fromLatin1(name) : QString();
}

std::optional<FacetKind> facetKindOfTag(QStringView tagKind)
{
    for (const FacetKindInfo &info : kFacetKinds) {
        if (info.tagKind && tagKind == QLatin1StringView(info.tagKind))
            return info.kind;
    }
    return std::nullopt;
}

QString facetJsonKey(FacetKind kind)
{
    return QString::fromLatin1(facetKindInfo(kind).plural);
}

QString facetTitle(FacetKind kind)
{
    return QCoreApplication::translate(kTitleContext, facetKindInfo(kind).title);
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

} // namespace Medtour
