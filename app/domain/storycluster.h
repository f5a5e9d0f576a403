// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QList>
#include <QString>
#include <QUrl>

namespace Medtour {

/// One story told by several outlets, for `medtour-cli clusters`, reports and the "also reported
/// by" list: the clustering's result as storage reads it back.
struct StoryCluster
{
    struct Member
    {
        qint64 id = 0;
        QString guid;
        QUrl link;
        QString title;
        QString source;
        QDateTime published;
    };
    qint64 id = 0;
    qint64 representative = 0;
    QList<Member> members; ///< the representative first, then by publication time
    int total = 0;         ///< articles in the cluster; more than members.size() when the list was bounded
};

} // namespace Medtour
