// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>

namespace Medtour {

/**
 * Bounds the work an HTML5 tree builder (gumbo) does on hostile markup, before it sees the bytes.
 *
 * Why: gumbo's cost per tag grows with the depth of the stack of open elements (scope checks walk it), so 10^5
 * nested <div>s take about a minute, and its duplicate-attribute check is quadratic in the attributes of one tag.
 * Real pages stay under 50 levels and a few thousand tags, so a cheap linear pre-pass that follows the HTML5
 * tokenizer and a simplified tree builder (void elements, implied end tags, scopes, foreign content, the list of
 * active formatting elements) can estimate the depth gumbo will reach and blank (overwrite with spaces) start tags
 * that would go past the limit. Blanking only ever removes tags, never creates one, so the text stays; the
 * estimate errs on the deep side, so gumbo's real depth stays close to the limit (checked by the fuzz target).
 */
class HtmlGuard final
{
public:
    struct Limits
    {
        int maxDepth = 400;       ///< estimated open elements (plus reconstructable formatting elements)
        int maxStartTags = 50000; ///< start tags after this one are blanked
        int maxAttributes = 64;   ///< per tag; further attributes are blanked
    };

    struct Report
    {
        int startTags = 0;   ///< start tags seen (kept or blanked)
        int blankedTags = 0; ///< start tags overwritten with spaces
        int blankedAttributes = 0;
        int maxEstimatedDepth = 0;
    };

    /// Returns utf8 unchanged (shared, no copy) unless a limit was hit.
    static QByteArray bound(const QByteArray &utf8, const Limits &limits, Report *report = nullptr);
    static QByteArray bound(const QByteArray &utf8) { return bound(utf8, Limits{}); }
};

} // namespace Medtour
