// SPDX-License-Identifier: GPL-3.0-or-later
#include "scoreboard.h"

#include "comparators.h"

#include <QFile>

namespace Medtour::Conformance {

namespace {

bool matches(const NotApplicableRule &rule, const CaseRef &ref, const QString &field)
{
    if (rule.suite != ref.suite)
        return false;
    if (rule.field != u"*" && rule.field != field)
        return false;
    if (rule.casePattern.endsWith(u"/*"))
        return ref.caseId.startsWith(rule.casePattern.chopped(1));
    return rule.casePattern == ref.caseId;
}

QString joined(const QStringList &list)
{
    return list.isEmpty() ? QStringLiteral("[]") : u"[" + list.join(QStringLiteral(" | ")) + u"]";
}

} // namespace

bool Scoreboard::loadNotApplicable(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text)) {
        *error = QStringLiteral("cannot read %1").arg(path);
        return false;
    }
    int lineNumber = 0;
    while (!file.atEnd()) {
        ++lineNumber;
        const QString line = QString::fromUtf8(file.readLine()).trimmed();
        if (line.isEmpty() || line.startsWith(u'#'))
            continue;
        const QStringList parts = line.split(u'\t', Qt::SkipEmptyParts);
        if (parts.size() == 3 && parts[0] == u"category") {
            m_reasons.insert(parts[1], parts[2]);
        } else if (parts.size() == 4) {
            m_rules.append({parts[0], parts[1], parts[2], parts[3], lineNumber, 0});
        } else {
            *error = QStringLiteral("%1:%2: expected 'category<TAB>name<TAB>reason' or "
                                    "'suite<TAB>case<TAB>field<TAB>category'")
                         .arg(path)
                         .arg(lineNumber);
            return false;
        }
    }
    for (const NotApplicableRule &rule : std::as_const(m_rules)) {
        if (!m_reasons.contains(rule.category)) {
            *error = QStringLiteral("%1:%2: unknown category '%3'").arg(path).arg(rule.line).arg(rule.category);
            return false;
        }
    }
    return true;
}

const NotApplicableRule *Scoreboard::listed(const CaseRef &ref, const QString &field)
{
    for (NotApplicableRule &rule : m_rules) {
        if (matches(rule, ref, field)) {
            ++rule.uses;
            return &rule;
        }
    }
    return nullptr;
}

void Scoreboard::add(const CaseRef &ref, const QString &field, bool pass, const QString &expected,
                     const QString &actual, std::optional<bool> secondary)
{
    Check check;
    check.suite = ref.suite;
    check.folder = ref.folder;
    check.caseId = ref.caseId;
    check.field = field;
    check.expected = expected;
    check.actual = actual;
    check.secondary = secondary.value_or(pass);
    if (const NotApplicableRule *rule = listed(ref, field)) {
        check.outcome = Outcome::NotApplicable;
        check.note = rule->category;
        // A verified category: the claim "only the markup differs" must hold, or it is a real failure.
        if (rule->category == u"title-markup" && !pass &&
            Compare::htmlTextKey(expected) != Compare::lenientKey(actual)) {
            check.outcome = Outcome::Fail;
            check.note = QStringLiteral("listed as title-markup, but the text differs");
        }
    } else {
        check.outcome = pass ? Outcome::Pass : Outcome::Fail;
    }
    m_checks.append(std::move(check));
}

void Scoreboard::text(const CaseRef &ref, const QString &field, const std::optional<QString> &expected,
                      const QString &actual)
{
    if (!expected)
        return;
    const bool exact = Compare::textKey(*expected) == Compare::textKey(actual);
    const bool lenient = Compare::lenientKey(*expected) == Compare::lenientKey(actual);
    add(ref, field, exact, *expected, actual, lenient);
}

void Scoreboard::html(const CaseRef &ref, const QString &field, const std::optional<QString> &expected,
                      const QString &actual, bool actualIsPlain)
{
    if (!expected)
        return;
    // Rule (b). Identical strings (after white-space collapsing) also pass: the same reduction applied
    // to both would make them equal; this matters where the suite's value is plain text (type="text").
    const QString ours = actualIsPlain ? Compare::lenientKey(actual) : Compare::htmlTextKey(actual);
    const bool textEqual =
        Compare::htmlTextKey(*expected) == ours || Compare::lenientKey(*expected) == Compare::lenientKey(actual);
    const bool exact = Compare::textKey(*expected) == Compare::textKey(actual);
    add(ref, field, textEqual, *expected, actual, exact);
}

void Scoreboard::language(const CaseRef &ref, const QString &field, const std::optional<QString> &expected,
                          const QString &actual)
{
    if (!expected)
        return;
    auto key = [](const QString &tag) {
        return tag.trimmed().toLower().replace(u'_', u'-');
    };
    add(ref, field, key(*expected) == key(actual), *expected, actual);
}

void Scoreboard::link(const CaseRef &ref, const QString &field, const std::optional<QString> &expected,
                      const QUrl &actual)
{
    if (!expected)
        return;
    const QString want = Compare::linkKey(*expected);
    const QString got = Compare::linkKey(actual);
    add(ref, field, want == got, *expected, actual.toString(QUrl::FullyEncoded));
}

void Scoreboard::date(const CaseRef &ref, const QString &field, const std::optional<QDateTime> &expected,
                      const QDateTime &actual)
{
    if (!expected)
        return;
    const QString want = Compare::dateKey(*expected);
    const QString got = Compare::dateKey(actual);
    add(ref, field, want == got, want, got);
}

void Scoreboard::list(const CaseRef &ref, const QString &field, const std::optional<QStringList> &expected,
                      const QStringList &actual)
{
    if (!expected)
        return;
    bool equal = expected->size() == actual.size();
    for (qsizetype i = 0; equal && i < actual.size(); ++i)
        equal = Compare::lenientKey(expected->at(i)) == Compare::lenientKey(actual.at(i));
    add(ref, field, equal, joined(*expected), joined(actual));
}

void Scoreboard::exact(const CaseRef &ref, const QString &field, const QString &expected, const QString &actual)
{
    add(ref, field, expected == actual, expected, actual);
}

void Scoreboard::notApplicable(const CaseRef &ref, const QString &field, const QString &category,
                               const QString &expected)
{
    Check check;
    check.suite = ref.suite;
    check.folder = ref.folder;
    check.caseId = ref.caseId;
    check.field = field;
    check.outcome = Outcome::NotApplicable;
    check.note = category;
    check.expected = expected;
    m_checks.append(std::move(check));
}

void Scoreboard::bonus(const QString &metric, bool hit)
{
    QPair<int, int> &counts = m_bonuses[metric];
    counts.first += hit ? 1 : 0;
    ++counts.second;
}

} // namespace Medtour::Conformance
