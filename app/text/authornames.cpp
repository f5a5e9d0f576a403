// SPDX-License-Identifier: GPL-3.0-or-later
#include "authornames.h"

#include <QRegularExpression>

namespace Medtour::AuthorNames {

namespace {

QRegularExpression unicodeRe(const char *pattern, QRegularExpression::PatternOptions options = {})
{
    return QRegularExpression(QString::fromUtf8(pattern), options | QRegularExpression::UseUnicodePropertiesOption);
}

// A reporter's title after the name: 기자, 특파원, 선임기자, 객원기자…
#define MT_KO_TITLE                                                                                                    \
    "(?:선임|수석|전문|객원|인턴|수습|편집|취재|사진|영상|대기자|논설)?\\s*(?:기자|특파원|위원|논설위원)"

// Endings that make a Korean label an outlet, not a name ("광주일보" has the four syllables of a name).
const char *const kOutletEndings[] = {"일보",   "신문",   "뉴스",   "뉴시스", "통신",   "방송",   "미디어",
                                      "저널",   "닷컴",   "타임스", "타임즈", "데일리", "헤럴드", "투데이",
                                      "매거진", "포스트", "경제",   "매일",   "리포트", "TV",     "티비"};
// Words of English outlet names.
const char *const kOutletWords[] = {
    "news",    "times",        "herald",    "post",    "daily",   "press",   "media",  "journal",   "agency",
    "network", "broadcasting", "magazine",  "tribune", "gazette", "reuters", "yonhap", "bloomberg", "associated",
    "afp",     "newswire",     "chronicle", "review",  "insider", "today",   "wire",   "tv",        "radio"};
// Desks and roles, never a person: dropped.
const char *const kDesks[] = {
    "관리자",       "운영자",       "편집국",    "편집부",   "편집팀", "취재팀",        "뉴스팀",     "온라인뉴스팀",
    "디지털뉴스팀", "디지털뉴스부", "온라인팀",  "보도자료", "홍보팀", "홍보실",        "기획취재팀", "사회부",
    "정치부",       "경제부",       "국제부",    "문화부",   "admin",  "administrator", "editor",     "editors",
    "staff",        "newsroom",     "webmaster", "desk",     "team",   "guest",         "unknown",    "anonymous"};

/// "OO일보 | 네이버", "OO일보 - 다음": a portal's label after the outlet.
QString withoutPortal(const QString &label)
{
    static const QRegularExpression portal = unicodeRe("\\s*[|｜:·\\-–]\\s*(?:네이버|다음|네이트|줌|Naver|NAVER|Daum|"
                                                       "DAUM|Nate|Google News|구글 뉴스)(?:\\s*뉴스)?\\s*$");
    return QString(label).remove(portal).trimmed();
}

bool isDesk(const QString &label)
{
    const QString lower = label.toLower();
    for (const char *desk : kDesks) {
        if (lower == QString::fromUtf8(desk))
            return true;
    }
    if (lower.endsWith(u"팀"))
        return true; // 온라인뉴스팀, 기획취재팀
    // A role rather than a name: "Staff Reporter", "Senior Correspondent".
    static const QRegularExpression role = unicodeRe(
        "\\b(?:reporter|writer|correspondent|editor|staff|contributor|columnist|desk|team|bureau|photographer)s?\\b");
    return lower.contains(role);
}

bool looksLikeOutlet(const QString &label)
{
    if (label.isEmpty() || label.size() > 60)
        return false;
    if (label.contains(QLatin1String(".com")) || label.contains(QLatin1String(".co.kr")) ||
        label.contains(QLatin1String(".kr")) || label.contains(QLatin1String(".net")))
        return true;
    const QString compact = QString(label).remove(u' ');
    for (const char *ending : kOutletEndings) {
        const QString e = QString::fromUtf8(ending);
        // A three-syllable name may end in 경제 or 매일 ("김경제"); outlets with those endings are longer.
        const bool nameLike = (e == u"경제" || e == u"매일" || e == u"투데이" || e == u"포스트") && compact.size() <= 3;
        if (compact.endsWith(e) && compact.size() > e.size() && !nameLike)
            return true;
    }
    static const QRegularExpression word = unicodeRe("[\\p{L}]+");
    for (auto it = word.globalMatch(label); it.hasNext();) {
        const QString w = it.next().captured(0).toLower();
        for (const char *o : kOutletWords) {
            if (w == QLatin1String(o))
                return true;
        }
    }
    return false;
}

} // namespace

QString person(const QString &label)
{
    static const QRegularExpression email = unicodeRe("[(<\\[]?\\s*[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]*\\s*[)>\\]]?");
    static const QRegularExpression title = unicodeRe("\\s*" MT_KO_TITLE "$");
    static const QRegularExpression korean = unicodeRe("^[가-힣]{2,4}$");
    // An outlet or desk in front of the name: "연합뉴스 홍길동 기자", "국민일보 쿠키뉴스 송병기 기자".
    static const QRegularExpression prefixed = unicodeRe("^(?:\\S+\\s+){1,3}([가-힣]{2,4})$");
    // A note after the name: "(http://ebb.org/bkuhn/)", "(avec Damien Leloup et Morgane Tual)".
    static const QRegularExpression trailingNote = unicodeRe("\\s*\\([^()]*\\)\\s*$");
    static const QRegularExpression english = unicodeRe("^\\p{Lu}[\\p{L}'’.-]+(?:\\s+\\p{Lu}[\\p{L}'’.-]*){0,3}$|^\\p{"
                                                        "Lu}\\.(?:\\s*\\p{Lu}\\.)*\\s+\\p{Lu}[\\p{L}'’-]+$");
    QString n = label;
    n.remove(email);
    n = withoutPortal(n).simplified();
    n.remove(trailingNote);
    // "By Jane Doe", "Written by …", "Par …", "Von …", "Por …".
    static const QRegularExpression by =
        unicodeRe("^(?:written by|by|par|von|por|di|door|av)\\s+", QRegularExpression::CaseInsensitiveOption);
    n.remove(by);
    if (n.isEmpty() || n.size() > 60 || isDesk(n))
        return {};
    const bool titled = n.contains(title);
    n.remove(title);
    n = n.trimmed();
    if (const QRegularExpressionMatch m = prefixed.match(n); titled && m.hasMatch() && !looksLikeOutlet(m.captured(1)))
        return m.captured(1);
    if (n.contains(korean))
        return titled || !looksLikeOutlet(n) ? n : QString();
    if (n.contains(english))
        return looksLikeOutlet(n) ? QString() : n;
    // Other scripts and shapes ("肖春芳", "Bruno (Henrique Zecchin) Rodrigues", "Jong, Michiel de"): a short label
    // that is no sentence, no outlet and no Hangul phrase.
    static const QRegularExpression hangul = unicodeRe("\\p{Hangul}");
    static const QRegularExpression notAName = unicodeRe("[0-9@/:;!?。]|\\.$|https?|www\\.");
    if (n.size() <= 50 && n.count(u' ') <= 5 && !n.contains(hangul) && !n.contains(notAName) && !looksLikeOutlet(n))
        return n;
    return {};
}

QString outlet(const QString &label)
{
    const QString n = withoutPortal(label.simplified());
    if (n.isEmpty() || !person(label).isEmpty())
        return {};
    return looksLikeOutlet(n) || n != label.simplified() ? n : QString();
}

Sorted sort(const QStringList &labels)
{
    Sorted out;
    for (const QString &label : labels) {
        if (const QString name = person(label); !name.isEmpty()) {
            if (!out.people.contains(name))
                out.people.append(name);
        } else if (const QString o = outlet(label); !o.isEmpty() && out.outlet.isEmpty()) {
            out.outlet = o;
        }
    }
    return out;
}

#undef MT_KO_TITLE

} // namespace Medtour::AuthorNames
