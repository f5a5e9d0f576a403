// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "gazetteer.h"
#include "tags.h"

#include <QByteArray>
#include <QHash>
#include <QSet>
#include <QString>
#include <QStringList>

#include <memory>
#include <vector>

namespace Medtour {

/// A facet value with its display names ("ko", "en", "ru", "zh", "short"), for filter panels.
struct TaxonomyLabel
{
    QString id;    ///< code or slug
    QString group; ///< market group id or region group label; may be empty
    QHash<QString, QString> names;
};

/// One pattern of the tables with the rules that decide whether a match of it counts.
///
/// In the JSON tables a term is a string, or an object {"t": "LA", "case": true, "right": "word",
/// "requires": ["한인", "교포"]} with these optional keys: "left"/"right" ("none", "word", "particle",
/// "plural"; by default Latin words need word edges and may take a plural s, Cyrillic terms are
/// stems, Korean and Chinese terms match anywhere), "case" (compare the written form exactly),
/// "headline" (only in a Korean headline, not next to another hanja), "requires" (some other word
/// must occur in the article) and "weight" (relevance terms). Spaces between Hangul are optional
/// (외국인 환자 also matches 외국인환자). Every term is folded like the text (NFKC_Casefold).
struct TermRule
{
    enum class Boundary : quint8
    {
        None,     ///< substring (Korean default: particles follow without a space)
        Word,     ///< no letter of the same script family next to it
        Particle, ///< Korean: nothing, or a particle / listed noun right after it
        Plural,   ///< Latin: a word boundary, optionally after "s" or "'s"
    };
    enum class Role : quint8
    {
        Tag,            ///< gives a tag
        Block,          ///< a context in which matches of (kind, value) inside it are void
        HospitalSuffix, ///< ends a hospital name; the name is found by the hospital rules
        Core,           ///< relevance: core medical-tourism term
        Supporting,     ///< relevance: counts only with a core term or a market
        Negative,       ///< relevance: damps articles without a core term
    };
    TagKind kind = TagKind::Market;
    Role role = Role::Tag;
    Boundary left = Boundary::None;
    Boundary right = Boundary::None;
    bool caseSensitive = false; ///< the written text must equal `exact` (US, LA, IVF)
    bool headline = false;      ///< only in a Korean headline, between non-Han characters (美, 中)
    bool english = false;       ///< hospital suffix of the English capitalised-name rule
    double weight = 0;
    QString value;           ///< code, slug, canonical hospital name or keyword
    QString term;            ///< as listed in the table
    QString exact;           ///< NFC form for case-sensitive comparison
    QStringList requiresAny; ///< folded; one must occur somewhere in the article
};

/// Word lists that separate hospital names from generic mentions (지역 대학병원, A병원).
struct HospitalRules
{
    QSet<QString> genericPrefixes; ///< folded words that make up generic descriptions
    QSet<QString> rejectNames;     ///< folded whole words that are never names
    QStringList rejectEndings;     ///< folded endings that are never hospitals (동물병원)
    QStringList rejectFollowers;   ///< folded words that, glued after the suffix, make it not a name (협회)
    QSet<QString> englishLeading;  ///< words stripped from the left of an English name
    QSet<QString> englishGeneric;  ///< words that alone do not make a name
    QHash<QString, QString> known; ///< folded, space-free alias → canonical name
    QList<QPair<QString, QString>> abbreviations; ///< written ending → expanded ending
};

/// Relevance parameters besides the per-term weights.
struct RelevanceRules
{
    double marketWeight = 0.12;
    int marketMax = 3;
    double specialtyWeight = 0.03;
    int specialtyMax = 3;
    double headlineBoost = 0.25;
    double foreignPatientWeight = 0.35;  ///< a market next to a patient term (태국 환자)
    QStringList patientTerms;            ///< keyword terms that mean "patient"
    int foreignPatientGap = 8;           ///< characters allowed between them
    QHash<QString, double> eventWeights; ///< slug → weight
};

/// The tagging tables (resources/taxonomy/*.json) compiled into one automaton.
/// Immutable once built; builtin() loads the embedded tables once and is safe from any thread.
class Taxonomy final
{
public:
    /// The tables compiled into the library under :/taxonomy. Never null; problems are in errors().
    static std::shared_ptr<const Taxonomy> builtin();
    /// Tables given as JSON documents keyed "markets", "regions", "specialties", "hospitals", "events",
    /// "relevance" (a missing one is empty). For tests and for users' extra tables.
    static std::shared_ptr<const Taxonomy> fromTables(const QHash<QString, QByteArray> &tables);
    static QStringList tableNames();

    /// Problems met while loading (bad JSON, unknown options); empty when the tables are sound.
    const QStringList &errors() const { return m_errors; }

    QList<TaxonomyLabel> labels(TagKind kind) const { return m_labels.value(int(kind)); }
    QList<TaxonomyLabel> marketGroups() const { return m_marketGroups; }

    const Gazetteer &gazetteer() const { return m_gazetteer; }
    const TermRule &rule(int index) const { return m_rules[size_t(index)]; }
    int ruleCount() const { return int(m_rules.size()); }
    const HospitalRules &hospitalRules() const { return m_hospitals; }
    const RelevanceRules &relevanceRules() const { return m_relevance; }
    /// Folded Korean particles and nouns that may follow a Particle-bounded term.
    const QStringList &particles() const { return m_particles; }
    /// The keyword rule for a listed term, or nullptr.
    const TermRule *keyword(const QString &term) const;

private:
    friend class TaxonomyLoader;

    Gazetteer m_gazetteer;
    std::vector<TermRule> m_rules;
    QHash<QString, int> m_keywordIndex;
    QHash<int, QList<TaxonomyLabel>> m_labels; ///< by TagKind
    QList<TaxonomyLabel> m_marketGroups;
    HospitalRules m_hospitals;
    RelevanceRules m_relevance;
    QStringList m_particles;
    QStringList m_errors;
};

} // namespace Medtour
