// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/facets.h"

#include <QWidget>

#include <functional>

namespace Medtour::Ui {

/// Weekly article counts of the top markets under the current filter: one line per market, drawn
/// by the reports' chart component (Export::LineChart) in the palette's colours. Hovering a point
/// shows its value; clicking it asks to filter to that market and week.
class TrendView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TrendView)

public:
    explicit TrendView(QWidget *parent = nullptr);

    void setTrend(const MarketTrend &trend, const std::function<QString(const QString &)> &marketLabel);
    const MarketTrend &trend() const { return m_trend; }
    /// The point under a position: (market index, week index), or (-1, -1).
    QPair<int, int> pointAt(const QPoint &pos) const;
    /// A small square around a point (for tests and tooltips); empty when there is none.
    QRect pointRect(int market, int week) const;
    /// The text shown when hovering a point.
    QString valueText(int market, int week) const;
    QSize sizeHint() const override { return {600, 220}; }
    QSize minimumSizeHint() const override { return {300, 140}; }

Q_SIGNALS:
    void pointClicked(const QString &market, const QDate &firstDay, const QDate &lastDay);

protected:
    void paintEvent(QPaintEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void leaveEvent(QEvent *event) override;

private:
    struct Chart;
    Chart chart() const;
    MarketTrend m_trend;
    QStringList m_labels;
    QPair<int, int> m_hover{-1, -1};
};

} // namespace Medtour::Ui
