// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace Medtour {

/// One word or quoted phrase of a search.
struct SearchTerm
{
    QString text;
    bool phrase = false;
    bool prefix = false; ///< written with a trailing '*'
};

/// The search syntax of the filter box and `medtour-cli search`: words (all must match),
/// "quoted phrases", -exclusions (words or phrases) and OR between neighbours (OR binds tighter
/// than the implicit AND, as in web search: `카자흐스탄 OR 우즈벡 설명회`).
struct SearchQuery
{
    QList<QList<SearchTerm>> clauses; ///< AND of clauses, each an OR of terms
    QList<SearchTerm> excluded;

    bool isEmpty() const { return clauses.isEmpty() && excluded.isEmpty(); }
    /// The positive terms' texts, for highlighting hits.
    QStringList highlightTerms() const;

    static SearchQuery parse(QStringView text);
};

} // namespace Medtour
