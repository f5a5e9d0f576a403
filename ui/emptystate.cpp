// SPDX-License-Identifier: GPL-3.0-or-later
#include "emptystate.h"

#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace Medtour::Ui {

EmptyState::EmptyState(QWidget *parent)
    : QWidget(parent)
    , m_title(new QLabel(this))
    , m_text(new QLabel(this))
    , m_button(new QPushButton(this))
{
    setObjectName(QStringLiteral("emptyState"));
    QFont big = m_title->font();
    big.setPointSizeF(big.pointSizeF() * 1.3);
    big.setBold(true);
    m_title->setFont(big);
    for (QLabel *label : {m_title, m_text}) {
        label->setAlignment(Qt::AlignCenter);
        label->setWordWrap(true);
    }
    m_text->setMaximumWidth(460);
    auto *layout = new QVBoxLayout(this);
    layout->addStretch(1);
    layout->addWidget(m_title);
    layout->addWidget(m_text, 0, Qt::AlignHCenter);
    layout->addSpacing(8);
    layout->addWidget(m_button, 0, Qt::AlignHCenter);
    layout->addStretch(2);
    connect(m_button, &QPushButton::clicked, this, [this] {
        if (m_kind == Kind::EmptyCache)
            Q_EMIT sampleRequested();
        else
            Q_EMIT clearFiltersRequested();
    });
    setKind(Kind::NoMatches);
}

void EmptyState::setKind(Kind kind)
{
    m_kind = kind;
    if (kind == Kind::EmptyCache) {
        m_title->setText(tr("No articles yet"));
        m_text->setText(tr("Articles arrive when your sources are synchronised. To look around first, load "
                           "the built-in sample: 34 short Korean and English medical-tourism stories that "
                           "you can filter, star and delete like any other."));
        m_button->setText(tr("Load the sample articles"));
    } else {
        m_title->setText(tr("Nothing matches these filters"));
        m_text->setText(tr("Try fewer words, remove a filter with its ✕, or look at all articles again."));
        m_button->setText(tr("Clear all filters"));
    }
}

QString EmptyState::text() const
{
    return m_title->text() + u'\n' + m_text->text();
}

} // namespace Medtour::Ui
