// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "extract/bylineparser.h"

#include <QString>
#include <QStringList>

namespace Medtour {

/**
 * The line-level clean-up of an article's text after the DOM work: what only the words tell apart.
 * Korean news pages put bylines, datelines, 입력/승인 lines, photo captions (▲ … ⓒ), copyright notices
 * (무단전재 및 재배포 금지), share and print chrome (기사 스크랩 - 공유 - 댓글 - 클린뷰 - 프린트), comment-form
 * prompts and "most read" headings into the same containers as the article; some pages repeat the whole body.
 */
namespace ArticleText {

struct Input
{
    QStringList paragraphs; ///< the article blocks, in order
    /// Per paragraph, the part of the page it comes from (the element holding the paragraphs); empty when unknown.
    /// A paragraph repeated within one part is the author's (a refrain, a list of alike items) and stays; a repeat
    /// from another part is a copy of the article (print or clean-view version) and goes.
    QList<int> sections;
    QStringList captions;    ///< caption blocks found by markup (figcaption, photo-caption classes)
    QStringList headerLines; ///< lines around the title and in byline/reporter boxes: bylines and dates only
};

struct Output
{
    QStringList paragraphs;
    QStringList captions;
    BylineParser::Byline byline;
    QString publishedText; ///< "2019.05.23 09:18" from "입력 2019.05.23 09:18" (first 입력/등록/송고…, else 승인)
    QString updatedText; ///< from 수정 / 최종수정 / 업데이트
};

Output clean(const Input &input);

/// Copyright notices, share/print/comment chrome, list headings, weather widgets: lines that are never text.
bool isBoilerplate(const QString &line);
/// A line that is only a date, perhaps with a label: "12.12.2022, 08:30 Uhr", "Published on January 13, 2020".
bool isDateOnly(const QString &line);
/// A line of a post's metadata: a date beside '|'-separated labels ("24. März 2004, 19:49 | Genesis", "January 13,
/// 2020 at 08:45 AM | categories: Python | View Comments"), or a date and time with a word or two ("Energie
/// 12.12.2022, 08:30 Uhr"). Lines with a byline are left to the byline scan.
bool isDateMeta(const QString &line);
/// A photo caption line: "▲ 대전시청 전경. ⓒ대전시", "(사진=대전시 제공)".
bool isCaption(const QString &line);

struct DateLine
{
    QString published;
    QString updated;
    bool matched = false; ///< the line is a labelled date line (and nothing more)
    QString rest;         ///< the line without its dates and their separators ("홍길동 기자")
};
/// "입력 2019.05.23 09:18 | 수정 2019.05.23 10:00", "• 승인 2019.10.02 19:00 • 댓글 0", "송고시간2019-05-23 09:18",
/// "홍길동 기자 기사입력 2019/05/23 [09:18]".
DateLine dateLine(const QString &line);
/// The first date on a short line without a label ("2019.05.23 09:18:33 | 홍길동 기자"): published and rest are set,
/// matched says one was found.
DateLine unlabelledDate(const QString &line);

} // namespace ArticleText

} // namespace Medtour
