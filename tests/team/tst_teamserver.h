// SPDX-License-Identifier: GPL-3.0-or-later
// tst_teamserver: the fixture (one PostgreSQL, members, the service's sync of the corpus) shared by
// tst_teamserver.cpp (the team's parts) and tst_teamsearch.cpp (search on the server).
#pragma once

#include "clirun.h"
#include "pgserver.h"
#include "testhttpserver.h"

#include <QJsonArray>
#include <QObject>
#include <QProcess>
#include <QTemporaryDir>

class tst_TeamServer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void serverInitIsIdempotent();
    void serviceSyncsTheCorpus();
    void searchTermsAreWhatPostgresMakesOfEachOccurrence();
    void passWithNothingNewWakesNobody();
    void searchOnTheServer();
    void searchFindsTheNewestMatches();
    void phraseSearchesTestWhereTheWordsMeet();
    void broadSearchesRankByTitleHits();
    void editedArticleIsFoundByItsNewText();
    void starsAreOwnNotesAreShared();
    void rowLevelSecurity();
    void readerCannotChangeSources();
    void replicasJoinAndExchange();
    void offlineReplicaKeepsItsChanges();
    void singleUserCacheJoinsAndKeepsItsMarks();
    void killedServiceLosesNothing();
    void removalKeepsWhatAnyMemberStarred();

private:
    MedtourTest::CliRun cli(const QStringList &args, int timeoutMs = 120000) const;
    MedtourTest::CliRun as(const QString &member, const QStringList &args) const;
    QString url(const QString &member) const;
    QProcess *startService(const QString &member, QProcess *process) const;
    qint64 adminScalar(const QString &sql) const;
    QJsonArray idsOf(const MedtourTest::CliRun &run) const;
    /// Compares alice's search for `text` with PostgreSQL's own index search for its newest
    /// `window` matches: empty when the ids are the same, else what differs. `expected` receives
    /// how many the index found.
    QString differsFromIndex(const QString &text, int window, qsizetype *expected) const;

    QTemporaryDir m_dir;
    MedtourTest::PgServer m_pg;
    MedtourTest::TestHttpServer m_http;
    QString m_corpus;
    QProcessEnvironment m_env;
    int m_corpusArticles = 0; ///< what a single user's sync of the corpus stores
};
