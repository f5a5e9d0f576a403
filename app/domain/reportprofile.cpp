// SPDX-License-Identifier: GPL-3.0-or-later
#include "reportprofile.h"

#include <QJsonArray>
#include <QRegularExpression>

#include <algorithm>

namespace Medtour {

namespace {

constexpr const char *kDays[] = {"mon", "tue", "wed", "thu", "fri", "sat", "sun"};

QJsonArray strings(const QStringList &values)
{
    return QJsonArray::fromStringList(values);
}

QStringList stringsOf(const QJsonValue &value)
{
    QStringList out;
    const QJsonArray array = value.toArray();
    for (const QJsonValue &v : array) {
        if (v.isString())
            out << v.toString();
    }
    return out;
}

} // namespace

bool ReportSchedule::parseEvery(QStringView text, ReportSchedule *out, QString *error)
{
    const QString t = text.trimmed().toString().toLower();
    if (t == u"daily") {
        out->every = Every::Daily;
        return true;
    }
    if (t == u"weekdays") {
        out->every = Every::Weekdays;
        return true;
    }
    if (t.startsWith(u"weekly:")) {
        const QString day = t.mid(7).left(3);
        for (int i = 0; i < 7; ++i) {
            if (day == QLatin1StringView(kDays[i])) {
                out->every = Every::Weekly;
                out->weekday = i + 1;
                return true;
            }
        }
    }
    *error = QStringLiteral("--every takes daily, weekdays or weekly:mon..sun, not '%1'").arg(text.toString());
    return false;
}

bool ReportSchedule::parseAt(QStringView text, ReportSchedule *out, QString *error)
{
    static const QRegularExpression hhmm(QStringLiteral("^([01]?\\d|2[0-3]):([0-5]\\d)$"));
    const QRegularExpressionMatch m = hhmm.match(text.trimmed());
    if (!m.hasMatch()) {
        *error = QStringLiteral("--at takes a time of day as HH:MM (24 h), not '%1'").arg(text.toString());
        return false;
    }
    out->at = QTime(m.captured(1).toInt(), m.captured(2).toInt());
    return true;
}

QString ReportSchedule::everyName() const
{
    switch (every) {
    case Every::Daily:
        break;
    case Every::Weekdays:
        return QStringLiteral("weekdays");
    case Every::Weekly:
        return QStringLiteral("weekly:") + QLatin1StringView(kDays[std::clamp(weekday, 1, 7) - 1]);
    }
    return QStringLiteral("daily");
}

QTimeZone ReportSchedule::zone() const
{
    if (!timeZone.isEmpty()) {
        const QTimeZone z(timeZone.toUtf8());
        if (z.isValid())
            return z;
    }
    return QTimeZone::systemTimeZone();
}

bool ReportSchedule::runsOn(const QDate &day) const
{
    switch (every) {
    case Every::Daily:
        return true;
    case Every::Weekdays:
        return day.dayOfWeek() <= 5;
    case Every::Weekly:
        return day.dayOfWeek() == weekday;
    }
    return false;
}

QDateTime ReportSchedule::latestSlot(const QDateTime &nowUtc) const
{
    const QTimeZone z = zone();
    const QDate today = nowUtc.toTimeZone(z).date();
    for (int back = 0; back <= 8; ++back) {
        const QDate day = today.addDays(-back);
        if (!runsOn(day))
            continue;
        // In a daylight-saving gap Qt moves the time forward; the slot still happens once.
        const QDateTime slot = QDateTime(day, at, z).toUTC();
        if (slot <= nowUtc)
            return slot;
    }
    return {};
}

QDateTime ReportSchedule::nextSlot(const QDateTime &afterUtc) const
{
    const QTimeZone z = zone();
    const QDate today = afterUtc.toTimeZone(z).date();
    for (int ahead = 0; ahead <= 8; ++ahead) {
        const QDate day = today.addDays(ahead);
        if (!runsOn(day))
            continue;
        const QDateTime slot = QDateTime(day, at, z).toUTC();
        if (slot > afterUtc)
            return slot;
    }
    return {};
}

QStringList ReportProfile::knownFormats()
{
    return {QStringLiteral("pdf"), QStringLiteral("odt"), QStringLiteral("xlsx"), QStringLiteral("csv")};
}

bool ReportProfile::parseFormats(const QString &text, QStringList *out, QString *error)
{
    QStringList wanted;
    const QStringList parts = text.split(u',', Qt::SkipEmptyParts);
    for (const QString &part : parts) {
        const QString name = part.trimmed().toLower();
        if (!knownFormats().contains(name)) {
            *error = QStringLiteral("unknown format '%1' (use pdf, odt, xlsx or csv)").arg(part.trimmed());
            return false;
        }
        if (!wanted.contains(name))
            wanted << name;
    }
    if (wanted.isEmpty()) {
        *error = QStringLiteral("no format given (use pdf, odt, xlsx or csv)");
        return false;
    }
    // Written in a fixed order, whatever order they were given in.
    out->clear();
    for (const QString &known : knownFormats()) {
        if (wanted.contains(known))
            *out << known;
    }
    return true;
}

namespace ArticleQueryJson {

QJsonObject toJson(const ArticleQuery &q)
{
    QJsonObject o;
    auto list = [&o](const char *key, const QStringList &values) {
        if (!values.isEmpty())
            o.insert(QLatin1StringView(key), strings(values));
    };
    if (!q.text.isEmpty())
        o.insert(QStringLiteral("text"), q.text);
    for (const FacetKind kind : allFacetKinds()) {
        if (kind != FacetKind::Source) // sources are ids, below
            list(facetKindInfo(kind).plural, q.selected(kind));
    }
    if (!q.sourceIds.isEmpty()) {
        QJsonArray ids;
        for (const qint64 id : q.sourceIds)
            ids.append(id);
        o.insert(QStringLiteral("sources"), ids);
    }
    if (q.since.isValid())
        o.insert(QStringLiteral("since"), q.since.toUTC().toString(Qt::ISODate));
    if (q.until.isValid())
        o.insert(QStringLiteral("until"), q.until.toUTC().toString(Qt::ISODate));
    if (q.minRelevance > 0)
        o.insert(QStringLiteral("min_relevance"), q.minRelevance);
    if (q.unreadOnly)
        o.insert(QStringLiteral("unread"), true);
    if (q.starredOnly)
        o.insert(QStringLiteral("starred"), true);
    if (q.collapseClusters)
        o.insert(QStringLiteral("each_story_once"), true);
    return o;
}

ArticleQuery fromJson(const QJsonObject &o)
{
    ArticleQuery q;
    q.text = o.value(QStringLiteral("text")).toString();
    for (const FacetKind kind : allFacetKinds()) {
        if (kind != FacetKind::Source)
            q.selected(kind) = stringsOf(o.value(facetJsonKey(kind)));
    }
    const QJsonArray ids = o.value(QStringLiteral("sources")).toArray();
    for (const QJsonValue &v : ids) {
        if (v.toInteger() > 0)
            q.sourceIds << v.toInteger();
    }
    q.since = QDateTime::fromString(o.value(QStringLiteral("since")).toString(), Qt::ISODate);
    q.until = QDateTime::fromString(o.value(QStringLiteral("until")).toString(), Qt::ISODate);
    q.minRelevance = std::clamp(o.value(QStringLiteral("min_relevance")).toDouble(), 0.0, 1.0);
    q.unreadOnly = o.value(QStringLiteral("unread")).toBool();
    q.starredOnly = o.value(QStringLiteral("starred")).toBool();
    q.collapseClusters = o.value(QStringLiteral("each_story_once")).toBool();
    return q;
}

} // namespace ArticleQueryJson

} // namespace Medtour
