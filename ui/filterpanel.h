// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/articlequery.h"

#include <QTimer>
#include <QWidget>

class QLineEdit;

namespace Medtour::Ui {

/// The filters above the article list. It only produces ArticleQuery values; it never reads data.
class FilterPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FilterPanel)

public:
    explicit FilterPanel(QWidget *parent = nullptr);

    ArticleQuery query() const;
    void focusSearch();

Q_SIGNALS:
    void queryChanged(const Medtour::ArticleQuery &query);

private:
    QLineEdit *m_search = nullptr;
    QTimer m_debounce;
};

} // namespace Medtour::Ui
