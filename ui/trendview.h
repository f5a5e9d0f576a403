// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/facets.h"

#include <QWidget>

#include <functional>

namespace Medtour::Ui {

/// Weekly article counts of the top markets under the current filter, drawn with QPainter as
/// grouped bars (one colour per market). Clicking a bar asks to filter to that market and week.
class TrendView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TrendView)

public:
    explicit TrendView(QWidget *parent = nullptr);

    void setTrend(const MarketTrend &trend, const std::function<QString(const QString &)> &marketLabel);
    const MarketTrend &trend() const { return m_trend; }
    /// The bar under a point: (market index, week index), or (-1, -1).
    QPair<int, int> barAt(const QPoint &pos) const;
    QRect barRect(int market, int week) const;
    QSize sizeHint() const override { return {600, 220}; }
    QSize minimumSizeHint() const override { return {300, 140}; }

Q_SIGNALS:
    void barClicked(const QString &market, const QDate &firstDay, const QDate &lastDay);

protected:
    void paintEvent(QPaintEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;

private:
    QRect plotRect() const;
    static QColor colorOf(int market);
    MarketTrend m_trend;
    QStringList m_labels;
    QPair<int, int> m_hover{-1, -1};
};

} // namespace Medtour::Ui
