// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "taxonomy.h"

#include <QJsonObject>
#include <QJsonValue>

namespace Medtour {

/// Reads the JSON tables into a Taxonomy: one TermRule per listed term and one automaton
/// pattern per spelling variant (Korean multi-word terms match with or without their spaces).
class TaxonomyLoader final
{
public:
    explicit TaxonomyLoader(Taxonomy &target)
        : m_t(target)
    {}

    void load(const QHash<QString, QByteArray> &tables);

    /// The folded form a pattern is matched in (the same folding the tagger applies to text).
    static QString foldPattern(QStringView term);
    /// The pattern plus its variants without each space that sits between two Hangul syllables.
    static QStringList spacingVariants(const QString &folded);

private:
    QJsonObject table(const QHash<QString, QByteArray> &tables, const QString &name);
    void loadMarkets(const QJsonObject &root);
    void loadRegions(const QJsonObject &root);
    void loadSpecialties(const QJsonObject &root);
    void loadHospitals(const QJsonObject &root);
    void loadEvents(const QJsonObject &root);
    void loadRelevance(const QJsonObject &root);

    /// Adds every term of {"ko": [...], "en": [...]} (or a plain array).
    void addTerms(const QJsonValue &terms, TagKind kind, TermRule::Role role, const QString &value);
    void addTerm(const QJsonValue &spec, TagKind kind, TermRule::Role role, const QString &value, double weight = 0);
    void addBlocks(const QJsonValue &blocks, TagKind kind, const QString &value);
    TaxonomyLabel label(const QJsonObject &entry, const QString &idKey) const;

    Taxonomy &m_t;
    QString m_context; ///< table being read, for error messages
};

} // namespace Medtour
