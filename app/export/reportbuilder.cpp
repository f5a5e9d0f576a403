// SPDX-License-Identifier: GPL-3.0-or-later
#include "reportbuilder.h"

#include "enrich/tags.h"
#include "enrich/taxonomy.h"
#include "export/highlighter.h"
#include "extract/articletext.h"
#include "text/textnormalizer.h"

#include <QCollator>
#include <QCoreApplication>
#include <QHash>
#include <QLocale>

#include <algorithm>
#include <map>

namespace Medtour::Export {

namespace {

/// Display names of tag values from the built-in taxonomy, in one language.
class TagLabels
{
public:
    explicit TagLabels(const QString &language)
        : m_language(language)
    {
        const std::shared_ptr<const Taxonomy> taxonomy = Taxonomy::builtin();
        for (const FacetKind kind : tagFacetKinds()) {
            QHash<QString, QString> &names = m_names[tagKindName(kind)];
            for (const TaxonomyLabel &label : taxonomy->labels(tagKindOf(kind))) {
                QString shown = label.names.value(m_language);
                if (shown.isEmpty())
                    shown = label.names.value(QStringLiteral("en"));
                if (!shown.isEmpty())
                    names.insert(label.id, shown);
            }
        }
    }

    QString label(const Tag &tag) const
    {
        const QString shown = m_names.value(tag.kind).value(tag.value);
        return shown.isEmpty() ? tag.value : shown;
    }

private:
    QString m_language;
    QHash<QString, QHash<QString, QString>> m_names;
};

QString reporterOf(const Article &article)
{
    QString out = article.authors.join(QStringLiteral(", "));
    const QString emails = article.emails.join(QStringLiteral(", "));
    if (!emails.isEmpty())
        out = out.isEmpty() ? emails : QStringLiteral("%1 (%2)").arg(out, emails);
    return out.left(300);
}

QString outletOf(const Article &article)
{
    // An aggregator's item, or one whose feed credited an outlet as its author, names its outlet.
    if (const QString outlet = article.outlet.trimmed(); !outlet.isEmpty())
        return outlet.left(200);
    const QString name = article.summary.sourceName.trimmed();
    if (!name.isEmpty())
        return name.left(200);
    return article.summary.link.host();
}

QString otherLabel()
{
    return QCoreApplication::translate("Medtour::Export", "Other");
}

QString groupLabel(const ReportArticle &article, GroupBy groupBy, const QTimeZone &zone, const QLocale &locale)
{
    switch (groupBy) {
    case GroupBy::Date: {
        const QDate day = article.published.toTimeZone(zone).date();
        return day.isValid() ? QStringLiteral("%1 (%2)").arg(day.toString(QStringLiteral("yyyy.MM.dd")),
                                                             locale.dayName(day.dayOfWeek(), QLocale::ShortFormat))
                             : otherLabel();
    }
    case GroupBy::Market:
        return article.primaryMarket.isEmpty() ? otherLabel() : article.primaryMarket;
    case GroupBy::Outlet:
        return article.outlet;
    case GroupBy::None:
        break;
    }
    return {};
}

QList<ReportCount> sortedCounts(const QHash<QString, int> &counts, int limit)
{
    QList<ReportCount> out;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it)
        out.append({it.key(), it.value()});
    std::sort(out.begin(), out.end(), [](const ReportCount &a, const ReportCount &b) {
        return a.count != b.count ? a.count > b.count : a.label < b.label;
    });
    if (out.size() > limit) {
        int rest = 0;
        for (qsizetype i = limit; i < out.size(); ++i)
            rest += out[i].count;
        out.resize(limit);
        out.append({otherLabel(), rest});
    }
    return out;
}

/// The Monday of the week `utc` falls in, in `zone`.
QDate weekOf(const QDateTime &utc, const QTimeZone &zone)
{
    const QDate day = utc.toTimeZone(zone).date();
    return day.addDays(1 - day.dayOfWeek());
}

/// Articles per market per week over the report's weeks, the markets with most articles first.
void addMarketWeeks(ReportModel &model)
{
    const QTimeZone &zone = model.options.timeZone;
    if (!model.periodStart.isValid())
        return;
    QDate first = weekOf(model.periodStart, zone);
    const QDate last = weekOf(model.periodEnd, zone);
    if (first.daysTo(last) / 7 >= ReportBuilder::kMaxChartWeeks)
        first = last.addDays(-7 * (ReportBuilder::kMaxChartWeeks - 1));
    for (QDate w = first; w <= last; w = w.addDays(7))
        model.weeks << w;
    QHash<QString, QList<int>> counts;
    QHash<QString, int> totals;
    for (const ReportArticle *a : model.articles()) {
        if (!a->published.isValid())
            continue;
        const qint64 index = first.daysTo(weekOf(a->published, zone)) / 7;
        if (index < 0 || index >= model.weeks.size())
            continue;
        for (const QString &market : a->tagsOf(FacetKind::Market)) {
            QList<int> &row = counts[market];
            if (row.isEmpty())
                row.fill(0, model.weeks.size());
            ++row[index];
            ++totals[market];
        }
    }
    QStringList markets = counts.keys();
    std::sort(markets.begin(), markets.end(), [&totals](const QString &a, const QString &b) {
        return totals.value(a) != totals.value(b) ? totals.value(a) > totals.value(b) : a < b;
    });
    for (const QString &market : std::as_const(markets).mid(0, ReportBuilder::kMaxChartSeries))
        model.marketWeeks.append({market, counts.value(market)});
}

} // namespace

QList<ReportBlock> ReportBuilder::blocks(const Article &article, bool leadOnly, const QStringList &terms)
{
    QString text = leadOnly ? article.lead : article.cleanText;
    if (text.trimmed().isEmpty())
        text = leadOnly ? article.cleanText : article.lead;
    text.truncate(kMaxTextChars);
    QList<ReportBlock> out;
    const QStringList lines = text.split(u'\n');
    for (const QString &raw : lines) {
        const QString line = TextNormalizer::withoutBidiControls(raw).simplified();
        if (line.isEmpty())
            continue;
        const bool caption = ArticleText::isCaption(line);
        out.append(
            {caption ? ReportBlock::Kind::Caption : ReportBlock::Kind::Paragraph, Highlighter::toHtml(line, terms)});
        // The lead of an article without one is its first paragraph.
        if (leadOnly && article.lead.trimmed().isEmpty() && !caption)
            break;
    }
    return out;
}

QString ReportBuilder::filterSummary(const ArticleQuery &q)
{
    QStringList parts;
    auto add = [&parts](const QString &label, const QStringList &values) {
        if (!values.isEmpty())
            parts << QStringLiteral("%1: %2").arg(label, values.join(QStringLiteral(", ")));
    };
    add(QCoreApplication::translate("Medtour::Export", "markets"), q.selected(FacetKind::Market));
    add(QCoreApplication::translate("Medtour::Export", "regions"), q.selected(FacetKind::Region));
    add(QCoreApplication::translate("Medtour::Export", "specialties"), q.selected(FacetKind::Specialty));
    add(QCoreApplication::translate("Medtour::Export", "hospitals"), q.selected(FacetKind::Hospital));
    add(QCoreApplication::translate("Medtour::Export", "events"), q.selected(FacetKind::Event));
    add(QCoreApplication::translate("Medtour::Export", "languages"), q.selected(FacetKind::Language));
    const QString day = QStringLiteral("yyyy.MM.dd");
    if (q.since.isValid())
        parts << QCoreApplication::translate("Medtour::Export", "from %1").arg(q.since.toString(day));
    if (q.until.isValid())
        parts << QCoreApplication::translate("Medtour::Export", "before %1").arg(q.until.toString(day));
    if (q.minRelevance > 0)
        parts << QCoreApplication::translate("Medtour::Export", "relevance at least %1").arg(q.minRelevance);
    if (q.unreadOnly)
        parts << QCoreApplication::translate("Medtour::Export", "unread only");
    if (q.starredOnly)
        parts << QCoreApplication::translate("Medtour::Export", "starred only");
    return parts.join(QStringLiteral(" · "));
}

ReportModel ReportBuilder::build(const QList<ReportInput> &inputs, const ReportOptions &options)
{
    ReportModel model;
    model.options = options;
    const QString uiLanguage = QLocale().name();
    const QString language = !options.labelLanguage.isEmpty() ? options.labelLanguage
                             : uiLanguage.startsWith(u"ko")   ? QStringLiteral("ko")
                             : uiLanguage.startsWith(u"ru")   ? QStringLiteral("ru")
                                                              : QStringLiteral("en");
    model.title = options.title.trimmed().isEmpty() ? defaultTitle(language) : options.title.trimmed().left(300);
    model.generated = (options.generated.isValid() ? options.generated : QDateTime::currentDateTimeUtc()).toUTC();
    model.highlightTerms = Highlighter::termsOf(options.searchText);
    const TagLabels labels(language);
    const QLocale locale(language == u"ko" ? QLocale::Korean : language == u"ru" ? QLocale::Russian : QLocale::English);

    // Newest first, then by id, whatever order the selection came in: reports read chronologically.
    QList<const ReportInput *> ordered;
    for (const ReportInput &input : inputs)
        ordered << &input;
    std::stable_sort(ordered.begin(), ordered.end(), [](const ReportInput *a, const ReportInput *b) {
        const QDateTime &ta = a->article.summary.published;
        const QDateTime &tb = b->article.summary.published;
        return ta != tb ? ta > tb : a->article.summary.id > b->article.summary.id;
    });

    QHash<QString, int> byMarket;
    QHash<QString, int> byOutlet;
    QList<ReportArticle> articles;
    for (const ReportInput *input : std::as_const(ordered)) {
        const Article &a = input->article;
        ReportArticle r;
        r.id = a.summary.id;
        r.title = TextNormalizer::withoutBidiControls(a.summary.title).simplified().left(1000);
        r.titleHtml = Highlighter::toHtml(r.title, model.highlightTerms);
        r.outlet = TextNormalizer::withoutBidiControls(outletOf(a));
        r.published = a.summary.published.toUTC();
        r.dateGuessed = a.summary.dateGuessed;
        r.reporter = TextNormalizer::withoutBidiControls(reporterOf(a));
        r.url = a.canonicalUrl.isValid() && !a.canonicalUrl.isEmpty() ? a.canonicalUrl : a.summary.link;
        if (r.url.scheme() != u"http" && r.url.scheme() != u"https")
            r.url.clear(); // a file: or other link from a feed must not become a clickable PDF link
        for (const Tag &tag : input->tags) {
            // Only the facet vocabulary's kinds are shown (not the relevance keywords).
            const std::optional<FacetKind> kind = facetKindOfTag(tag.kind);
            if (!kind)
                continue;
            const QString label = labels.label(tag);
            if (!r.tags.contains(label))
                r.tags << label;
            QStringList &byKind = r.tagsByKind[*kind];
            if (!byKind.contains(label))
                byKind << label;
            if (*kind == FacetKind::Market) {
                if (r.primaryMarket.isEmpty())
                    r.primaryMarket = label;
                ++byMarket[label];
            }
        }
        for (const StoryCluster::Member &member : input->cluster.members) {
            const QString outlet = member.source.trimmed();
            if (member.id != r.id && !outlet.isEmpty() && outlet != r.outlet && !r.alsoReportedBy.contains(outlet))
                r.alsoReportedBy << outlet;
        }
        r.relevance = a.summary.relevance;
        r.copies = std::max(1, int(input->cluster.members.size()));
        r.leadOnly = options.leadOnly;
        r.blocks = blocks(a, options.leadOnly, model.highlightTerms);
        ++byOutlet[r.outlet];
        if (r.published.isValid()) {
            if (!model.periodStart.isValid() || r.published < model.periodStart)
                model.periodStart = r.published;
            if (!model.periodEnd.isValid() || r.published > model.periodEnd)
                model.periodEnd = r.published;
        }
        articles.append(std::move(r));
    }

    if (options.groupBy == GroupBy::None) {
        model.groups.append({QString(), articles});
    } else {
        // Dates keep the newest-first order; markets go largest first; outlets alphabetically.
        QStringList order;
        QHash<QString, QList<ReportArticle>> grouped;
        for (ReportArticle &r : articles) {
            const QString label = groupLabel(r, options.groupBy, options.timeZone, locale);
            if (!grouped.contains(label))
                order << label;
            grouped[label].append(std::move(r));
        }
        if (options.groupBy == GroupBy::Market) {
            std::stable_sort(order.begin(), order.end(), [&](const QString &a, const QString &b) {
                if ((a == otherLabel()) != (b == otherLabel()))
                    return b == otherLabel();
                return grouped.value(a).size() > grouped.value(b).size();
            });
        } else if (options.groupBy == GroupBy::Outlet) {
            QCollator collator(locale);
            std::stable_sort(order.begin(), order.end(),
                             [&](const QString &a, const QString &b) { return collator.compare(a, b) < 0; });
        }
        for (const QString &label : std::as_const(order))
            model.groups.append({label, grouped.take(label)});
    }

    int number = 0;
    for (ReportGroup &group : model.groups) {
        for (ReportArticle &r : group.articles)
            r.number = ++number;
    }
    model.articleCount = number;
    model.byMarket = sortedCounts(byMarket, kMaxSummaryRows);
    model.byOutlet = sortedCounts(byOutlet, kMaxSummaryRows);
    addMarketWeeks(model);
    return model;
}

} // namespace Medtour::Export
