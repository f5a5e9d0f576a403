// SPDX-License-Identifier: GPL-3.0-or-later
#include "bylineparser.h"

#include "text/authornames.h"

#include <QHash>
#include <QRegularExpression>

#include <algorithm>

namespace Medtour::BylineParser {

namespace {

// Building blocks. A Korean reporter's name is two to four syllables; several are joined by ·, ㆍ or a comma.
#define MT_NAME "[가-힣]{2,4}"
#define MT_NAMES "(" MT_NAME "(?:\\s*[·ㆍ,]\\s*" MT_NAME ")*)"
#define MT_TITLE "\\s*(?:선임|수석|전문|객원|인턴|수습|편집|취재|사진|영상)?\\s*(?:기자|특파원)"
#define MT_EMAIL "([A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\\.[A-Za-z0-9-]+)*\\.[A-Za-z]{2,})"
// An address, possibly cut off by the CMS ("jc0027@"); only whole addresses are collected.
#define MT_EMAIL_PART "[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]*"
#define MT_EN_NAME "[A-Z][\\p{L}'’.-]+(?:\\s+[A-Z][\\p{L}'’.-]+){0,3}"

const QRegularExpression &re(const char *pattern)
{
    // One compiled expression per pattern literal; the patterns below are all static.
    thread_local QHash<const char *, QRegularExpression> cache;
    auto it = cache.find(pattern);
    if (it == cache.end())
        it = cache.insert(
            pattern, QRegularExpression(QString::fromUtf8(pattern), QRegularExpression::UseUnicodePropertiesOption));
    return it.value();
}

QStringList splitNames(const QString &names)
{
    QStringList out;
    const QStringList parts = names.split(re("\\s*[·ㆍ,]\\s*|\\s+and\\s+|\\s*&\\s*"), Qt::SkipEmptyParts);
    for (const QString &part : parts) {
        const QString name = cleanName(part);
        if (!name.isEmpty())
            out.append(name);
    }
    return out;
}

void addEmails(Byline &byline, const QString &text)
{
    for (const QString &email : emails(text)) {
        if (!byline.emails.contains(email))
            byline.emails.append(email);
    }
}

bool endsSentence(const QString &text)
{
    const QString t = text.trimmed();
    return t.endsWith(u'.') || t.endsWith(u'다') || t.endsWith(u'"') || t.endsWith(u'”') || t.endsWith(u'!') ||
           t.endsWith(u'?') || t.endsWith(u'’') || t.endsWith(u')');
}

} // namespace

void Byline::merge(const Byline &other)
{
    for (const QString &a : other.authors) {
        if (!authors.contains(a))
            authors.append(a);
    }
    for (const QString &e : other.emails) {
        if (!emails.contains(e))
            emails.append(e);
    }
    if (dateline.isEmpty())
        dateline = other.dateline;
    matched = matched || other.matched;
}

QStringList emails(const QString &text)
{
    QStringList out;
    auto it = re(MT_EMAIL).globalMatch(text);
    while (it.hasNext()) {
        const QString email = it.next().captured(1).toLower();
        if (!out.contains(email))
            out.append(email);
    }
    return out;
}

QString cleanName(const QString &name)
{
    return AuthorNames::person(name);
}

Byline leading(const QString &paragraph)
{
    Byline b;
    // [대전=뉴시스] 홍길동 기자 = …   (대전=연합뉴스) 홍길동 기자 = …   [서울=뉴시스] …
    QRegularExpressionMatch m =
        re("^\\s*[\\[(]\\s*([가-힣]{1,8})\\s*=\\s*[^\\])=]{1,20}?\\s*[\\])]\\s*(?:" MT_NAMES MT_TITLE
           "\\s*(?:" MT_EMAIL_PART ")?\\s*=?\\s*)?")
            .match(paragraph);
    if (!m.hasMatch()) // 대전=백창현 기자 chbaik@hankyung.com …
        m = re("^\\s*([가-힣]{1,8})\\s*=\\s*" MT_NAMES MT_TITLE "\\s*(?:" MT_EMAIL_PART ")?\\s*=?\\s*")
                .match(paragraph);
    if (m.hasMatch()) {
        b.dateline = m.captured(1);
        b.authors = splitNames(m.captured(2));
        addEmails(b, m.captured(0));
        b.rest = paragraph.mid(m.capturedEnd(0)).trimmed();
        b.matched = true;
        return b;
    }
    // [시티저널 허송빈 기자] …
    m = re("^\\s*[\\[(]\\s*(?:[^\\]\\s]{1,20}\\s+){0,2}" MT_NAMES MT_TITLE "\\s*(?:" MT_EMAIL ")?\\s*[\\])]\\s*=?\\s*")
            .match(paragraph);
    if (!m.hasMatch()) // 홍길동 기자 = …
        m = re("^\\s*" MT_NAMES MT_TITLE "\\s*(?:" MT_EMAIL ")?\\s*=\\s*").match(paragraph);
    if (m.hasMatch()) {
        b.authors = splitNames(m.captured(1));
        addEmails(b, m.captured(0));
        b.rest = paragraph.mid(m.capturedEnd(0)).trimmed();
        b.matched = !b.authors.isEmpty();
        return b;
    }
    // An outlet or section tag: "[쿠키 건강] …", "[한의신문] …".
    m = re("^\\s*\\[\\s*[^\\]\\[=\\d]{1,12}?\\s*\\]\\s+(?=\\S)").match(paragraph);
    if (m.hasMatch()) {
        b.rest = paragraph.mid(m.capturedEnd(0)).trimmed();
        b.matched = true;
        return b;
    }
    b.rest = paragraph;
    return b;
}

Byline trailing(const QString &paragraph)
{
    Byline b;
    b.rest = paragraph;
    QString text = paragraph;
    // "(끝)" closes wire copy.
    if (const auto m = re("\\s*[(（]끝[)）]\\s*$").match(text); m.hasMatch()) {
        text = text.left(m.capturedStart(0));
        b.matched = true;
    }
    // … 밝혔다. 홍길동 기자 hong@x.com   /   … 밝혔다. hong@yna.co.kr
    const auto m = re("(?:^|(?<=[.!?\"”’다)]))\\s*(?:[/=]\\s*)?(?:(?:[가-힣A-Za-z]+\\s+){0,3}?" MT_NAMES MT_TITLE
                      ")?\\s*((?:" MT_EMAIL "\\s*)*)$")
                       .match(text, std::max<qsizetype>(0, text.size() - 300)); // only the end can hold it; keeps
                                                                                // the unanchored search linear
    if (m.hasMatch() && m.capturedLength(0) > 0 && (!m.captured(1).isEmpty() || !m.captured(2).trimmed().isEmpty())) {
        const QString head = text.left(m.capturedStart(0));
        if (head.isEmpty() || endsSentence(head)) {
            b.authors = splitNames(m.captured(1));
            addEmails(b, m.captured(0));
            text = head;
            b.matched = true;
        }
    }
    b.rest = text.trimmed();
    return b;
}

Byline line(const QString &text)
{
    Byline b;
    QString t = text.trimmed();
    if (t.isEmpty() || t.size() > 90)
        return b;
    t.remove(re("^[/\\-—–·•|]+\\s*"));
    t.remove(re("^(?:글·사진|글/사진|사진·글|글|사진|취재|정리|기자명)\\s*[:=]?\\s*"));
    t.remove(re("\\s*[(（]끝[)）]\\s*$"));
    // The addresses can stand anywhere around the name ("홍길동(hong@x.com) 기자", "hong@x.com 홍길동 기자"):
    // they are collected, then the name and title are read without them.
    QString bare = t;
    bare.replace(re("\\s*[(\\[<（]\\s*" MT_EMAIL_PART "\\s*[)\\]>）]\\s*|\\s*" MT_EMAIL_PART "\\s*"),
                 QStringLiteral(" "));
    bare = bare.trimmed();
    QRegularExpressionMatch m =
        re("^(?:([가-힣]{1,8})\\s*=\\s*)?(?:[가-힣A-Za-z0-9]+\\s+){0,3}?" MT_NAMES MT_TITLE "\\s*[,/]?$").match(bare);
    if (m.hasMatch()) {
        b.dateline = m.captured(1);
        b.authors = splitNames(m.captured(2));
        addEmails(b, t);
        b.matched = true;
        return b;
    }
    // By Jane Doe and John Roe / By Kim Min-su, Staff Reporter / By Park Ga-young | The Korea Herald
    QString english = bare;
    english.remove(re("\\s*[|/]\\s.*$"));
    english.remove(re("\\s*,\\s*(?:[A-Za-z-]+\\s+){0,3}(?:[Rr]eporter|[Ww]riter|[Cc]orrespondent|[Ee]ditor|[Ss]taff|"
                      "[Cc]ontributor|[Cc]olumnist|[Cc]hief|[Dd]esk|[Bb]ureau)\\b.*$"));
    m = re("^(?:By|BY|by)\\s+(" MT_EN_NAME "(?:\\s*(?:,|and|&)\\s*" MT_EN_NAME ")*)\\s*$").match(english);
    if (m.hasMatch()) {
        b.authors = splitNames(m.captured(1));
        addEmails(b, t);
        b.matched = !b.authors.isEmpty();
        return b;
    }
    if (re("^" MT_EMAIL "$").match(t).hasMatch() ||
        (t.size() <= 60 && t.contains(re(MT_EMAIL)) && !t.contains(re("다[.]")))) {
        addEmails(b, t);
        b.matched = !b.emails.isEmpty();
    }
    return b;
}

} // namespace Medtour::BylineParser
