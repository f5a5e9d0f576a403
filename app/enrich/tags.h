// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/facets.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace Medtour {

/// The facets an article is tagged with (the tag kinds of FacetKind, with the same values), plus
/// the relevance keywords found on the way.
enum class TagKind : quint8
{
    Market = quint8(FacetKind::Market),       ///< ISO 3166-1 alpha-2 of a target (source) market: "KZ"
    Region = quint8(FacetKind::Region),       ///< ISO 3166-2:KR code: "KR-30"
    Specialty = quint8(FacetKind::Specialty), ///< stable English slug: "urology"
    Hospital =
        quint8(FacetKind::Hospital),   ///< the institution's name, as written and normalised (short forms expanded)
    Event = quint8(FacetKind::Event),  ///< event-type slug: "mou"
    Keyword = quint8(kFacetKindCount), ///< a relevance term of relevance.json (value = the term as listed there)
};

/// The tag kind of a facet kind that is stored as tags (see tagFacetKinds()).
inline TagKind tagKindOf(FacetKind kind)
{
    return TagKind(quint8(kind));
}

/// Stable lower-case name of a kind ("market", "region", …, "keyword"), used in JSON.
QString tagKindName(TagKind kind);

/// Why a tag was given: the words in the article that produced it.
struct TagEvidence
{
    TagKind kind = TagKind::Market;
    QString value;     ///< the tag (code, slug, name) or, for keywords, the listed term
    QString term;      ///< the text as written in the article
    int position = -1; ///< offset of `term` in the title when inTitle, else in the body text
    int length = 0;
    bool inTitle = false;
};

/// Tags of one article. Each list holds distinct values in order of first mention (title first).
struct Tags
{
    QStringList markets;
    QStringList regions;
    QStringList specialties;
    QStringList hospitals;
    QStringList events;
    QList<TagEvidence> evidence; ///< every accepted match, in document order

    /// The list for a tag kind (not Keyword, which has evidence only).
    const QStringList &values(TagKind kind) const;
    QStringList &values(TagKind kind);
    /// {"markets":[],"regions":[],"specialties":[],"hospitals":[],"events":[]} as the CLI prints it
    /// (the keys of facetJsonKey()).
    QJsonObject toJson() const;
};

} // namespace Medtour
