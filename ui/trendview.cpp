// SPDX-License-Identifier: GPL-3.0-or-later
#include "trendview.h"

#include "export/reportchart.h"

#include <QLocale>
#include <QMouseEvent>
#include <QPainter>
#include <QToolTip>

namespace Medtour::Ui {

namespace {
constexpr qreal kHitRadius = 9;
} // namespace

/// The chart laid out in the widget's current size and palette.
struct TrendView::Chart
{
    Export::LineChart lines;
};

TrendView::TrendView(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("trendView"));
    setMouseTracking(true);
}

void TrendView::setTrend(const MarketTrend &trend, const std::function<QString(const QString &)> &marketLabel)
{
    m_trend = trend;
    m_labels.clear();
    for (const QString &code : trend.markets)
        m_labels << marketLabel(code);
    m_hover = {-1, -1};
    update();
}

TrendView::Chart TrendView::chart() const
{
    QStringList weeks;
    const QLocale locale;
    for (int w = 0; w < m_trend.weeks; ++w)
        weeks << locale.toString(m_trend.firstWeek.date().addDays(7 * w), QStringLiteral("d MMM"));
    QList<Export::ReportSeries> series;
    for (int m = 0; m < m_trend.markets.size(); ++m)
        series.append({m_labels.value(m), m_trend.counts.value(m)});
    Export::ChartStyle style;
    style.background = palette().color(QPalette::Base);
    style.text = palette().color(QPalette::Text);
    style.grid = palette().color(QPalette::Mid);
    style.grid.setAlpha(110);
    style.font = font();
    Chart chart{Export::LineChart(weeks, series, style)};
    chart.lines.layout(QRectF(rect()).adjusted(8, 6, -10, -4));
    return chart;
}

QRect TrendView::pointRect(int market, int week) const
{
    if (market < 0 || market >= m_trend.markets.size() || week < 0 || week >= m_trend.weeks)
        return {};
    const QPointF p = chart().lines.pointAt(market, week);
    return QRect(qRound(p.x()) - 3, qRound(p.y()) - 3, 7, 7);
}

QPair<int, int> TrendView::pointAt(const QPoint &pos) const
{
    if (m_trend.markets.isEmpty() || m_trend.weeks == 0)
        return {-1, -1};
    const auto [market, week] = chart().lines.hit(QPointF(pos), kHitRadius);
    return {market, week};
}

QString TrendView::valueText(int market, int week) const
{
    const QDate day = m_trend.firstWeek.date().addDays(7 * week);
    return tr("%1, week of %2: %n article(s)", nullptr, m_trend.counts.value(market).value(week))
        .arg(m_labels.value(market), QLocale().toString(day, QLocale::ShortFormat));
}

void TrendView::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.fillRect(rect(), palette().base());
    if (m_trend.markets.isEmpty()) {
        p.setPen(palette().color(QPalette::PlaceholderText));
        p.drawText(rect(), Qt::AlignCenter | Qt::TextWordWrap,
                   tr("No market is mentioned in the articles of these weeks under the current filters."));
        return;
    }
    const Chart c = chart();
    c.lines.paint(p, {m_hover.first, m_hover.second});
    if (m_hover.first >= 0) {
        // The value beside the point, so it reads without waiting for the tooltip.
        const QPointF at = c.lines.pointAt(m_hover.first, m_hover.second);
        const QString value = QString::number(m_trend.counts.value(m_hover.first).value(m_hover.second));
        const QFontMetrics fm = fontMetrics();
        QRect box(0, 0, fm.horizontalAdvance(value) + 8, fm.height() + 2);
        box.moveCenter(QPoint(qRound(at.x()), qRound(at.y()) - fm.height()));
        box.moveLeft(std::clamp(box.left(), 0, std::max(0, width() - box.width())));
        box.moveTop(std::max(0, box.top()));
        p.setRenderHint(QPainter::Antialiasing, true);
        p.setPen(Export::ChartStyle::seriesColor(m_hover.first));
        p.setBrush(palette().color(QPalette::ToolTipBase));
        p.drawRoundedRect(box, 3, 3);
        p.setPen(palette().color(QPalette::ToolTipText));
        p.drawText(box, Qt::AlignCenter, value);
    }
}

void TrendView::mouseMoveEvent(QMouseEvent *event)
{
    const QPair<int, int> point = pointAt(event->position().toPoint());
    if (point != m_hover) {
        m_hover = point;
        update();
    }
    if (point.first >= 0) {
        QToolTip::showText(event->globalPosition().toPoint(), valueText(point.first, point.second), this);
        setCursor(Qt::PointingHandCursor);
    } else {
        QToolTip::hideText();
        unsetCursor();
    }
}

void TrendView::leaveEvent(QEvent *)
{
    m_hover = {-1, -1};
    update();
}

void TrendView::mousePressEvent(QMouseEvent *event)
{
    const QPair<int, int> point = pointAt(event->position().toPoint());
    if (event->button() != Qt::LeftButton || point.first < 0)
        return;
    const QDate first = m_trend.firstWeek.date().addDays(7 * point.second);
    Q_EMIT pointClicked(m_trend.markets[point.first], first, first.addDays(6));
}

} // namespace Medtour::Ui
