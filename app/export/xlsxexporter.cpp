// SPDX-License-Identifier: GPL-3.0-or-later
#include "xlsxexporter.h"

#include "export/reportchart.h"
#include "export/reporttable.h"

#include <QCoreApplication>
#include <QFile>
#include <QTemporaryDir>

#include <xlsxwriter.h>

namespace Medtour::Export::XlsxExporter {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Medtour::Export::XlsxExporter", text);
}

/// Excel keeps at most 31 characters in a sheet name and refuses a few.
QByteArray sheetName(const QString &name)
{
    QString clean = name;
    for (const QChar c : QStringView(u"[]:*?/\\"))
        clean.remove(c);
    return clean.left(31).toUtf8();
}

/// libxlsxwriter copies strings it is given; the QByteArray only has to live through the call.
struct Writer
{
    lxw_worksheet *sheet;
    lxw_format *format = nullptr;

    void text(lxw_row_t row, lxw_col_t col, const QString &value, lxw_format *f = nullptr) const
    {
        if (value.isEmpty())
            return;
        const QByteArray bytes = ReportTable::cleanCell(value).toUtf8();
        worksheet_write_string(sheet, row, col, bytes.constData(), f ? f : format);
    }
};

/// Excel's own limit on a link is 2079 characters (and libxlsxwriter's on its parts less).
bool linkable(const QUrl &url)
{
    const QByteArray encoded = url.toEncoded();
    return url.isValid() && (url.scheme() == u"http" || url.scheme() == u"https") && encoded.size() <= 2000;
}

void writeArticles(lxw_workbook *book, const ReportModel &model)
{
    const QByteArray name = sheetName(tr(QT_TRANSLATE_NOOP("Medtour::Export::XlsxExporter", "Articles")));
    lxw_worksheet *sheet = workbook_add_worksheet(book, name.constData());
    lxw_format *head = workbook_add_format(book);
    format_set_bold(head);
    format_set_bg_color(head, 0xDDE5F0);
    format_set_border(head, LXW_BORDER_THIN);
    lxw_format *date = workbook_add_format(book);
    format_set_num_format(date, "yyyy-mm-dd hh:mm");
    format_set_align(date, LXW_ALIGN_LEFT);
    lxw_format *link = workbook_add_format(book);
    format_set_font_color(link, LXW_COLOR_BLUE);
    format_set_underline(link, LXW_UNDERLINE_SINGLE);
    lxw_format *number = workbook_add_format(book);
    format_set_num_format(number, "0.00");
    const Writer w{sheet};
    const QStringList heads = ReportTable::headers();
    for (int c = 0; c < ReportTable::urlColumn(); ++c) // the title links to the URL: no column of its own
        w.text(0, lxw_col_t(c), heads[c], head);
    lxw_row_t row = 1;
    for (const ReportArticle *a : model.articles()) {
        const QStringList cells = ReportTable::cells(*a, model.options.timeZone);
        if (a->published.isValid()) {
            const QDateTime local = a->published.toTimeZone(model.options.timeZone);
            lxw_datetime dt{local.date().year(), local.date().month(),  local.date().day(),
                            local.time().hour(), local.time().minute(), 0};
            worksheet_write_datetime(sheet, row, ReportTable::Date, &dt, date);
        }
        w.text(row, ReportTable::Outlet, cells[ReportTable::Outlet]);
        const QByteArray title = cells[ReportTable::Title].toUtf8();
        lxw_error linked = LXW_ERROR_PARAMETER_VALIDATION;
        if (linkable(a->url) && !title.isEmpty()) {
            const QByteArray url = a->url.toEncoded();
            linked = worksheet_write_url_opt(sheet, row, ReportTable::Title, url.constData(), link, title.constData(),
                                             nullptr);
        }
        if (linked != LXW_NO_ERROR)
            w.text(row, ReportTable::Title, cells[ReportTable::Title]);
        for (int c = ReportTable::Reporter; c < ReportTable::relevanceColumn(); ++c) // the reporter and the tags
            w.text(row, lxw_col_t(c), cells[c]);
        worksheet_write_number(sheet, row, lxw_col_t(ReportTable::relevanceColumn()), a->relevance, number);
        worksheet_write_number(sheet, row, lxw_col_t(ReportTable::copiesColumn()), a->copies, nullptr);
        ++row;
    }
    worksheet_set_column(sheet, ReportTable::Date, ReportTable::Date, 16, nullptr);
    worksheet_set_column(sheet, ReportTable::Outlet, ReportTable::Outlet, 16, nullptr);
    worksheet_set_column(sheet, ReportTable::Title, ReportTable::Title, 60, nullptr);
    worksheet_set_column(sheet, ReportTable::Reporter, lxw_col_t(ReportTable::relevanceColumn() - 1), 16, nullptr);
    worksheet_set_column(sheet, lxw_col_t(ReportTable::relevanceColumn()), lxw_col_t(ReportTable::copiesColumn()), 10,
                         nullptr);
    worksheet_freeze_panes(sheet, 1, 0);
    // Printed: landscape, as wide as the page, the heads on every page.
    worksheet_set_landscape(sheet);
    worksheet_fit_to_pages(sheet, 1, 0);
    worksheet_repeat_rows(sheet, 0, 0);
    worksheet_autofilter(sheet, 0, 0, std::max<lxw_row_t>(row - 1, 1), lxw_col_t(ReportTable::copiesColumn()));
}

void writeCounts(lxw_workbook *book, const ReportModel &model)
{
    const QByteArray name = sheetName(tr(QT_TRANSLATE_NOOP("Medtour::Export::XlsxExporter", "Counts")));
    lxw_worksheet *sheet = workbook_add_worksheet(book, name.constData());
    lxw_format *head = workbook_add_format(book);
    format_set_bold(head);
    format_set_bg_color(head, 0xDDE5F0);
    lxw_format *heading = workbook_add_format(book);
    format_set_bold(heading);
    format_set_font_size(heading, 12);
    const Writer w{sheet};

    // Articles per market per week: weeks down, markets across, then a line chart beside it.
    w.text(0, 0, tr(QT_TRANSLATE_NOOP("Medtour::Export::XlsxExporter", "Articles per market per week")), heading);
    w.text(1, 0, tr(QT_TRANSLATE_NOOP("Medtour::Export::XlsxExporter", "Week of")), head);
    const QStringList weeks = ReportCharts::weekLabels(model);
    const lxw_col_t markets = lxw_col_t(model.marketWeeks.size());
    for (lxw_col_t m = 0; m < markets; ++m)
        w.text(1, m + 1, model.marketWeeks[m].label, head);
    for (lxw_row_t i = 0; i < lxw_row_t(model.weeks.size()); ++i) {
        w.text(2 + i, 0, model.weeks[i].toString(QStringLiteral("yyyy-MM-dd")));
        for (lxw_col_t m = 0; m < markets; ++m)
            worksheet_write_number(sheet, 2 + i, m + 1, model.marketWeeks[m].counts.value(i), nullptr);
    }
    const lxw_row_t lastWeekRow = 1 + lxw_row_t(model.weeks.size());
    if (markets > 0 && !model.weeks.isEmpty()) {
        lxw_chart *chart = workbook_add_chart(book, LXW_CHART_LINE);
        for (lxw_col_t m = 0; m < markets; ++m) {
            lxw_chart_series *series = chart_add_series(chart, nullptr, nullptr);
            chart_series_set_categories(series, name.constData(), 2, 0, lastWeekRow, 0);
            chart_series_set_values(series, name.constData(), 2, m + 1, lastWeekRow, m + 1);
            chart_series_set_name_range(series, name.constData(), 1, m + 1);
            chart_series_set_marker_type(series, LXW_CHART_MARKER_CIRCLE);
        }
        const QByteArray title =
            tr(QT_TRANSLATE_NOOP("Medtour::Export::XlsxExporter", "Articles per market per week")).toUtf8();
        chart_title_set_name(chart, title.constData());
        chart_legend_set_position(chart, LXW_CHART_LEGEND_BOTTOM);
        lxw_chart_options options{};
        options.x_scale = 1.4;
        options.y_scale = 1.2;
        worksheet_insert_chart_opt(sheet, 0, markets + 2, chart, &options);
    }

    // Articles per outlet, most first, with a bar chart beside it.
    const lxw_row_t top = std::max<lxw_row_t>(lastWeekRow + 3, 22);
    w.text(top, 0, tr(QT_TRANSLATE_NOOP("Medtour::Export::XlsxExporter", "Articles by outlet")), heading);
    w.text(top + 1, 0, tr(QT_TRANSLATE_NOOP("Medtour::Export::XlsxExporter", "Outlet")), head);
    w.text(top + 1, 1, tr(QT_TRANSLATE_NOOP("Medtour::Export::XlsxExporter", "Articles")), head);
    lxw_row_t row = top + 2;
    for (const ReportCount &c : model.byOutlet) {
        w.text(row, 0, c.label);
        worksheet_write_number(sheet, row, 1, c.count, nullptr);
        ++row;
    }
    if (row > top + 2) {
        lxw_chart *chart = workbook_add_chart(book, LXW_CHART_BAR);
        lxw_chart_series *series = chart_add_series(chart, nullptr, nullptr);
        chart_series_set_categories(series, name.constData(), top + 2, 0, row - 1, 0);
        chart_series_set_values(series, name.constData(), top + 2, 1, row - 1, 1);
        chart_series_set_name_range(series, name.constData(), top + 1, 1);
        const QByteArray title = tr(QT_TRANSLATE_NOOP("Medtour::Export::XlsxExporter", "Top outlets")).toUtf8();
        chart_title_set_name(chart, title.constData());
        chart_legend_set_position(chart, LXW_CHART_LEGEND_NONE);
        chart_axis_set_reverse(chart->y_axis); // largest at the top, as in the table
        lxw_chart_options options{};
        options.x_scale = 1.4;
        options.y_scale = 1.2;
        worksheet_insert_chart_opt(sheet, top, std::max<lxw_col_t>(markets + 2, 3), chart, &options);
    }
    worksheet_set_landscape(sheet);
    worksheet_fit_to_pages(sheet, 1, 1); // the counts and charts on one printed page
    worksheet_set_column(sheet, 0, 0, 36, nullptr);
    worksheet_set_column(sheet, 1, std::max<lxw_col_t>(markets, 1), 12, nullptr);
}

} // namespace

Result<QByteArray> toBytes(const ReportModel &model)
{
    // libxlsxwriter (Debian 12's 1.1.4) writes to a file only: into a private folder, then read back
    // so the caller writes the real file atomically (OutputFile).
    QTemporaryDir dir;
    if (!dir.isValid())
        return Error{Error::Io, QStringLiteral("cannot make a temporary folder: %1").arg(dir.errorString())};
    const QByteArray path = QFile::encodeName(dir.filePath(QStringLiteral("report.xlsx")));
    const QByteArray tmp = QFile::encodeName(dir.path());
    lxw_workbook_options options{};
    options.constant_memory = LXW_FALSE;
    options.tmpdir = const_cast<char *>(tmp.constData());
    lxw_workbook *book = workbook_new_opt(path.constData(), &options);
    if (!book)
        return Error{Error::Io, QStringLiteral("cannot start the workbook")};
    const QByteArray title = model.title.toUtf8();
    lxw_doc_properties properties{};
    properties.title = const_cast<char *>(title.constData());
    workbook_set_properties(book, &properties);
    writeArticles(book, model);
    writeCounts(book, model);
    const lxw_error closed = workbook_close(book);
    if (closed != LXW_NO_ERROR) {
        return Error{Error::Io,
                     QStringLiteral("cannot write the workbook: %1").arg(QString::fromUtf8(lxw_strerror(closed)))};
    }
    QFile file(dir.filePath(QStringLiteral("report.xlsx")));
    if (!file.open(QIODevice::ReadOnly))
        return Error{Error::Io, QStringLiteral("cannot read the workbook back: %1").arg(file.errorString())};
    return file.readAll();
}

} // namespace Medtour::Export::XlsxExporter
