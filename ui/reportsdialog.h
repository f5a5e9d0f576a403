// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/articlequery.h"

#include <QDialog>

class QLabel;
class QPushButton;
class QTableView;

namespace Medtour {
class Database;
class ReportProfileModel;
namespace Export {
class ReportScheduler;
struct ReportRunOutcome;
} // namespace Export
} // namespace Medtour

namespace Medtour::Ui {

/// File → Reports…: the scheduled reports with their last run and its result; new (from the
/// current filter), edit, remove and run now. Runs happen on the scheduler's thread.
class ReportsDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReportsDialog)

public:
    ReportsDialog(const Database &database, Export::ReportScheduler *scheduler, const ArticleQuery &currentFilter,
                  QWidget *parent = nullptr);

    ReportProfileModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    /// Opens the profile dialog for a new report from the current filter.
    void addFromFilter();

private:
    void editCurrent();
    void removeCurrent();
    void runCurrent();
    void showOutcome(const Export::ReportRunOutcome &outcome);
    /// Shows why the profiles could not be read, if they could not.
    void showReadError();
    void updateButtons();

    ReportProfileModel *m_model = nullptr;
    Export::ReportScheduler *m_scheduler = nullptr;
    ArticleQuery m_filter;
    QTableView *m_view = nullptr;
    QPushButton *m_edit = nullptr;
    QPushButton *m_remove = nullptr;
    QPushButton *m_run = nullptr;
    QLabel *m_status = nullptr;
};

} // namespace Medtour::Ui
