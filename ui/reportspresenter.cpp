// SPDX-License-Identifier: GPL-3.0-or-later
#include "reportspresenter.h"

#include "export/reportscheduler.h"
#include "reportsdialog.h"
#include "storage/database.h"

#include <QStatusBar>
#include <QTimer>
#include <QWidget>

namespace Medtour::Ui {

ReportsPresenter::ReportsPresenter(const Database &cache, QWidget &window, QStatusBar &status,
                                   std::function<ArticleQuery()> currentQuery)
    : QObject(&window)
    , m_cache(cache)
    , m_window(window)
    , m_currentQuery(std::move(currentQuery))
{
    const QString path = cache.path();
    if (path.isEmpty() || path == u":memory:")
        return;
    // Due reports run on a thread of their own (missed ones once, right after start).
    m_scheduler = new Export::ReportScheduler(path, this);
    m_scheduler->setObjectName(QStringLiteral("reportScheduler"));
    connect(m_scheduler, &Export::ReportScheduler::runFinished, this, [&status](const Export::ReportRunOutcome &o) {
        if (o.status == u"error")
            status.showMessage(tr("Report “%1” failed: %2").arg(o.report, o.error), 15000);
        else if (o.status == u"ok")
            status.showMessage(tr("Report “%1” is done: %n article(s).", nullptr, o.articles).arg(o.report), 10000);
    });
    QTimer::singleShot(2000, m_scheduler, &Export::ReportScheduler::start);
}

void ReportsPresenter::show()
{
    if (!m_dialog) {
        m_dialog = new ReportsDialog(m_cache, m_scheduler, m_currentQuery(), &m_window);
        m_dialog->setObjectName(QStringLiteral("reportsDialog"));
        m_dialog->setAttribute(Qt::WA_DeleteOnClose);
    }
    m_dialog->show();
    m_dialog->raise();
    m_dialog->activateWindow();
}

} // namespace Medtour::Ui
