// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/articlequery.h"

#include <QObject>
#include <QPointer>

#include <functional>

class QStatusBar;
class QWidget;

namespace Medtour {
class Database;
namespace Export {
class ReportScheduler;
}
} // namespace Medtour

namespace Medtour::Ui {

class ReportsDialog;

/// Scheduled reports in the window: runs the due ones on a thread of their own while the window is
/// open (missed ones once, soon after start), says in the status bar how each run went, and opens
/// File → Reports….
class ReportsPresenter final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReportsPresenter)

public:
    /// `currentQuery` gives the list's filter, which a new report profile starts from.
    ReportsPresenter(const Database &cache, QWidget &window, QStatusBar &status,
                     std::function<ArticleQuery()> currentQuery);

    /// Opens (or raises) the Reports dialog.
    void show();

private:
    const Database &m_cache;
    QWidget &m_window;
    std::function<ArticleQuery()> m_currentQuery;
    Export::ReportScheduler *m_scheduler = nullptr; ///< null for an in-memory cache
    QPointer<ReportsDialog> m_dialog;
};

} // namespace Medtour::Ui
