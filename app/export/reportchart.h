// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "export/reportmodel.h"

#include <QColor>
#include <QFont>
#include <QImage>
#include <QList>
#include <QRectF>
#include <QStringList>

#include <utility>

class QPainter;

namespace Medtour::Export {

/// Colours and font of a chart: print colours for reports, the palette's for the Trends view.
struct ChartStyle
{
    QColor background = Qt::white; ///< invalid: leave the background as it is
    QColor text = QColor(0x22, 0x22, 0x22);
    QColor grid = QColor(0xd5, 0xd9, 0xe0);
    QFont font;
    qreal lineWidth = 2;
    qreal pointRadius = 3;

    /// The colour of series `index` (8 colours, distinguishable in print and on screen).
    static QColor seriesColor(int index);
};

/**
 * Lines of counts over categories (articles per market per week), with a legend, a y axis at
 * round numbers and category labels that never overlap. One component for the reports' covers
 * (PDF, ODT), rendered into an image or onto any painter, and for the Trends view, which asks it
 * where each point is for hover values and clicks.
 *
 * Our own painter rather than Qt Charts: Qt Charts is a QGraphicsView scene that needs
 * QtWidgets and a QApplication, which neither the export library nor the headless medtour-cli
 * may link; the charts we draw are two kinds, and this stays at about 200 lines.
 */
class LineChart final
{
public:
    LineChart(QStringList categories, QList<ReportSeries> series, ChartStyle style = {});

    /// Places the legend, axes and points within `area`; call before paint() and the queries.
    void layout(const QRectF &area);
    /// Paints what layout() placed; the point (series, category) `highlight` is drawn larger.
    void paint(QPainter &painter, std::pair<int, int> highlight = {-1, -1}) const;

    /// Where a point is (after layout()).
    QPointF pointAt(int series, int category) const;
    /// The point nearest `pos` within `radius`, as (series, category); (-1, -1) when none.
    std::pair<int, int> hit(const QPointF &pos, qreal radius) const;
    QRectF plotRect() const { return m_plot; }
    int maxValue() const { return m_max; }
    bool isEmpty() const { return m_series.isEmpty() || m_categories.isEmpty(); }

    /// The chart as an image of `size` points at `scale` pixels per point (for documents).
    QImage render(const QSizeF &size, qreal scale) const;

private:
    QStringList m_categories;
    QList<ReportSeries> m_series;
    ChartStyle m_style;
    QRectF m_area;
    QRectF m_plot;
    QList<QRectF> m_legend; ///< swatch + label box of each series
    int m_max = 1;
    int m_step = 1;
    int m_labelEvery = 1;
};

/// Horizontal bars of counts (the top outlets), largest first, labels on the left; as an image.
QImage renderBarChart(const QList<ReportCount> &counts, const QSizeF &size, qreal scale, const ChartStyle &style = {});

/// The charts a report shows, as images for a document: articles per market per week (empty
/// when the report names no market) and the top outlets (empty when there are none).
struct ReportCharts
{
    QImage markets;
    QImage outlets;
    static ReportCharts render(const ReportModel &model, qreal widthPoints, qreal scale);
    /// The week labels a report chart uses ("11.02").
    static QStringList weekLabels(const ReportModel &model);
};

} // namespace Medtour::Export
