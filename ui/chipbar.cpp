// SPDX-License-Identifier: GPL-3.0-or-later
#include "chipbar.h"

#include "flowlayout.h"

#include <QToolButton>

namespace Medtour::Ui {

ChipBar::ChipBar(QWidget *parent)
    : QWidget(parent)
    , m_flow(new FlowLayout(this, 4))
{
    setObjectName(QStringLiteral("filterChips"));
    setVisible(false);
}

void ChipBar::setChips(const QList<Chip> &chips)
{
    m_flow->clear();
    m_count = int(chips.size());
    for (const Chip &chip : chips) {
        auto *button = new QToolButton(this);
        button->setObjectName(QStringLiteral("filterChip"));
        button->setText(chip.text + QStringLiteral("  ✕"));
        button->setToolTip(tr("Remove this filter"));
        button->setAutoRaise(false);
        button->setStyleSheet(QStringLiteral("QToolButton { border: 1px solid palette(mid); border-radius: 9px; "
                                             "padding: 1px 7px; background: palette(alternate-base); }"));
        const QVariant key = chip.key;
        connect(button, &QToolButton::clicked, this, [this, key] { Q_EMIT removeRequested(key); });
        m_flow->addWidget(button);
    }
    if (chips.size() > 1) {
        auto *clear = new QToolButton(this);
        clear->setObjectName(QStringLiteral("clearFilters"));
        clear->setText(tr("Clear all"));
        clear->setAutoRaise(true);
        connect(clear, &QToolButton::clicked, this, &ChipBar::clearAllRequested);
        m_flow->addWidget(clear);
    }
    setVisible(!chips.isEmpty());
    updateGeometry();
}

} // namespace Medtour::Ui
