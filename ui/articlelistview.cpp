// SPDX-License-Identifier: GPL-3.0-or-later
#include "articlelistview.h"

#include <QSignalBlocker>

namespace Medtour::Ui {

void ArticleListView::focusInEvent(QFocusEvent *event)
{
    if (currentIndex().isValid() || !selectionModel()) {
        QTreeView::focusInEvent(event);
        return;
    }
    // The base class makes the first row current here; nobody hears of it, and it is undone.
    const QSignalBlocker blocker(selectionModel());
    QTreeView::focusInEvent(event);
    selectionModel()->clearCurrentIndex();
    viewport()->update();
}

} // namespace Medtour::Ui
