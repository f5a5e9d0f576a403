// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/article.h"
#include "domain/articlequery.h"
#include "domain/facets.h"
#include "domain/storycluster.h"
#include "export/reportmodel.h"

#include <QList>

namespace Medtour::Export {

/// One article with what the report shows beside it, as loaded from the cache.
struct ReportInput
{
    Article article;
    QList<Tag> tags;
    StoryCluster cluster; ///< empty when the story has no other copies
};

/**
 * Turns loaded articles into a ReportModel: orders them (newest first), groups them, numbers
 * them, splits the clean text into paragraphs and captions (or keeps the lead), lists the other
 * outlets of a clustered story, names tags in the label language and marks search terms.
 * Pure (no database, no QtGui), so it runs in a worker thread and is tested on plain values.
 */
class ReportBuilder final
{
public:
    /// Texts longer than this are cut (untrusted feed content; a report is for reading).
    static constexpr qsizetype kMaxTextChars = 200 * 1000;
    /// The cover lists at most this many markets and outlets.
    static constexpr int kMaxSummaryRows = 12;
    /// Charts show at most this many markets (lines), and weeks (a report longer than this
    /// many weeks shows its last ones).
    static constexpr int kMaxChartSeries = 6;
    static constexpr int kMaxChartWeeks = 26;

    static ReportModel build(const QList<ReportInput> &inputs, const ReportOptions &options);

    /// The filters of `query` in a line for the cover ("market: KZ · since: 2026-11-01T00:00:00Z").
    static QString filterSummary(const ArticleQuery &query);

    /// The clean text (or, without one, the lead) as paragraphs and captions, in order.
    static QList<ReportBlock> blocks(const Article &article, bool leadOnly, const QStringList &terms);
};

} // namespace Medtour::Export
