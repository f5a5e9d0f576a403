// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

/// Shared types of the conformance runner: what a peer suite expects, mapped onto our model.
/// The rules follow shared/corpora/README.md §2.2; a field a suite does not describe stays nullopt
/// ("not applicable"), an empty value means "must be empty".
namespace Medtour::Conformance {

enum class Outcome
{
    Pass,
    Fail,
    NotApplicable
};

/// One field compared on one case.
struct Check
{
    QString suite;  ///< gofeed, feed-rs, feedparser, date-vectors
    QString folder; ///< e.g. parser/atom, rss2, wellformed/base
    QString caseId; ///< file path relative to the suite root
    QString field;  ///< our field name, e.g. item.title
    Outcome outcome = Outcome::Fail;
    bool secondary = false; ///< the informational score: lenient text, or exact HTML
    QString expected;
    QString actual;
    QString note; ///< not-applicable category, or detail of a failure
};

struct ExpectedEnclosure
{
    QString url;
    QString type;
    qint64 length = 0; ///< 0 when the suite does not say
};

/// Values a suite expects for one item. nullopt: the suite has no such field.
struct ExpectedItem
{
    std::optional<QString> title;
    std::optional<QString> link;
    std::optional<QString> id;
    std::optional<QDateTime> published; ///< invalid: must be null
    std::optional<QDateTime> updated;
    std::optional<QString> summary; ///< HTML or text, compared as text (rule b)
    std::optional<QString> content;
    std::optional<QStringList> authors;
    std::optional<QStringList> categories;
    std::optional<QList<ExpectedEnclosure>> enclosures;
    std::optional<QString> language;
};

struct ExpectedFeed
{
    std::optional<QString> title;
    std::optional<QString> link;
    std::optional<QString> description;
    std::optional<QString> language;
    std::optional<int> itemCount;
    QList<ExpectedItem> items;
};

/// Where a case came from, for the report.
struct CaseRef
{
    QString suite;
    QString folder;
    QString caseId;
};

} // namespace Medtour::Conformance
