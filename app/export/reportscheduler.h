// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "export/reportrunner.h"

#include <QDateTime>
#include <QHash>
#include <QObject>
#include <QString>
#include <QTimer>

#include <memory>

class QThread;

namespace Medtour::Export {

class ReportWorker;

/**
 * Runs due report profiles while the desktop reader is open: once right after start (a run
 * missed while it was closed happens then, once), then every minute. The runs happen on a thread
 * of their own with its own database connection, never on the GUI thread. A failed run is tried
 * again at the next check, but not sooner than kRetryMinutes after it failed.
 */
class ReportScheduler final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReportScheduler)

public:
    static constexpr int kCheckSeconds = 60;
    static constexpr int kRetryMinutes = 15;

    /// `databasePath` is the cache the reader has open.
    explicit ReportScheduler(const QString &databasePath, QObject *parent = nullptr);
    ~ReportScheduler() override;

    /// Starts the checks (the first one at once).
    void start();
    /// Runs one profile now for its period (the Reports dialog's "Run now").
    void runNow(qint64 profileId);
    bool isBusy() const { return m_busy > 0; }

Q_SIGNALS:
    void runStarted(const QString &report);
    void runFinished(const Medtour::Export::ReportRunOutcome &outcome);

    // To the worker (queued).
    void checkRequested();
    void runRequested(qint64 profileId);

private:
    QThread *m_thread = nullptr;
    ReportWorker *m_worker = nullptr;
    QTimer m_timer;
    int m_busy = 0;
};

/// The scheduler's worker: lives on its thread, opens its own connection there.
class ReportWorker final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReportWorker)

public:
    explicit ReportWorker(const QString &databasePath);
    ~ReportWorker() override;

    void check();
    void runOne(qint64 profileId);

Q_SIGNALS:
    void runStarted(const QString &report);
    void runFinished(const Medtour::Export::ReportRunOutcome &outcome);
    void idle();

private:
    bool open();
    QString m_path;
    std::unique_ptr<Database> m_database;
    QHash<qint64, QDateTime> m_failedAt;
};

} // namespace Medtour::Export

Q_DECLARE_METATYPE(Medtour::Export::ReportRunOutcome)
