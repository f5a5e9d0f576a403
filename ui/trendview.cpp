// SPDX-License-Identifier: GPL-3.0-or-later
#include "trendview.h"

#include <QLocale>
#include <QMouseEvent>
#include <QPainter>
#include <QToolTip>

namespace Medtour::Ui {

namespace {
constexpr int kLegendHeight = 22;
constexpr int kAxisWidth = 34;
constexpr int kDateHeight = 18;
} // namespace

TrendView::TrendView(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("trendView"));
    setMouseTracking(true);
    setAttribute(Qt::WA_OpaquePaintEvent, false);
}

QColor TrendView::colorOf(int market)
{
    static const QColor colors[] = {QColor(0x3b, 0x82, 0xc4), QColor(0xe0, 0x7b, 0x39), QColor(0x4c, 0xa8, 0x5a),
                                    QColor(0xc4, 0x4e, 0x52), QColor(0x8a, 0x6b, 0xbe), QColor(0x9a, 0x85, 0x3c),
                                    QColor(0x3f, 0xa7, 0xa8), QColor(0xd1, 0x6b, 0xa5)};
    return colors[market % 8];
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

QRect TrendView::plotRect() const
{
    return rect().adjusted(kAxisWidth, kLegendHeight + 6, -10, -kDateHeight - 4);
}

QRect TrendView::barRect(int market, int week) const
{
    const QRect plot = plotRect();
    const int markets = int(m_trend.markets.size());
    if (markets == 0 || m_trend.weeks == 0 || market < 0 || market >= markets || week < 0 || week >= m_trend.weeks)
        return {};
    const double slot = double(plot.width()) / m_trend.weeks;
    const double barWidth = qMax(2.0, (slot - 6) / markets);
    const int most = qMax(1, m_trend.maxCount());
    const int count = m_trend.counts[market].value(week);
    const int height = qRound(double(plot.height()) * count / most);
    const int x = qRound(plot.left() + week * slot + 3 + market * barWidth);
    return QRect(x, plot.bottom() - qMax(height, count > 0 ? 1 : 0) + 1, qMax(1, qRound(barWidth) - 1),
                 qMax(height, count > 0 ? 1 : 0));
}

QPair<int, int> TrendView::barAt(const QPoint &pos) const
{
    const QRect plot = plotRect();
    if (!plot.contains(pos) || m_trend.weeks == 0)
        return {-1, -1};
    for (int m = 0; m < m_trend.markets.size(); ++m) {
        for (int w = 0; w < m_trend.weeks; ++w) {
            QRect r = barRect(m, w);
            r.setTop(plot.top()); // the whole column above a bar counts, so small bars are easy to hit
            if (r.contains(pos) && m_trend.counts[m].value(w) > 0)
                return {m, w};
        }
    }
    return {-1, -1};
}

void TrendView::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing, false);
    p.fillRect(rect(), palette().base());
    const QColor text = palette().color(QPalette::Text);
    QColor grid = palette().color(QPalette::Mid);
    grid.setAlpha(90);
    if (m_trend.markets.isEmpty()) {
        p.setPen(palette().color(QPalette::PlaceholderText));
        p.drawText(rect(), Qt::AlignCenter | Qt::TextWordWrap,
                   tr("No market is mentioned in the articles of these weeks under the current filters."));
        return;
    }
    // Legend
    int x = kAxisWidth;
    const QFontMetrics fm = fontMetrics();
    for (int m = 0; m < m_labels.size(); ++m) {
        p.fillRect(QRect(x, 8, 10, 10), colorOf(m));
        p.setPen(text);
        p.drawText(QPoint(x + 14, 8 + fm.ascent() - 1), m_labels[m]);
        x += 14 + fm.horizontalAdvance(m_labels[m]) + 14;
    }
    const QRect plot = plotRect();
    const int most = qMax(1, m_trend.maxCount());
    // Grid lines at round numbers.
    const int step = qMax(1, int(std::ceil(most / 4.0)));
    p.setPen(grid);
    for (int v = 0; v <= most; v += step) {
        const int y = plot.bottom() - qRound(double(plot.height()) * v / most);
        p.setPen(grid);
        p.drawLine(plot.left(), y, plot.right(), y);
        p.setPen(text);
        p.drawText(QRect(0, y - fm.height() / 2, kAxisWidth - 4, fm.height()), Qt::AlignRight | Qt::AlignVCenter,
                   QString::number(v));
    }
    for (int m = 0; m < m_trend.markets.size(); ++m) {
        for (int w = 0; w < m_trend.weeks; ++w) {
            QColor c = colorOf(m);
            if (m_hover == qMakePair(m, w))
                c = c.lighter(130);
            p.fillRect(barRect(m, w), c);
        }
    }
    // Week labels: every few weeks so they never overlap.
    const QLocale locale;
    const double slot = double(plot.width()) / m_trend.weeks;
    const QString sample = locale.toString(QDate(2026, 12, 28), QStringLiteral("d MMM"));
    const int every = qMax(1, int(std::ceil((fm.horizontalAdvance(sample) + 12) / slot)));
    p.setPen(text);
    for (int w = 0; w < m_trend.weeks; w += every) {
        const QDate day = m_trend.firstWeek.date().addDays(7 * w);
        p.drawText(QRect(qRound(plot.left() + w * slot), plot.bottom() + 4, qRound(slot * every), kDateHeight),
                   Qt::AlignLeft | Qt::AlignTop, locale.toString(day, QStringLiteral("d MMM")));
    }
}

void TrendView::mouseMoveEvent(QMouseEvent *event)
{
    const QPair<int, int> bar = barAt(event->position().toPoint());
    if (bar != m_hover) {
        m_hover = bar;
        update();
    }
    if (bar.first >= 0) {
        const QDate day = m_trend.firstWeek.date().addDays(7 * bar.second);
        QToolTip::showText(event->globalPosition().toPoint(),
                           tr("%1, week of %2: %n article(s)", nullptr, m_trend.counts[bar.first][bar.second])
                               .arg(m_labels.value(bar.first), QLocale().toString(day, QLocale::ShortFormat)),
                           this);
        setCursor(Qt::PointingHandCursor);
    } else {
        QToolTip::hideText();
        unsetCursor();
    }
}

void TrendView::mousePressEvent(QMouseEvent *event)
{
    const QPair<int, int> bar = barAt(event->position().toPoint());
    if (event->button() != Qt::LeftButton || bar.first < 0)
        return;
    const QDate first = m_trend.firstWeek.date().addDays(7 * bar.second);
    Q_EMIT barClicked(m_trend.markets[bar.first], first, first.addDays(6));
}

} // namespace Medtour::Ui
