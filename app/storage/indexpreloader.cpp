// SPDX-License-Identifier: GPL-3.0-or-later
#include "indexpreloader.h"

#include "core/logging.h"
#include "core/threadpriority.h"
#include "storage/articleindex.h"
#include "storage/database.h"

#include <QElapsedTimer>
#include <QThread>

#include <memory>

namespace Medtour {

IndexPreloader::IndexPreloader(Database &database, QObject *parent)
    : QObject(parent)
    , m_database(database)
{}

IndexPreloader::~IndexPreloader()
{
    if (m_thread) {
        m_thread->wait(); // the load cannot be interrupted; it takes well under a second
        delete m_thread;
    }
}

void IndexPreloader::start()
{
    if (m_running || m_database.path().isEmpty() || m_database.path() == u":memory:")
        return;
    m_running = true;
    if (m_thread) { // the previous load, finished
        m_thread->wait();
        delete m_thread;
    }
    const QString path = m_database.path();
    QPointer<IndexPreloader> self(this);
    m_thread = QThread::create([path, self] {
        ThreadPriority::lowerCurrentThread(); // the GUI thread comes first on a busy machine
        QElapsedTimer timer;
        timer.start();
        std::shared_ptr<ArticleIndex::Snapshot> snapshot;
        {
            Database db(QStringLiteral("preload"));
            if (const Error e = db.open(path)) {
                qCWarning(lcStorage) << "index preload could not open the cache:" << e.detail;
            } else {
                snapshot = db.articleIndex().takeSnapshot();
            }
        } // the connection closes in its own thread
        const qint64 ms = timer.elapsed();
        QMetaObject::invokeMethod(
            self.data(),
            [self, snapshot, ms] {
                if (!self)
                    return;
                const bool adopted = snapshot && self->m_database.articleIndex().adopt(snapshot);
                self->m_running = false;
                Q_EMIT self->ready(adopted, ms);
            },
            Qt::QueuedConnection);
    });
    m_thread->setObjectName(QStringLiteral("index-preload"));
    m_thread->start(QThread::LowPriority);
}

} // namespace Medtour
