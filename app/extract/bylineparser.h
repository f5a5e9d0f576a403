// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

namespace Medtour {

/// Reporter bylines, datelines and e-mails in Korean and English article text.
namespace BylineParser {

struct Byline
{
    QStringList authors; ///< names without the title: "홍길동", not "홍길동 기자"
    QStringList emails;  ///< lower-cased
    QString dateline;    ///< "대전" from "[대전=뉴시스]"
    QString rest;        ///< the text without the byline (empty when the text was only a byline)
    bool matched = false;

    void merge(const Byline &other);
};

/// A byline opening a paragraph: "[대전=뉴시스] 홍길동 기자 = …", "(대전=연합뉴스) 홍길동 기자 = …",
/// "대전=홍길동 기자 x@y.com …", "[시티저널 허송빈 기자] …", "홍길동 기자 = …", "[서울=뉴시스] …", and an outlet tag
/// such as "[쿠키 건강] …" (dropped, nothing recorded).
Byline leading(const QString &paragraph);

/// A byline closing a paragraph or standing alone after it: "… 밝혔다. 홍길동 기자 hong@x.com",
/// "국민일보 쿠키뉴스 송병기 기자 songbk@kukimedia.co.kr", "csm@yna.co.kr (끝)", "◎공감언론 뉴시스 x@newsis.com".
Byline trailing(const QString &paragraph);

/// A short line that is nothing but a byline, a reporter box or a dateline+byline: "홍길동 기자",
/// "/홍길동 기자", "대전=백창현 기자 chbaik@hankyung.com", "By Jane Doe and John Roe", "글·사진 홍길동 기자".
Byline line(const QString &text);

/// The e-mail addresses in a text, lower-cased, in order, without duplicates.
QStringList emails(const QString &text);

/// "홍길동 기자" → "홍길동"; "Jane Doe" stays; empty when the text does not look like a name.
QString cleanName(const QString &name);

} // namespace BylineParser

} // namespace Medtour
