// SPDX-License-Identifier: GPL-3.0-or-later
#include "articlequery.h"

namespace Medtour {

bool ArticleQuery::operator==(const ArticleQuery &o) const
{
    return text == o.text && markets == o.markets && regions == o.regions && specialties == o.specialties &&
           hospitals == o.hospitals && events == o.events && sourceIds == o.sourceIds && languages == o.languages &&
           since == o.since && until == o.until && minRelevance == o.minRelevance && unreadOnly == o.unreadOnly &&
           starredOnly == o.starredOnly && collapseClusters == o.collapseClusters && sort == o.sort;
}

} // namespace Medtour
