// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLayout>

namespace Medtour::Ui {

/// Lays children out left to right and wraps to the next line, for chips (after Qt's Flow Layout example).
class FlowLayout final : public QLayout
{
public:
    explicit FlowLayout(QWidget *parent = nullptr, int spacing = 4);
    ~FlowLayout() override;
    Q_DISABLE_COPY_MOVE(FlowLayout)

    void addItem(QLayoutItem *item) override;
    int count() const override { return int(m_items.size()); }
    QLayoutItem *itemAt(int index) const override { return m_items.value(index); }
    QLayoutItem *takeAt(int index) override;
    Qt::Orientations expandingDirections() const override { return {}; }
    bool hasHeightForWidth() const override { return true; }
    int heightForWidth(int width) const override;
    QSize minimumSize() const override;
    QSize sizeHint() const override { return minimumSize(); }
    void setGeometry(const QRect &rect) override;
    /// Deletes every item and its widget.
    void clear();

private:
    int doLayout(const QRect &rect, bool apply) const;
    QList<QLayoutItem *> m_items;
    int m_gap;
};

} // namespace Medtour::Ui
