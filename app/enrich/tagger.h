// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "tags.h"

#include <QString>

#include <memory>

namespace Medtour {

class Taxonomy;

/// Tags an article with target markets, Korean regions, specialties, hospitals and event types,
/// from the tables in resources/taxonomy (see Taxonomy). Pure and const: no database, settings or
/// qApp; one Tagger may be shared by several threads.
///
/// Matching runs over ICU-folded text with an Aho–Corasick automaton, then per-term rules decide:
/// word boundaries for Latin and Cyrillic, particles for short Korean terms (인도는 but not
/// 인도네시아), case for US/LA/IVF, headline-only hanja (美, 中, 日, 露), context words (LA needs
/// 한인/교포/미국…), and blocking contexts (대전환, 대구탕, 충남대병원 for 충남). A match inside a
/// longer match of the same kind is dropped (경기 광주 → KR-41, not KR-29). A leading dateline
/// ([세종=정책일보] 홍길동 기자 =) yields markets only: its place is the reporter's desk and its outlet
/// name is no evidence.
class Tagger final
{
public:
    /// Uses Taxonomy::builtin().
    Tagger();
    explicit Tagger(std::shared_ptr<const Taxonomy> taxonomy);

    /// Title and plain text of the article; language is the article's BCP 47 tag if known
    /// ("ko", "en", "zh"…; the hanja headline rule is off for Chinese and Japanese).
    /// Text beyond maxTextLength characters is not looked at.
    Tags tag(const QString &title, const QString &text, const QString &language = QString()) const;

    const Taxonomy &taxonomy() const { return *m_taxonomy; }

    static constexpr int maxTextLength = 200000;

private:
    std::shared_ptr<const Taxonomy> m_taxonomy;
};

} // namespace Medtour
