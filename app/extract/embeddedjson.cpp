// SPDX-License-Identifier: GPL-3.0-or-later
#include "embeddedjson.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStringList>

namespace Medtour::EmbeddedJson {

namespace {

/// One past the object literal that opens at `open` (a '{'), strings and escapes respected; -1 when it never closes.
qsizetype objectEnd(QStringView text, qsizetype open)
{
    int level = 0;
    bool inString = false;
    for (qsizetype i = open; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (inString) {
            if (c == u'\\')
                ++i;
            else if (c == u'"')
                inString = false;
            continue;
        }
        if (c == u'"') {
            inString = true;
        } else if (c == u'{' || c == u'[') {
            ++level;
        } else if (c == u'}' || c == u']') {
            if (--level == 0)
                return i + 1;
            if (level < 0)
                return -1;
        }
    }
    return -1;
}

QStringView unwrap(QStringView text)
{
    text = text.trimmed();
    for (const char *open : {"//<![CDATA[", "<![CDATA[", "<!--"}) {
        if (text.startsWith(QLatin1String(open)))
            text = text.mid(qsizetype(qstrlen(open))).trimmed();
    }
    for (const char *close : {"//]]>", "]]>", "-->"}) {
        if (text.endsWith(QLatin1String(close)))
            text = text.chopped(qsizetype(qstrlen(close))).trimmed();
    }
    return text;
}

} // namespace

int depth(QStringView text, int stopAbove)
{
    int level = 0;
    int deepest = 0;
    bool inString = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (inString) {
            if (c == u'\\')
                ++i;
            else if (c == u'"')
                inString = false;
            continue;
        }
        if (c == u'"') {
            inString = true;
        } else if (c == u'{' || c == u'[') {
            deepest = std::max(deepest, ++level);
            if (deepest > stopAbove)
                return deepest;
        } else if (c == u'}' || c == u']') {
            if (--level < 0)
                return -1;
        }
    }
    return level == 0 ? deepest : -1;
}

QJsonValue parse(QStringView text, const Limits &limits)
{
    text = unwrap(text);
    if (text.isEmpty() || text.size() > limits.maxChars || !(text.front() == u'{' || text.front() == u'['))
        return QJsonValue(QJsonValue::Undefined);
    const int d = depth(text, limits.maxDepth);
    if (d < 0 || d > limits.maxDepth)
        return QJsonValue(QJsonValue::Undefined);
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(text.toUtf8(), &error);
    if (error.error != QJsonParseError::NoError)
        return QJsonValue(QJsonValue::Undefined);
    return doc.isArray() ? QJsonValue(doc.array()) : QJsonValue(doc.object());
}

QJsonValue assigned(QStringView script, QStringView name, const Limits &limits)
{
    if (script.size() > limits.maxChars)
        return QJsonValue(QJsonValue::Undefined);
    for (qsizetype at = script.indexOf(name); at >= 0; at = script.indexOf(name, at + 1)) {
        qsizetype i = at + name.size();
        while (i < script.size() && script.at(i).isSpace())
            ++i;
        if (i >= script.size() || script.at(i) != u'=' || (i + 1 < script.size() && script.at(i + 1) == u'='))
            continue;
        ++i;
        while (i < script.size() && script.at(i).isSpace())
            ++i;
        if (i >= script.size() || script.at(i) != u'{')
            continue;
        const qsizetype end = objectEnd(script, i);
        if (end < 0)
            return QJsonValue(QJsonValue::Undefined);
        return parse(script.mid(i, end - i), limits);
    }
    return QJsonValue(QJsonValue::Undefined);
}

const QStringList &knownAssignments()
{
    static const QStringList names{
        QStringLiteral("Fusion.globalContent"),       QStringLiteral("window.__INITIAL_STATE__"),
        QStringLiteral("window.__PRELOADED_STATE__"), QStringLiteral("window.__NUXT__"),
        QStringLiteral("window.__APOLLO_STATE__"),
    };
    return names;
}

} // namespace Medtour::EmbeddedJson
