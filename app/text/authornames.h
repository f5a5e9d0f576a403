// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

namespace Medtour {

/**
 * Authors are people. Feeds and pages put outlets, portals and desks where the reporter belongs ("연합뉴스",
 * "OO일보 | 네이버", "온라인뉴스팀", "The Korea Herald"); the reader shows the outlet as the source and lists
 * reporters only, without their titles ("홍길동 기자" → "홍길동"; 특파원, 선임기자 and the like).
 */
namespace AuthorNames {

/// A person's name without title and e-mail ("홍길동 기자", "김민수 특파원", "Jane Doe"), or empty when the label is
/// not a person (an outlet, a desk, a URL, a sentence).
QString person(const QString &label);

/// The outlet a label names ("OO일보 | 네이버" → "OO일보", "연합뉴스", "The Korea Herald"), or empty.
QString outlet(const QString &label);

struct Sorted
{
    QStringList people; ///< names, each once, in order
    QString outlet;     ///< the first outlet named, or empty
};

/// Each label to people or outlet; labels that are neither (desks, "관리자", URLs) are dropped.
Sorted sort(const QStringList &labels);

} // namespace AuthorNames

} // namespace Medtour
