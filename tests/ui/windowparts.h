// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The main window's parts, found by object name as a script or an accessibility tool would find
// them: tests need no getters on MainWindow.

#include "articledetailpane.h"
#include "emptystate.h"
#include "filterpanel.h"
#include "models/articlelistmodel.h"
#include "models/browsingmodel.h"
#include "trendview.h"

#include <QAction>
#include <QDockWidget>
#include <QSplitter>
#include <QTreeView>

namespace WindowParts {

template<typename T>
T *part(const QObject &window, const char *name)
{
    T *found = window.findChild<T *>(QLatin1StringView(name));
    Q_ASSERT_X(found, "WindowParts::part", name);
    return found;
}

inline Medtour::BrowsingModel *browsing(const QObject &w)
{
    return part<Medtour::BrowsingModel>(w, "browsingModel");
}
inline Medtour::ArticleListModel *articles(const QObject &w)
{
    return browsing(w)->list();
}
inline QTreeView *list(const QObject &w)
{
    return part<QTreeView>(w, "articleList");
}
inline Medtour::Ui::FilterPanel *filters(const QObject &w)
{
    return part<Medtour::Ui::FilterPanel>(w, "filterPanel");
}
inline Medtour::Ui::ArticleDetailPane *detailPane(const QObject &w)
{
    return part<Medtour::Ui::ArticleDetailPane>(w, "detailPane");
}
inline Medtour::Ui::EmptyState *emptyState(const QObject &w)
{
    return part<Medtour::Ui::EmptyState>(w, "emptyState");
}
inline Medtour::Ui::TrendView *trendView(const QObject &w)
{
    return part<Medtour::Ui::TrendView>(w, "trendView");
}
inline QDockWidget *trendDock(const QObject &w)
{
    return part<QDockWidget>(w, "trendDock");
}
inline QSplitter *splitter(const QObject &w)
{
    return part<QSplitter>(w, "mainSplitter");
}
inline QAction *action(const QObject &w, const char *name)
{
    return part<QAction>(w, name);
}
/// The open Sources dialog, or null.
inline QWidget *sourcesDialog(const QObject &w)
{
    return w.findChild<QWidget *>(QStringLiteral("sourcesDialog"));
}

} // namespace WindowParts
