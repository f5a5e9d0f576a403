// SPDX-License-Identifier: GPL-3.0-or-later
#include "relevancescorer.h"

#include "tagger.h"
#include "taxonomy.h"

#include <QSet>

#include <algorithm>
#include <cmath>

namespace Medtour {

QJsonObject RelevanceReason::toJson() const
{
    return QJsonObject{
        {QStringLiteral("term"), term},
        {QStringLiteral("weight"), std::round(weight * 1000.0) / 1000.0},
        {QStringLiteral("kind"), kind},
    };
}

QJsonArray Relevance::reasonsJson() const
{
    QJsonArray out;
    for (const RelevanceReason &r : reasons)
        out.append(r.toJson());
    return out;
}

namespace {

void appendJsonString(QString &out, const QString &s)
{
    out += u'"';
    for (const QChar c : s) {
        switch (c.unicode()) {
        case u'"':
            out += u"\\\"";
            break;
        case u'\\':
            out += u"\\\\";
            break;
        case u'\n':
            out += u"\\n";
            break;
        case u'\r':
            out += u"\\r";
            break;
        case u'\t':
            out += u"\\t";
            break;
        default:
            if (c.unicode() < 0x20)
                out += QStringLiteral("\\u%1").arg(int(c.unicode()), 4, 16, QChar(u'0'));
            else
                out += c;
        }
    }
    out += u'"';
}

} // namespace

QString Relevance::reasonsCompactJson() const
{
    // The keys in QJsonObject's (sorted) order, numbers as it writes them.
    QString out;
    out.reserve(qsizetype(reasons.size()) * 64 + 2);
    out += u'[';
    for (const RelevanceReason &r : reasons) {
        if (out.size() > 1)
            out += u',';
        out += u"{\"kind\":";
        appendJsonString(out, r.kind);
        out += u",\"term\":";
        appendJsonString(out, r.term);
        out += u",\"weight\":";
        out += QString::number(std::round(r.weight * 1000.0) / 1000.0, 'g', QLocale::FloatingPointShortest);
        out += u'}';
    }
    out += u']';
    return out;
}

namespace {

/// "태국 환자", "중국인 부부 환자", "patients from Kazakhstan": a market named next to a patient
/// term says what "외국인 환자" says. Counted once.
RelevanceReason foreignPatient(const Tags &tags, const RelevanceRules &rules)
{
    for (const TagEvidence &market : tags.evidence) {
        if (market.kind != TagKind::Market)
            continue;
        for (const TagEvidence &patient : tags.evidence) {
            if (patient.kind != TagKind::Keyword || patient.inTitle != market.inTitle ||
                !rules.patientTerms.contains(patient.value))
                continue;
            const int after = patient.position - (market.position + market.length);
            const int before = market.position - (patient.position + patient.length);
            if (after >= 0 && after <= rules.foreignPatientGap)
                return {market.term + u' ' + patient.term, rules.foreignPatientWeight,
                        QStringLiteral("foreign-patient")};
            if (before >= 0 && before <= rules.foreignPatientGap)
                return {patient.term + u' ' + market.term, rules.foreignPatientWeight,
                        QStringLiteral("foreign-patient")};
        }
    }
    return {QString(), 0, QString()};
}

} // namespace

RelevanceScorer::RelevanceScorer()
    : m_taxonomy(Taxonomy::builtin())
{}

RelevanceScorer::RelevanceScorer(std::shared_ptr<const Taxonomy> taxonomy)
    : m_taxonomy(taxonomy ? std::move(taxonomy) : Taxonomy::builtin())
{}

Relevance RelevanceScorer::score(const QString &title, const QString &text, const QString &language) const
{
    return score(Tagger(m_taxonomy).tag(title, text, language));
}

Relevance RelevanceScorer::score(const Tags &tags) const
{
    using Role = TermRule::Role;
    const RelevanceRules &rules = m_taxonomy->relevanceRules();

    bool hasCore = false;
    bool hasMarket = !tags.markets.isEmpty();
    const TagEvidence *coreInTitle = nullptr;
    for (const TagEvidence &e : tags.evidence) {
        if (e.kind != TagKind::Keyword)
            continue;
        const TermRule *rule = m_taxonomy->keyword(e.value);
        if (rule && rule->role == Role::Core) {
            hasCore = true;
            if (e.inTitle && !coreInTitle)
                coreInTitle = &e;
        }
    }
    const bool context = hasCore || hasMarket;

    Relevance result;
    QSet<QString> seen;
    int markets = 0;
    int specialties = 0;
    double negative = 1.0;
    for (const TagEvidence &e : tags.evidence) {
        const QString key = tagKindName(e.kind) + u':' + e.value;
        if (seen.contains(key))
            continue;
        switch (e.kind) {
        case TagKind::Keyword: {
            const TermRule *rule = m_taxonomy->keyword(e.value);
            if (!rule)
                break;
            if (rule->role == Role::Core) {
                result.reasons.append({rule->term, rule->weight, QStringLiteral("core")});
            } else if (rule->role == Role::Supporting && context) {
                result.reasons.append({rule->term, rule->weight, QStringLiteral("supporting")});
            } else if (rule->role == Role::Negative && !context) {
                result.reasons.append({rule->term, -rule->weight, QStringLiteral("negative")});
                negative *= 1.0 - std::clamp(rule->weight, 0.0, 1.0);
            } else {
                break;
            }
            seen.insert(key);
            break;
        }
        case TagKind::Market:
            if (markets < rules.marketMax) {
                ++markets;
                seen.insert(key);
                result.reasons.append({e.term, rules.marketWeight, QStringLiteral("market")});
            }
            break;
        case TagKind::Event:
            if (context) {
                seen.insert(key);
                result.reasons.append({e.term, rules.eventWeights.value(e.value), QStringLiteral("event")});
            }
            break;
        case TagKind::Specialty:
            if (context && specialties < rules.specialtyMax) {
                ++specialties;
                seen.insert(key);
                result.reasons.append({e.term, rules.specialtyWeight, QStringLiteral("specialty")});
            }
            break;
        case TagKind::Region:
        case TagKind::Hospital:
            break;
        }
    }
    if (const RelevanceReason foreign = foreignPatient(tags, rules); foreign.weight > 0)
        result.reasons.append(foreign);
    if (coreInTitle)
        result.reasons.append({coreInTitle->term, rules.headlineBoost, QStringLiteral("headline")});

    double keep = 1.0;
    for (const RelevanceReason &r : std::as_const(result.reasons))
        if (r.weight > 0)
            keep *= 1.0 - std::clamp(r.weight, 0.0, 1.0);
    result.score = std::clamp((1.0 - keep) * negative, 0.0, 1.0);
    std::stable_sort(
        result.reasons.begin(), result.reasons.end(),
        [](const RelevanceReason &a, const RelevanceReason &b) { return std::abs(a.weight) > std::abs(b.weight); });
    return result;
}

} // namespace Medtour
