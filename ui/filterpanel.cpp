// SPDX-License-Identifier: GPL-3.0-or-later
#include "filterpanel.h"

#include <QHBoxLayout>
#include <QLineEdit>

namespace Medtour::Ui {

FilterPanel::FilterPanel(QWidget *parent)
    : QWidget(parent)
    , m_search(new QLineEdit(this))
{
    m_search->setObjectName(QStringLiteral("searchLine"));
    m_search->setPlaceholderText(tr("Filter articles (e.g. 대전 몽골, Kazakhstan)"));
    m_search->setClearButtonEnabled(true);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_search);

    // Typing fires one query after a short pause, not one per key.
    m_debounce.setSingleShot(true);
    m_debounce.setInterval(200);
    connect(m_search, &QLineEdit::textChanged, &m_debounce, qOverload<>(&QTimer::start));
    connect(m_search, &QLineEdit::returnPressed, this, [this] {
        m_debounce.stop();
        Q_EMIT queryChanged(query());
    });
    connect(&m_debounce, &QTimer::timeout, this, [this] { Q_EMIT queryChanged(query()); });
}

ArticleQuery FilterPanel::query() const
{
    ArticleQuery q;
    q.text = m_search->text().trimmed();
    return q;
}

void FilterPanel::focusSearch()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

} // namespace Medtour::Ui
