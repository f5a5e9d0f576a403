// SPDX-License-Identifier: GPL-3.0-or-later
#include "reportchart.h"

#include "export/reportfonts.h"

#include <QCoreApplication>
#include <QFontMetricsF>
#include <QPainter>
#include <QPainterPath>

#include <algorithm>
#include <cmath>

namespace Medtour::Export {

namespace {

/// A step for the y axis: 1, 2 or 5 times a power of ten, giving at most about four lines.
int niceStep(int max)
{
    const double raw = std::max(1.0, max / 4.0);
    const double magnitude = std::pow(10.0, std::floor(std::log10(raw)));
    for (const double m : {1.0, 2.0, 5.0, 10.0}) {
        if (m * magnitude >= raw)
            return std::max(1, int(m * magnitude));
    }
    return std::max(1, int(10 * magnitude));
}

/// The font at one pixel a point: an image is drawn at 72 units an inch, and measuring the font
/// for the screen (96 dpi) would space the legend for larger text than is drawn.
QFont pointsAsPixels(QFont font)
{
    if (font.pointSizeF() > 0)
        font.setPixelSize(std::max(1, qRound(font.pointSizeF())));
    return font;
}

} // namespace

QColor ChartStyle::seriesColor(int index)
{
    static const QColor colors[] = {QColor(0x1f, 0x6f, 0xb4), QColor(0xe0, 0x7b, 0x39), QColor(0x3a, 0x9a, 0x4a),
                                    QColor(0xc4, 0x3e, 0x45), QColor(0x7e, 0x5b, 0xb8), QColor(0x8a, 0x75, 0x2c),
                                    QColor(0x2f, 0x9a, 0x9b), QColor(0xc9, 0x5a, 0x9a)};
    return colors[std::abs(index) % 8];
}

LineChart::LineChart(QStringList categories, QList<ReportSeries> series, ChartStyle style)
    : m_categories(std::move(categories))
    , m_series(std::move(series))
    , m_style(std::move(style))
{
    for (const ReportSeries &s : std::as_const(m_series)) {
        for (const int v : s.counts)
            m_max = std::max(m_max, v);
    }
    m_step = niceStep(m_max);
    m_max = int(std::ceil(double(m_max) / m_step)) * m_step;
}

void LineChart::layout(const QRectF &area)
{
    m_area = area;
    m_legend.clear();
    const QFontMetricsF fm(m_style.font);
    const qreal swatch = fm.height() * 0.8;
    // Legend rows at the top, wrapping when they do not fit in one.
    qreal x = area.left();
    qreal y = area.top();
    for (const ReportSeries &s : std::as_const(m_series)) {
        const qreal width = swatch + 4 + fm.horizontalAdvance(s.label) + 12;
        if (x > area.left() && x + width > area.right()) {
            x = area.left();
            y += fm.height() + 2;
        }
        m_legend << QRectF(x, y, width - 12, fm.height());
        x += width;
    }
    const qreal legendBottom = m_series.isEmpty() ? area.top() : y + fm.height() + fm.height() * 0.6;
    const qreal axis = fm.horizontalAdvance(QString::number(m_max)) + 8;
    m_plot =
        QRectF(QPointF(area.left() + axis, legendBottom),
               QPointF(area.right() - fm.horizontalAdvance(QStringLiteral("00")) / 2, area.bottom() - fm.height() - 4));
    const qreal slot = m_categories.size() > 1 ? m_plot.width() / (m_categories.size() - 1) : m_plot.width();
    qreal widest = 0;
    for (const QString &c : std::as_const(m_categories))
        widest = std::max(widest, fm.horizontalAdvance(c));
    m_labelEvery = std::max(1, int(std::ceil((widest + 10) / std::max(1.0, slot))));
}

QPointF LineChart::pointAt(int series, int category) const
{
    if (series < 0 || series >= m_series.size() || category < 0 || category >= m_categories.size())
        return {};
    const int n = int(m_categories.size());
    const qreal x = n > 1 ? m_plot.left() + m_plot.width() * category / (n - 1) : m_plot.center().x();
    const int value = m_series[series].counts.value(category);
    return {x, m_plot.bottom() - m_plot.height() * value / std::max(1, m_max)};
}

std::pair<int, int> LineChart::hit(const QPointF &pos, qreal radius) const
{
    std::pair<int, int> best{-1, -1};
    qreal bestDistance = radius * radius;
    for (int s = 0; s < m_series.size(); ++s) {
        for (int c = 0; c < m_categories.size(); ++c) {
            const QPointF d = pointAt(s, c) - pos;
            const qreal distance = d.x() * d.x() + d.y() * d.y();
            if (distance <= bestDistance) {
                bestDistance = distance;
                best = {s, c};
            }
        }
    }
    return best;
}

void LineChart::paint(QPainter &p, std::pair<int, int> highlight) const
{
    p.save();
    p.setRenderHint(QPainter::Antialiasing, true);
    p.setFont(m_style.font);
    if (m_style.background.isValid())
        p.fillRect(m_area, m_style.background);
    const QFontMetricsF fm(m_style.font);
    const qreal swatch = fm.height() * 0.8;
    for (int s = 0; s < m_series.size() && s < m_legend.size(); ++s) {
        const QRectF box = m_legend[s];
        p.fillRect(QRectF(box.left(), box.center().y() - swatch / 2, swatch, swatch), ChartStyle::seriesColor(s));
        p.setPen(m_style.text);
        p.drawText(QRectF(box.left() + swatch + 4, box.top(), box.width() - swatch - 4, box.height()),
                   Qt::AlignLeft | Qt::AlignVCenter, m_series[s].label);
    }
    // Grid lines with their values.
    for (int v = 0; v <= m_max; v += m_step) {
        const qreal y = m_plot.bottom() - m_plot.height() * v / std::max(1, m_max);
        p.setPen(QPen(m_style.grid, 0.8));
        p.drawLine(QPointF(m_plot.left(), y), QPointF(m_plot.right(), y));
        p.setPen(m_style.text);
        p.drawText(QRectF(m_area.left(), y - fm.height() / 2, m_plot.left() - m_area.left() - 6, fm.height()),
                   Qt::AlignRight | Qt::AlignVCenter, QString::number(v));
    }
    // Category labels, every few so they never overlap, centred under their points.
    const int n = int(m_categories.size());
    for (int c = 0; c < n; c += m_labelEvery) {
        const qreal x = pointAt(0, c).x();
        const qreal w = fm.horizontalAdvance(m_categories[c]);
        const qreal left = std::clamp(x - w / 2, m_area.left(), m_area.right() - w);
        p.drawText(QRectF(left, m_plot.bottom() + 4, w + 1, fm.height()), Qt::AlignLeft | Qt::AlignTop,
                   m_categories[c]);
    }
    for (int s = 0; s < m_series.size(); ++s) {
        const QColor color = ChartStyle::seriesColor(s);
        QPainterPath path;
        for (int c = 0; c < n; ++c) {
            if (c == 0)
                path.moveTo(pointAt(s, c));
            else
                path.lineTo(pointAt(s, c));
        }
        p.setPen(QPen(color, m_style.lineWidth, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
        p.setBrush(Qt::NoBrush);
        p.drawPath(path);
        p.setBrush(color);
        p.setPen(Qt::NoPen);
        for (int c = 0; c < n; ++c) {
            const bool lit = highlight.first == s && highlight.second == c;
            const qreal r = lit ? m_style.pointRadius * 2 : m_style.pointRadius;
            p.drawEllipse(pointAt(s, c), r, r);
        }
    }
    p.restore();
}

QImage LineChart::render(const QSizeF &size, qreal scale) const
{
    QImage image((size * scale).toSize(), QImage::Format_RGB32);
    image.fill(m_style.background.isValid() ? m_style.background : QColor(Qt::white));
    // One unit a point (72 dpi) under the painter's scale, so fonts in points come out at their size.
    image.setDotsPerMeterX(qRound(72 / 0.0254));
    image.setDotsPerMeterY(qRound(72 / 0.0254));
    QPainter p(&image);
    p.scale(scale, scale);
    LineChart copy = *this;
    copy.m_style.font = pointsAsPixels(m_style.font);
    copy.layout(QRectF(QPointF(0, 0), size).adjusted(4, 4, -4, -4));
    copy.paint(p);
    return image;
}

QImage renderBarChart(const QList<ReportCount> &counts, const QSizeF &size, qreal scale, const ChartStyle &style)
{
    QImage image((size * scale).toSize(), QImage::Format_RGB32);
    image.fill(style.background.isValid() ? style.background : QColor(Qt::white));
    image.setDotsPerMeterX(qRound(72 / 0.0254));
    image.setDotsPerMeterY(qRound(72 / 0.0254));
    if (counts.isEmpty())
        return image;
    QPainter p(&image);
    p.scale(scale, scale);
    p.setRenderHint(QPainter::Antialiasing, true);
    const QFont font = pointsAsPixels(style.font);
    p.setFont(font);
    const QFontMetricsF fm(font);
    const QRectF area = QRectF(QPointF(0, 0), size).adjusted(4, 4, -4, -4);
    qreal labelWidth = 0;
    int most = 1;
    for (const ReportCount &c : counts) {
        labelWidth = std::max(labelWidth, fm.horizontalAdvance(c.label));
        most = std::max(most, c.count);
    }
    labelWidth = std::min(labelWidth + 8, area.width() * 0.4);
    const qreal numberWidth = fm.horizontalAdvance(QString::number(most)) + 8;
    const qreal row = area.height() / counts.size();
    const qreal barHeight = std::min(row * 0.7, fm.height() * 1.1);
    for (int i = 0; i < counts.size(); ++i) {
        const qreal y = area.top() + i * row + (row - barHeight) / 2;
        p.setPen(style.text);
        const QString label = fm.elidedText(counts[i].label, Qt::ElideRight, labelWidth - 8);
        p.drawText(QRectF(area.left(), y, labelWidth - 8, barHeight), Qt::AlignRight | Qt::AlignVCenter, label);
        const qreal width = (area.width() - labelWidth - numberWidth) * counts[i].count / most;
        p.fillRect(QRectF(area.left() + labelWidth, y, std::max(1.0, width), barHeight), ChartStyle::seriesColor(0));
        p.drawText(QRectF(area.left() + labelWidth + width + 4, y, numberWidth, barHeight),
                   Qt::AlignLeft | Qt::AlignVCenter, QString::number(counts[i].count));
    }
    return image;
}

QStringList ReportCharts::weekLabels(const ReportModel &model)
{
    QStringList labels;
    for (const QDate &week : model.weeks)
        labels << week.toString(QStringLiteral("MM.dd"));
    return labels;
}

ReportCharts ReportCharts::render(const ReportModel &model, qreal widthPoints, qreal scale)
{
    ReportCharts charts;
    ChartStyle style;
    style.font = ReportFonts::font(8);
    if (!model.marketWeeks.isEmpty() && !model.weeks.isEmpty()) {
        const LineChart chart(weekLabels(model), model.marketWeeks, style);
        charts.markets = chart.render(QSizeF(widthPoints, widthPoints * 0.42), scale);
    }
    QList<ReportCount> outlets;
    for (const ReportCount &c : model.byOutlet) {
        // "Other" (the rest) is a sum, not an outlet: the chart shows the top outlets only.
        if (outlets.size() < 8 && c.label != QCoreApplication::translate("Medtour::Export", "Other"))
            outlets << c;
    }
    if (!outlets.isEmpty())
        charts.outlets = renderBarChart(outlets, QSizeF(widthPoints, 18.0 * outlets.size() + 8), scale, style);
    return charts;
}

} // namespace Medtour::Export
