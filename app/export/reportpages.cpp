// SPDX-License-Identifier: GPL-3.0-or-later
#include "reportpages.h"

#include <QCoreApplication>

#include <algorithm>

namespace Medtour::Export::ReportPages {

namespace {

QString esc(const QString &text)
{
    return text.toHtmlEscaped();
}

QString cell(int column, const QString &html, const QString &cls = {})
{
    const QString klass = cls.isEmpty() ? QString() : QStringLiteral(" class=\"%1\"").arg(cls);
    return QStringLiteral("<td width=\"%1%\"%2>%3</td>").arg(kIndexColumns[column]).arg(klass, html);
}

QString tableOpen(const QString &cls)
{
    return QStringLiteral("<table class=\"%1\" width=\"100%\" cellspacing=\"0\" cellpadding=\"3\">").arg(cls);
}

QString countsTable(const QString &heading, const QList<ReportCount> &counts)
{
    if (counts.isEmpty())
        return {};
    QString html = QStringLiteral("<h3>%1</h3>").arg(esc(heading)) +
                   QStringLiteral("<table class=\"counts\" width=\"90%\" cellspacing=\"0\" cellpadding=\"2\">");
    for (const ReportCount &c : counts) {
        html += QStringLiteral("<tr><td width=\"80%\">%1</td><td width=\"20%\" align=\"right\">%2</td></tr>")
                    .arg(esc(c.label))
                    .arg(c.count);
    }
    return html + QStringLiteral("</table>");
}

QString metaRow(const QString &label, const QString &valueHtml)
{
    if (valueHtml.isEmpty())
        return {};
    return QStringLiteral("<tr><td width=\"16%\" class=\"label\">%1</td><td width=\"84%\">%2</td></tr>")
        .arg(esc(label), valueHtml);
}

} // namespace

QString dateTime(const QDateTime &utc, const QTimeZone &zone)
{
    if (!utc.isValid())
        return {};
    return utc.toTimeZone(zone).toString(QStringLiteral("yyyy.MM.dd HH:mm"));
}

QString styleSheet()
{
    return QStringLiteral(
        "h1 { font-size: 24pt; font-weight: bold; color: #17365d; margin-bottom: 6pt; }"
        "h2 { font-size: 15pt; font-weight: bold; color: #111111; margin-top: 0pt; margin-bottom: 6pt; }"
        "h3 { font-size: 11pt; font-weight: bold; color: #17365d; margin-top: 12pt; margin-bottom: 3pt; }"
        "p { margin-top: 0pt; margin-bottom: 6pt; line-height: 135%; }"
        "a { color: #1a4f8b; text-decoration: none; }"
        ".hl { background-color: #ffe680; }"
        ".organisation { font-size: 14pt; color: #333333; margin-bottom: 18pt; }"
        ".coverline { font-size: 11pt; margin-bottom: 3pt; }"
        ".filters { font-size: 9pt; color: #555555; }"
        ".caption { font-size: 8.5pt; color: #555555; margin-left: 12pt; margin-right: 12pt; }"
        ".source { font-size: 8pt; color: #666666; margin-top: 8pt; }"
        ".lead-note { font-size: 8pt; color: #666666; }"
        ".group { font-size: 12pt; font-weight: bold; color: #17365d; margin-top: 4pt; margin-bottom: 2pt; }"
        "table.index td { font-size: 8.5pt; }"
        "table.indexhead td { font-size: 8.5pt; font-weight: bold; background-color: #dde5f0; }"
        "table.meta td { font-size: 8.5pt; color: #333333; }"
        "td.label { color: #666666; }"
        "table.counts td { font-size: 9pt; }");
}

QString cover(const ReportModel &model, const ReportCharts &charts, qreal chartWidth, bool sideBySide)
{
    const ReportOptions &o = model.options;
    QString html = QStringLiteral("<h1>%1</h1>").arg(esc(model.title));
    if (!o.organisation.trimmed().isEmpty())
        html += QStringLiteral("<p class=\"organisation\">%1</p>").arg(esc(o.organisation.trimmed().left(200)));
    html += QStringLiteral("<hr/>");
    auto line = [&html](const QString &label, const QString &value) {
        html += QStringLiteral("<p class=\"coverline\"><b>%1</b>&nbsp;&nbsp;%2</p>").arg(esc(label), esc(value));
    };
    const QString day = QStringLiteral("yyyy.MM.dd");
    if (model.periodStart.isValid()) {
        line(QCoreApplication::translate("Medtour::Export::ReportPages", "Period"),
             QStringLiteral("%1 ~ %2").arg(model.periodStart.toTimeZone(o.timeZone).toString(day),
                                           model.periodEnd.toTimeZone(o.timeZone).toString(day)));
    }
    line(QCoreApplication::translate("Medtour::Export::ReportPages", "Articles"), QString::number(model.articleCount));
    line(QCoreApplication::translate("Medtour::Export::ReportPages", "Generated"),
         dateTime(model.generated, o.timeZone));
    if (!o.searchText.trimmed().isEmpty())
        line(QCoreApplication::translate("Medtour::Export::ReportPages", "Search"), o.searchText.trimmed().left(200));
    if (!o.filterSummary.trimmed().isEmpty())
        html += QStringLiteral("<p class=\"filters\">%1</p>").arg(esc(o.filterSummary.trimmed().left(500)));
    auto image = [chartWidth](const char *url, const QImage &chart) {
        const qreal height = chartWidth * chart.height() / std::max(1, chart.width());
        return QStringLiteral("<div style=\"margin-top: 4pt\"><img src=\"%1\" width=\"%2\" height=\"%3\"/></div>")
            .arg(QLatin1StringView(url))
            .arg(qRound(chartWidth))
            .arg(qRound(height));
    };
    if (chartWidth > 0 && !charts.markets.isNull()) {
        html +=
            QStringLiteral("<h3>%1</h3>")
                .arg(esc(QCoreApplication::translate("Medtour::Export::ReportPages", "Articles per market per week")));
        html += image(kMarketsChartUrl, charts.markets);
    }
    if (o.summaryCounts && !sideBySide) {
        html += countsTable(QCoreApplication::translate("Medtour::Export::ReportPages", "Articles by market"),
                            model.byMarket);
        html += countsTable(QCoreApplication::translate("Medtour::Export::ReportPages", "Articles by outlet"),
                            model.byOutlet);
    } else if (o.summaryCounts) {
        // Side by side, so the cover keeps to one page with its charts.
        html += QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"0\"><tr>"
                               "<td width=\"50%\" valign=\"top\">%1</td><td width=\"50%\" valign=\"top\">%2</td>"
                               "</tr></table>")
                    .arg(countsTable(QCoreApplication::translate("Medtour::Export::ReportPages", "Articles by market"),
                                     model.byMarket),
                         countsTable(QCoreApplication::translate("Medtour::Export::ReportPages", "Articles by outlet"),
                                     model.byOutlet));
    }
    if (chartWidth > 0 && !charts.outlets.isNull()) {
        html += QStringLiteral("<h3>%1</h3>")
                    .arg(esc(QCoreApplication::translate("Medtour::Export::ReportPages", "Top outlets")));
        html += image(kOutletsChartUrl, charts.outlets);
    }
    return html;
}

QString indexHeader()
{
    return tableOpen(QStringLiteral("indexhead")) + QStringLiteral("<tr>") +
           cell(0, esc(QCoreApplication::translate("Medtour::Export::ReportPages", "No."))) +
           cell(1, esc(QCoreApplication::translate("Medtour::Export::ReportPages", "Date"))) +
           cell(2, esc(QCoreApplication::translate("Medtour::Export::ReportPages", "Outlet"))) +
           cell(3, esc(QCoreApplication::translate("Medtour::Export::ReportPages", "Title"))) +
           cell(4, esc(QCoreApplication::translate("Medtour::Export::ReportPages", "Reporter"))) +
           cell(5, esc(QCoreApplication::translate("Medtour::Export::ReportPages", "Page"))) +
           QStringLiteral("</tr></table>");
}

QString indexRow(const ReportArticle &article, const QTimeZone &zone, int page, const QString &href)
{
    const QString date = article.published.isValid()
                             ? article.published.toTimeZone(zone).toString(QStringLiteral("yyyy.MM.dd"))
                             : QString();
    const QString title = href.isEmpty() ? esc(article.title)
                                         : QStringLiteral("<a href=\"%1\">%2</a>").arg(esc(href), esc(article.title));
    return tableOpen(QStringLiteral("index")) + QStringLiteral("<tr>") + cell(0, QString::number(article.number)) +
           cell(1, date) + cell(2, esc(article.outlet)) + cell(3, title) + cell(4, esc(article.reporter.left(80))) +
           cell(5, page > 0 ? QString::number(page) : QString()) + QStringLiteral("</tr></table>");
}

QString groupHeading(const QString &label, int count, bool inIndex)
{
    const QString text = QStringLiteral("%1 (%2)").arg(esc(label)).arg(count);
    return inIndex ? QStringLiteral("<p class=\"group\">%1</p>").arg(text)
                   : QStringLiteral("<p class=\"group\" style=\"font-size:13pt\">%1</p>").arg(text);
}

QString article(const ReportArticle &a, const ReportOptions &options)
{
    QString html = QStringLiteral("<h2>%1</h2>").arg(a.titleHtml);
    QString when = esc(dateTime(a.published, options.timeZone));
    if (a.dateGuessed && !when.isEmpty())
        when += QStringLiteral(" ") +
                esc(QCoreApplication::translate("Medtour::Export::ReportPages", "(date from fetch time)"));
    const QString url = a.url.toString(QUrl::FullyEncoded).left(2000);
    const QString shownUrl = a.url.toDisplayString().left(160);
    html += QStringLiteral("<table class=\"meta\" width=\"100%\" cellspacing=\"0\" cellpadding=\"1\">");
    html += metaRow(QCoreApplication::translate("Medtour::Export::ReportPages", "No."), QString::number(a.number));
    html += metaRow(QCoreApplication::translate("Medtour::Export::ReportPages", "Outlet"), esc(a.outlet));
    html += metaRow(QCoreApplication::translate("Medtour::Export::ReportPages", "Date"), when);
    html += metaRow(QCoreApplication::translate("Medtour::Export::ReportPages", "Reporter"), esc(a.reporter));
    if (!url.isEmpty())
        html += metaRow(QCoreApplication::translate("Medtour::Export::ReportPages", "Original"),
                        QStringLiteral("<a href=\"%1\">%2</a>").arg(esc(url), esc(shownUrl)));
    html += metaRow(QCoreApplication::translate("Medtour::Export::ReportPages", "Tags"),
                    esc(a.tags.join(QStringLiteral(" · "))));
    html += metaRow(QCoreApplication::translate("Medtour::Export::ReportPages", "Also reported by"),
                    esc(a.alsoReportedBy.join(QStringLiteral(", "))));
    html += QStringLiteral("</table><hr/>");
    for (const ReportBlock &block : a.blocks) {
        if (block.kind == ReportBlock::Kind::Caption)
            html += QStringLiteral("<p class=\"caption\">%1</p>").arg(block.html);
        else
            html += QStringLiteral("<p>%1</p>").arg(block.html);
    }
    if (a.leadOnly)
        html += QStringLiteral("<p class=\"lead-note\">%1</p>")
                    .arg(esc(QCoreApplication::translate("Medtour::Export::ReportPages",
                                                         "Lead only; the full text is at the original.")));
    const QString source = shownUrl.isEmpty() ? a.outlet : QStringLiteral("%1 (%2)").arg(a.outlet, shownUrl);
    html += QStringLiteral("<p class=\"source\">%1</p>")
                .arg(esc(QCoreApplication::translate("Medtour::Export::ReportPages",
                                                     "Source: %1 — copyright belongs to the outlet.")
                             .arg(source)));
    return html;
}

} // namespace Medtour::Export::ReportPages
