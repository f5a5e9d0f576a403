// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace Medtour::XmlRepair {

/// Makes the entity references of a feed acceptable to a conforming XML reader, the way lenient
/// feed readers do: HTML named references (&nbsp;) become numeric ones, and a bare '&' that starts
/// no reference becomes &amp;. CDATA sections, comments and the DOCTYPE are left alone, as are
/// entities the document declares. Returns the input itself (no copy) when nothing needs fixing.
QString repairEntities(const QString &xml, int *fixes = nullptr);

} // namespace Medtour::XmlRepair
