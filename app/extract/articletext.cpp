// SPDX-License-Identifier: GPL-3.0-or-later
#include "articletext.h"

#include "extract/readerappeals.h"

#include <QHash>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>

namespace Medtour::ArticleText {

namespace {

QRegularExpression unicodeRe(const char *pattern)
{
    return QRegularExpression(QString::fromUtf8(pattern), QRegularExpression::UseUnicodePropertiesOption);
}

// Phrases that make a short line boilerplate wherever they appear in it.
const char *const kBoilerplatePhrases[] = {
    "무단전재",
    "무단 전재",
    "무단복제",
    "무단 복제",
    "재배포 금지",
    "재배포금지",
    "재배포를 금지",
    "All rights reserved",
    "all rights reserved",
    "Copyright",
    "COPYRIGHT",
    "copyright ©",
    "이 기사를 공유합니다",
    "기사 URL이 복사되었습니다",
    "URL이 복사되었습니다",
    "댓글삭제",
    "삭제한 댓글은",
    "그래도 삭제하시겠습니까",
    "계정을 선택하시면",
    "로그인·계정인증",
    "댓글을 남기실 수 있습니다",
    "댓글을 입력",
    "댓글 작성",
    "댓글쓰기",
    "등록된 댓글이 없습니다",
    "첫 댓글을",
    "댓글 정렬",
    "운영원칙",
    "많이 본 기사",
    "많이 본 뉴스",
    "많이본 뉴스",
    "많이본뉴스",
    "댓글 많은 뉴스",
    "주요기사",
    "이슈포토",
    "관련기사",
    "관련 기사",
    "최신기사",
    "인기기사",
    "핫뉴스",
    "포토뉴스",
    "추천기사",
    "오늘의 주요뉴스",
    "기상청 제공",
    "기사 전문은 아래 언론사명을 클릭",
    "기자의 다른기사",
    "기자의 다른 기사",
    "기사제보",
    "보도자료 제보",
    "구독신청",
    "구독 신청",
    "뉴스레터",
    "공감언론 뉴시스가 독자 여러분의 소중한 제보를",
    "카카오톡 제보",
    "제보는 카톡",
    "네이버 메인에서",
    "네이버에서 구독",
    "기사 스크랩",
    "클린뷰",
};
// Tokens of share / print / font-size chrome; a short line made only of these (and separators) is chrome.
const char *const kChromeTokens[] = {
    "기사",       "스크랩",   "공유",     "공유하기",     "댓글",     "클린뷰",   "프린트",    "인쇄",   "이메일",
    "보내기",     "프린터",   "PDF",      "글씨",         "글자",     "키우기",   "줄이기",    "크기",   "글자크기",
    "글씨크기",   "가",       "카카오톡", "카카오스토리", "카카오",   "페이스북", "트위터",    "네이버", "밴드",
    "네이버밴드", "링크복사", "URL복사",  "복사",         "좋아요",   "기사저장", "저장",      "북마크", "구독",
    "닫기",       "상태바",   "SNS",      "기사보내기",   "메일",     "텔레그램", "라인",      "url",    "URL",
    "facebook",   "twitter",  "Facebook", "Twitter",      "kakao",    "Share",    "share",     "Print",  "print",
    "Email",      "email",    "E-mail",   "Tweet",        "WhatsApp", "LinkedIn", "Pinterest", "Reddit", "Copy",
    "link",       "Link",     "Comments", "comments",     "Comment",  "목록",     "이전",      "다음",   "이전기사",
    "다음기사",   "위로",     "맨위로",   "TOP",          "top",
};

bool chromeOnly(const QString &line)
{
    static const QRegularExpression separators = unicodeRe("[\\s\\-•·ㆍ|/>:,]+");
    const QStringList words = line.split(separators, Qt::SkipEmptyParts);
    if (words.isEmpty())
        return false;
    for (const QString &word : words) {
        bool known = word.contains(unicodeRe("^\\d+$"));
        for (const char *token : kChromeTokens) {
            if (!known && word == QString::fromUtf8(token))
                known = true;
        }
        if (!known)
            return false;
    }
    return true;
}

// Words that may stand next to a date in a date-only line, in the languages of the evaluation sets and ours.
const char *const kDateWords[] = {
    "published",    "updated",      "posted",    "on",       "at",
    "am",           "um",           "uhr",       "pm",       "veröffentlicht",
    "aktualisiert", "stand",        "datum",     "date",     "letzte",
    "änderung",     "zuletzt",      "erstellt",  "geändert", "publié",
    "le",           "mis",          "à",         "jour",     "publicado",
    "actualizado",  "el",           "de",        "del",      "dnia",
    "opublikowano", "pubblicato",   "il",        "the",      "january",
    "february",     "march",        "april",     "may",      "june",
    "july",         "august",       "september", "october",  "november",
    "december",     "jan",          "feb",       "mar",      "apr",
    "jun",          "jul",          "aug",       "sep",      "sept",
    "oct",          "nov",          "dec",       "januar",   "februar",
    "märz",         "mai",          "juni",      "juli",     "oktober",
    "dezember",     "jän",          "mär",       "okt",      "dez",
    "janvier",      "février",      "mars",      "avril",    "juin",
    "juillet",      "août",         "septembre", "octobre",  "novembre",
    "décembre",     "enero",        "febrero",   "marzo",    "abril",
    "mayo",         "junio",        "julio",     "agosto",   "septiembre",
    "octubre",      "noviembre",    "diciembre", "gennaio",  "febbraio",
    "aprile",       "maggio",       "giugno",    "luglio",   "settembre",
    "ottobre",      "dicembre",     "stycznia",  "lutego",   "marca",
    "kwietnia",     "maja",         "czerwca",   "lipca",    "sierpnia",
    "września",     "października", "listopada", "grudnia",  "janeiro",
    "fevereiro",    "março",        "maio",      "junho",    "julho",
    "setembro",     "outubro",      "novembro",  "dezembro", "monday",
    "tuesday",      "wednesday",    "thursday",  "friday",   "saturday",
    "sunday",       "mon",          "tue",       "wed",      "thu",
    "fri",          "sat",          "sun",       "montag",   "dienstag",
    "mittwoch",     "donnerstag",   "freitag",   "samstag",  "sonntag",
    "mo",           "di",           "mi",        "do",       "fr",
    "sa",           "so",           "lundi",     "mardi",    "mercredi",
    "jeudi",        "vendredi",     "samedi",    "dimanche", "lunes",
    "martes",       "miércoles",    "jueves",    "viernes",  "sábado",
    "domingo",      "년",           "월",        "일",       "시",
    "분",           "오전",         "오후",
};
// Labels that stand before a date on a date line ("Publiziert: 03.04.2020", "Veröffentlichung: 2. Februar 2022").
const char *const kDateLabels[] = {"publiziert", "erschienen", "veröffentlichung"};

/// Text written with look-alike letters of another script ("Yоur соntеnt", Cyrillic о and е among Latin letters)
/// so that copies can be traced: a notice to scrapers, never the article. Three such words make a line one.
bool isDisguised(const QString &line)
{
    const auto cyrillic = [](QChar c) {
        return c.unicode() >= 0x0400 && c.unicode() <= 0x04FF;
    };
    if (std::none_of(line.cbegin(), line.cend(), cyrillic))
        return false;
    int mixed = 0;
    bool latin = false;
    bool other = false;
    for (qsizetype i = 0; i <= line.size(); ++i) {
        const QChar c = i < line.size() ? line.at(i) : QChar(u' ');
        if (!c.isLetter()) {
            mixed += latin && other ? 1 : 0;
            latin = other = false;
        } else if (cyrillic(c)) {
            other = true;
        } else if (c.unicode() < 0x0250) {
            latin = true;
        }
    }
    return mixed >= 3;
}

QString normalizedKey(const QString &text)
{
    static const QRegularExpression space = unicodeRe("\\s+");
    return QString(text).replace(space, QStringLiteral(" ")).trimmed();
}

} // namespace

bool isBoilerplate(const QString &line)
{
    const QString t = line.trimmed();
    if (t.isEmpty())
        return true;
    // Whole lines that are labels of the page's structure (screen-reader headings, board chrome).
    static const char *const labels[] = {
        "(끝)",      "（끝）",   "<끝>",   "본문",     "본문 내용", "기사 본문", "기사본문", "페이지 정보", "댓글목록",
        "댓글 목록", "댓글쓰기", "이전글", "다음글",   "목록",      "제목",      "작성자",   "글쓴이",      "등록일",
        "작성일",    "조회",     "조회수", "첨부파일", "첨부",      "번호",      "분류"};
    for (const char *label : labels) {
        if (t == QString::fromUtf8(label))
            return true;
    }
    if (isDisguised(t))
        return true;
    if (t.size() > 160) {
        // A longer paragraph that opens with a call to action is one ("Gefällt dir unser Magazin? Dann …").
        static const QRegularExpression sentenceEnd = unicodeRe("[.!?](?:\\s|$)");
        const qsizetype end = t.indexOf(sentenceEnd);
        return t.size() <= 300 && end > 0 && ReaderAppeals::isAppeal(t.left(end + 1));
    }
    for (const char *phrase : kBoilerplatePhrases) {
        if (t.contains(QString::fromUtf8(phrase)))
            return true;
    }
    if (t.size() <= 80 && t.contains(u"저작권자"))
        return true;
    if (ReaderAppeals::isAppeal(t) || ReaderAppeals::isPhotoCredit(t) || ReaderAppeals::isAdvertisingLabel(t))
        return true;
    // © / ⓒ credit lines without a sentence ("ⓒ 한국경제TV", "© 2024 Example Media").
    static const QRegularExpression credit = unicodeRe("^[\\[<(]?\\s*(?:ⓒ|©|\\(c\\)|\\(C\\))");
    if (t.size() <= 80 && t.contains(credit))
        return true;
    // Weather widgets: several temperatures and no sentence.
    if (t.count(QChar(0x2103)) >= 2 && !t.contains(u"다."))
        return true;
    // Headlines joined by ㆍ after a section label ("한국경제TV 핫뉴스ㆍ…ㆍ…").
    if (t.count(QChar(0x318D)) >= 3 && !t.contains(u"다."))
        return true;
    return t.size() <= 120 && chromeOnly(t);
}

namespace {

/// Words of a lower-cased line that are neither numbers nor date words; `digits` and `dateWord` say what was seen.
int otherWords(const QString &t, bool *digits, bool *dateWord)
{
    static const QRegularExpression split = unicodeRe("[\\s,.:/|\\-–—()]+");
    static const QRegularExpression number = unicodeRe("^\\d{1,4}(st|nd|rd|th|년|월|일|시|분)?$");
    int other = 0;
    for (const QString &word : t.split(split, Qt::SkipEmptyParts)) {
        if (const QRegularExpressionMatch m = number.match(word); m.hasMatch()) {
            *digits = true;
            *dateWord = *dateWord || !m.captured(1).isEmpty(); // 2019년, 13th
            continue;
        }
        bool known = false;
        for (const char *w : kDateWords) {
            if (word == QString::fromUtf8(w)) {
                known = true;
                break;
            }
        }
        for (const char *w : kDateLabels)
            known = known || word == QString::fromUtf8(w);
        if (known)
            *dateWord = true;
        else
            ++other;
    }
    return other;
}

} // namespace

bool isDateOnly(const QString &line)
{
    const QString t = line.trimmed().toLower();
    if (t.isEmpty() || t.size() > 50)
        return false;
    bool digits = false;
    bool dateWord = false;
    if (otherWords(t, &digits, &dateWord) > 0)
        return false;
    static const QRegularExpression numericDate = unicodeRe("\\d{1,4}[./\\-]\\d{1,2}[./\\-]\\d{1,4}");
    return digits && (dateWord || t.contains(numericDate));
}

bool isDateMeta(const QString &line)
{
    const QString t = line.trimmed();
    if (t.size() > 120)
        return false;
    static const QRegularExpression separators = unicodeRe("\\s*\\|\\s*|\\s+[•·]\\s+");
    const QStringList segments = t.split(separators, Qt::SkipEmptyParts);
    if (segments.size() >= 2) {
        bool date = false;
        for (const QString &segment : segments) {
            if (isDateOnly(segment))
                date = true;
            else if (segment.split(QLatin1Char(' '), Qt::SkipEmptyParts).size() > 4 ||
                     BylineParser::line(segment).matched)
                return false; // a sentence, or a byline that the byline scan reads
        }
        return date;
    }
    // One segment: a date with its time and at most two other words ("Energie 12.12.2022, 08:30 Uhr").
    static const QRegularExpression time = unicodeRe("\\b\\d{1,2}:\\d{2}\\b");
    static const QRegularExpression numericDate = unicodeRe("\\d{1,4}[./\\-]\\d{1,2}[./\\-]\\d{1,4}");
    if (t.size() > 60 || !t.contains(time))
        return false;
    bool digits = false;
    bool dateWord = false;
    const QString lower = t.toLower();
    return otherWords(lower, &digits, &dateWord) <= 2 && (lower.contains(numericDate) || dateWord) &&
           !t.endsWith(QLatin1Char('.'));
}

bool isCaption(const QString &line)
{
    static const QRegularExpression photo = unicodeRe("^[\\[(]?\\s*(?:사진|자료사진|그래픽|이미지)\\s*[=:]");
    // A numbered figure's legend: "Abbildung 4: …", "Abb. 2.", "Figure 3:", "Rys. 1.".
    static const QRegularExpression figure =
        unicodeRe("^(?:Abbildung|Abb\\.|Grafik|Figure|Fig\\.|Figura|Rys\\.|Ryc\\.|그림)\\s*\\d+\\s*[:.]");
    const QString t = line.trimmed();
    return t.startsWith(QChar(0x25B2)) || t.startsWith(QChar(0x25B3)) ||
           (t.size() < 200 && (t.contains(photo) || t.contains(figure))) || ReaderAppeals::endsWithPhotoCredit(t);
}

namespace {

// A date as Korean pages print it, with an optional weekday and time: "2019.05.23", "2019/05/23 [09:18]",
// "2019-05-23 (목) 오후 3:05", "2019년 5월 23일 09시 18분".
#define MT_DATE                                                                                                               \
    "\\d{4}\\s*[.\\-/년]\\s*\\d{1,2}\\s*[.\\-/월]\\s*\\d{1,2}\\s*일?\\.?"                                                  \
    "(?:\\s*[(\\[]\\s*[월화수목금토일](?:요일)?\\s*[)\\]])?"                                                         \
    "(?:\\s*[\\[(]?\\s*(?:오전|오후|AM|PM)?\\s*\\d{1,2}\\s*[:시]\\s*\\d{1,2}(?:\\s*[:분]\\s*\\d{1,2})?\\s*(?:분|초)?" \
    "(?:\\s*(?:오전|오후|AM|PM))?\\s*[\\])]?)?"

/// The separators and chrome left around bylines and dates on a header line.
QString withoutChrome(QString text)
{
    static const QRegularExpression chrome = unicodeRe("^[\\s•·|/>:,\\-]+|[\\s•·|/>:,\\-]+$");
    return text.remove(chrome).trimmed();
}

} // namespace

DateLine dateLine(const QString &line)
{
    static const QRegularExpression labelled =
        unicodeRe("(기사\\s*입력|최초\\s*입력|입력|기사\\s*작성일|작성일|작성|기사\\s*등록|등록일|등록|송고시간|송고|"
                  "게재일|게재|발행일|"
                  "발행|승인|최종\\s*수정|수정일|수정|업데이트)\\s*(?:시간|일시)?\\s*[:：]?\\s*(" MT_DATE ")");
    DateLine out;
    const QString t = line.trimmed();
    if (t.size() > 160)
        return out;
    QString approved;
    QString rest = t;
    auto it = labelled.globalMatch(t);
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        const QString label = m.captured(1);
        const QString date = m.captured(2).trimmed();
        if (label.contains(u"수정") || label == u"업데이트") {
            if (out.updated.isEmpty())
                out.updated = date;
        } else if (label == u"승인") {
            if (approved.isEmpty())
                approved = date;
        } else if (out.published.isEmpty()) {
            out.published = date;
        }
        rest.replace(m.captured(0), QString());
        out.matched = true;
    }
    if (out.published.isEmpty())
        out.published = approved;
    out.rest = withoutChrome(rest);
    if (out.matched) {
        // Only a date line when little else is on it ("• 댓글 0", "| 조회수 123", "홍길동 기자").
        static const QRegularExpression chrome =
            unicodeRe("[\\s•·|/>:,\\-]+|댓글\\s*\\d*|조회수?\\s*\\d*|[가-힣]{2,4}\\s*(?:선임|수석)?(?:기자|특파원)|"
                      "[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+");
        rest.remove(chrome);
        out.matched = rest.size() <= 12;
    }
    return out;
}

DateLine unlabelledDate(const QString &line)
{
    static const QRegularExpression date = unicodeRe("(" MT_DATE ")");
    DateLine out;
    const QString t = line.trimmed();
    if (t.size() > 100)
        return out;
    const QRegularExpressionMatch m = date.match(t);
    if (!m.hasMatch())
        return out;
    out.published = m.captured(1).trimmed();
    out.rest = withoutChrome(QString(t).remove(m.capturedStart(0), m.capturedLength(0)));
    out.matched = true;
    return out;
}

#undef MT_DATE

Output clean(const Input &input)
{
    Output out;
    const auto takeDates = [&out](const DateLine &d) {
        if (out.publishedText.isEmpty())
            out.publishedText = d.published;
        if (out.updatedText.isEmpty())
            out.updatedText = d.updated;
    };
    // A date without a label counts only on a line with a byline ("2019.05.23 09:18 | 홍길동 기자"), and only when
    // no labelled date (입력, 등록…) is found: a page header also shows today's date.
    QString unlabelled;
    for (const QString &line : input.headerLines) {
        QString rest = line;
        if (const DateLine d = dateLine(line); d.matched || !d.published.isEmpty()) {
            takeDates(d);
            rest = d.rest;
        } else if (const DateLine u = unlabelledDate(line); u.matched && !u.rest.isEmpty()) {
            if (BylineParser::line(u.rest).matched && unlabelled.isEmpty())
                unlabelled = u.published;
            rest = u.rest;
        }
        const BylineParser::Byline b = BylineParser::line(rest);
        if (b.matched)
            out.byline.merge(b);
        else if (const BylineParser::Byline lead = BylineParser::leading(rest); lead.matched && lead.rest.size() < 10)
            out.byline.merge(lead);
    }
    if (out.publishedText.isEmpty())
        out.publishedText = unlabelled;

    QStringList paragraphs;
    QList<int> sections;
    for (qsizetype k = 0; k < input.paragraphs.size(); ++k) {
        const QString text = input.paragraphs.at(k).trimmed();
        if (text.isEmpty())
            continue;
        if (isCaption(text)) {
            out.captions.append(text);
            continue;
        }
        if (const DateLine d = dateLine(text); d.matched) {
            takeDates(d);
            continue;
        }
        if (isBoilerplate(text) || isDateOnly(text) || isDateMeta(text))
            continue;
        paragraphs.append(text);
        sections.append(input.sections.value(k, -1));
    }

    // Bylines and datelines open the first paragraphs and close the last ones.
    BylineParser::Byline fromText;
    for (int k = 0; k < 2 && k < paragraphs.size(); ++k) {
        if (const BylineParser::Byline l = BylineParser::line(paragraphs[k]); l.matched) {
            fromText.merge(l);
            paragraphs.removeAt(k);
            sections.removeAt(k--);
            continue;
        }
        const BylineParser::Byline b = BylineParser::leading(paragraphs[k]);
        if (!b.matched)
            continue;
        fromText.merge(b);
        if (b.rest.isEmpty()) {
            paragraphs.removeAt(k);
            sections.removeAt(k--);
        } else
            paragraphs[k] = b.rest;
        break;
    }
    for (int round = 0; round < 4 && !paragraphs.isEmpty(); ++round) {
        const QString last = paragraphs.constLast();
        if (const BylineParser::Byline l = BylineParser::line(last); l.matched) {
            fromText.merge(l);
            paragraphs.removeLast();
            sections.removeLast();
            continue;
        }
        const BylineParser::Byline t = BylineParser::trailing(last);
        if (!t.matched)
            break;
        fromText.merge(t);
        if (t.rest.isEmpty()) {
            paragraphs.removeLast();
            sections.removeLast();
        } else
            paragraphs.last() = t.rest;
    }
    fromText.merge(out.byline);
    out.byline = fromText;

    // Repeated paragraphs and repeated bodies (a print or clean-view copy of the article in the same page).
    // The containment check (a copy that joins or splits paragraphs differently) is quadratic, so it runs only
    // while the text seen is article-sized; beyond that exact duplicates are still found.
    // With sections known (Input::sections), a section that mostly repeats what other sections said is a copy and
    // its repeats go; a section that repeats a paragraph here and there (a refrain, a summary line) keeps them.
    // Without sections (feed content), every repeat goes.
    constexpr qsizetype kContainmentLimit = 200000;
    constexpr double kCopyShare = 0.75;
    QHash<QString, int> seen;   // key → section of its first occurrence
    QHash<int, QString> before; // section → its text so far
    qsizetype seenSize = 0;
    QList<bool> repeated(paragraphs.size(), false);
    QHash<int, std::pair<qsizetype, qsizetype>> share; // section → (repeated chars, all chars)
    for (qsizetype k = 0; k < paragraphs.size(); ++k) {
        const QString key = normalizedKey(paragraphs.at(k));
        const int section = sections.value(k, -1);
        const auto fromElsewhere = [&] {
            if (const auto it = seen.constFind(key); it != seen.constEnd())
                return section < 0 || it.value() != section;
            if (key.size() < 20 || seenSize >= kContainmentLimit)
                return false;
            for (auto it = before.cbegin(); it != before.cend(); ++it) {
                if ((section < 0 || it.key() != section) && it.value().contains(key))
                    return true;
            }
            return false;
        };
        repeated[k] = fromElsewhere();
        auto &[repeatedChars, allChars] = share[section];
        allChars += key.size();
        if (repeated[k]) {
            repeatedChars += key.size();
            continue;
        }
        seen.insert(key, section);
        if (seenSize < kContainmentLimit) {
            before[section] += key + QLatin1Char(' ');
            seenSize += key.size() + 1;
        }
    }
    for (qsizetype k = 0; k < paragraphs.size(); ++k) {
        const int section = sections.value(k, -1);
        const auto &[repeatedChars, allChars] = share.value(section);
        const bool copy = section < 0 || repeatedChars >= kCopyShare * allChars;
        if (repeated[k] && copy)
            continue;
        out.paragraphs.append(paragraphs.at(k));
    }

    QSet<QString> captionKeys;
    QStringList captions = input.captions + out.captions;
    out.captions.clear();
    for (const QString &c : std::as_const(captions)) {
        const QString key = normalizedKey(c);
        if (key.isEmpty() || captionKeys.contains(key))
            continue;
        captionKeys.insert(key);
        out.captions.append(key);
    }
    return out;
}

} // namespace Medtour::ArticleText
