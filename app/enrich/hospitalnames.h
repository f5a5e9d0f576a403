// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "gazetteer.h"

#include <QList>
#include <QString>
#include <QStringView>

#include <functional>

namespace Medtour {

class FoldedText;
class Taxonomy;

/// Finds hospital names around suffix matches: the Korean word that ends in 병원/의료원/검진센터…
/// (대전한빛대학교병원은 → 대전한빛대학교병원), or the capitalised words before an English suffix
/// (Daegu Nuri University Hospital). Generic mentions (지역 대학병원, 6개 병원, A병원, Korean
/// hospitals) are rejected; known short forms map to full names (충남대병원 → 충남대학교병원).
class HospitalNames final
{
public:
    struct Name
    {
        QString name;    ///< canonical: known full name, else as written with abbreviations expanded
        QString written; ///< as written, NFC, spaces collapsed
        int start = 0;   ///< span in the folded text
        int end = 0;
    };

    /// Reads the written text through `written(sourceStart, sourceEnd)` (offsets of FoldedText::sourceOffset).
    using WrittenFn = std::function<QString(int, int)>;
    static QList<Name> find(const Taxonomy &taxonomy, const FoldedText &folded, const QList<Gazetteer::Hit> &suffixes,
                            const QList<Gazetteer::Hit> &knownHits, const WrittenFn &written);

private:
    static bool koreanName(const Taxonomy &taxonomy, const FoldedText &folded, int wordStart, int suffixStart, int end,
                           const WrittenFn &written, Name &out);
    static bool englishName(const Taxonomy &taxonomy, const FoldedText &folded, int suffixStart, int end,
                            const WrittenFn &written, Name &out);
};

} // namespace Medtour
