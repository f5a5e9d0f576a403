// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "entityprofile.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <array>
#include <optional>

namespace Medtour {

/// A compact fingerprint of one article for finding copies of the same press release.
///
/// The text is cleaned of what differs between outlets (datelines, bylines and e-mails, copyright
/// lines, photo captions, URLs), folded (NFKC_Casefold) and cut into units: each Hangul or CJK
/// character is a unit and each run of Latin/Cyrillic letters or digits is one, so spacing and
/// punctuation do not matter (의료 관광 = 의료관광). Shingles are 4 consecutive units. A one-
/// permutation MinHash with densification keeps 256 bins of 16 bits; equal bins estimate the
/// Jaccard similarity, and with the exact shingle counts, the containment of a cut copy in its
/// full version. Titles keep a small set of unit-bigram hashes for a title similarity, and the
/// named entities the tagger found (EntityProfile) travel along when the caller has them.
/// Serialises to about 600 bytes (toBytes) so storage can persist it and rebuild the index.
class DuplicateSignature final
{
public:
    static constexpr int binCount = 256;
    static constexpr int shingleSize = 4;
    static constexpr int maxTitleHashes = 64;

    static DuplicateSignature compute(const QString &title, const QString &text);
    /// With the named entities of `tags` (a Tagger's result for the same title and text, with its
    /// evidence): what keeps template twins of different cities, markets or hospitals apart.
    static DuplicateSignature compute(const QString &title, const QString &text, const Tags &tags);
    /// nullopt when the bytes are not a signature of this version.
    static std::optional<DuplicateSignature> fromBytes(const QByteArray &bytes);
    QByteArray toBytes() const;

    /// Distinct shingles of the cleaned text (0 for an empty body).
    int shingleCount() const { return int(m_shingles); }
    /// Units of the cleaned text: a length that is comparable between copies.
    int unitCount() const { return int(m_units); }
    quint64 titleKey() const { return m_titleKey; }
    quint16 bin(int index) const { return m_bins[size_t(index)]; }
    const EntityProfile &entities() const { return m_entities; }

    /// Estimated Jaccard similarity of the shingle sets (0 when either text is empty).
    double jaccard(const DuplicateSignature &other) const;
    /// Estimated share of the smaller text's shingles that the other has (a cut copy → about 1).
    double containment(const DuplicateSignature &other) const;
    static double containmentFromJaccard(double jaccard, int a, int b);
    /// Jaccard similarity of the titles' unit bigrams.
    double titleSimilarity(const DuplicateSignature &other) const;

    /// The text as the signature sees it (boilerplate removed), for tests and diagnostics.
    static QString cleanText(const QString &text);

private:
    std::array<quint16, binCount> m_bins{};
    QList<quint16> m_title; ///< sorted, distinct
    EntityProfile m_entities;
    quint64 m_titleKey = 0;
    quint32 m_shingles = 0;
    quint32 m_units = 0;
};

} // namespace Medtour
