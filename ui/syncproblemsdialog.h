// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QTreeView;

namespace Medtour {
class SyncProblemModel;
struct SyncReport;
} // namespace Medtour

namespace Medtour::Ui {

/// "Sync problems": the sources that failed in the last sync, each with what happened, what to
/// try, when, and the raw detail (select a row to copy it). Opened from the status bar's
/// "n sources failed" button; it is not modal, so the reader stays usable.
class SyncProblemsDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SyncProblemsDialog)

public:
    explicit SyncProblemsDialog(QWidget *parent = nullptr);

    void setReport(const SyncReport &report);
    SyncProblemModel *model() const { return m_model; }
    QTreeView *view() const { return m_view; }

Q_SIGNALS:
    /// "Sync again": the failed sources only.
    void retryRequested(const QList<qint64> &sourceIds);

private:
    SyncProblemModel *m_model = nullptr;
    QTreeView *m_view = nullptr;
};

} // namespace Medtour::Ui
