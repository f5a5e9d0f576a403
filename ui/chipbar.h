// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QVariant>
#include <QWidget>

namespace Medtour::Ui {

class FlowLayout;

/// The active filters as removable chips, with one button that clears them all.
class ChipBar final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ChipBar)

public:
    struct Chip
    {
        QString text;
        QVariant key; ///< handed back by removeRequested()
    };

    explicit ChipBar(QWidget *parent = nullptr);
    void setChips(const QList<Chip> &chips);
    int chipCount() const { return m_count; }

Q_SIGNALS:
    void removeRequested(const QVariant &key);
    void clearAllRequested();

private:
    FlowLayout *m_flow = nullptr;
    int m_count = 0;
};

} // namespace Medtour::Ui
