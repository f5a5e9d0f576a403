// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "conformance.h"

#include <QHash>
#include <QMap>
#include <QPair>
#include <QUrl>

namespace Medtour::Conformance {

/// One line of the checked-in not-applicable list: a case (or a folder prefix ending in "/*"), a field
/// (or "*") and a category whose reason is written once at the top of the file.
struct NotApplicableRule
{
    QString suite;
    QString casePattern;
    QString field;
    QString category;
    int line = 0;
    int uses = 0;
};

/// Collects the checks of every suite. Before a check is scored, the not-applicable list is consulted,
/// so a listed case is reported under its category instead of as a pass or a failure.
class Scoreboard final
{
public:
    /// Reads the list; on a syntax error returns false with a message.
    bool loadNotApplicable(const QString &path, QString *error);

    void text(const CaseRef &ref, const QString &field, const std::optional<QString> &expected, const QString &actual);
    /// HTML fields by rule (b). `actualIsPlain`: our value is already plain text (summary, description), so
    /// only its white space is normalised; stripping "tags" from plain text would change it.
    void html(const CaseRef &ref, const QString &field, const std::optional<QString> &expected, const QString &actual,
              bool actualIsPlain = false);
    /// Language tags (BCP 47): case-insensitive, "_" read as "-".
    void language(const CaseRef &ref, const QString &field, const std::optional<QString> &expected,
                  const QString &actual);
    void link(const CaseRef &ref, const QString &field, const std::optional<QString> &expected, const QUrl &actual);
    void date(const CaseRef &ref, const QString &field, const std::optional<QDateTime> &expected,
              const QDateTime &actual);
    void list(const CaseRef &ref, const QString &field, const std::optional<QStringList> &expected,
              const QStringList &actual);
    /// Values that are already normalised keys (counts, encodings, formats).
    void exact(const CaseRef &ref, const QString &field, const QString &expected, const QString &actual);
    /// A check that cannot be compared; category is a key of the reasons table.
    void notApplicable(const CaseRef &ref, const QString &field, const QString &category, const QString &expected);
    /// A metric that is reported but is not a pass condition (e.g. flagging ill-formed feeds).
    void bonus(const QString &metric, bool hit);

    const QList<Check> &checks() const { return m_checks; }
    const QList<NotApplicableRule> &rules() const { return m_rules; }
    const QHash<QString, QString> &reasons() const { return m_reasons; }
    const QMap<QString, QPair<int, int>> &bonuses() const { return m_bonuses; }

private:
    void add(const CaseRef &ref, const QString &field, bool pass, const QString &expected, const QString &actual,
             std::optional<bool> secondary = std::nullopt);
    const NotApplicableRule *listed(const CaseRef &ref, const QString &field);

    QList<Check> m_checks;
    QList<NotApplicableRule> m_rules;
    QHash<QString, QString> m_reasons;
    QMap<QString, QPair<int, int>> m_bonuses; ///< metric → (hits, total)
};

} // namespace Medtour::Conformance
