// SPDX-License-Identifier: GPL-3.0-or-later
#include "articlequery.h"

namespace Medtour {

bool ArticleQuery::operator==(const ArticleQuery &o) const
{
    return text == o.text && selections == o.selections && sourceIds == o.sourceIds && since == o.since &&
           until == o.until && minRelevance == o.minRelevance && unreadOnly == o.unreadOnly &&
           starredOnly == o.starredOnly && collapseClusters == o.collapseClusters && sort == o.sort;
}

} // namespace Medtour
