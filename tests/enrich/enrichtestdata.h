// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

/// Loads the labelled sets in tests/data/enrich and the embedded sample feed for the enrich tests.
namespace EnrichTestData {

struct Article
{
    QString id;
    QString lang;
    QString title;
    QString text;
    QHash<QString, QStringList> expected; ///< "markets", "regions", … (tagging.json)
    bool relevant = false;                ///< tagging.json
    QString story;                        ///< clustering.json: the release this copy belongs to
    QString outlet;                       ///< clustering.json
    QString variant;                      ///< clustering.json: how the copy differs (full, rewrite, cut2…)
    QDateTime published;                  ///< clustering.json and the sample
};

/// Articles of tests/data/enrich/<fileName>; error is set when the file is missing or malformed.
QList<Article> load(const QString &fileName, QString *error);

/// Items of resources/sample/medtour-sample.xml: id = guid, text = plain text of the content.
QList<Article> sample(QString *error);

/// Pairwise precision and recall of a clustering against the true stories.
struct PairScore
{
    qint64 truePairs = 0;
    qint64 predictedPairs = 0;
    qint64 correctPairs = 0;
    double precision() const { return predictedPairs ? double(correctPairs) / double(predictedPairs) : 1.0; }
    double recall() const { return truePairs ? double(correctPairs) / double(truePairs) : 1.0; }
};
PairScore pairScore(const QList<QString> &stories, const QList<qint64> &clusters);

} // namespace EnrichTestData
