// SPDX-License-Identifier: GPL-3.0-or-later
#include "taxonomyloader.h"

#include "foldedtext.h"
#include "text/textnormalizer.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>

#include <optional>

namespace Medtour {

namespace {

using Boundary = TermRule::Boundary;
using Role = TermRule::Role;

bool isLatinLetter(QChar c)
{
    const char16_t u = c.unicode();
    return (u >= 'a' && u <= 'z') || (u >= 'A' && u <= 'Z');
}

std::optional<Boundary> parseBoundary(const QString &name)
{
    if (name == u"none")
        return Boundary::None;
    if (name == u"word")
        return Boundary::Word;
    if (name == u"particle")
        return Boundary::Particle;
    if (name == u"plural")
        return Boundary::Plural;
    return std::nullopt;
}

QStringList stringList(const QJsonValue &value)
{
    QStringList out;
    const QJsonArray array = value.toArray();
    for (const QJsonValue &v : array)
        if (v.isString())
            out.append(v.toString());
    return out;
}

/// Particles and nouns that may follow a Particle-bounded Korean term (인도인, 암 환자, 암을).
const char16_t *const kParticles[] = {
    u"은",   u"는",   u"이",   u"가",   u"을",   u"를",   u"의",   u"에",   u"와",   u"과",   u"로",     u"으로",
    u"도",   u"만",   u"까지", u"부터", u"보다", u"처럼", u"이나", u"나",   u"측",   u"쪽",   u"인",     u"계",
    u"산",   u"행",   u"발",   u"내",   u"현지", u"정부", u"시장", u"환자", u"국적", u"출신", u"센터",   u"치료",
    u"수술", u"진단", u"검진", u"전문", u"병원", u"질환", u"세포", u"투병", u"경험", u"유치", u"관광객", u"의료",
};

} // namespace

QString TaxonomyLoader::foldPattern(QStringView term)
{
    const FoldedText folded = FoldedText::fold(term, {});
    return folded.text().left(folded.bodyStart() - 1);
}

QStringList TaxonomyLoader::spacingVariants(const QString &folded)
{
    QList<int> optional;
    for (int i = 1; i + 1 < folded.size(); ++i) {
        if (folded.at(i) == u' ' && FoldedText::scriptOf(folded.at(i - 1)) == FoldedText::Script::Hangul &&
            FoldedText::scriptOf(folded.at(i + 1)) == FoldedText::Script::Hangul)
            optional.append(i);
    }
    if (optional.size() > 4)
        optional.resize(4);
    QStringList out;
    for (int mask = 0; mask < (1 << optional.size()); ++mask) {
        QString v;
        v.reserve(folded.size());
        for (int i = 0; i < folded.size(); ++i) {
            const int k = int(optional.indexOf(i));
            if (k >= 0 && (mask & (1 << k)))
                continue;
            v.append(folded.at(i));
        }
        out.append(v);
    }
    return out;
}

QJsonObject TaxonomyLoader::table(const QHash<QString, QByteArray> &tables, const QString &name)
{
    m_context = name;
    const auto it = tables.constFind(name);
    if (it == tables.constEnd())
        return {};
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(*it, &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject()) {
        m_t.m_errors.append(
            QStringLiteral("%1: invalid JSON at offset %2: %3").arg(name).arg(error.offset).arg(error.errorString()));
        return {};
    }
    return doc.object();
}

void TaxonomyLoader::addTerm(const QJsonValue &spec, TagKind kind, Role role, const QString &value, double weight)
{
    TermRule rule;
    rule.kind = kind;
    rule.role = role;
    rule.value = value;
    rule.weight = weight;
    QJsonObject options;
    if (spec.isString()) {
        rule.term = spec.toString();
    } else if (spec.isObject()) {
        options = spec.toObject();
        rule.term = options.value(u"t").toString();
        rule.weight = options.value(u"weight").toDouble(weight);
    }
    const QString folded = foldPattern(rule.term);
    if (folded.isEmpty()) {
        m_t.m_errors.append(QStringLiteral("%1: empty term for %2").arg(m_context, value));
        return;
    }
    if (role == Role::Core || role == Role::Supporting || role == Role::Negative)
        rule.value = rule.term;

    // Defaults follow the script at each edge: Latin words need boundaries (and may take a
    // plural s), Cyrillic terms are stems, Korean and Chinese terms are substrings.
    const FoldedText::Script first = FoldedText::scriptOf(folded.front());
    const FoldedText::Script last = FoldedText::scriptOf(folded.back());
    if (role != Role::Block) {
        rule.left = first == FoldedText::Script::Alnum ? Boundary::Word : Boundary::None;
        if (last == FoldedText::Script::Alnum)
            rule.right = isLatinLetter(folded.back()) ? Boundary::Plural
                         : folded.back().isDigit()    ? Boundary::Word
                                                      : Boundary::None;
    }
    for (auto it = options.constBegin(); it != options.constEnd(); ++it) {
        const QString key = it.key();
        if (key == u"t" || key == u"weight") {
            continue;
        } else if (key == u"left" || key == u"right") {
            const auto boundary = parseBoundary(it.value().toString());
            if (!boundary)
                m_t.m_errors.append(QStringLiteral("%1: bad %2 boundary for %3").arg(m_context, key, rule.term));
            else
                (key == u"left" ? rule.left : rule.right) = *boundary;
        } else if (key == u"case") {
            rule.caseSensitive = it.value().toBool();
        } else if (key == u"headline") {
            rule.headline = it.value().toBool();
        } else if (key == u"requires") {
            for (const QString &r : stringList(it.value()))
                rule.requiresAny.append(foldPattern(r));
        } else {
            m_t.m_errors.append(QStringLiteral("%1: unknown option '%2' for %3").arg(m_context, key, rule.term));
        }
    }
    if (rule.caseSensitive)
        rule.exact = TextNormalizer::nfc(rule.term);

    const int index = int(m_t.m_rules.size());
    m_t.m_rules.push_back(rule);
    if (role == Role::Core || role == Role::Supporting || role == Role::Negative)
        m_t.m_keywordIndex.insert(rule.term, index);
    for (const QString &variant : spacingVariants(folded))
        m_t.m_gazetteer.addPattern(variant, index);
}

void TaxonomyLoader::addTerms(const QJsonValue &terms, TagKind kind, Role role, const QString &value)
{
    if (terms.isArray()) {
        const QJsonArray array = terms.toArray();
        for (const QJsonValue &spec : array)
            addTerm(spec, kind, role, value);
        return;
    }
    const QJsonObject byLanguage = terms.toObject();
    for (auto it = byLanguage.constBegin(); it != byLanguage.constEnd(); ++it) {
        const QJsonArray array = it.value().toArray();
        for (const QJsonValue &spec : array)
            addTerm(spec, kind, role, value);
    }
}

void TaxonomyLoader::addBlocks(const QJsonValue &blocks, TagKind kind, const QString &value)
{
    const QJsonArray array = blocks.toArray();
    for (const QJsonValue &spec : array)
        addTerm(spec, kind, Role::Block, value);
}

TaxonomyLabel TaxonomyLoader::label(const QJsonObject &entry, const QString &idKey) const
{
    TaxonomyLabel label;
    label.id = entry.value(idKey).toString();
    label.group = entry.value(u"group").toString();
    const QJsonObject names = entry.value(u"names").toObject();
    for (auto it = names.constBegin(); it != names.constEnd(); ++it)
        label.names.insert(it.key(), it.value().toString());
    return label;
}

void TaxonomyLoader::loadMarkets(const QJsonObject &root)
{
    const QJsonArray markets = root.value(u"markets").toArray();
    for (const QJsonValue &v : markets) {
        const QJsonObject entry = v.toObject();
        const QString code = entry.value(u"code").toString();
        if (code.size() != 2) {
            m_t.m_errors.append(QStringLiteral("markets: bad code '%1'").arg(code));
            continue;
        }
        m_t.m_labels[int(TagKind::Market)].append(label(entry, QStringLiteral("code")));
        for (const char16_t *key : {u"terms", u"cities", u"diaspora"})
            addTerms(entry.value(QStringView(key)), TagKind::Market, Role::Tag, code);
        addBlocks(entry.value(u"block"), TagKind::Market, code);
    }
    const QJsonArray groups = root.value(u"groups").toArray();
    for (const QJsonValue &v : groups)
        m_t.m_marketGroups.append(label(v.toObject(), QStringLiteral("id")));
}

void TaxonomyLoader::loadRegions(const QJsonObject &root)
{
    const QJsonArray regions = root.value(u"regions").toArray();
    for (const QJsonValue &v : regions) {
        const QJsonObject entry = v.toObject();
        const QString code = entry.value(u"code").toString();
        if (!code.startsWith(u"KR-")) {
            m_t.m_errors.append(QStringLiteral("regions: bad code '%1'").arg(code));
            continue;
        }
        m_t.m_labels[int(TagKind::Region)].append(label(entry, QStringLiteral("code")));
        addTerms(entry.value(u"terms"), TagKind::Region, Role::Tag, code);
        addTerms(entry.value(u"cities"), TagKind::Region, Role::Tag, code);
        addBlocks(entry.value(u"block"), TagKind::Region, code);
    }
}

void TaxonomyLoader::loadSpecialties(const QJsonObject &root)
{
    const QJsonArray specialties = root.value(u"specialties").toArray();
    for (const QJsonValue &v : specialties) {
        const QJsonObject entry = v.toObject();
        const QString slug = entry.value(u"slug").toString();
        m_t.m_labels[int(TagKind::Specialty)].append(label(entry, QStringLiteral("slug")));
        addTerms(entry.value(u"terms"), TagKind::Specialty, Role::Tag, slug);
        addBlocks(entry.value(u"block"), TagKind::Specialty, slug);
    }
}

void TaxonomyLoader::loadHospitals(const QJsonObject &root)
{
    HospitalRules &h = m_t.m_hospitals;
    const QJsonObject suffixes = root.value(u"suffixes").toObject();
    for (const QString &s : stringList(suffixes.value(u"ko")))
        addTerm(QJsonObject{{QStringLiteral("t"), s},
                            {QStringLiteral("left"), QStringLiteral("none")},
                            {QStringLiteral("right"), QStringLiteral("none")}},
                TagKind::Hospital, Role::HospitalSuffix, QString());
    for (const QString &s : stringList(suffixes.value(u"en"))) {
        addTerm(QJsonObject{{QStringLiteral("t"), s}, {QStringLiteral("right"), QStringLiteral("word")}},
                TagKind::Hospital, Role::HospitalSuffix, QString());
        m_t.m_rules.back().english = true;
        m_t.m_rules.back().caseSensitive = true;
        m_t.m_rules.back().exact = s;
    }
    const auto foldedSet = [](const QJsonValue &v) {
        QSet<QString> out;
        for (const QString &s : stringList(v))
            out.insert(foldPattern(s));
        return out;
    };
    h.genericPrefixes = foldedSet(root.value(u"genericPrefixes"));
    h.rejectNames = foldedSet(root.value(u"rejectNames"));
    for (const QString &s : stringList(root.value(u"rejectEndings")))
        h.rejectEndings.append(foldPattern(s));
    for (const QString &s : stringList(root.value(u"rejectFollowers")))
        h.rejectFollowers.append(foldPattern(s));
    const QStringList leading = stringList(root.value(u"englishLeading"));
    h.englishLeading = QSet<QString>(leading.begin(), leading.end());
    const QStringList generic = stringList(root.value(u"englishGeneric"));
    h.englishGeneric = QSet<QString>(generic.begin(), generic.end());

    const QJsonArray known = root.value(u"known").toArray();
    for (const QJsonValue &v : known) {
        const QJsonObject entry = v.toObject();
        const QString name = entry.value(u"name").toString();
        QStringList aliases = stringList(entry.value(u"aliases"));
        aliases.prepend(name);
        for (const QString &alias : std::as_const(aliases)) {
            h.known.insert(foldPattern(alias).remove(u' '), name);
            addTerm(QJsonObject{{QStringLiteral("t"), alias}, {QStringLiteral("left"), QStringLiteral("word")}},
                    TagKind::Hospital, Role::Tag, name);
        }
    }
    const QJsonArray abbreviations = root.value(u"abbreviations").toArray();
    for (const QJsonValue &v : abbreviations) {
        const QJsonObject entry = v.toObject();
        h.abbreviations.append({entry.value(u"from").toString(), entry.value(u"to").toString()});
    }
}

void TaxonomyLoader::loadEvents(const QJsonObject &root)
{
    const QJsonArray events = root.value(u"events").toArray();
    for (const QJsonValue &v : events) {
        const QJsonObject entry = v.toObject();
        const QString slug = entry.value(u"slug").toString();
        m_t.m_labels[int(TagKind::Event)].append(label(entry, QStringLiteral("slug")));
        m_t.m_relevance.eventWeights.insert(slug, entry.value(u"weight").toDouble());
        addTerms(entry.value(u"triggers"), TagKind::Event, Role::Tag, slug);
        addBlocks(entry.value(u"block"), TagKind::Event, slug);
    }
}

void TaxonomyLoader::loadRelevance(const QJsonObject &root)
{
    const QJsonArray core = root.value(u"core").toArray();
    for (const QJsonValue &spec : core)
        addTerm(spec, TagKind::Keyword, Role::Core, QString());
    const QJsonArray supporting = root.value(u"supporting").toArray();
    for (const QJsonValue &spec : supporting)
        addTerm(spec, TagKind::Keyword, Role::Supporting, QString());
    const QJsonArray negative = root.value(u"negative").toArray();
    for (const QJsonValue &spec : negative)
        addTerm(spec, TagKind::Keyword, Role::Negative, QString());
    RelevanceRules &r = m_t.m_relevance;
    const QJsonObject market = root.value(u"market").toObject();
    r.marketWeight = market.value(u"weight").toDouble(r.marketWeight);
    r.marketMax = market.value(u"max").toInt(r.marketMax);
    const QJsonObject specialty = root.value(u"specialty").toObject();
    r.specialtyWeight = specialty.value(u"weight").toDouble(r.specialtyWeight);
    r.specialtyMax = specialty.value(u"max").toInt(r.specialtyMax);
    r.headlineBoost = root.value(u"headlineBoost").toDouble(r.headlineBoost);
    const QJsonObject foreign = root.value(u"foreignPatient").toObject();
    r.foreignPatientWeight = foreign.value(u"weight").toDouble(r.foreignPatientWeight);
    r.patientTerms = stringList(foreign.value(u"patientTerms"));
    r.foreignPatientGap = foreign.value(u"maxGap").toInt(r.foreignPatientGap);
}

void TaxonomyLoader::load(const QHash<QString, QByteArray> &tables)
{
    for (const char16_t *p : kParticles)
        m_t.m_particles.append(QString::fromUtf16(p));
    loadMarkets(table(tables, QStringLiteral("markets")));
    loadRegions(table(tables, QStringLiteral("regions")));
    loadSpecialties(table(tables, QStringLiteral("specialties")));
    loadHospitals(table(tables, QStringLiteral("hospitals")));
    loadEvents(table(tables, QStringLiteral("events")));
    loadRelevance(table(tables, QStringLiteral("relevance")));
    m_t.m_gazetteer.build();
}

} // namespace Medtour
