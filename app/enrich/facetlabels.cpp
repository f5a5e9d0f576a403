// SPDX-License-Identifier: GPL-3.0-or-later
#include "facetlabels.h"

#include "enrich/taxonomy.h"

#include <QHash>
#include <QMutex>

#include <unicode/uloc.h>

namespace Medtour::FacetLabels {

namespace {

QString icuName(const QString &localeId, const QString &language, bool country)
{
    UChar buffer[128];
    UErrorCode status = U_ZERO_ERROR;
    const QByteArray id = localeId.toLatin1();
    const QByteArray display = language.toLatin1();
    const int32_t n = country ? uloc_getDisplayCountry(id.constData(), display.constData(), buffer, 128, &status)
                              : uloc_getDisplayLanguage(id.constData(), display.constData(), buffer, 128, &status);
    if (U_FAILURE(status) || n <= 0)
        return {}; // a fallback to the root locale (U_USING_DEFAULT_WARNING) still names the country
    return QString(reinterpret_cast<const QChar *>(buffer), qMin(n, 127));
}

bool isCode(const QString &value, int length)
{
    if (value.size() != length)
        return false;
    for (const QChar c : value) {
        if (c.unicode() > 127 || !c.isLetter())
            return false;
    }
    return true;
}

QString taxonomyName(FacetKind kind, const QString &value, const QString &language)
{
    // The taxonomy's labels, indexed once per kind.
    static QMutex mutex;
    static QHash<int, QHash<QString, TaxonomyLabel>> labels;
    const QMutexLocker lock(&mutex);
    auto it = labels.find(int(kind));
    if (it == labels.end()) {
        QHash<QString, TaxonomyLabel> byId;
        for (const TaxonomyLabel &label : Taxonomy::builtin()->labels(tagKindOf(kind)))
            byId.insert(label.id, label);
        it = labels.insert(int(kind), byId);
    }
    const auto label = it->constFind(value);
    if (label == it->cend())
        return {};
    if (kind == FacetKind::Region && language == u"ko" && label->names.contains(QStringLiteral("short")))
        return label->names.value(QStringLiteral("short"));
    const QString name = label->names.value(language);
    return name.isEmpty() ? label->names.value(QStringLiteral("en")) : name;
}

} // namespace

QString countryName(const QString &code, const QString &language)
{
    if (!isCode(code, 2))
        return code;
    const QString name = icuName(u"und_" + code.toUpper(), language, true);
    return name.isEmpty() || name == code.toUpper() ? code : name;
}

QString languageName(const QString &code, const QString &language)
{
    if (!isCode(code, 2) && !isCode(code, 3))
        return code;
    const QString name = icuName(code.toLower(), language, false);
    return name.isEmpty() ? code : name;
}

QString label(FacetKind kind, const QString &value, const QString &language)
{
    switch (kind) {
    case FacetKind::Market: {
        const QString name = countryName(value, language);
        if (name != value)
            return name;
        const QString listed = taxonomyName(kind, value, language);
        return listed.isEmpty() ? value : listed;
    }
    case FacetKind::Language:
        return languageName(value, language);
    case FacetKind::Region:
    case FacetKind::Specialty:
    case FacetKind::Event: {
        const QString listed = taxonomyName(kind, value, language);
        return listed.isEmpty() ? value : listed;
    }
    case FacetKind::Hospital:
    case FacetKind::Source:
        break;
    }
    return value;
}

} // namespace Medtour::FacetLabels
