// SPDX-License-Identifier: GPL-3.0-or-later
#include "emptystate.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace Medtour::Ui {

EmptyState::EmptyState(QWidget *parent)
    : QWidget(parent)
    , m_title(new QLabel(this))
    , m_text(new QLabel(this))
    , m_button(new QPushButton(this))
    , m_sourcesButton(new QPushButton(this))
{
    m_button->setObjectName(QStringLiteral("emptyStateButton"));
    m_sourcesButton->setObjectName(QStringLiteral("addDefaultSourcesButton"));
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
    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_button);
    buttons->addWidget(m_sourcesButton);
    buttons->addStretch(1);
    layout->addLayout(buttons);
    layout->addStretch(2);
    connect(m_button, &QPushButton::clicked, this, [this] {
        if (m_kind == Kind::EmptyCache)
            Q_EMIT sampleRequested();
        else
            Q_EMIT clearFiltersRequested();
    });
    connect(m_sourcesButton, &QPushButton::clicked, this, &EmptyState::defaultSourcesRequested);
    setKind(Kind::NoMatches);
}

void EmptyState::setKind(Kind kind)
{
    m_kind = kind;
    if (kind == Kind::EmptyCache) {
        m_title->setText(tr("No articles yet"));
        m_text->setText(tr("Articles arrive when your sources are synchronised. To look around first, load "
                           "the built-in sample: 34 short Korean and English medical-tourism stories that "
                           "you can filter, star and delete like any other. Or start with the recommended "
                           "sources: Google News searches and medical-tourism outlets, synchronised now."));
        m_button->setText(tr("Open the sample articles"));
        m_sourcesButton->setText(tr("Add recommended sources"));
        m_sourcesButton->show();
    } else {
        m_title->setText(tr("Nothing matches these filters"));
        m_text->setText(tr("Try fewer words, remove a filter with its ✕, or look at all articles again."));
        m_button->setText(tr("Clear all filters"));
        m_sourcesButton->hide();
    }
}

QString EmptyState::text() const
{
    return m_title->text() + u'\n' + m_text->text();
}

} // namespace Medtour::Ui
