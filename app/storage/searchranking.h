// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtGlobal>

namespace Medtour::SearchRanking {

/// How well a hit matches, before its age counts: the engine's text score (SQLite's bm25 with the
/// title weighted four times, PostgreSQL's ts_rank with the title weighted A), or for a broad
/// query — whose text score would cost a count of every match — kTitleHit when the title matches
/// and kBodyHit when only the body does.
inline constexpr double kTitleHit = 2.0;
inline constexpr double kBodyHit = 1.0;

/// The age at which a hit's score is halved: 90 days. News about medical tourism is read for the
/// season it belongs to, so last month's story should outrank a similar one from two years ago,
/// but a strong old match still beats a weak new one.
inline constexpr double kHalfScoreAgeSecs = 90.0 * 24 * 3600;

/// The score a search ranks by: `match` divided by 1 + age / 90 days. Pure, so both engines and
/// the tests agree on it.
inline double score(double match, qint64 ageSecs)
{
    const double age = ageSecs > 0 ? double(ageSecs) : 0.0;
    return match / (1.0 + age / kHalfScoreAgeSecs);
}

} // namespace Medtour::SearchRanking
