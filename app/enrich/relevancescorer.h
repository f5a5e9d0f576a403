// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "tags.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <memory>

namespace Medtour {

class Taxonomy;

/// One reason for a relevance score, shown to the user: {"term":"외국인 환자 유치","weight":0.5}.
struct RelevanceReason
{
    QString term;  ///< the listed term (core, supporting, negative) or the words as written
    double weight; ///< what it contributed; negative for damping terms
    QString kind;  ///< "core", "supporting", "market", "foreign-patient", "event", "specialty", "headline", "negative"
    QJsonObject toJson() const;
};

/// How strongly an article is about medical tourism (0..1) and why.
struct Relevance
{
    double score = 0;
    QList<RelevanceReason> reasons; ///< strongest first
    QJsonArray reasonsJson() const;
    /// reasonsJson() as compact JSON text, written directly: the sync stores it for every article,
    /// and building and serialising a QJsonArray cost more than scoring.
    QString reasonsCompactJson() const;
};

/// Scores relevance from tagging evidence. Weights live in resources/taxonomy/relevance.json
/// (terms, market and specialty weights, headline boost) and events.json (per event type).
/// Positive evidence combines by saturation, score = 1 − Π(1 − w), so a second strong term adds
/// less than the first and the score never exceeds 1. Supporting terms, events and specialties
/// count only when the article has a core term or names a market, so a hospital's domestic news
/// stays low; with neither, each negative term (채용, 리모델링…) multiplies by (1 − w).
class RelevanceScorer final
{
public:
    /// Uses Taxonomy::builtin().
    RelevanceScorer();
    explicit RelevanceScorer(std::shared_ptr<const Taxonomy> taxonomy);

    /// From tags the Tagger produced (no second pass over the text).
    Relevance score(const Tags &tags) const;
    /// Tags and scores in one call.
    Relevance score(const QString &title, const QString &text, const QString &language = QString()) const;

private:
    std::shared_ptr<const Taxonomy> m_taxonomy;
};

} // namespace Medtour
