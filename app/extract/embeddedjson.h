// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonValue>
#include <QStringView>

namespace Medtour {

/**
 * Data a page carries for its own scripts, read without running any: a JSON script (`application/json`,
 * `application/ld+json`, Next.js `__NEXT_DATA__`) or the object literal a script assigns to a known name
 * (Arc/Fusion `Fusion.globalContent = {…};`, `window.__INITIAL_STATE__ = {…}`). Bounded: the text's size and its
 * nesting are checked before the JSON parser sees it, so a hostile page cannot make it recurse or allocate without
 * limit.
 */
namespace EmbeddedJson {

struct Limits
{
    qsizetype maxChars = 4 * 1024 * 1024; ///< a larger script is skipped
    int maxDepth = 64;                    ///< deeper nesting is refused
};

/// The parsed document, or undefined when the text is not JSON, too large or nested too deeply. Wrappers templates
/// put around JSON in a script (comment and CDATA markers) are taken off first.
QJsonValue parse(QStringView text, const Limits &limits = {});

/// The object literal assigned to `name` in a script ("Fusion.globalContent"), parsed; undefined when the script
/// assigns none or it is not JSON.
QJsonValue assigned(QStringView script, QStringView name, const Limits &limits = {});

/// The deepest nesting of arrays and objects in JSON text (strings skipped), or -1 when brackets do not balance.
int depth(QStringView text, int stopAbove);

/// The names assigned by the scripts EmbeddedJson::assigned() knows (Arc/Fusion, Redux and Nuxt states).
const QStringList &knownAssignments();

} // namespace EmbeddedJson

} // namespace Medtour
