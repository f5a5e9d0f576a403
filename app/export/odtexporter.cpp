// SPDX-License-Identifier: GPL-3.0-or-later
#include "odtexporter.h"

#include "export/odtpackage.h"
#include "export/reportchart.h"
#include "export/reportfonts.h"
#include "export/reportpages.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QTextDocument>
#include <QTextDocumentWriter>

namespace Medtour::Export::OdtExporter {

namespace {

QString esc(const QString &text)
{
    return text.toHtmlEscaped();
}

QString tr(const char *text)
{
    return QCoreApplication::translate("Medtour::Export::ReportPages", text);
}

/// The index as one table: No. · date · outlet · title (linked to the original) · reporter.
QString indexTable(const ReportModel &model)
{
    QString html = QStringLiteral("<h3 style=\"page-break-before: always\">%1</h3>")
                       .arg(esc(tr(QT_TRANSLATE_NOOP("Medtour::Export::ReportPages", "Index"))));
    html += QStringLiteral("<table class=\"index\" width=\"100%\" border=\"0.5\" cellspacing=\"0\" cellpadding=\"3\">");
    html += QStringLiteral("<tr><td class=\"head\" width=\"6%\"><b>%1</b></td><td width=\"13%\"><b>%2</b></td>"
                           "<td width=\"18%\"><b>%3</b></td><td width=\"48%\"><b>%4</b></td>"
                           "<td width=\"15%\"><b>%5</b></td></tr>")
                .arg(esc(tr(QT_TRANSLATE_NOOP("Medtour::Export::ReportPages", "No."))),
                     esc(tr(QT_TRANSLATE_NOOP("Medtour::Export::ReportPages", "Date"))),
                     esc(tr(QT_TRANSLATE_NOOP("Medtour::Export::ReportPages", "Outlet"))),
                     esc(tr(QT_TRANSLATE_NOOP("Medtour::Export::ReportPages", "Title"))),
                     esc(tr(QT_TRANSLATE_NOOP("Medtour::Export::ReportPages", "Reporter"))));
    for (const ReportGroup &group : model.groups) {
        if (!group.label.isEmpty()) {
            html += QStringLiteral("<tr><td colspan=\"5\"><b>%1 (%2)</b></td></tr>")
                        .arg(esc(group.label))
                        .arg(group.articles.size());
        }
        for (const ReportArticle &a : group.articles) {
            const QString url = a.url.toString(QUrl::FullyEncoded);
            const QString title =
                url.isEmpty() ? esc(a.title) : QStringLiteral("<a href=\"%1\">%2</a>").arg(esc(url), esc(a.title));
            const QString date =
                a.published.isValid()
                    ? a.published.toTimeZone(model.options.timeZone).toString(QStringLiteral("yyyy.MM.dd"))
                    : QString();
            html += QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3</td><td>%4</td><td>%5</td></tr>")
                        .arg(QString::number(a.number), date, esc(a.outlet), title, esc(a.reporter.left(80)));
        }
    }
    return html + QStringLiteral("</table>");
}

} // namespace

Result<QByteArray> toBytes(const ReportModel &model)
{
    // A4 less 2 cm margins is about 480 points; the document's pixels are 96 per inch.
    constexpr qreal kChartPoints = 480;
    const ReportCharts charts = ReportCharts::render(model, kChartPoints, 2.5);
    QString html = ReportPages::cover(model, charts, kChartPoints * 96 / 72, false);
    html += indexTable(model);
    for (const ReportGroup &group : model.groups) {
        for (qsizetype i = 0; i < group.articles.size(); ++i) {
            const ReportArticle &a = group.articles[i];
            QString article = ReportPages::article(a, model.options);
            // Each article starts a page, as in the PDF with one article per page.
            const QString heading = i == 0 && !group.label.isEmpty()
                                        ? ReportPages::groupHeading(group.label, int(group.articles.size()), false)
                                        : QString();
            html += QStringLiteral("<div style=\"page-break-before: always\">%1%2</div>").arg(heading, article);
        }
    }
    QTextDocument doc;
    doc.setDefaultFont(ReportFonts::font(10));
    doc.setDefaultStyleSheet(ReportPages::styleSheet());
    doc.setMetaInformation(QTextDocument::DocumentTitle, model.title);
    if (!charts.markets.isNull())
        doc.addResource(QTextDocument::ImageResource, QUrl(QLatin1StringView(ReportPages::kMarketsChartUrl)),
                        charts.markets);
    if (!charts.outlets.isNull())
        doc.addResource(QTextDocument::ImageResource, QUrl(QLatin1StringView(ReportPages::kOutletsChartUrl)),
                        charts.outlets);
    doc.setHtml(html);
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QTextDocumentWriter writer(&buffer, "odf");
    if (!writer.write(&doc))
        return Error{Error::Io, QStringLiteral("cannot write the OpenDocument text")};
    return OdtPackage::fix(buffer.data(), ReportFonts::families().value(0, QStringLiteral("Noto Sans CJK KR")));
}

} // namespace Medtour::Export::OdtExporter
